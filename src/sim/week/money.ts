/** Money: the week's bill, charged against the budget. The running lines come from costs.ts. */
import { computeUse, pipelineCost, salaryCost, securityCost } from '../costs.ts';
import { boardOnSpending } from '../overspend.ts';
import type { Levers, PerLevel } from '../types.ts';
import type { WeekWork } from './work.ts';
import { countsOf } from './work.ts';

export interface MoneyInput {
  readonly levers: Levers;
  readonly adoption: number;
  /** Headcount the week worked with (after arrivals, before quits): everyone using AI burns tokens. */
  readonly team: number;
}

export interface MoneyOutput {
  readonly tokens: number;
  readonly computeCost: number;
  /** Salaries of everyone still here at the end of the week. */
  readonly salaryCost: number;
  /** Pipeline investment plus the security review. */
  readonly investmentCost: number;
  /** Incidents and breaches. */
  readonly incidentCost: number;
  readonly breachCost: number;
  readonly recruitingCost: number;
  readonly severanceCost: number;
  readonly cardCost: number;
  /** Everything spent this week, one-off costs included. */
  readonly spend: number;
  /** Headcount by level at the end of the week. */
  readonly counts: PerLevel<number>;
}

export function moneyPhase(work: WeekWork, input: MoneyInput): MoneyOutput {
  const { st, ledger } = work;
  const { levers } = input;
  const { tokens, computeCost } = computeUse(input.adoption, input.team, levers, st.modifiers);
  const counts = countsOf(st);
  const salaries = salaryCost(counts);
  const investmentCost = pipelineCost(levers) + securityCost(levers);
  const incidentCost = ledger.incidents + ledger.breaches;
  const spend =
    salaries +
    computeCost +
    investmentCost +
    incidentCost +
    ledger.severance +
    ledger.recruiting +
    ledger.cards;
  st.budgetSpent += spend;
  // The board holds operating spend against the budget; one-off bills it books apart (a
  // breach, severance) are left out of that reading.
  for (const e of boardOnSpending(st, work.week, spend - ledger.breaches - ledger.severance)) {
    work.events.push(e);
  }
  return {
    tokens,
    computeCost,
    salaryCost: salaries,
    investmentCost,
    incidentCost,
    breachCost: ledger.breaches,
    recruitingCost: ledger.recruiting,
    severanceCost: ledger.severance,
    cardCost: ledger.cards,
    spend,
    counts,
  };
}
