/**
 * The app shell: shows the screen for the store's `phase` and swaps it when the phase
 * changes, removing the previous screen (and everything it listened to) first.
 */
import type { Phase } from '../state/store.ts';
import type { Screen, ViewContext } from './view-context.ts';

export type Screens = Readonly<Record<Phase, Screen>>;

/**
 * What a screen needs before it can render (e.g. text left out of the first download), or null
 * when it has it all; the screen is drawn once the promise settles.
 */
export type Prepare = (phase: Phase) => Promise<void> | null;

export function renderApp(
  root: HTMLElement,
  ctx: ViewContext,
  screens: Screens,
  prepare: Prepare = () => null,
): () => void {
  let phase: Phase | null = null;
  let cleanup: (() => void) | null = null;

  const show = (next: Phase): void => {
    if (next === phase) return;
    cleanup?.();
    cleanup = null;
    phase = next;
    const waiting = prepare(next);
    if (!waiting) {
      draw(next);
      return;
    }
    // Drawn when ready, unless the player has moved on (or the app is gone) by then.
    const drawIfCurrent = () => {
      if (phase === next && cleanup === null) draw(next);
    };
    waiting.then(drawIfCurrent, drawIfCurrent);
  };

  const draw = (next: Phase): void => {
    cleanup = screens[next](root, ctx);
    // Focus starts at the top of the new screen, as after a page load.
    if (document.activeElement !== document.body && document.activeElement !== null) return;
    const wanted = root.querySelector<HTMLElement>('[data-autofocus]');
    if (wanted) {
      wanted.focus({ preventScroll: true });
      return;
    }
    const heading = [...root.querySelectorAll<HTMLElement>('h1, h2')].find(
      (h) => !h.closest('dialog'),
    );
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  };

  show(ctx.store.getState().phase);
  const unsubscribe = ctx.store.subscribe((s) => show(s.phase));
  return () => {
    unsubscribe();
    cleanup?.();
    cleanup = null;
    phase = null;
  };
}
