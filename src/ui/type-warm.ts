/**
 * The game's type, laid out once out of sight while the page waits for the game's code. The
 * first time a page lays out text at a size and weight it has not used, Chromium on Linux asks
 * the browser process how to render that strike (a synchronous round trip inside the layout):
 * the title's first layout used about sixteen strikes, the run screen's about twenty more, 10 to
 * 240 ms of waiting inside the press on Start on the 2-core machine the benchmarks run on. While
 * the code is on the way the main thread has nothing else to do. Not once the title is up: there
 * the warming met a quick press on Start and made the run screen slower to come, not faster
 * (README, "Start-up in the browser"). Other browsers lay the few spans out cheaply.
 */

/**
 * A size (CSS px) and a weight text is set in, with what to lay out in it (a symbol that comes
 * from a fallback font, at the size it is drawn), and its family when it is not the page's (form
 * controls keep the browser's own).
 */
export type Strike = readonly [px: number, weight: number, text?: string, family?: string];

/**
 * The sizes and weights of the title and of the run screen at its first week, at 1280 x 720 and
 * 360 x 640, the title's first. `tests/browser/type-warm.test.ts` checks that the two screens use
 * none missing here.
 */
export const FIRST_TYPE: readonly Strike[] = [
  [73.6, 800],
  [33.6, 800],
  [20, 400],
  [20.8, 700],
  [17.6, 600],
  [16, 600],
  [16, 700],
  [15.2, 600],
  [15.2, 400],
  [14.72, 400],
  [14.4, 400],
  [13.6, 600],
  [13.6, 400],
  [13.12, 400],
  [12.8, 700],
  [12.48, 400],
  [11.52, 700],
  // The browser's font for form controls (the run's speed menu).
  [13.3333, 400, '1', 'Arial'],
  [16.8, 700],
  [17.55, 700],
  [17.6, 700],
  [15.2, 700],
  [15, 700],
  [15, 600],
  [15, 400, 'a▶…'],
  [14.4, 600],
  [14.08, 600],
  [14.08, 400],
  [14, 700],
  [14, 400],
  [13.6, 700],
  [12.8, 400],
  [12.48, 700],
  [12, 700, 'a✓'],
  [12, 400],
  [11.52, 400],
  [11.2, 400],
  [9.92, 400],
];

/**
 * Lays out `type` in `like`'s font family, in a box out of sight at the end of the page,
 * `perTask` strikes a task from the frame after this is called (a few, so that code arriving
 * meanwhile waits for little); the box goes once done. Returns how to stop early.
 */
export function warmType(
  like: Element,
  type: readonly Strike[] = FIRST_TYPE,
  perTask = 2,
): () => void {
  const doc = like.ownerDocument;
  const box = doc.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  const s = box.style;
  s.position = 'absolute';
  s.left = '-10000px';
  s.top = '0';
  s.visibility = 'hidden';
  s.pointerEvents = 'none';
  s.whiteSpace = 'nowrap';
  // Read now: `like` may have left the page by the first step (the shell goes with the title).
  s.fontFamily = getComputedStyle(like).fontFamily;
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = (): void => {
    if (next === 0) doc.body.append(box);
    for (const [px, weight, text = 'a', family] of type.slice(next, next + perTask)) {
      const span = doc.createElement('span');
      span.style.fontSize = `${px}px`;
      span.style.fontWeight = String(weight);
      if (family) span.style.fontFamily = family;
      span.textContent = text;
      box.append(span);
    }
    next += perTask;
    // Reading a size lays the new spans out now, in this task: that is the point.
    void box.offsetWidth;
    if (next < type.length) timer = setTimeout(step, 0);
    else box.remove();
  };
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(step, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    box.remove();
  };
}
