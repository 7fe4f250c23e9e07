/**
 * Spend as the week bar and the debrief show it: the ratio is the debrief's own, the lines add
 * up to the totals shown (in whole dollars), the state turns as a run goes over, and the
 * overrun's lines add up to the overrun.
 */

import { describe, expect, it } from 'vitest';
import { debriefOf } from '../../src/state/debrief.ts';
import {
  COST_LINES,
  type CostLines,
  costLinesOf,
  overrunOf,
  spendStatus,
  wholeDollars,
} from '../../src/state/spend.ts';
import { createGameStore, type GameStore } from '../../src/state/store.ts';
import { answerCards } from './as-player.ts';

const sum = (lines: CostLines) => COST_LINES.reduce((a, k) => a + lines[k], 0);

const answerAll = answerCards;

/** The run: the mandate at 100%, the leaderboard on, crunch, 12 weeks. */
function hardRun(seed = 5): { store: GameStore; states: string[] } {
  const store = createGameStore();
  store.getState().startRun({ scenarioId: 'mandate', weeks: 12, seed, mode: 'scenario' });
  store.getState().setLever('aiMandate', 1);
  store.getState().setLever('leaderboard', true);
  store.getState().setLever('deadlinePressure', 'crunch');
  const states: string[] = [];
  for (let w = 0; w < 20 && store.getState().phase === 'run'; w++) {
    answerAll(store);
    if (store.getState().interrupt?.kind === 'board') store.getState().acknowledgeBoard();
    if (!store.getState().playWeek()) break;
    const st = spendStatus(store.getState());
    if (st) states.push(st.state);
  }
  return { store, states };
}

describe('wholeDollars', () => {
  it('rounds each line so the lines add up to the rounded total', () => {
    const lines = Object.fromEntries(COST_LINES.map((k) => [k, 0])) as CostLines;
    lines.salaries = 0.4;
    lines.compute = 0.4;
    lines.investment = 0.4;
    const w = wholeDollars(lines);
    expect(w.total).toBe(1);
    expect(sum(w.lines)).toBe(1);
  });

  it('hits a given total', () => {
    const lines = Object.fromEntries(COST_LINES.map((k) => [k, 10.5])) as CostLines;
    expect(sum(wholeDollars(lines, 83).lines)).toBe(83);
  });
});

describe('spendStatus', () => {
  it('is null before the first week, then reads the model', () => {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 12, seed: 1, mode: 'scenario' });
    expect(spendStatus(store.getState())).toBeNull();
    store.getState().playWeek();
    const st = spendStatus(store.getState());
    const m = store.getState().sim?.history[0];
    expect(st?.week).toBe(1);
    expect(st?.weekSpent).toBe(Math.round(m?.spend ?? 0));
    expect(st?.spent).toBe(Math.round(m?.budgetSpent ?? 0));
  });

  it('turns over budget in the mandate-leaderboard-crunch run, and its figures agree', () => {
    const { store, states } = hardRun();
    expect(states[0]).toBe('within');
    expect(states.some((s) => s === 'over' || s === 'warning')).toBe(true);
    const s = store.getState();
    const st = spendStatus(s);
    if (!st || !s.run || !s.sim) throw new Error('no run');
    // The lines add up to the totals shown, this week's and the run's.
    expect(sum(st.weekLines)).toBe(st.weekSpent);
    expect(sum(st.runLines)).toBe(st.spent);
    // Every cost is in: the week's lines are the week's whole bill.
    const last = s.sim.history[s.sim.history.length - 1];
    expect(sum(costLinesOf(last as never))).toBeCloseTo(last?.spend ?? 0, 3);
    // The ratio is the debrief's cost figure.
    expect(st.ratio).toBeCloseTo(debriefOf(s.run, s.sim).measures.spendVsBudget, 9);
  });

  it('memoises per snapshot', () => {
    const { store } = hardRun();
    expect(spendStatus(store.getState())).toBe(spendStatus(store.getState()));
  });
});

describe('overrunOf', () => {
  it('explains an overrun line by line, adding up to it, biggest first, headroom last', () => {
    const { store, states: hardStates } = hardRun();
    const s = store.getState();
    if (!s.run || !s.sim) throw new Error('no run');
    const o = overrunOf(s.run, s.sim);
    expect(o).not.toBeNull();
    if (!o) return;
    expect(o.overrun).toBe(o.spent - o.budget);
    expect(o.lines.reduce((a, l) => a + l.amount, 0)).toBe(o.overrun);
    expect(o.lines[o.lines.length - 1]?.line).toBe('headroom');
    const lines = o.lines.slice(0, -1).map((l) => l.amount);
    expect(lines).toEqual([...lines].sort((a, b) => b - a));
    // In this run, breaches (which the board leaves out of its reading) cost the most.
    expect(o.lines[0]?.line).toBe('breaches');
    expect(hardStates).toContain('over');
  });

  it('is null for a run within its budget', () => {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'pipeline', weeks: 12, seed: 1, mode: 'scenario' });
    for (let w = 0; w < 3; w++) {
      answerAll(store);
      store.getState().playWeek();
    }
    const s = store.getState();
    if (!s.run || !s.sim) throw new Error('no run');
    if (s.sim.state.budgetSpent <= s.sim.state.budgetToDate) {
      expect(overrunOf(s.run, s.sim)).toBeNull();
    }
  });
});
