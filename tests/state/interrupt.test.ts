import { describe, expect, it } from 'vitest';
import {
  holdsPlay,
  type InterruptInput,
  interruptOf,
  pausesAutoplay,
  sameInterrupt,
} from '../../src/state/interrupt.ts';
import { startSnapshot } from '../../src/state/run-record.ts';
import { createGameStore, type GameStore } from '../../src/state/store.ts';
import { answerCards, firstChoice, readReview } from './as-player.ts';

/** Plays weeks, answering and closing cards and reading reviews, until `week` has been played. */
function playTo(store: GameStore, week: number): void {
  while ((store.getState().sim?.state.week ?? week) < week) {
    answerCards(store);
    store.getState().closeCard();
    readReview(store);
    expect(store.getState().playWeek()).toBe(true);
  }
}

/** Mandate, seed 2, 26 weeks: week 13 brings the board's review, a card and an outage at once. */
function atWeek13(): GameStore {
  const store = createGameStore();
  store.getState().startRun({ scenarioId: 'mandate', weeks: 26, seed: 2, mode: 'scenario' });
  playTo(store, 13);
  return store;
}

describe('which interrupt is owed (pure)', () => {
  const sim = startSnapshot({ scenarioId: 'mandate', seed: 2 });
  const review = { ...sim, lastEvents: [{ kind: 'boardReview', week: 13 }] } as typeof sim;
  const withCard = {
    ...review,
    state: { ...review.state, pendingCards: [{ cardId: 'velocity-brag', week: 13 }] },
    events: [{ kind: 'incident', week: 13 }],
  } as unknown as typeof sim;
  const input = (patch: Partial<InterruptInput>): InterruptInput => ({
    phase: 'run',
    sim: withCard,
    weeks: 26,
    briefOpen: false,
    choices: {},
    reviewRead: null,
    cardOutcome: null,
    openCause: 0,
    ...patch,
  });

  it('puts the board first, then a card, then the causes the player opened', () => {
    expect(interruptOf(input({}))).toEqual({ kind: 'board', week: 13 });
    expect(interruptOf(input({ reviewRead: 13 }))).toEqual({
      kind: 'card',
      cardId: 'velocity-brag',
      choiceId: null,
    });
    const answered = { cardId: 'velocity-brag', choiceId: 'brag' };
    expect(
      interruptOf(
        input({ reviewRead: 13, choices: { 'velocity-brag': 'brag' }, cardOutcome: answered }),
      ),
    ).toEqual({ kind: 'card', ...answered });
    expect(interruptOf(input({ reviewRead: 13, choices: { 'velocity-brag': 'brag' } }))).toEqual({
      kind: 'cause',
      eventIndex: 0,
    });
    expect(
      interruptOf(input({ reviewRead: 13, choices: { 'velocity-brag': 'x' }, openCause: null })),
    ).toBeNull();
  });

  it('owes nothing off the run screen, and no cause for an event that is not one', () => {
    expect(interruptOf(input({ phase: 'debrief' }))).toBeNull();
    expect(interruptOf(input({ sim: null }))).toBeNull();
    expect(interruptOf(input({ sim, openCause: 5 }))).toBeNull();
  });

  it('holds play back for the brief, an unread review and an unanswered card; autoplay pauses at both', () => {
    const holds = (i: Pick<InterruptInput, 'sim' | 'choices' | 'reviewRead'>) =>
      holdsPlay({ ...i, briefOpen: false });
    expect(holds({ sim: withCard, choices: {}, reviewRead: 13 })).toBe(true);
    expect(holds({ sim: withCard, choices: { 'velocity-brag': 'brag' }, reviewRead: 13 })).toBe(
      false,
    );
    expect(holds({ sim: review, choices: {}, reviewRead: null })).toBe(true);
    expect(holds({ sim: review, choices: {}, reviewRead: 12 })).toBe(true);
    expect(holds({ sim: review, choices: {}, reviewRead: 13 })).toBe(false);
    expect(holds({ sim, choices: {}, reviewRead: null })).toBe(false);
    expect(pausesAutoplay({ kind: 'board', week: 13 })).toBe(true);
    expect(pausesAutoplay({ kind: 'card', cardId: 'a', choiceId: null })).toBe(true);
    expect(pausesAutoplay({ kind: 'cause', eventIndex: 0 })).toBe(false);
    expect(pausesAutoplay(null)).toBe(false);
  });

  it('tells interrupts apart by value', () => {
    expect(sameInterrupt({ kind: 'board', week: 1 }, { kind: 'board', week: 1 })).toBe(true);
    expect(sameInterrupt({ kind: 'board', week: 1 }, { kind: 'board', week: 2 })).toBe(false);
    expect(
      sameInterrupt(
        { kind: 'card', cardId: 'a', choiceId: null },
        { kind: 'card', cardId: 'a', choiceId: 'b' },
      ),
    ).toBe(false);
    expect(sameInterrupt({ kind: 'cause', eventIndex: 1 }, null)).toBe(false);
    expect(sameInterrupt(null, null)).toBe(true);
  });
});

describe('the interrupt in the store', () => {
  it('shows the review, then the card, then its outcome, then the causes opened', () => {
    const store = atWeek13();
    const s = store.getState();
    expect(s.interrupt).toEqual({ kind: 'board', week: 13 });
    const cardId = s.sim?.state.pendingCards[0]?.cardId ?? '';
    const outage = (s.sim?.events ?? []).findIndex((e) => e.kind === 'incident' && e.week === 13);
    expect(outage).toBeGreaterThanOrEqual(0);
    // The player opens an outage's causes under the review: it waits its turn.
    store.getState().openCause(outage);
    expect(store.getState().interrupt).toEqual({ kind: 'board', week: 13 });
    store.getState().acknowledgeBoard();
    expect(store.getState().interrupt).toEqual({ kind: 'card', cardId, choiceId: null });
    store.getState().answerCard(cardId, firstChoice(cardId));
    expect(store.getState().interrupt).toEqual({
      kind: 'card',
      cardId,
      choiceId: firstChoice(cardId),
    });
    store.getState().closeCard();
    expect(store.getState().interrupt).toEqual({ kind: 'cause', eventIndex: outage });
    store.getState().openCause(null);
    expect(store.getState().interrupt).toBeNull();
  });

  it('refuses to play while the review is unread or a card is owed, and plays once both are done', () => {
    const store = atWeek13();
    store.getState().setPlaying(true);
    expect(store.getState().playWeek()).toBe(false);
    expect(store.getState().ui.playing).toBe(false);
    expect(store.getState().sim?.state.week).toBe(13);
    // The card answered, the review still open: play waits for the review too.
    const cardId = store.getState().sim?.state.pendingCards[0]?.cardId ?? '';
    store.getState().answerCard(cardId, firstChoice(cardId));
    expect(store.getState().interrupt?.kind).toBe('board');
    store.getState().setPlaying(true);
    expect(store.getState().playWeek()).toBe(false);
    expect(store.getState().ui.playing).toBe(false);
    store.getState().acknowledgeBoard();
    expect(store.getState().playWeek()).toBe(true);
    // A played week moves past the outcome still on screen.
    expect(store.getState().ui.cardOutcome).toBeNull();
    expect(store.getState().sim?.state.week).toBe(14);
  });

  it('stops autoplay at a new review or card, not at causes left open', () => {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 26, seed: 2, mode: 'scenario' });
    playTo(store, 4);
    store.getState().openCause(0);
    store.getState().setAutoResume(false);
    store.getState().setPlaying(true);
    store.getState().playWeek();
    // Week 5 brings a card: autoplay stops for it, and the causes wait behind it.
    expect(store.getState().interrupt?.kind).toBe('card');
    expect(store.getState().ui.playing).toBe(false);
    expect(pausesAutoplay(store.getState().interrupt)).toBe(true);
  });

  it('keeps the interrupt object while a change leaves it as it is', () => {
    const store = atWeek13();
    const before = store.getState().interrupt;
    store.getState().setLever('aiMandate', 0.5);
    store.getState().markHintSeen('x');
    expect(store.getState().interrupt).toBe(before);
  });

  it('starts each run, and each continued run, with nothing read or opened', () => {
    const store = atWeek13();
    store.getState().acknowledgeBoard();
    store.getState().toTitle();
    expect(store.getState().interrupt).toBeNull();
    expect(store.getState().continueSaved()).toBe(true);
    // As before the interrupt lived in the store: a continued run shows its last review again.
    expect(store.getState().interrupt).toEqual({ kind: 'board', week: 13 });
    store.getState().startRun({ scenarioId: 'mandate', weeks: 12, seed: 1, mode: 'scenario' });
    expect(store.getState().interrupt).toBeNull();
    expect(store.getState().ui).toMatchObject({
      openCause: null,
      reviewRead: null,
      cardOutcome: null,
    });
  });
});
