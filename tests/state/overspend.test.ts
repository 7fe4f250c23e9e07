/**
 * The board's answer to overspending, as the game plays it: a run the board ends early goes
 * to the debrief and plays no further, is not offered to continue, replays to the same week
 * from its record, and its debrief says when and why the board replaced the player.
 */

import { describe, expect, it } from 'vitest';
import { clearDebriefCache, debriefOf, earlyEndOf } from '../../src/state/debrief.ts';
import { type RunRecord, replay, runOver, startSnapshot } from '../../src/state/run-record.ts';
import { boardNotices } from '../../src/state/selectors.ts';
import { createGameStore, type GameStore, memoryPersistence } from '../../src/state/store.ts';
import { codeOfRecord, recordOfCode, replayForRoom } from '../../src/state/workshop.ts';
import { answerCards, readReview } from './as-player.ts';

function answerAll(store: GameStore): void {
  answerCards(store);
  // The player closes the board's review as they answer a card: play waits for both.
  readReview(store);
}

/** Hires as many seniors as the game allows in the first two weeks, then plays until the run ends. */
function overspend(store: GameStore): void {
  store.getState().startRun({ scenarioId: 'sandbox', weeks: 52, seed: 1, mode: 'sandbox' });
  for (let w = 0; w < 60 && store.getState().phase === 'run'; w++) {
    if (w < 2) {
      for (const level of ['junior', 'mid', 'senior'] as const) {
        store.getState().setStaffing('hire', level, 50);
      }
    }
    answerAll(store);
    expect(store.getState().playWeek()).toBe(true);
  }
}

describe('the board replaces a player who overspends', () => {
  it('ends the run in the week of the replacement and refuses to play on', () => {
    const store = createGameStore();
    overspend(store);
    const s = store.getState();
    const replaced = s.sim?.events.find((e) => e.kind === 'replaced');
    expect(replaced).toBeDefined();
    expect(s.sim?.state.replacedWeek).toBe(replaced?.week);
    expect(s.sim?.state.week).toBe(replaced?.week);
    expect(s.sim?.state.week).toBeLessThan(52);
    expect(s.phase).toBe('debrief');
    expect(s.ui.playing).toBe(false);
    expect(s.run?.decisions.length).toBe(replaced?.week);
    // Even back in the run phase, the week does not play.
    store.setState({ phase: 'run' });
    expect(store.getState().playWeek()).toBe(false);
    expect(store.getState().sim?.state.week).toBe(replaced?.week);
  });

  it('warned first and cut before replacing, each with its spend ratio over budget', () => {
    const store = createGameStore();
    overspend(store);
    const steps = (store.getState().sim?.events ?? []).filter(
      (e) => e.kind === 'budgetWarning' || e.kind === 'boardCuts' || e.kind === 'replaced',
    );
    expect(steps.map((e) => e.kind)).toEqual(['budgetWarning', 'boardCuts', 'replaced']);
    for (const e of steps) if ('ratio' in e) expect(e.ratio).toBeGreaterThan(1);
  });

  it('shows the board notices of the week just played, and none in a quiet week', () => {
    const store = createGameStore();
    overspend(store);
    const s = store.getState();
    expect(boardNotices(s).map((e) => e.kind)).toEqual(['replaced']);
    store.getState().startRun({ scenarioId: 'sandbox', weeks: 52, seed: 1, mode: 'sandbox' });
    store.getState().playWeek();
    expect(boardNotices(store.getState())).toEqual([]);
  });

  it('does not keep a replaced run to continue, from the title or in a new store', () => {
    const persistence = memoryPersistence();
    const store = createGameStore(persistence);
    overspend(store);
    store.getState().toTitle();
    expect(store.getState().savedRun).toBeNull();
    const saved = persistence.loadRun().value;
    expect(saved?.decisions.length).toBeLessThan(52);
    expect(createGameStore(persistence).getState().savedRun).toBeNull();
  });

  it('replays a record of the run only up to the replacement, even with weeks after it', () => {
    const store = createGameStore();
    overspend(store);
    const run = store.getState().run as RunRecord;
    const week = store.getState().sim?.state.week ?? 0;
    const padded: RunRecord = { ...run, decisions: [...run.decisions, {}, {}, {}] };
    const snap = replay(padded);
    expect(snap.state.week).toBe(week);
    expect(runOver(snap, run.weeks)).toBe(true);
    expect(runOver(startSnapshot(run), run.weeks)).toBe(false);
  });

  it('its results code opens in the debrief at the replacement, and a room replays it there', () => {
    const store = createGameStore();
    overspend(store);
    const run = store.getState().run as RunRecord;
    const week = store.getState().sim?.state.week ?? 0;
    const viewer = createGameStore();
    expect(viewer.getState().openCode(codeOfRecord(run), 'link')).toBe(true);
    expect(viewer.getState().phase).toBe('debrief');
    expect(viewer.getState().sim?.state.week).toBe(week);
    const opened = recordOfCode(codeOfRecord({ ...run, decisions: [...run.decisions, {}, {}] }));
    if (!opened.ok) throw new Error('code refused');
    expect(replayForRoom(opened.record).weeks.length).toBe(week);
  });

  it('a replaced run opened from its results code shows the debrief at that week', () => {
    const store = createGameStore();
    overspend(store);
    const run = store.getState().run as RunRecord;
    const week = store.getState().sim?.state.week;
    const viewer = createGameStore();
    viewer.setState({ run, sim: replay(run), phase: 'debrief' });
    expect(viewer.getState().sim?.state.week).toBe(week);
    expect(viewer.getState().playWeek()).toBe(false);
  });
});

describe('the debrief of a replaced run', () => {
  it('says the board replaced the player, in which week, and at what spend ratio', () => {
    clearDebriefCache();
    const store = createGameStore();
    overspend(store);
    const { run, sim } = store.getState();
    if (!run || !sim) throw new Error('no run');
    const d = debriefOf(run, sim);
    const replaced = sim.events.find((e) => e.kind === 'replaced');
    expect(d.earlyEnd).toMatchObject({
      week: replaced?.week,
      plannedWeeks: 52,
    });
    expect(d.earlyEnd?.ratio).toBeGreaterThan(1.2);
    expect(d.earlyEnd?.steps.map((e) => e.kind)).toEqual([
      'budgetWarning',
      'boardCuts',
      'replaced',
    ]);
  });

  it('reports no early end for a run played to its last week', () => {
    clearDebriefCache();
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 12, seed: 1, mode: 'scenario' });
    for (let w = 0; w < 12; w++) {
      answerAll(store);
      store.getState().playWeek();
    }
    // The board's closing verdict of a 12-week run comes first; read, it opens the debrief.
    store.getState().acknowledgeBoard();
    const { run, sim } = store.getState();
    if (!run || !sim) throw new Error('no run');
    expect(store.getState().phase).toBe('debrief');
    expect(debriefOf(run, sim).earlyEnd).toBeNull();
    expect(earlyEndOf(run, [])).toBeNull();
  });

  it('works on a state built by hand with the replacement set', () => {
    const run: RunRecord = {
      seed: 3,
      scenarioId: 'mandate',
      weeks: 26,
      mode: 'scenario',
      decisions: [],
    };
    const snap = startSnapshot(run);
    const state = { ...snap.state, week: 9, replacedWeek: 9 };
    const store = createGameStore();
    store.setState({ run, sim: { ...snap, state }, phase: 'run' });
    expect(store.getState().playWeek()).toBe(false);
    expect(runOver({ ...snap, state }, run.weeks)).toBe(true);
  });
});
