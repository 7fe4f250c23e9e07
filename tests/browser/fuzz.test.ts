// A seeded input fuzzer on the built site: on every screen it clicks, drags, types and presses keys
// at random (mostly on real, visible controls; sometimes anywhere), moves sliders, picks options,
// types junk into number fields, and resizes the window between phone and desktop; then the same
// with the keyboard alone. It fails on any uncaught error, unhandled rejection, console error,
// failed or outside request, or CSP violation, naming the seed, the screen and the action, so
//   FUZZ_SEED=<seed> FUZZ_SCREEN=<screen> npx vitest run tests/browser/fuzz.test.ts
// replays it. FUZZ_ACTIONS=<n> changes the budget per screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import screens from '../../src/i18n/locales/en/screens.json';
import { mulberry32 } from '../mulberry32.ts';
import { launchChromium, type OpenedPage, openPage, screenshot, waitFrames } from './harness';
import { finishRun, startRun } from './play';

/** A screen to fuzz: where it lives, how a player gets there, and what shows it is there. */
interface FuzzScreen {
  readonly name: string;
  /** Appended to the site's URL (a query or hash), for screens reached by URL. */
  readonly path?: string;
  readonly reach: (page: Page) => Promise<unknown>;
  readonly ready: string;
}

/** A run saved at its last week, so the debrief is one week away. */
const LAST_WEEK_SAVE = JSON.stringify({
  schemaVersion: 1,
  data: {
    seed: 5,
    scenarioId: 'mandate',
    weeks: 12,
    mode: 'scenario',
    decisions: Array.from({ length: 11 }, () => ({})),
  },
});

const titleButton = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^${name}`) }).click();

// Every screen, one entry each: a new screen is one more line.
const FUZZ_SCREENS: readonly FuzzScreen[] = [
  { name: 'title', reach: async () => {}, ready: '.vt-title-screen' },
  { name: 'run', reach: (page) => startRun(page, 26), ready: '.vt-run' },
  {
    name: 'debrief',
    reach: async (page) => {
      await page.evaluate(
        (text) => localStorage.setItem('velocity-trap:run', text),
        LAST_WEEK_SAVE,
      );
      await page.reload({ waitUntil: 'networkidle' });
      await titleButton(page, screens.title.continue);
      await finishRun(page);
    },
    ready: '.vt-debrief',
  },
  {
    name: 'sources',
    reach: (page) => titleButton(page, screens.title.sources),
    ready: '.vt-sources',
  },
  { name: 'sandbox', reach: (page) => titleButton(page, screens.title.sandbox), ready: '.vt-run' },
  {
    name: 'facilitator',
    path: '?view=facilitator',
    reach: async () => {},
    ready: '.vt-facilitator',
  },
  { name: 'embed', path: '?embed=1', reach: (page) => startRun(page, 26), ready: '.vt-run' },
  {
    name: 'embed-builder',
    path: '?view=embed-builder',
    reach: async () => {},
    ready: '.vt-eb-field',
  },
  { name: 'widget', path: '?widget=queue', reach: async () => {}, ready: '.vt-widget' },
];

const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const ACTIONS = Number(process.env.FUZZ_ACTIONS ?? 1000);
const KEYBOARD_ACTIONS = Number(process.env.FUZZ_ACTIONS ?? 150);
const ONLY = process.env.FUZZ_SCREEN;
const screensToFuzz = FUZZ_SCREENS.filter((s) => !ONLY || ONLY.split(',').includes(s.name));

function screenSeed(base: number, name: string, keyboardOnly: boolean): number {
  let h = base >>> 0;
  for (const c of `${name}${keyboardOnly ? ':keys' : ''}`)
    h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

const KEYS = [
  'Escape',
  'Tab',
  'Shift+Tab',
  'Enter',
  'Space',
  'n',
  'N',
  'm',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Backspace',
  '1',
  '2',
  '4',
  '?',
  'Tab',
  'Tab',
  'Enter',
  'Space',
  'Escape',
] as const;
const JUNK = [
  '',
  '-5',
  '0',
  '3.7',
  '1e9',
  '999999',
  'abc',
  'NaN',
  '-0',
  '٣',
  '0x10',
  '  7 ',
  '9'.repeat(40),
];
const SIZES = [
  { width: 360, height: 640 },
  { width: 1280, height: 720 },
  { width: 768, height: 1024 },
  { width: 640, height: 360 },
] as const;

/** What the in-page half of the fuzzer offers the test (installed by `instrument`). */
interface InPage {
  /** Does `count` actions from `seed`, numbered from `first`; returns what each was. */
  batch(seed: number, first: number, count: number): string[];
  /** Indexes of the actions during which an error was reported. */
  readonly errorsAt: number[];
}

/**
 * Runs in the page before the game. Turns unhandled rejections and CSP violations into console
 * errors (which fail the test); keeps clicks on links to other sites from leaving the page
 * (following a link out is the browser's job, not the game's, and the network here is closed);
 * and installs the fast half of the fuzzer: batches of actions done with DOM events, many per
 * round trip, on the same visible, interactive elements a player would use.
 */
function instrument(junk: readonly string[]): void {
  let current = -1;
  const errorsAt: number[] = [];
  window.addEventListener('error', () => errorsAt.push(current));
  window.addEventListener('unhandledrejection', (e) => {
    errorsAt.push(current);
    console.error(`unhandled rejection: ${String(e.reason?.stack ?? e.reason)}`);
  });
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
  });
  document.addEventListener(
    'click',
    (e) => {
      const a = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (a && new URL(a.href, location.href).origin !== location.origin) e.preventDefault();
    },
    true,
  );

  const SELECTOR =
    'button, a[href], input, select, textarea, summary, canvas, [role="button"], [role="tab"], [role="switch"], [role="slider"], [tabindex]:not([tabindex="-1"])';
  const KEYS = [
    'Escape',
    'Enter',
    ' ',
    'n',
    'm',
    'ArrowLeft',
    'ArrowRight',
    'ArrowUp',
    'ArrowDown',
    'Home',
    'End',
    'Tab',
  ];
  const targets = (): HTMLElement[] => {
    const scope = document.querySelector('dialog[open]') ?? document;
    return [...scope.querySelectorAll<HTMLElement>(SELECTOR)].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width >= 1 && r.height >= 1 && !el.closest('[hidden]');
    });
  };
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${(el as HTMLInputElement).type ? `[${(el as HTMLInputElement).type}]` : ''}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
  const key = (el: Element, k: string) => {
    const init = { key: k, bubbles: true, cancelable: true };
    el.dispatchEvent(new KeyboardEvent('keydown', init));
    el.dispatchEvent(new KeyboardEvent('keyup', init));
  };
  const pointer = (el: Element, type: string, x: number, y: number) =>
    el.dispatchEvent(
      new PointerEvent(type, {
        bubbles: true,
        cancelable: true,
        clientX: x,
        clientY: y,
        pointerId: 1,
      }),
    );

  const inPage: InPage = {
    errorsAt,
    batch(seed, first, count) {
      const rnd = (window as unknown as { __mulberry32: typeof mulberry32 }).__mulberry32(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
      const log: string[] = [];
      // Finding targets forces a layout: do it every few actions, not before each one.
      let all: HTMLElement[] = [];
      for (let k = 0; k < count; k++) {
        current = first + k;
        if (k % 4 === 0) all = targets();
        let el = all.length > 0 ? pick(all) : null;
        if (el && !el.isConnected) {
          all = targets();
          el = all.length > 0 ? pick(all) : null;
        }
        const roll = rnd();
        if (!el || roll < 0.08) {
          const x = rnd() * innerWidth;
          const y = rnd() * innerHeight;
          const hit = document.elementFromPoint(x, y);
          if (hit instanceof HTMLElement) hit.click();
          log.push(`click at ${Math.round(x)},${Math.round(y)}`);
          continue;
        }
        const what = describe(el);
        if (
          el instanceof HTMLSelectElement ||
          (el instanceof HTMLInputElement && el.type === 'range')
        ) {
          if (roll < 0.6) {
            if (el instanceof HTMLSelectElement)
              el.selectedIndex = Math.floor(rnd() * el.options.length);
            else {
              const min = Number(el.min || 0);
              const max = Number(el.max || 100);
              el.value = String(min + (max - min) * rnd());
            }
            el.dispatchEvent(new Event('input', { bubbles: true }));
            el.dispatchEvent(new Event('change', { bubbles: true }));
            log.push(`set ${what} to ${el.value}`);
            continue;
          }
        }
        if (
          el instanceof HTMLInputElement &&
          ['number', 'text', 'search'].includes(el.type) &&
          roll < 0.6
        ) {
          const text = pick(junk);
          el.focus();
          el.value = text;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
          if (rnd() < 0.5) key(el, 'Enter');
          log.push(`type ${JSON.stringify(text)} into ${what}`);
          continue;
        }
        if (roll < 0.3) {
          const k = pick(KEYS);
          el.focus();
          key(el, k);
          log.push(`key ${k} on ${what}`);
          continue;
        }
        if (roll < 0.4) {
          const r = el.getBoundingClientRect();
          const x = r.left + rnd() * r.width;
          const y = r.top + rnd() * r.height;
          pointer(el, 'pointerdown', x, y);
          pointer(el, 'pointermove', x + (rnd() - 0.5) * 200, y + (rnd() - 0.5) * 60);
          pointer(el, 'pointerup', x, y);
          log.push(`drag on ${what}`);
          continue;
        }
        el.focus();
        el.click();
        log.push(`click ${what}`);
      }
      current = -1;
      return log;
    },
  };
  (window as unknown as { __fuzz: InPage }).__fuzz = inPage;
}

interface Fuzzer {
  /** Does the actions from number `n` on (one or a batch), returning a line for each. */
  act(n: number): Promise<string[]>;
}

/** DOM actions per round trip to the page. */
const BATCH = 40;

/** In-page batches of DOM actions, with real (trusted) input from Playwright between them. */
function mixedFuzzer(page: Page, rnd: () => number): Fuzzer {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  return {
    async act(n) {
      const roll = rnd();
      const size = page.viewportSize() ?? SIZES[1];
      if (roll < 0.05) {
        const s = pick(SIZES);
        await page.setViewportSize(s);
        return [`resize ${s.width}x${s.height}`];
      }
      if (roll < 0.2) {
        const key = pick(KEYS);
        await page.keyboard.press(key);
        return [`press ${key}`];
      }
      if (roll < 0.3) {
        const x = Math.floor(rnd() * size.width);
        const y = Math.floor(rnd() * size.height);
        await page.mouse.click(x, y);
        return [`mouse click at ${x},${y}`];
      }
      if (roll < 0.35) {
        const x = Math.floor(rnd() * size.width);
        const y = Math.floor(rnd() * size.height);
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.mouse.move(x + (rnd() - 0.5) * 300, y + (rnd() - 0.5) * 100, { steps: 3 });
        await page.mouse.up();
        return [`mouse drag from ${x},${y}`];
      }
      const seed = Math.floor(rnd() * 2 ** 32);
      return page.evaluate(
        ([seed, first, count]) =>
          (window as unknown as { __fuzz: InPage }).__fuzz.batch(seed, first, count),
        [seed, n, BATCH] as [number, number, number],
      );
    },
  };
}

function keyboardFuzzer(page: Page, rnd: () => number): Fuzzer {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  return {
    async act() {
      if (rnd() < 0.05) {
        const text = pick(JUNK);
        await page.keyboard.insertText(text);
        return [`type ${JSON.stringify(text)}`];
      }
      const key = pick(KEYS);
      await page.keyboard.press(key);
      return [`press ${key}`];
    },
  };
}

/** Every problem the page has recorded so far. */
function problems(opened: OpenedPage): string[] {
  const r = opened.record;
  return [
    ...r.pageErrors.map((e) => `uncaught: ${e}`),
    ...r.consoleErrors.map((e) => `console error: ${e}`),
    // ERR_ABORTED is the browser dropping a load that a newer navigation replaced (a preview
    // frame whose address changed again); a request that really fails says otherwise.
    ...r.failedRequests
      .filter((e) => !e.endsWith('net::ERR_ABORTED'))
      .map((e) => `failed request: ${e}`),
    ...r.outsideRequests.map((e) => `request out: ${e}`),
  ];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function fuzzScreen(screen: FuzzScreen, keyboardOnly: boolean): Promise<number> {
  const seed = screenSeed(BASE_SEED, screen.name, keyboardOnly);
  const budget = keyboardOnly ? KEYBOARD_ACTIONS : ACTIONS;
  const opened = await openPage(browser, `${inject('baseUrl')}${screen.path ?? ''}`, SIZES[1]);
  const { page, context } = opened;
  const replay = `FUZZ_SEED=${BASE_SEED} FUZZ_SCREEN=${screen.name} npx vitest run tests/browser/fuzz.test.ts`;
  // A link with target=_blank (the widget's "play the full game") opens the game in a new tab
  // each time it is clicked: a thousand actions left over a hundred full games drawing software
  // WebGL at once, which starved the page under test of frames on a loaded machine. Opening the
  // tab is the game working; the tab itself is closed at once.
  context.on('page', (other) => {
    if (other !== page) void other.close().catch(() => undefined);
  });
  try {
    await context.addInitScript({ content: `window.__mulberry32 = ${mulberry32.toString()};` });
    await context.addInitScript(instrument, JUNK);
    await page.reload({ waitUntil: 'networkidle' });
    await screen.reach(page);
    await page.locator(screen.ready).first().waitFor();
    // Seeded per screen, so one screen's failure replays without the others.
    const rnd = mulberry32(seed);
    const fuzzer = keyboardOnly ? keyboardFuzzer(page, rnd) : mixedFuzzer(page, rnd);
    const log: string[] = [];
    for (let n = 0; n < budget; ) {
      const t0 = performance.now();
      let done: string[];
      try {
        done = await fuzzer.act(n);
      } catch (error) {
        // A same-origin link or a view switch navigated the page mid-batch: that is the game
        // working. The fuzzer is installed again on the new page; anything else is a failure.
        if (!String(error).includes('Execution context was destroyed')) throw error;
        await page.waitForLoadState('domcontentloaded');
        done = ['(the page navigated)'];
      }
      if (process.env.FUZZ_PROFILE) {
        const kind = (done[0] ?? '').split(' ')[0] + (done.length > 1 ? ' (batch)' : '');
        const p = profile.get(kind) ?? [0, 0];
        profile.set(kind, [p[0] + 1, p[1] + performance.now() - t0]);
      }
      log.push(...done.map((line, k) => `${n + k}: ${line}`));
      n += done.length;
      const found = problems(opened);
      if (found.length > 0) {
        // Let the page finish the frame the failure happened in, so the screenshot shows it (a
        // page that no longer draws still gets its screenshot and report).
        await waitFrames(page, 2, 2000).catch(() => undefined);
        const at = await page.evaluate(
          () => (window as unknown as { __fuzz: InPage }).__fuzz.errorsAt,
        );
        await screenshot(page, `fuzz-fail-${screen.name}${keyboardOnly ? '-keys' : ''}`);
        throw new Error(
          `fuzz failure on ${screen.name}${keyboardOnly ? ' (keyboard only)' : ''}, seed ${BASE_SEED}, ` +
            `at or just before action ${n - 1}${at.length > 0 ? ` (an error was raised during action ${at[0]})` : ''}.\n` +
            `Last actions:\n  ${log.slice(-12).join('\n  ')}\n` +
            `Problems:\n  ${problems(opened).join('\n  ')}\nReplay: ${replay}`,
        );
      }
    }
    // What the last actions set going has its frames to show up in before the count: a key may
    // also have followed a link just before the end, so that page loads and draws first.
    // A followed link can be followed by another (a new page's own redirect, a second key still
    // queued): the count starts again on each page that loads, a few times at most.
    for (let attempt = 0; ; attempt++) {
      await page.waitForLoadState('load');
      try {
        await waitFrames(page, 10);
        break;
      } catch (error) {
        if (attempt >= 3 || !String(error).includes('Execution context was destroyed')) throw error;
      }
    }
    // Only the page under test is left open: the tabs its links opened were closed as they came.
    await expect.poll(() => context.pages().length, { timeout: 10_000 }).toBe(1);
    totalActions += budget;
    expect(problems(opened), `seed ${BASE_SEED}; replay: ${replay}`).toEqual([]);
    // Still a page that shows something and answers (a link may have led to another view).
    await expect
      .poll(() => page.evaluate(() => document.body.textContent?.trim().length ?? 0), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    await screenshot(page, `fuzz-end-${screen.name}${keyboardOnly ? '-keys' : ''}`);
    return budget;
  } finally {
    await opened.close();
  }
}

let totalActions = 0;
const profile = new Map<string, [number, number]>();
afterAll(() => {
  if (process.env.FUZZ_PROFILE) {
    for (const [k, [n, ms]] of profile) console.log(`${k}: ${n} x ${Math.round(ms / n)} ms`);
  }
  console.log(
    `fuzz: ${totalActions} actions across ${screensToFuzz.length} screens, seed ${BASE_SEED}`,
  );
});

describe(`input fuzzing (seed ${BASE_SEED})`, () => {
  it.each(screensToFuzz)(
    '$name: mouse, keys, text and resizes',
    async (screen) => {
      await fuzzScreen(screen, false);
    },
    300_000,
  );
  it.each(screensToFuzz)(
    '$name: keyboard only',
    async (screen) => {
      await fuzzScreen(screen, true);
    },
    300_000,
  );
});
