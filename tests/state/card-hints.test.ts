/**
 * A hint that explains a card arrives with it or before it, on every seed, and no hint shows behind
 * a dialog. Plays guided runs through the store the way the run screen does: the floating hint due
 * after each change (`hintDue`), the card's own hints when it opens (`cardHintsDue`), a card
 * answered with its first choice, a board review read.
 */
import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import { CARD_HINTS } from '../../src/content/hints.ts';
import { cardHintsDue, hintDue } from '../../src/state/hints.ts';
import { createGameStore } from '../../src/state/store.ts';

const SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);

/** Plays a guided run to its end; returns each card shown with the hints seen by then. */
function playGuided(seed: number, scenarioId: string) {
  const store = createGameStore();
  store.getState().startRun({ scenarioId, weeks: 52, seed, mode: 'guided' });
  const shown: { cardId: string; seen: readonly string[] }[] = [];
  for (let step = 0; step < 400 && store.getState().phase === 'run'; step++) {
    const s = store.getState();
    const i = s.interrupt;
    if (i !== null) expect(hintDue(s), `seed ${seed}: a hint behind a dialog`).toBeNull();
    if (i?.kind === 'card' && i.choiceId === null) {
      for (const h of cardHintsDue(s)) store.getState().markHintSeen(h.id);
      shown.push({ cardId: i.cardId, seen: [...store.getState().ui.hintsSeen] });
      store.getState().answerCard(i.cardId, firstChoice(i.cardId));
      store.getState().closeCard();
      continue;
    }
    if (i?.kind === 'board') {
      store.getState().acknowledgeBoard();
      continue;
    }
    const h = hintDue(s);
    if (h) store.getState().markHintSeen(h.id);
    store.getState().playWeek();
  }
  return shown;
}

/** Each card's status quo: the run goes on as if nobody chose otherwise. */
const firstChoice = (cardId: string): string =>
  CARDS.find((c) => c.id === cardId)?.choices[0]?.id ?? '';

describe('hints and cards over many seeds', () => {
  it.each(['mandate', 'sandbox'])('every card shown has its hints seen no later (%s)', (id) => {
    let cards = 0;
    const fired = new Set<string>();
    for (const seed of SEEDS) {
      for (const { cardId, seen } of playGuided(seed, id)) {
        cards++;
        fired.add(cardId);
        expect(seen, `seed ${seed}, card ${cardId}`).toContain('card');
        for (const hint of CARD_HINTS[cardId] ?? []) {
          expect(seen, `seed ${seed}: ${cardId} shown before the ${hint} hint`).toContain(hint);
        }
      }
    }
    // The runs did raise cards, among them ones that presuppose a hint.
    expect(cards).toBeGreaterThan(SEEDS.length);
    expect([...fired].some((c) => (CARD_HINTS[c] ?? []).length > 0)).toBe(true);
  });
});
