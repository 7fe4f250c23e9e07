// Drives Debian's Chromium through playwright-core for the browser tests, and records what a page
// does wrong: console errors, uncaught page errors, failed requests, and every request that tries
// to leave the game's origin (those are aborted, and recorded so a test can assert there are none).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type CDPSession,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Headless, as root, on a machine whose network is closed. WebGL renders through SwiftShader
 * (checked by the shell test): ANGLE on SwiftShader, allowed explicitly rather than relying on
 * Playwright's defaults. The rest keeps Chromium from calling home.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOT_DIR = join(root, 'test-results', 'screenshots');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

export interface PageRecord {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  /** Requests to any origin but the served one (data: and blob: URLs are not requests out). */
  readonly outsideRequests: string[];
  /** Same-origin requests that failed or answered 4xx/5xx. */
  readonly failedRequests: string[];
}

export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly record: PageRecord;
  close(): Promise<void>;
}

function isOutside(url: string, origins: readonly string[]): boolean {
  const { protocol, origin: requestOrigin } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') {
    return false;
  }
  return !origins.includes(requestOrigin);
}

/** Playwright's context options (locale, reduced motion, ...) and which origins count as inside. */
export interface OpenOptions extends BrowserContextOptions {
  /** Origins besides the page's own that count as inside (a framed game on a second port). */
  readonly alsoInside?: readonly string[];
}

/**
 * Opens `url` in a fresh context at the given viewport and waits for the page to settle.
 * `options` adds to the context's (e.g. `locale` for the browser language, `bypassCSP` to inject a
 * test library, `reducedMotion`).
 */
export async function openPage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  options: OpenOptions = {},
): Promise<OpenedPage> {
  const { alsoInside = [], ...contextOptions } = options;
  const inside = [new URL(url).origin, ...alsoInside];
  const context = await browser.newContext({ ...contextOptions, viewport });
  const record: PageRecord = {
    consoleErrors: [],
    pageErrors: [],
    outsideRequests: [],
    failedRequests: [],
  };
  await context.route(
    (requestUrl) => isOutside(requestUrl.href, inside),
    (route) => route.abort('blockedbyclient'),
  );
  context.on('request', (request) => {
    if (isOutside(request.url(), inside)) {
      record.outsideRequests.push(`${request.method()} ${request.url()}`);
    }
  });
  context.on('requestfailed', (request) => {
    if (!isOutside(request.url(), inside)) {
      record.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
    }
  });
  context.on('response', (response) => {
    if (response.status() >= 400 && !isOutside(response.url(), inside)) {
      record.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    }
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') {
      record.consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => {
    record.pageErrors.push(error.stack ?? error.message);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, context, record, close: () => context.close() };
}

/** Saves a full-page PNG as test-results/screenshots/NAME.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The WebGL renderer string the page would get, or null when WebGL is unavailable. */
export function webglRenderer(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) {
      return null;
    }
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  });
}

/**
 * The page's live heap in bytes, read after a forced garbage collection: what is still referenced,
 * not what is merely waiting to be collected, so the figure does not depend on timing. Twice: the
 * first pass can leave objects that only die once their finalisers have run.
 */
export async function liveHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

// ---- Waiting on state, not on the clock ----
//
// Every wait below ends when the page reaches a state (a frame drawn, a dialog closed, a label
// changed), or fails at its deadline with a message saying what never came. None sleeps for a
// fixed time: a loaded machine makes a fixed sleep too short, an idle one makes it too long.

/** How long a wait on the page's state may take before the test fails: generous, for a loaded machine. */
export const WAIT_MS = 15_000;

/** Something that runs script in a page: a Page or one of its frames. */
type Evaluates = Pick<Page, 'evaluate' | 'waitForFunction'>;

/** `work`, or a failure naming `what` if it has not settled within `ms`. */
export async function deadline<T>(what: string, work: Promise<T>, ms = WAIT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits until `predicate` (run in the page, with `arg`) is truthy, polled every animation frame;
 * fails after `ms` naming `what`.
 */
export async function waitForState<A>(
  target: Evaluates,
  what: string,
  predicate: (arg: A) => unknown,
  arg: A,
  ms = WAIT_MS,
): Promise<void> {
  try {
    // Playwright's own type unboxes the argument (handles to elements); these are plain values.
    const run = predicate as (arg: unknown) => unknown;
    await target.waitForFunction(run, arg as unknown, { timeout: ms, polling: 'raf' });
  } catch (error) {
    throw new Error(
      `Timed out after ${ms} ms waiting for ${what}: ${String(error).split('\n')[0]}`,
    );
  }
}

/**
 * Waits until the page has run `n` more animation frames: whatever it had to draw after the
 * last action is drawn, and what moves has moved. The deadline allows for a loaded machine
 * drawing software WebGL at two frames a second.
 */
export async function waitFrames(
  target: Evaluates,
  n: number,
  ms = Math.max(WAIT_MS, n * 500),
): Promise<void> {
  await deadline(
    `${n} animation frames of the page`,
    target.evaluate(async (count) => {
      for (let i = 0; i < count; i++) {
        await new Promise((done) => requestAnimationFrame(done));
      }
    }, n),
    ms,
  );
}

/**
 * Waits until a timer the page sets now for `ms` has fired. The one wait here that lets time pass,
 * for the one thing only time shows: that a timer of the page's (autoplay's next week) does NOT
 * fire. The page runs its timers in the order they fall due, so one it set earlier for `ms` or
 * less has fired, and its work is done, before this one: the wait is ordered after the timer in
 * question however loaded the machine, unlike a sleep in the test. `why` names that timer.
 */
export async function waitPastPageTimer(target: Evaluates, ms: number, why: string): Promise<void> {
  await deadline(
    `a ${ms} ms timer of the page (${why})`,
    target.evaluate((delay) => new Promise<void>((done) => setTimeout(done, delay)), ms),
    Math.max(WAIT_MS, ms * 4),
  );
}

/**
 * Waits until the office floor under `target` has drawn its first frame: the floor's host shows
 * itself (it stays hidden while the canvas is still black) and holds its canvas.
 */
export async function waitOfficeDrawn(target: Evaluates, ms = 30_000): Promise<void> {
  await waitForState(
    target,
    'the office floor to draw its first frame',
    () => {
      const host = document.querySelector<HTMLElement>('.vt-office-floor');
      return host?.querySelector('canvas') && host.style.visibility !== 'hidden';
    },
    undefined,
    ms,
  );
}

/**
 * Does `act` (a key, a click) and waits until the element `locator` pointed at before it (e.g.
 * the open dialog) is closed or gone, whatever opens after it: a board review that follows a card
 * is another element.
 */
export async function actAndWaitClosed(
  locator: Locator,
  what: string,
  act: () => Promise<unknown>,
  ms = WAIT_MS,
): Promise<void> {
  const handle = await locator.elementHandle({ timeout: ms });
  try {
    await act();
    await handle.waitForElementState('hidden', { timeout: ms });
  } catch (error) {
    throw new Error(`${what} did not close within ${ms} ms: ${String(error).split('\n')[0]}`);
  } finally {
    await handle.dispose();
  }
}

/** Words (three characters or more) in `selector` whose letters sit on more than one line. */
export const splitWords = (page: Page, selector: string): Promise<string[]> =>
  page.evaluate((sel) => {
    const out: string[] = [];
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (const m of (n.textContent ?? '').matchAll(/[\p{L}\p{N}][\p{L}\p{N}.,%$-]{2,}/gu)) {
          const range = document.createRange();
          range.setStart(n, m.index ?? 0);
          range.setEnd(n, (m.index ?? 0) + m[0].length);
          const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
          if (Math.max(...tops) - Math.min(...tops) > 2) out.push(m[0]);
        }
      }
    }
    return out;
  }, selector);
