/**
 * Playing through the store as a player who goes with the defaults: every card answered with its
 * first choice, every quarter's review read. The tests that play many weeks share these.
 */
import { CARDS } from '../../src/content/cards.ts';
import type { GameStore } from '../../src/state/store.ts';

/** The first choice of a card (its default), or '' for a card the deck does not have. */
export const firstChoice = (cardId: string): string =>
  CARDS.find((c) => c.id === cardId)?.choices[0]?.id ?? '';

/** Answers every pending card with its first choice. */
export function answerCards(store: GameStore): void {
  for (const p of store.getState().sim?.state.pendingCards ?? []) {
    const choice = firstChoice(p.cardId);
    if (choice) store.getState().answerCard(p.cardId, choice);
  }
}

/**
 * Closes the quarter's review, as the player does once they have read it: play waits for it. The
 * board's closing verdict is left up (reading it ends the run).
 */
export function readReview(store: GameStore): void {
  if (store.getState().interrupt?.kind === 'board') store.getState().acknowledgeBoard();
}
