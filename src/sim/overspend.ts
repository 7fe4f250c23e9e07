/**
 * The board's answer to overspending, week by week: spend to date is held against
 * the budget to date. A small overrun is tolerated; a sustained one draws a warning,
 * then cuts the board imposes (open requisitions cancelled, discretionary investment
 * halved), and at last the board replaces the head of engineering: the run ends.
 * Money is not free: an organisation cannot buy its way past the bottleneck.
 */
import { V } from './params.ts';
import type { SimEvent, SimState } from './types.ts';
import { LEVELS } from './types.ts';

/** True once the board has replaced the player: the run ends that week. */
export function boardEndedRun(state: SimState): boolean {
  return state.replacedWeek > 0;
}

/** True once the run can go no further: its weeks are played or the board replaced the player. */
export function isRunOver(state: SimState, weeks: number): boolean {
  return state.week >= weeks || boardEndedRun(state);
}

/**
 * Operating spend to date over budget to date (1 = exactly on budget). One-off bills are
 * left out, as a board books them apart: a breach (answered on its own, through confidence,
 * so one unlucky week cannot end a run that was run within its means) and severance (a
 * restructuring charge, whose point is to lower the spend that follows).
 */
export function spendRatio(state: SimState): number {
  return state.budgetToDate > 0 ? state.operatingSpent / state.budgetToDate : 0;
}

/** Adds this week's operating spend and budget, then applies the board's reaction; returns its events. */
export function boardOnSpending(st: SimState, week: number, operatingSpend: number): SimEvent[] {
  st.budgetToDate += st.weeklyBudget;
  st.operatingSpent += operatingSpend;
  const ratio = spendRatio(st);
  if (week < V.overspendGraceWeeks || ratio <= V.overspendWarnRatio) {
    st.overspendWeeks = 0;
    return [];
  }
  st.overspendWeeks += 1;
  const events: SimEvent[] = [];
  if (st.overspendWeeks === 1) {
    st.boardConfidence = Math.max(0, st.boardConfidence - V.overspendWarnConfidence);
    events.push({ kind: 'budgetWarning', week, ratio });
  }
  if (st.overspendWeeks >= V.overspendReplaceWeeks && ratio > V.overspendReplaceRatio) {
    st.replacedWeek = week;
    events.push({ kind: 'replaced', week, ratio });
    return events;
  }
  // Cuts come after a month over the tolerance, and again each month it lasts, while spend
  // runs past the cut line.
  if (st.overspendWeeks % V.overspendCutWeeks === 0 && ratio > V.overspendCutRatio) {
    for (const l of LEVELS) {
      st.staff[l] = { ...st.staff[l], pipeline: st.staff[l].pipeline.map(() => 0) };
    }
    st.levers = {
      ...st.levers,
      pipelineInvestment: st.levers.pipelineInvestment * V.overspendCutInvestment,
      leaderboard: false,
    };
    events.push({ kind: 'boardCuts', week, ratio });
  }
  return events;
}
