/**
 * The board's answer to overspending: spend to date against budget to date, with one-off bills
 * (a breach, severance) booked apart; a warning, then cuts, then the player's replacement.
 */
import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../src/sim/index.ts';
import { isRunOver, spendRatio, V } from '../../src/sim/index.ts';
import { boardOnSpending } from '../../src/sim/overspend.ts';
import { moneyPhase } from '../../src/sim/week/money.ts';
import { initial, jsonCopy } from './helpers.ts';
import { workOn } from './week/fixture.ts';

/** Plays the board's weekly reading for `weeks` weeks at a spend of `share` of the weekly budget. */
function overspend(share: number, weeks: number) {
  const st = jsonCopy(initial('sandbox', 1));
  st.levers = { ...st.levers, pipelineInvestment: 1, leaderboard: true };
  st.staff.senior.pipeline[3] = 2;
  const events: SimEvent[] = [];
  for (let week = 1; week <= weeks && st.replacedWeek === 0; week++) {
    for (const e of boardOnSpending(st, week, share * st.weeklyBudget)) events.push(e);
    st.week = week;
  }
  return { st, events };
}

describe('the board and the budget', () => {
  it('tolerates spending within its line, whatever the weeks', () => {
    const { st, events } = overspend(V.overspendWarnRatio - 0.01, 52);
    expect(events).toEqual([]);
    expect(st.replacedWeek).toBe(0);
    expect(spendRatio(st)).toBeCloseTo(V.overspendWarnRatio - 0.01, 9);
  });

  it('warns, then cuts, then replaces the player when spend runs far over for weeks', () => {
    const { st, events } = overspend(1.3, 52);
    expect(events.map((e) => e.kind)).toEqual(['budgetWarning', 'boardCuts', 'replaced']);
    const [warning, cuts, replaced] = events;
    expect(warning?.week).toBe(V.overspendGraceWeeks);
    expect(cuts?.week).toBe(V.overspendGraceWeeks + V.overspendCutWeeks - 1);
    expect(replaced?.week).toBe(V.overspendGraceWeeks + V.overspendReplaceWeeks - 1);
    // The cuts: open requisitions cancelled, pipeline investment halved, the leaderboard off.
    expect(st.staff.senior.pipeline.every((n) => n === 0)).toBe(true);
    expect(st.levers.pipelineInvestment).toBe(V.overspendCutInvestment);
    expect(st.levers.leaderboard).toBe(false);
    expect(st.replacedWeek).toBe(replaced?.week);
    expect(isRunOver(st, 52)).toBe(true);
  });

  it('warns and cuts, but keeps the player, between the cut line and the replacement line', () => {
    const share = (V.overspendCutRatio + V.overspendReplaceRatio) / 2;
    const { st, events } = overspend(share, 52);
    expect(events.filter((e) => e.kind === 'boardCuts').length).toBeGreaterThan(1);
    expect(events.some((e) => e.kind === 'replaced')).toBe(false);
    expect(st.replacedWeek).toBe(0);
  });

  it('books a breach and severance apart: a week of one-off bills ends nobody', () => {
    const work = workOn((st) => {
      st.week = 10;
    });
    work.ledger.breaches = 50 * work.st.weeklyBudget;
    work.ledger.severance = 50 * work.st.weeklyBudget;
    moneyPhase(work, { levers: work.st.levers, adoption: 0, team: 100 });
    expect(work.st.budgetSpent).toBeGreaterThan(100 * work.st.weeklyBudget);
    expect(spendRatio(work.st)).toBeLessThan(V.overspendWarnRatio);
  });
});
