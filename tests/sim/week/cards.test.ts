// The decisions phase: a pending card is answered before the player's levers are applied, so
// the player's lever wins over the card's, and the card's spend lands on the week's ledger.
import { describe, expect, it } from 'vitest';
import type { EventCard } from '../../../src/sim/index.ts';
import { decisionsPhase } from '../../../src/sim/week/cards.ts';
import { workOn } from './fixture.ts';

const CARD: EventCard = {
  id: 'probe',
  when: [],
  choices: [
    {
      id: 'spend',
      effects: [
        { kind: 'spend', dollars: 50_000 },
        { kind: 'setLever', levers: { aiMandate: 0.9, leaderboard: true } },
      ],
    },
  ],
};

describe('decisionsPhase', () => {
  it('answers the card first, then lets the player override its levers', () => {
    const work = workOn((st) => {
      st.pendingCards = [{ cardId: 'probe', week: 0 }];
    });
    const { levers } = decisionsPhase(work, {
      cards: [CARD],
      decisions: { levers: { aiMandate: 0.2 } },
    });
    expect(levers.aiMandate).toBe(0.2);
    expect(levers.leaderboard).toBe(true);
    expect(work.ledger.cards).toBe(50_000);
    expect(work.st.pendingCards).toEqual([]);
    expect(work.events).toEqual([
      { kind: 'cardResolved', week: 1, cardId: 'probe', choiceId: 'spend' },
    ]);
  });
});
