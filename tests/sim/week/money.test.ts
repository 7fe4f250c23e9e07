// The money phase: the week's bill adds salaries, compute, investment, incident and breach
// costs, severance, recruiting and card spend, and charges it to the budget.
import { describe, expect, it } from 'vitest';
import { V } from '../../../src/sim/index.ts';
import { moneyPhase } from '../../../src/sim/week/money.ts';
import { leversWith, workOn } from './fixture.ts';

describe('moneyPhase', () => {
  it('bills every line of the week and charges the sum to the budget', () => {
    const work = workOn();
    const spentBefore = work.st.budgetSpent;
    Object.assign(work.ledger, {
      severance: 1000,
      recruiting: 2000,
      incidents: 3000,
      breaches: 4000,
      cards: 5000,
    });
    const levers = leversWith(work, { pipelineInvestment: 0.5, securityReview: true });
    const out = moneyPhase(work, { levers, adoption: 0.5, team: 100 });
    const { junior, mid, senior } = out.counts;
    const salaries = junior * V.salaryJunior + mid * V.salaryMid + senior * V.salarySenior;
    const compute = ((0.5 * 100 * V.tokensPerAiUserWeek) / 1e6) * V.dollarsPerMillionTokens;
    const investment = 0.5 * V.pipelineMaxWeeklySpend + V.securityReviewWeeklyCost;
    expect(out.salaryCost).toBe(salaries);
    expect(out.computeCost).toBeCloseTo(compute, 6);
    expect(out.investmentCost).toBe(investment);
    expect(out.incidentCost).toBe(7000);
    expect(out.spend).toBeCloseTo(salaries + compute + investment + 7000 + 1000 + 2000 + 5000, 6);
    expect(work.st.budgetSpent - spentBefore).toBeCloseTo(out.spend, 6);
  });

  it('bills a leaderboard’s gamed tokens', () => {
    const work = workOn();
    const plain = moneyPhase(work, { levers: leversWith(work, {}), adoption: 0.5, team: 100 });
    const gamed = moneyPhase(work, {
      levers: leversWith(work, { leaderboard: true }),
      adoption: 0.5,
      team: 100,
    });
    expect(gamed.computeCost).toBeCloseTo(plain.computeCost * V.leaderboardTokenMultiplier, 6);
  });
});
