/**
 * The run's sound: unlocked by the player's first gesture inside the game, then each week played
 * heard once, when it is played (a board review, else an incident or breach, else a merge).
 */
import type { GameState, GameStore } from '../../state/store.ts';
import { watch } from '../../state/watch.ts';
import { createSound, type Effect } from '../sound.ts';

/** What a week just played sounds like, if anything. */
const soundFor = (s: GameState): Effect | null => {
  const events = s.sim?.lastEvents ?? [];
  if (events.some((e) => e.kind === 'boardReview')) return 'verdict';
  if (events.some((e) => e.kind === 'incident' || e.kind === 'breach')) return 'alarm';
  const m = s.sim?.history[s.sim.history.length - 1];
  return m && m.featuresShipped >= 1 ? 'merge' : null;
};

/** Plays the run's weeks on `screen`; returns how to stop. */
export function mountRunSound(screen: HTMLElement, store: GameStore): () => void {
  const sound = createSound(store);
  const unlock = () => sound.unlock();
  screen.addEventListener('pointerdown', unlock);
  screen.addEventListener('keydown', unlock);
  const listen = watch(
    store,
    (s) => s.sim?.state.week ?? 0,
    (_week, s, changed) => {
      const effect = changed ? soundFor(s) : null;
      if (effect) sound.play(effect);
    },
  );
  return () => {
    listen.stop();
    screen.removeEventListener('pointerdown', unlock);
    screen.removeEventListener('keydown', unlock);
    sound.destroy();
  };
}
