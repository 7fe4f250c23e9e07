/**
 * When the page may fetch what it does not need yet (the office floor and Phaser, about 175 KB,
 * fetched while the title idles so a run's screen need not wait for them): never on a
 * connection the player pays for by the byte or that is slow, and only once the page has
 * painted, loaded and its own requests have gone quiet, so the prefetch never competes with
 * what the player is waiting for.
 */

/** The part of the Network Information API read here (Chromium's; other browsers lack it). */
interface ConnectionHints {
  readonly saveData?: boolean;
  readonly effectiveType?: string;
}

/** Effective types at which 175 KB takes long enough to hurt what the player does meanwhile. */
const SLOW = new Set(['slow-2g', '2g', '3g']);

/** False when the browser says the player saves data or the connection is slow. */
export function mayPrefetch(nav: Navigator | undefined = globalThis.navigator): boolean {
  const connection = (nav as (Navigator & { connection?: ConnectionHints }) | undefined)
    ?.connection;
  if (!connection) return true;
  if (connection.saveData === true) return false;
  return !SLOW.has(connection.effectiveType ?? '');
}

/** How long no request of the page's may end before its network counts as quiet. */
export const QUIET_MS = 2000;

/**
 * Calls `run` once, after the page has painted a frame, its load event has fired, no request
 * of its own has ended for `quietMs`, and the browser is idle. Returns a cancel.
 */
export function whenSettled(win: Window, run: () => void, quietMs = QUIET_MS): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let observer: PerformanceObserver | null = null;
  const fire = (): void => {
    observer?.disconnect();
    if (cancelled) return;
    if (typeof win.requestIdleCallback === 'function') {
      idle = win.requestIdleCallback(() => cancelled || run(), { timeout: quietMs });
    } else {
      run();
    }
  };
  const quiet = (): void => {
    if (cancelled) return;
    clearTimeout(timer);
    timer = setTimeout(fire, quietMs);
  };
  const loaded = (): void => {
    if (cancelled) return;
    // Every request that ends restarts the wait.
    if (typeof PerformanceObserver === 'function') {
      observer = new PerformanceObserver(quiet);
      observer.observe({ type: 'resource' });
    }
    quiet();
  };
  // Two frames: the first is drawn once the one requested before it has run.
  win.requestAnimationFrame(() =>
    win.requestAnimationFrame(() => {
      if (win.document.readyState === 'complete') loaded();
      else win.addEventListener('load', loaded, { once: true });
    }),
  );
  return () => {
    cancelled = true;
    clearTimeout(timer);
    if (idle !== undefined) win.cancelIdleCallback?.(idle);
    observer?.disconnect();
    win.removeEventListener('load', loaded);
  };
}
