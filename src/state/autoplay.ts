/**
 * Autoplay: weeks play on by themselves while a store says so, one every so many milliseconds.
 * One scheduler for the game and the queue widget, with the clock handed in so it is tested in
 * Node with a fake one. It holds nothing the store does not know: whether weeks are due, and how
 * fast, is read from the state each time; the step is a store action, which refuses (and stops
 * autoplay) when the run waits for the player or is over.
 */
import type { StoreApi } from 'zustand/vanilla';
import { pausesAutoplay } from './interrupt.ts';
import type { GameState } from './store.ts';
import type { WidgetState } from './widget-store.ts';

/** The part of a clock the scheduler uses: the window's timers, or a test's fake. */
export interface Clock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The window's (or Node's) own timers. */
export const SYSTEM_CLOCK: Clock = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface AutoplayPlan<S> {
  /** Milliseconds from one week to the next while weeks play on; null while they do not. */
  delay(s: S): number | null;
  /** Plays the next week (a store action). */
  step(s: S): void;
  /** What a played week changes: the wait starts again from each new value. */
  week(s: S): unknown;
}

/** A store the scheduler can follow: zustand's `getState` and `subscribe`. */
type Followed<S> = Pick<StoreApi<S>, 'getState' | 'subscribe'>;

/**
 * Plays weeks on `store` as `plan` says, on `clock`. The wait for a week counts from the later of
 * autoplay starting and the last week played (by autoplay or by hand). Returns the stop.
 */
export function startAutoplay<S>(
  store: Followed<S>,
  plan: AutoplayPlan<S>,
  clock: Clock,
): () => void {
  let handle: unknown = null;
  let pending = false;
  const cancel = (): void => {
    if (pending) clock.clearTimeout(handle);
    pending = false;
    handle = null;
  };
  const arm = (s: S): void => {
    const ms = plan.delay(s);
    if (ms === null) {
      cancel();
      return;
    }
    if (pending) return;
    pending = true;
    handle = clock.setTimeout(fire, ms);
  };
  function fire(): void {
    pending = false;
    handle = null;
    const s = store.getState();
    if (plan.delay(s) === null) return;
    plan.step(s);
    arm(store.getState());
  }
  const unsubscribe = store.subscribe((s, prev) => {
    if (!Object.is(plan.week(s), plan.week(prev))) cancel();
    arm(s);
  });
  arm(store.getState());
  return () => {
    unsubscribe();
    cancel();
  };
}

/** Both stores' step: `playWeek` itself refuses when the run waits or is over. */
const playNext = (s: { playWeek(): boolean }): void => {
  s.playWeek();
};

/** Milliseconds between weeks at 1x in the game: time to glance at the floor and the figures. */
export const GAME_WEEK_MS = 2400;

/**
 * The game's autoplay: while the player has it on, on the run screen, at their speed; it waits
 * while a card or the board's review is on screen (a cause the player opened does not stop it).
 */
export const GAME_AUTOPLAY: AutoplayPlan<GameState & { playWeek(): boolean }> = {
  delay: (s) =>
    s.ui.playing && s.phase === 'run' && !pausesAutoplay(s.interrupt)
      ? GAME_WEEK_MS / s.ui.speed
      : null,
  step: playNext,
  week: (s) => s.sim,
};

/** The queue widget's autoplay: a week every `weekMs` while the reader lets it play. */
export function widgetAutoplay(
  weekMs: number,
): AutoplayPlan<WidgetState & { playWeek(): boolean }> {
  return {
    delay: (s) => (s.playing ? weekMs : null),
    step: playNext,
    week: (s) => s.sim,
  };
}
