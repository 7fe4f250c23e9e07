/**
 * How a view follows the store: it names the slice it draws and is called when that slice
 * changes, not on every change (a slider step is not a reason to redraw the dashboards).
 */
import type { StoreApi } from 'zustand/vanilla';

export type Equals<T> = (a: T, b: T) => boolean;

export interface Watch {
  /** Draws again with the slice as it is (the words changed: a new language). */
  redraw(): void;
  stop(): void;
}

/**
 * Calls `draw` with `select(state)` now and whenever it changes by `equals` (identity unless
 * given; zustand's `shallow` for a slice built as an object). `changed` is true when the slice
 * changed, false for the first draw and a `redraw` (a view that speaks on a change, not on a
 * relabel, tells them apart by it).
 */
export function watch<S, T>(
  store: Pick<StoreApi<S>, 'getState' | 'subscribe'>,
  select: (s: S) => T,
  draw: (slice: T, s: S, changed: boolean) => void,
  equals: Equals<T> = Object.is,
): Watch {
  let current = select(store.getState());
  const unsubscribe = store.subscribe((s) => {
    const next = select(s);
    if (equals(current, next)) return;
    current = next;
    draw(next, s, true);
  });
  draw(current, store.getState(), false);
  return {
    redraw: () => draw(current, store.getState(), false),
    stop: unsubscribe,
  };
}
