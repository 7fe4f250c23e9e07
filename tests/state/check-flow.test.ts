// The learning check as a player meets it, through the store (issue 15): six questions before
// week 1 (skipping keeps the run), the prediction before the debrief, the other form after the
// debrief's reveal, the results code carrying it all, and a saved run keeping where it stood.

import { describe, expect, it } from 'vitest';
import { decodeResultsCode } from '../../src/content/results-code.ts';
import {
  CHECK_ITEMS,
  type CheckAnswer,
  checkResults,
  NOT_SURE,
  predictionFigures,
  runTrace,
  sittingForm,
} from '../../src/state/check.ts';
import { parseRunRecord } from '../../src/state/saved-run.ts';
import { createGameStore, type GameStore, memoryPersistence } from '../../src/state/store.ts';
import { codeOfRecord } from '../../src/state/workshop.ts';
import { answerCards, readReview } from './as-player.ts';

const allRight: CheckAnswer[] = CHECK_ITEMS.map((i) => ({ item: i.id, choice: i.right }));
const allUnsure: CheckAnswer[] = CHECK_ITEMS.map((i) => ({ item: i.id, choice: NOT_SURE }));

/** The store's run and snapshot, there once a run has started. */
function runOf(store: GameStore) {
  const { run, sim } = store.getState();
  if (!run || !sim) throw new Error('no run');
  return { run, sim, check: run.check };
}

function started(checkPlayer: number | undefined, store = createGameStore()): GameStore {
  store
    .getState()
    .startRun({ scenarioId: 'mandate', weeks: 12, seed: 7, mode: 'scenario', checkPlayer });
  return store;
}

/** Plays the run's weeks as a player going with the defaults, until the run screen stops. */
function playOut(store: GameStore): void {
  for (let i = 0; i < 40 && store.getState().phase === 'run'; i++) {
    const kind = store.getState().interrupt?.kind;
    if (kind === 'prediction' || kind === 'closing') return;
    answerCards(store);
    store.getState().closeCard();
    readReview(store);
    store.getState().playWeek();
  }
}

describe('the learning check in a run', () => {
  it('is off unless the run is started with it, and a run without it writes a version 2 code', () => {
    const store = started(undefined);
    expect(store.getState().run?.check).toBeUndefined();
    expect(store.getState().interrupt).toBeNull();
    const code = codeOfRecord(runOf(store).run);
    const decoded = decodeResultsCode(code);
    expect(decoded.ok && decoded.run.check).toBeFalsy();
  });

  it('asks six questions before week 1 and holds play until they are answered', () => {
    const store = started(12345);
    const s = store.getState();
    expect(s.run?.check?.player).toBe(12345);
    expect(s.interrupt).toEqual({ kind: 'check', sitting: 'before' });
    expect(s.playWeek()).toBe(false);
    expect(store.getState().sim?.state.week).toBe(0);
    store.getState().answerCheck(allUnsure);
    expect(store.getState().interrupt).toBeNull();
    expect(store.getState().run?.check?.before).toEqual(allUnsure);
    expect(store.getState().playWeek()).toBe(true);
  });

  it('refuses answers the game could not record', () => {
    const store = started(1);
    store.getState().answerCheck([{ item: 'levers', choice: 'nonsense' } as CheckAnswer]);
    expect(store.getState().interrupt?.kind).toBe('check');
  });

  it('keeps the run when the questions are skipped, and asks nothing of the skipped sitting', () => {
    const store = started(99);
    store.getState().answerCheck(null);
    const check = store.getState().run?.check;
    expect(check?.before).toBeUndefined();
    expect(check?.passed).toEqual(['before']);
    expect(store.getState().phase).toBe('run');
    expect(store.getState().playWeek()).toBe(true);
  });

  it('comes after the brief of a run opened from a link', () => {
    const store = createGameStore();
    store.getState().startRun({
      scenarioId: 'mandate',
      weeks: 12,
      seed: 7,
      mode: 'scenario',
      brief: true,
      checkPlayer: 3,
    });
    expect(store.getState().interrupt?.kind).toBe('brief');
    store.getState().beginRun(false);
    expect(store.getState().interrupt).toEqual({ kind: 'check', sitting: 'before' });
  });

  it('splits a room sharing one seed between the forms', () => {
    const forms = new Set<string>();
    for (let p = 0; p < 16; p++) forms.add(started(p).getState().run?.check?.firstForm ?? '');
    expect([...forms].sort()).toEqual(['A', 'B']);
  });

  it('asks the prediction before the debrief, then the other form after its reveal', () => {
    const store = started(4242);
    store.getState().answerCheck(allUnsure);
    playOut(store);
    expect(store.getState().phase).toBe('run');
    expect(store.getState().interrupt).toEqual({ kind: 'prediction' });
    const { run, sim } = runOf(store);
    const truth = predictionFigures(run, sim);
    expect(truth.soundFeatures).toBeGreaterThan(0);
    store.getState().predictRun({ features: 40, incidents: 3, confidence: 4 });
    // A 12-week run ends between reviews: the board's closing verdict, then the debrief.
    expect(store.getState().interrupt?.kind).toBe('closing');
    store.getState().acknowledgeBoard();
    expect(store.getState().phase).toBe('debrief');
    // The debrief's reveal first: the other form waits until the player asks for it.
    expect(store.getState().interrupt).toBeNull();
    store.getState().openCheckAfter();
    expect(store.getState().interrupt).toEqual({ kind: 'check', sitting: 'after' });
    store.getState().answerCheck(allRight);
    expect(store.getState().interrupt).toBeNull();
    const check = runOf(store).check;
    if (!check) throw new Error('no check');
    expect(check.passed).toEqual(['before', 'prediction', 'after']);
    expect(sittingForm(check, 'after')).not.toBe(sittingForm(check, 'before'));
    const results = checkResults(check);
    expect([results.beforeRight, results.afterRight]).toEqual([0, CHECK_ITEMS.length]);
    // Asked once: it is not offered again.
    store.getState().openCheckAfter();
    expect(store.getState().interrupt).toBeNull();
  });

  it('carries the answers, the form order and the prediction in the results code', () => {
    const store = started(77);
    store.getState().answerCheck(allUnsure);
    playOut(store);
    store.getState().predictRun({ features: 12, incidents: 5, confidence: 2 });
    store.getState().acknowledgeBoard();
    store.getState().openCheckAfter();
    store.getState().answerCheck(allRight);
    const { run } = runOf(store);
    const decoded = decodeResultsCode(codeOfRecord(run));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.run.check).toEqual({
      firstForm: run.check?.firstForm,
      before: allUnsure,
      after: allRight,
      prediction: { features: 12, incidents: 5, confidence: 2 },
    });
  });

  it('opens the debrief straight after a skipped prediction when no closing verdict is owed', () => {
    const store = createGameStore();
    store
      .getState()
      .startRun({ scenarioId: 'mandate', weeks: 26, seed: 5, mode: 'scenario', checkPlayer: 8 });
    store.getState().answerCheck(null);
    playOut(store);
    expect(store.getState().interrupt).toEqual({ kind: 'prediction' });
    store.getState().predictRun(null);
    expect(store.getState().phase).toBe('debrief');
    expect(store.getState().run?.check?.prediction).toBeUndefined();
  });

  it('points each item at the part of the run that showed it', () => {
    const store = started(1);
    store.getState().answerCheck(null);
    playOut(store);
    const history = runOf(store).sim.history;
    for (const item of CHECK_ITEMS) {
      const trace = runTrace(item, history);
      if (item.runFigure === null) expect(trace).toBeNull();
      else expect(trace?.lastWeek).toBe(12);
    }
  });
});

describe('a saved run with the check', () => {
  it('round-trips through the saved form, and keeps what is still owed', () => {
    const persistence = memoryPersistence();
    const store = started(31337, createGameStore(persistence));
    store.getState().answerCheck(allUnsure);
    store.getState().playWeek();
    const text = JSON.stringify(persistence.loadRun().value);
    const back = parseRunRecord(JSON.parse(text));
    expect(back).toEqual(store.getState().run);
    expect(back?.check?.passed).toEqual(['before']);
  });

  it('loads a save from before the check, and refuses a damaged check as any damaged save', () => {
    const old = { seed: 3, scenarioId: 'mandate', weeks: 12, mode: 'scenario', decisions: [{}] };
    expect(parseRunRecord(old)).toEqual(old);
    const damaged = {
      ...old,
      check: { version: 1, player: 1, firstForm: 'A', passed: ['before'], before: [{ item: 'x' }] },
    };
    expect(parseRunRecord(damaged)).toBeNull();
  });

  it('continues a saved run before week 1 with its questions still owed', () => {
    const persistence = memoryPersistence();
    started(5, createGameStore(persistence));
    const again = createGameStore(persistence);
    expect(again.getState().continueSaved()).toBe(true);
    expect(again.getState().interrupt).toEqual({ kind: 'check', sitting: 'before' });
  });
});
