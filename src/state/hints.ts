/**
 * The guided run's hints as the store sees them: what their conditions read, and when they show.
 * The hints themselves are data in `src/content/hints.ts`; views reach them through here.
 */
import { type Hint, type HintInput, hintsOfCard, nextHint } from '../content/hints.ts';
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

/**
 * The floating hint to show now: the first that matters and has not been seen, or null. None while
 * a dialog is up (the store's `interrupt`): a hint behind a modal dialog can be neither read nor
 * closed, so it waits until the dialog is gone; a card carries its own (`cardHintsDue`).
 */
export function hintDue(s: Pick<GameState, 'phase' | 'sim' | 'ui' | 'interrupt'>): Hint | null {
  if (s.interrupt !== null) return null;
  return nextHint(hintInput(s), s.ui.hintsSeen);
}

/**
 * The hints the open card shows inside itself, not seen before: `card` the first time, then those
 * its text presupposes, so an explanation never comes after the card that relies on it.
 */
export function cardHintsDue(s: Pick<GameState, 'phase' | 'run' | 'ui' | 'interrupt'>): Hint[] {
  if (s.interrupt?.kind !== 'card' || !hintsActive(s)) return [];
  return hintsOfCard(s.interrupt.cardId).filter((h) => !s.ui.hintsSeen.includes(h.id));
}
