// Guards reviewLoad against overflow: any review share parsePolicy accepts, however tiny, keeps
// reviewLoad finite and the run's state safe to write as JSON.
import { expect, it } from 'vitest';
import { parsePolicy, policyToDecisions, runScenario } from '../../src/sim/index.ts';
import { CARDS, jsonCopy, scenario } from './helpers.ts';

it('reviewLoad stays finite (and the run JSON-safe) for any review share parsePolicy accepts', () => {
  const policy = { seniorReviewShare: 5e-324, staffing: [{ week: 1, layoff: { mid: 49 } }] };
  expect(parsePolicy(policy).ok).toBe(true);
  const r = runScenario({
    scenario: scenario('mandate'),
    seed: 0,
    weeks: 6,
    decisions: policyToDecisions(policy, 6),
    cards: CARDS,
  });
  expect(r.weeks.map((m) => Number.isFinite(m.reviewLoad))).toEqual(r.weeks.map(() => true));
  expect(jsonCopy(r.final)).toStrictEqual(r.final);
});
