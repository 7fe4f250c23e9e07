/**
 * Frames on the office floor (`npm run bench:web`, after the start-up figures): a hundred
 * engineers animated at 1280 x 720 while weeks are played, against a bare Phaser 4 page built in
 * the same run. This machine renders WebGL in software (SwiftShader), which caps both pages far
 * below a real GPU, so Chromium's frame limit is lifted and the ratio between the two pages is
 * the figure that carries over: the office's own cost on top of Phaser's. Also prints the
 * office's script time per frame and the long tasks (over 50 ms) seen while weeks play.
 * Then the soak: the whole game's ten-year sandbox played to week 500 in one page, with the frame
 * rate, the time a played week takes and the live heap near week 50 and near week 500. Last, the
 * long tasks while the whole game plays a year of weeks in a browser with its frame limit on (with
 * the limit lifted, a long task can span a whole sample, so the office's count says little).
 * A measurement, not a test: it never fails on a figure.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { buildFixture } from '../tests/browser/build-fixture.ts';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  launchChromium,
  liveHeap,
} from '../tests/browser/harness.ts';
import { playWeeksInPage } from '../tests/browser/soak-play.ts';
import { serveStatic } from '../tests/browser/static-server.ts';
import { median } from './median.ts';
import type { BenchSites } from './web/sites.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = 5;
const SAMPLE_MS = 2000;

interface OfficeFixture {
  start(scenarioId: string, weeks: number): void;
  play(weeks: number): void;
  mount(): Promise<void>;
  stepTime(): number;
}

/**
 * Frames per second the page draws over `ms`, counted by animation frames. A string, not a
 * function: tsx names inner functions with a helper the page does not have.
 */
function fps(page: Page, ms: number): Promise<number> {
  return page.evaluate(`new Promise((done) => {
    let n = 0;
    const t0 = performance.now();
    const tick = (t) => {
      n++;
      if (t - t0 < ${ms}) requestAnimationFrame(tick);
      else done((n * 1000) / (t - t0));
    };
    requestAnimationFrame(tick);
  })`);
}

interface SoakPoint {
  fps: number;
  msPerWeek: number;
  heapMb: number;
}

/** Frame rate, time per played week and live heap at one point of a long sandbox run. */
async function soakPoint(page: Page, from: number): Promise<SoakPoint> {
  await playWeeksInPage(page, from);
  const t0 = await page.evaluate(() => performance.now());
  const played = await playWeeksInPage(page, from + 10);
  const msPerWeek = ((await page.evaluate(() => performance.now())) - t0) / (played.week - from);
  // Sampled just after a week is played, while its pull requests move across the floor: an
  // office at rest draws far less, so samples at rest would compare moments, not run lengths.
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    await playWeeksInPage(page, played.week + i + 1);
    samples.push(await fps(page, SAMPLE_MS));
  }
  const fpsAt = median(samples);
  const cdp = await page.context().newCDPSession(page);
  const usedSize = await liveHeap(cdp);
  await cdp.detach();
  return { fps: fpsAt, msPerWeek, heapMb: usedSize / 1024 / 1024 };
}

/** The ten-year sandbox, played to week 500 in one page of the built game. */
async function soak(browser: Browser, url: string): Promise<[SoakPoint, SoakPoint]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(e));
  await page.goto(`${url}?scenario=sandbox&weeks=520`);
  await page.locator('.vt-office canvas').first().waitFor();
  const early = await soakPoint(page, 41);
  const late = await soakPoint(page, 491);
  await context.close();
  return [early, late];
}

/**
 * Starts keeping the page's long tasks (over 50 ms, the browser's own `longtask` entries); the
 * answer reads their durations so far. A string: tsx names inner functions with a helper the page
 * does not have.
 */
async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(`(() => {
    const seen = [];
    window.vtLongTasks = seen;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.push(e.duration);
    }).observe({ type: 'longtask' });
  })()`);
  return async () => (await page.evaluate('window.vtLongTasks')) as number[];
}

/** "N (longest M ms)", or "0". */
function countLongTasks(long: readonly number[]): string {
  return `${long.length}${long.length ? ` (longest ${Math.max(...long).toFixed(0)} ms)` : ''}`;
}

interface PlayTasks {
  weeks: number;
  /** Durations of the long tasks (over 50 ms) seen while the weeks played. */
  long: number[];
}

/**
 * Long tasks on the whole game's page while a year of weeks is played, in a browser with its
 * frame limit on (as a player's is): "Play week" clicked the frame after the last week was drawn,
 * cards and board reviews answered as they come. Counted once the office is up, so its
 * one-off start-up is not in it. The main thread's long tasks are the game's own script and
 * layout; software WebGL draws in the GPU process.
 */
async function longTasksInPlay(url: string): Promise<PlayTasks> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (e) => console.error(e));
    await page.goto(`${url}?scenario=sandbox&weeks=520`);
    await page.locator('.vt-office [data-motion]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    const longTasks = await watchLongTasks(page);
    const played = await playWeeksInPage(page, 53);
    return { weeks: played.week - 1, long: await longTasks() };
  } finally {
    await browser.close();
  }
}

/** Frame figures on sites built once by `bench/web.bench.ts`; the office fixture goes in `out`. */
export async function framesBench({ gameDir, bareDir }: BenchSites, out: string): Promise<void> {
  const officeDir = join(out, 'office');
  await buildFixture(join(root, 'tests', 'browser', 'fixtures', 'office'), officeDir);
  const game = await serveStatic(gameDir);
  const office = await serveStatic(officeDir);
  const bare = await serveStatic(bareDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
  });
  const officeFps: number[] = [];
  const bareFps: number[] = [];
  const scriptMs: number[] = [];
  let longTasks: number[] = [];
  let soaked: [SoakPoint, SoakPoint] | null = null;
  let inPlay: PlayTasks | null = null;
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    page.on('crash', () => console.error('office page crashed'));
    page.on('pageerror', (e) => console.error(e));
    await page.goto(`${office.url}index.html`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    await page.evaluate(async () => {
      const f = (window as unknown as { officeFixture: OfficeFixture }).officeFixture;
      f.start('mandate', 8);
      await f.mount();
    });
    await page.waitForTimeout(1000);
    const officeLongTasks = await watchLongTasks(page);
    for (let i = 0; i < SAMPLES; i++) {
      const f = 'officeFixture';
      await page.evaluate((name) => {
        const w = window as unknown as Record<string, OfficeFixture>;
        w[name]?.stepTime();
        // A week played during the sample: new PRs, departures and alarms animate.
        w[name]?.play(1);
      }, f);
      officeFps.push(await fps(page, SAMPLE_MS));
      scriptMs.push(
        await page.evaluate(
          (name) => (window as unknown as Record<string, OfficeFixture>)[name]?.stepTime() ?? 0,
          f,
        ),
      );
    }
    longTasks = await officeLongTasks();
    await context.close();

    const bareContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const barePage = await bareContext.newPage();
    await barePage.goto(bare.url);
    await barePage.waitForFunction(() => window.firstFrameAt !== undefined);
    await barePage.waitForTimeout(1000);
    for (let i = 0; i < SAMPLES; i++) bareFps.push(await fps(barePage, SAMPLE_MS));
    await bareContext.close();
    soaked = await soak(browser, game.url);
    inPlay = await longTasksInPlay(game.url);
  } finally {
    await browser.close();
    await game.close();
    await office.close();
    await bare.close();
  }
  const o = median(officeFps);
  const b = median(bareFps);
  const rows: [string, string][] = [
    ['office, 100 engineers, weeks playing: frames per second', o.toFixed(1)],
    ['bare Phaser 4 page: frames per second', b.toFixed(1)],
    ['ratio office / bare', (o / b).toFixed(2)],
    ['office script per frame (Phaser update + render calls)', `${median(scriptMs).toFixed(2)} ms`],
    [
      'office, frame limit lifted: long tasks over 50 ms while weeks play',
      countLongTasks(longTasks),
    ],
  ];
  if (inPlay) {
    const { weeks, long } = inPlay;
    rows.push([
      `whole game, ${weeks} weeks played, frame limit on: long tasks over 50 ms`,
      countLongTasks(long),
    ]);
  }
  if (soaked) {
    const [e, l] = soaked;
    rows.push(
      [
        'ten-year sandbox: frames per second at week 50 / 500',
        `${e.fps.toFixed(1)} / ${l.fps.toFixed(1)}`,
      ],
      [
        'ten-year sandbox: one week played (click to drawn) at week 50 / 500',
        `${e.msPerWeek.toFixed(1)} / ${l.msPerWeek.toFixed(1)} ms`,
      ],
      [
        'ten-year sandbox: live heap at week 50 / 500 (goal: under 10 MB growth)',
        `${e.heapMb.toFixed(1)} / ${l.heapMb.toFixed(1)} MB`,
      ],
    );
  }
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(
    `web frames: medians of ${SAMPLES} samples of ${SAMPLE_MS / 1000} s at 1280 x 720, software WebGL, frame limit lifted`,
  );
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
}
