// Guards the senior hours' budget: review, mentoring, incidents and security never book seniors
// for more than all their hours (seniorLoad <= 1), even with few seniors and a flood of juniors.
import { expect, it } from 'vitest';
import { policyToDecisions, runScenario } from '../../src/sim/index.ts';
import { CARDS, scenario } from './helpers.ts';

it('seniorLoad, the share of senior hours on review, mentoring, incidents and security, never exceeds 1', () => {
  const policy = {
    aiMandate: 0.9,
    securityReview: true,
    staffing: [{ week: 1, layoff: { senior: 22 }, hire: { junior: 200 } }],
  };
  const r = runScenario({
    scenario: scenario('mandate'),
    seed: 1,
    weeks: 16,
    decisions: policyToDecisions(policy, 16),
    cards: CARDS,
  });
  expect(Math.max(...r.weeks.map((m) => m.seniorLoad))).toBeLessThanOrEqual(1);
});
