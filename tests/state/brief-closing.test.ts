// The run's brief comes before anything else and holds play back; the board's closing verdict
// ends a run that stops between reviews on the run screen, before the debrief (issue 18).

import { describe, expect, it } from 'vitest';
import { currentQuarter } from '../../src/state/board.ts';
import { briefHintsDefault, modeAfterBrief } from '../../src/state/brief.ts';
import {
  holdsPlay,
  type InterruptInput,
  interruptOf,
  pausesAutoplay,
  sameInterrupt,
} from '../../src/state/interrupt.ts';
import { replay, startSnapshot } from '../../src/state/run-record.ts';
import { createGameStore, type GameStore } from '../../src/state/store.ts';
import { answerCards, readReview } from './as-player.ts';

/** Plays every week the run has, answering cards and reading reviews, as a player would. */
function playOut(store: GameStore): void {
  for (let i = 0; i < 60 && store.getState().phase === 'run'; i++) {
    const s = store.getState();
    if (s.interrupt?.kind === 'closing') return;
    answerCards(store);
    store.getState().closeCard();
    readReview(store);
    store.getState().playWeek();
  }
}

describe('the brief and the closing verdict in the interrupt order (pure)', () => {
  const sim = startSnapshot({ scenarioId: 'mandate', seed: 2 });
  const owing = {
    ...sim,
    state: { ...sim.state, pendingCards: [{ cardId: 'velocity-brag', week: 0 }] },
    lastEvents: [{ kind: 'boardReview', week: 0 }],
  } as unknown as typeof sim;
  const input = (patch: Partial<InterruptInput>): InterruptInput => ({
    phase: 'run',
    sim: owing,
    weeks: 12,
    briefOpen: true,
    choices: {},
    reviewRead: null,
    cardOutcome: null,
    openCause: null,
    ...patch,
  });

  it('puts the brief before a review and a card, and only before week 1', () => {
    expect(interruptOf(input({}))).toEqual({ kind: 'brief' });
    expect(interruptOf(input({ briefOpen: false, reviewRead: null }))).toEqual({
      kind: 'board',
      week: 0,
    });
    const later = { ...owing, state: { ...owing.state, week: 1 } };
    expect(interruptOf(input({ sim: later }))?.kind).toBe('board');
    expect(interruptOf(input({ phase: 'debrief' }))).toBeNull();
  });

  it('holds play back and pauses autoplay while the brief is up', () => {
    expect(holdsPlay({ sim, choices: {}, briefOpen: true, reviewRead: null })).toBe(true);
    expect(holdsPlay({ sim, choices: {}, briefOpen: false, reviewRead: null })).toBe(false);
    expect(pausesAutoplay({ kind: 'brief' })).toBe(true);
    expect(pausesAutoplay({ kind: 'closing', week: 12 })).toBe(true);
    expect(sameInterrupt({ kind: 'brief' }, { kind: 'brief' })).toBe(true);
    expect(sameInterrupt({ kind: 'closing', week: 12 }, { kind: 'closing', week: 12 })).toBe(true);
    expect(sameInterrupt({ kind: 'closing', week: 12 }, { kind: 'board', week: 12 })).toBe(false);
  });

  it('offers hints on a first run, keeping a saved "hide hints"', () => {
    expect(briefHintsDefault({ hintsOn: true, hintsSeen: [] })).toBe(true);
    expect(briefHintsDefault({ hintsOn: false, hintsSeen: [] })).toBe(false);
    expect(briefHintsDefault({ hintsOn: true, hintsSeen: ['mandate'] })).toBe(false);
    expect(modeAfterBrief('scenario', true)).toBe('guided');
    expect(modeAfterBrief('scenario', false)).toBe('scenario');
    expect(modeAfterBrief('sandbox', true)).toBe('sandbox');
  });
});

describe('the brief and the closing verdict in the store', () => {
  it('opens a run from a link on its brief; play is refused until the player begins', () => {
    const store = createGameStore();
    store.getState().startRun({
      scenarioId: 'mandate',
      weeks: 12,
      seed: 1,
      mode: 'scenario',
      brief: true,
    });
    expect(store.getState().interrupt).toEqual({ kind: 'brief' });
    store.getState().setPlaying(true);
    expect(store.getState().playWeek()).toBe(false);
    expect(store.getState().ui.playing).toBe(false);
    expect(store.getState().sim?.state.week).toBe(0);
    store.getState().beginRun(true);
    expect(store.getState().interrupt).toBeNull();
    expect(store.getState().run?.mode).toBe('guided');
    expect(store.getState().playWeek()).toBe(true);
    // Begun once: the action does nothing more.
    store.getState().beginRun(false);
    expect(store.getState().run?.mode).toBe('guided');
  });

  it('starts a run from the title with no brief', () => {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 12, seed: 1, mode: 'scenario' });
    expect(store.getState().interrupt).toBeNull();
  });

  it('ends a 12-week run on the board closing verdict, then the debrief', () => {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 12, seed: 1, mode: 'scenario' });
    playOut(store);
    const s = store.getState();
    expect(s.phase).toBe('run');
    expect(s.interrupt).toEqual({ kind: 'closing', week: 12 });
    expect(s.playWeek()).toBe(false);
    s.acknowledgeBoard();
    expect(store.getState().phase).toBe('debrief');
    expect(store.getState().interrupt).toBeNull();
  });

  it('ends a 26-week run, over on a review, straight in the debrief', () => {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 26, seed: 1, mode: 'scenario' });
    playOut(store);
    expect(store.getState().phase).toBe('debrief');
  });
});

describe("the quarter's targets before any review", () => {
  it('shows goals for the weeks the next verdict covers, with figures so far', () => {
    const run = { scenarioId: 'mandate', seed: 1, weeks: 12 as const, mode: 'scenario' as const };
    const start = currentQuarter(run, startSnapshot(run));
    expect(start?.span).toEqual({ first: 1, last: 12, weeks: 12, played: 0 });
    const adoption = start?.targets.find((t) => t.target === 'adoption');
    expect(adoption?.actual).toBeNull();
    expect(start?.targets.every((t) => !t.exceeded)).toBe(true);
    const three = replay({ ...run, decisions: [{}, {}, {}] });
    const q = currentQuarter(run, three);
    expect(q?.span.played).toBe(3);
    const lines = q?.targets.find((t) => t.target === 'lines');
    expect(lines?.actual).toBe(three.state.totals.quarterLines);
    expect(lines?.goal).toBe(start?.targets.find((t) => t.target === 'lines')?.goal);
    // A 26-week run: the first quarter runs to the review at week 13.
    const long = currentQuarter({ weeks: 26 }, three);
    expect(long?.span).toEqual({ first: 1, last: 13, weeks: 13, played: 3 });
  });
});
