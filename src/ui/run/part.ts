/** How the run screen's parts follow the store. */
import type { GameState, GameStore } from '../../state/store.ts';
import { type Equals, watch } from '../../state/watch.ts';

/**
 * A part of the run screen: its element, which follows its own slice of the store (`follow`),
 * its words redrawn in a new language, and how it goes away.
 */
export interface Part {
  readonly el: HTMLElement;
  relabel(): void;
  destroy(): void;
}

/**
 * A part that draws `root` from its slice of the store (`watch`), counting its draws in
 * `data-draws` (tests read it to see what a change redraws). Its `destroy` stops following and
 * removes `root`. The screen goes before a part could draw a state it does not show: the app
 * shell, subscribed first, takes it down when the phase changes.
 */
export function follow<T>(
  store: GameStore,
  root: HTMLElement,
  select: (s: GameState) => T,
  draw: (slice: T, s: GameState, changed: boolean) => void,
  equals?: Equals<T>,
): Part {
  const watching = watch(
    store,
    select,
    (slice, s, changed) => {
      root.dataset.draws = String(Number(root.dataset.draws ?? '0') + 1);
      draw(slice, s, changed);
    },
    equals,
  );
  return {
    el: root,
    relabel: watching.redraw,
    destroy() {
      watching.stop();
      root.remove();
    },
  };
}
