/**
 * The week's running bill, in one place: the money phase of the step charges it, and the
 * controls' cost preview (through the store's selectors) calls the same functions, so the
 * preview can never drift from what the model bills.
 */
import { modProduct } from './cards.ts';
import { V } from './params.ts';
import { headcount, SALARY, totalHeadcount } from './staffing.ts';
import type { Level, Levers, Modifier, PerLevel, SimState } from './types.ts';
import { LEVELS } from './types.ts';
import { nextAdoption } from './week/capability.ts';

export interface ComputeUse {
  /** Tokens used in the week, gamed use included. */
  readonly tokens: number;
  /** Dollars those tokens cost. */
  readonly computeCost: number;
}

/** Tokens and their price: real use plus, under a leaderboard, use that exists only to climb it (D9). */
export function computeUse(
  adoption: number,
  team: number,
  levers: Pick<Levers, 'leaderboard'>,
  modifiers: readonly Modifier[],
): ComputeUse {
  const tokens =
    adoption *
    team *
    V.tokensPerAiUserWeek *
    (levers.leaderboard ? V.leaderboardTokenMultiplier : 1) *
    modProduct(modifiers, 'tokens');
  return { tokens, computeCost: (tokens / 1e6) * V.dollarsPerMillionTokens };
}

/** Pipeline investment bought this week. */
export function pipelineCost(levers: Pick<Levers, 'pipelineInvestment'>): number {
  return levers.pipelineInvestment * V.pipelineMaxWeeklySpend;
}

/** The dedicated security review's tooling and external reviewers, when it is on. */
export function securityCost(levers: Pick<Levers, 'securityReview'>): number {
  return levers.securityReview ? V.securityReviewWeeklyCost : 0;
}

/** The week's salaries for a headcount by level. */
export function salaryCost(counts: PerLevel<number>): number {
  let total = 0;
  for (const l of LEVELS) total += counts[l] * SALARY[l];
  return total;
}

/** Severance for laying off this many people of a level. */
export function severanceCost(level: Level, count: number): number {
  return count * SALARY[level] * V.severanceWeeks;
}

/** Recruiting for this many requisitions. */
export function recruitingCost(count: number): number {
  return count * V.recruitingCost;
}

export interface RunningCosts {
  readonly compute: number;
  readonly pipeline: number;
  readonly security: number;
  readonly salaries: number;
}

/**
 * What the coming week will bill for its running lines if these levers hold: compute at the
 * adoption the week will reach (it lags the mandate), with the state's live modifiers (a
 * card's token effect) and a leaderboard's gamed use; the investment the levers buy; and the
 * salaries of the people here now. The week's own moves (arrivals, quits, layoffs, a card's
 * answer) are not foreseen: with none of them, this is exactly what the week bills.
 */
export function runningCosts(state: SimState, levers: Levers): RunningCosts {
  const counts: PerLevel<number> = {
    junior: headcount(state.staff.junior),
    mid: headcount(state.staff.mid),
    senior: headcount(state.staff.senior),
  };
  const adoption = nextAdoption(state.adoption, levers.aiMandate);
  return {
    compute: computeUse(adoption, totalHeadcount(state.staff), levers, state.modifiers).computeCost,
    pipeline: pipelineCost(levers),
    security: securityCost(levers),
    salaries: salaryCost(counts),
  };
}
