/**
 * The guided run's hints as the store sees them: what their conditions read, and when they show.
 * The hints themselves are data in `src/content/hints.ts`; views reach them through here.
 */
import { type Hint, type HintInput, nextHint } from '../content/hints.ts';
import type { GameState } from './store.ts';

export type { Hint, HintInput };

/** The hint input of a store state, or null when no run is in play. */
export function hintInput(s: Pick<GameState, 'phase' | 'sim'>): HintInput | null {
  if (s.phase !== 'run' || !s.sim) return null;
  return {
    week: s.sim.state.week,
    last: s.sim.history[s.sim.history.length - 1] ?? null,
    lastEvents: s.sim.lastEvents,
    pendingCards: s.sim.state.pendingCards.length,
  };
}

/** Hints show in a guided run while the player has not turned them off. */
export function hintsActive(s: Pick<GameState, 'phase' | 'run' | 'ui'>): boolean {
  return s.phase === 'run' && s.run?.mode === 'guided' && s.ui.hintsOn;
}

/** The hint to show now: the first that matters and has not been seen, or null. */
export function hintDue(s: Pick<GameState, 'phase' | 'sim' | 'ui'>): Hint | null {
  return nextHint(hintInput(s), s.ui.hintsSeen);
}
