/**
 * Start-up, measured side by side (`npm run bench:web`): the game's built site against a bare
 * Phaser 4 page built in the same run. Prints medians of several cold loads in headless
 * Chromium, and the gzip size of the JavaScript each page loads before it is ready. Also the
 * queue widget (`?widget=queue`: its sliders usable, and its JavaScript against the full
 * game's) and embed mode (`?embed=1`: the first paint of the shell). A measurement, not a
 * test: it never fails on a figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/browser/harness.ts';
import { serveStatic } from '../tests/browser/static-server.ts';
import { median } from './median.ts';
import type { BenchSites } from './web/sites.ts';

const LOADS = 7;

/**
 * Gzip bytes of the same-origin scripts a page has fetched, read from the built files: those
 * requested before `before` (page time), or all so far. Scripts fetched later on purpose (the
 * title preloads the office while it idles) are not what the title needed.
 */
async function scriptGzip(
  page: Page,
  dir: string,
  before = Number.POSITIVE_INFINITY,
): Promise<number> {
  const urls = await page.evaluate(
    (limit) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && e.startTime < limit)
        .map((e) => e.name),
    before,
  );
  let bytes = 0;
  for (const u of urls) bytes += gzipSync(readFileSync(join(dir, new URL(u).pathname))).length;
  return bytes;
}

interface Ready {
  /** Page time at which the control was first seen usable. */
  readonly at: number;
  readonly x: number;
  readonly y: number;
}

/**
 * Waits, checking on every animation frame inside the page, until the control `selector` is
 * shown, enabled and not covered; answers when that was (the page's own clock) and where. The
 * bench then clicks there with one trusted mouse click: Playwright's own click first checks the
 * control over several round trips (about 200 to 400 ms on this loaded machine), which would
 * count the tool's time as the game's.
 */
async function readyAt(page: Page, selector: string): Promise<Ready> {
  const handle = await page.waitForFunction(
    (sel) => {
      const b = document.querySelector<HTMLButtonElement>(sel);
      if (!b || b.disabled) return false;
      const r = b.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const top = r.width > 0 ? document.elementFromPoint(x, y) : null;
      return top !== null && b.contains(top) && { at: performance.now(), x, y };
    },
    selector,
    { polling: 'raf' },
  );
  return (await handle.jsonValue()) as Ready;
}

export async function clickWhenReady(page: Page, selector: string): Promise<number> {
  const ready = await readyAt(page, selector);
  await page.mouse.click(ready.x, ready.y);
  return ready.at;
}

async function cold(browser: Browser, url: string, measure: (page: Page) => Promise<number[]>) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const figures = await measure(page);
  return { page, context, figures };
}

/** The path to the first week, on the page's own clock. */
interface FirstWeek {
  /** From navigation: the title's Start usable. */
  readonly title: number;
  /** From navigation: the week's words in its summary. */
  readonly week: number;
  /** `week` less the bench's two reaction times: the game's own. */
  readonly own: number;
  /** From the press on Start to the run screen in the page (its Play there). */
  readonly built: number;
  /** From there to Play usable: the frame it waits for. */
  readonly usable: number;
  /** From the press on Play to the week's words. */
  readonly play: number;
}

/**
 * Plays the path a hurried player takes: Start the moment it is usable, then Play week. Each
 * trusted press's own time stamp is read in the page: the wait from a button being usable to the
 * bench's press arriving is the bench's (a person's is theirs); the rest is the game's.
 */
async function firstWeek(page: Page): Promise<FirstWeek> {
  await page.evaluate(`(() => {
    window.vtPresses = [];
    addEventListener('pointerdown', (e) => window.vtPresses.push(e.timeStamp), true);
    // Play's arrival in the page ends the work the press on Start set off (the observer is told
    // once the task that built the screen, its focus included, has run).
    window.vtBuilt = Number.NaN;
    new MutationObserver((_, seen) => {
      if (!document.querySelector('.vt-play')) return;
      window.vtBuilt = performance.now();
      seen.disconnect();
    }).observe(document, { childList: true, subtree: true });
  })()`);
  const title = await clickWhenReady(page, '.vt-title-start .vt-btn-primary');
  const play = await clickWhenReady(page, '.vt-play');
  const words = await page.waitForFunction(
    () => /\d/.test(document.querySelector('.vt-summary')?.textContent ?? '') && performance.now(),
    undefined,
    { polling: 'raf' },
  );
  const week = (await words.jsonValue()) as number;
  const [titlePress = title, playPress = play] = (await page.evaluate(
    'window.vtPresses',
  )) as number[];
  const built = (await page.evaluate('window.vtBuilt')) as number;
  return {
    title,
    week,
    own: week - (titlePress - title) - (playPress - play),
    built: built - titlePress,
    usable: play - built,
    play: week - playPress,
  };
}

/** Start-up figures on sites built once by `bench/web.bench.ts`. */
export async function startupBench({ gameDir, bareDir }: BenchSites): Promise<void> {
  const game = await serveStatic(gameDir);
  const bare = await serveStatic(bareDir);
  const browser = await launchChromium();
  const titleAt: number[] = [];
  const weekAt: number[] = [];
  const weekOwnAt: number[] = [];
  // The game's own first week in its three parts after the title.
  const builtIn: number[] = [];
  const usableIn: number[] = [];
  const playIn: number[] = [];
  const officeAt: number[] = [];
  const frameAt: number[] = [];
  const widgetAt: number[] = [];
  const embedPaintAt: number[] = [];
  let titleJs = 0;
  let gameJs = 0;
  let widgetJs = 0;
  let bareJs = 0;
  try {
    for (let i = 0; i < LOADS; i++) {
      const g = await cold(browser, game.url, async (page) => {
        const path = await firstWeek(page);
        // The office floor: its scene has been created (it marks the floor with its motion
        // state), checked each frame, as the bare page's first frame is.
        const office = await page.waitForFunction(
          () => document.querySelector('.vt-office [data-motion]') !== null && performance.now(),
          undefined,
          { polling: 'raf' },
        );
        const officeAt = (await office.jsonValue()) as number;
        // The whole game once a run has started: its screens, the office floor and Phaser.
        await page.waitForLoadState('networkidle');
        const gzip = await scriptGzip(page, gameDir);
        return [
          path.title,
          path.week,
          officeAt,
          gzip,
          path.own,
          path.built,
          path.usable,
          path.play,
        ];
      });
      titleAt.push(g.figures[0] ?? Number.NaN);
      weekAt.push(g.figures[1] ?? Number.NaN);
      officeAt.push(g.figures[2] ?? Number.NaN);
      weekOwnAt.push(g.figures[4] ?? Number.NaN);
      builtIn.push(g.figures[5] ?? Number.NaN);
      usableIn.push(g.figures[6] ?? Number.NaN);
      playIn.push(g.figures[7] ?? Number.NaN);
      gameJs = g.figures[3] ?? 0;
      if (i === 0) {
        // What the title screen needed, before the player did anything, is what a fresh load fetches first.
        const first = await cold(browser, game.url, async (page) => {
          const ready = await readyAt(page, '.vt-title-start .vt-btn-primary');
          return [await scriptGzip(page, gameDir, ready.at)];
        });
        titleJs = first.figures[0] ?? 0;
        await first.context.close();
      }
      await g.context.close();
      const b = await cold(browser, bare.url, async (page) => {
        await page.waitForFunction(() => window.firstFrameAt !== undefined);
        return [
          await page.evaluate(() => window.firstFrameAt ?? Number.NaN),
          await scriptGzip(page, bareDir),
        ];
      });
      frameAt.push(b.figures[0] ?? Number.NaN);
      bareJs = b.figures[1] ?? 0;
      await b.context.close();
      // The widget is interactive when its sliders are in the page and enabled; the check runs
      // every animation frame inside the page, so the time is the page's own clock.
      const w = await cold(browser, `${game.url}?widget=queue`, async (page) => {
        const at = await page.waitForFunction(
          () => {
            const s = document.querySelectorAll<HTMLInputElement>('.vt-wg-range');
            return s.length === 2 && [...s].every((x) => !x.disabled) && performance.now();
          },
          undefined,
          { polling: 'raf' },
        );
        return [(await at.jsonValue()) as number, await scriptGzip(page, gameDir)];
      });
      widgetAt.push(w.figures[0] ?? Number.NaN);
      widgetJs = w.figures[1] ?? 0;
      await w.context.close();
      const e = await cold(browser, `${game.url}?embed=1`, async (page) => {
        const at = await page.waitForFunction(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        );
        return [(await at.jsonValue()) as number];
      });
      embedPaintAt.push(e.figures[0] ?? Number.NaN);
      await e.context.close();
    }
  } finally {
    await browser.close();
    await game.close();
    await bare.close();
  }
  const title = median(titleAt);
  const week = median(weekAt);
  const weekOwn = median(weekOwnAt);
  const office = median(officeAt);
  const frame = median(frameAt);
  // Each load of the game is paired with the bare page's load right after it, and the ratio is
  // the median of the pairs': the machine's load drifts over the minutes a run takes, and a pair
  // sees the same load.
  const ratio = (at: readonly number[]) =>
    median(at.map((t, i) => t / (frameAt[i] ?? Number.NaN))).toFixed(2);
  const widgetReady = median(widgetAt);
  const embedPaint = median(embedPaintAt);
  const ms = (at: readonly number[]) => `${median(at).toFixed(0)} ms`;
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const rows: [string, string][] = [
    ['game: title screen interactive', `${title.toFixed(0)} ms`],
    ['game: first week played (from navigation)', `${week.toFixed(0)} ms`],
    ["  of which the game's own (less the bench's two reaction times)", `${weekOwn.toFixed(0)} ms`],
    ['    press on Start -> the run screen built', ms(builtIn)],
    ['    the run screen built -> Play usable', ms(usableIn)],
    ["    press on Play -> the week's words", ms(playIn)],
    ['game: office floor on screen (from navigation)', `${office.toFixed(0)} ms`],
    ['bare Phaser 4 page: first frame', `${frame.toFixed(0)} ms`],
    ['ratio title / bare first frame (goal < 1.0)', ratio(titleAt)],
    ['ratio first week / bare first frame', ratio(weekAt)],
    ["ratio game's own first week / bare first frame (goal <= 1.2)", ratio(weekOwnAt)],
    ['game JS before the title is interactive (gzip)', kb(titleJs)],
    ['bare Phaser 4 page JS (gzip)', kb(bareJs)],
    ['ratio of JS (goal <= 0.5)', (titleJs / bareJs).toFixed(2)],
    ['widget: sliders usable (goal < 800 ms)', `${widgetReady.toFixed(0)} ms`],
    ['widget JS (gzip)', kb(widgetJs)],
    ['full game JS once a run plays (gzip)', kb(gameJs)],
    ['ratio widget / full game JS (goal < 0.5)', (widgetJs / gameJs).toFixed(2)],
    ['embed mode: first paint (goal < 500 ms)', `${embedPaint.toFixed(0)} ms`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(
    `web start-up: medians of ${LOADS} cold loads in headless Chromium at 1280 x 720 (software WebGL); ratios: the median of each load's against the bare page's load after it`,
  );
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
}
