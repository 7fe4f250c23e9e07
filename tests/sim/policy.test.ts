// Headless policies: parsePolicy reads untrusted JSON and names the first wrong field;
// policyToDecisions turns a policy into one set of decisions a week; withScripted folds in
// the moves a scenario makes on the player's behalf.
import { describe, expect, it } from 'vitest';
import { SOUND_POLICY } from '../../src/content/policies.ts';
import type { Policy, WeekDecisions } from '../../src/sim/index.ts';
import {
  MAX_STAFFING_CHANGE,
  parsePolicy,
  policyToDecisions,
  withScripted,
} from '../../src/sim/index.ts';
import { scenario } from './helpers.ts';

const FULL: Policy = {
  aiMandate: 0.6,
  leaderboard: false,
  seniorReviewShare: 0.4,
  seniorSignoff: true,
  deadlinePressure: 'relaxed',
  pipelineInvestment: 1,
  securityReview: true,
  staffing: [
    { week: 1, hire: { senior: 3, mid: 2 } },
    { week: 5, layoff: { junior: 1 } },
    { week: 5, hire: { junior: 4 }, layoff: { mid: 1 } },
  ],
  changes: [
    { week: 8, aiMandate: 0.8 },
    { week: 12, deadlinePressure: 'crunch', leaderboard: true },
  ],
  eventChoices: { breach: 'security-review', 'leaderboard-gamed': 'replace' },
};

function problemOf(input: unknown) {
  const r = parsePolicy(input);
  if (r.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return r.problem;
}

describe('parsePolicy', () => {
  it('accepts a full valid policy and returns it unchanged', () => {
    const r = parsePolicy(JSON.parse(JSON.stringify(FULL)));
    expect(r).toEqual({ ok: true, value: FULL });
  });

  it('accepts the reference policies and an empty one', () => {
    expect(parsePolicy(SOUND_POLICY).ok).toBe(true);
    expect(parsePolicy({})).toEqual({ ok: true, value: {} });
  });

  it.each([
    ['a share above 1', { aiMandate: 1.5 }, 'aiMandate', 'a number from 0 to 1'],
    ['a negative share', { seniorReviewShare: -0.1 }, 'seniorReviewShare', 'a number from 0 to 1'],
    ['a share given as text', { pipelineInvestment: '0.5' }, 'pipelineInvestment', '0 to 1'],
    ['an unknown pressure', { deadlinePressure: 'panic' }, 'deadlinePressure', 'crunch'],
    ['a switch given as text', { leaderboard: 'yes' }, 'leaderboard', 'true or false'],
    ['an unknown key', { aiMandat: 0.5 }, 'aiMandat', 'a known field'],
    ['staffing not a list', { staffing: { week: 1 } }, 'staffing', 'a list'],
    [
      'staffing in week 0',
      { staffing: [{ week: 0, hire: { mid: 1 } }] },
      'staffing[0].week',
      'week',
    ],
    [
      'staffing in a fractional week',
      { staffing: [{ week: 2.5 }] },
      'staffing[0].week',
      'a whole week number',
    ],
    [
      'a negative hire',
      { staffing: [{ week: 1 }, { week: 2, hire: { senior: -2 } }] },
      'staffing[1].hire.senior',
      'a whole number from 0',
    ],
    [
      'a hire above the weekly limit',
      { staffing: [{ week: 2, hire: { mid: MAX_STAFFING_CHANGE + 1 } }] },
      'staffing[0].hire.mid',
      `to ${MAX_STAFFING_CHANGE}`,
    ],
    [
      'an unknown level',
      { staffing: [{ week: 2, layoff: { intern: 1 } }] },
      'staffing[0].layoff.intern',
      'junior, mid or senior',
    ],
    [
      'an unknown staffing field',
      { staffing: [{ week: 2, fire: { mid: 1 } }] },
      'staffing[0].fire',
      'week, hire or layoff',
    ],
    ['a change with no week', { changes: [{ aiMandate: 0.5 }] }, 'changes[0].week', 'week'],
    [
      'a change out of range',
      {
        changes: [
          { week: 3, aiMandate: 0.2 },
          { week: 4, aiMandate: 2 },
        ],
      },
      'changes[1].aiMandate',
      'a number from 0 to 1',
    ],
    [
      'a change of an unknown lever',
      { changes: [{ week: 3, budget: 1 }] },
      'changes[0].budget',
      'a known field',
    ],
    [
      'an event choice that is not text',
      { eventChoices: { breach: 2 } },
      'eventChoices.breach',
      'a choice id',
    ],
    ['event choices as a list', { eventChoices: ['breach'] }, 'eventChoices', 'card id'],
  ])('rejects %s, naming the field', (_name, input, field, expected) => {
    const problem = problemOf(input);
    expect(problem.field).toBe(field);
    expect(problem.expected).toContain(expected);
  });

  it.each([
    ['null', null],
    ['a list', [{ aiMandate: 0.5 }]],
    ['a number', 3],
    ['text', '{"aiMandate": 0.5}'],
  ])('rejects %s as the whole policy', (_name, input) => {
    expect(problemOf(input)).toEqual({ field: 'policy', expected: 'a JSON object' });
  });
});

describe('policyToDecisions', () => {
  const weeks = policyToDecisions(FULL, 14);
  const at = (week: number): WeekDecisions => weeks[week - 1] ?? {};

  it('gives one set of decisions per week', () => {
    expect(weeks).toHaveLength(14);
    expect(policyToDecisions(FULL, 0)).toEqual([]);
  });

  it('puts the starting levers in week 1 only', () => {
    expect(at(1).levers).toEqual({
      aiMandate: 0.6,
      leaderboard: false,
      seniorReviewShare: 0.4,
      seniorSignoff: true,
      deadlinePressure: 'relaxed',
      pipelineInvestment: 1,
      securityReview: true,
    });
    expect(at(2).levers).toBeUndefined();
  });

  it('puts lever changes and staffing moves in their weeks, adding up moves in one week', () => {
    expect(at(1).hire).toEqual({ senior: 3, mid: 2 });
    expect(at(5).hire).toEqual({ junior: 4 });
    expect(at(5).layoff).toEqual({ junior: 1, mid: 1 });
    expect(at(8).levers).toEqual({ aiMandate: 0.8 });
    expect(at(12).levers).toEqual({ deadlinePressure: 'crunch', leaderboard: true });
    for (const w of [2, 3, 4, 6, 7, 9, 10, 11, 13, 14]) {
      expect(at(w).levers, `week ${w}`).toBeUndefined();
      expect(at(w).hire, `week ${w}`).toBeUndefined();
      expect(at(w).layoff, `week ${w}`).toBeUndefined();
    }
  });

  it('answers event cards every week, since a card can come up any week', () => {
    for (const d of weeks) expect(d.choices).toEqual(FULL.eventChoices);
    expect(policyToDecisions({ aiMandate: 0.5 }, 3).map((d) => d.choices)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('a change in week 1 wins over the starting value of the same lever', () => {
    const d = policyToDecisions({ aiMandate: 0.2, changes: [{ week: 1, aiMandate: 0.9 }] }, 1);
    expect(d[0]?.levers?.aiMandate).toBe(0.9);
  });
});

describe('withScripted', () => {
  const layoffs = scenario('layoffs');

  it("folds the layoffs scenario's announced week-2 layoff into that week", () => {
    expect(withScripted(layoffs, 2, {})).toEqual({ layoff: { junior: 4, mid: 6, senior: 4 } });
    for (const w of [1, 3, 26]) expect(withScripted(layoffs, w, {})).toEqual({});
  });

  it("adds the player's own layoffs and hires to it, and keeps the player's levers", () => {
    const mine: WeekDecisions = {
      levers: { aiMandate: 0.4 },
      layoff: { mid: 2 },
      hire: { senior: 1 },
      choices: { breach: 'audit' },
    };
    expect(withScripted(layoffs, 2, mine)).toEqual({
      levers: { aiMandate: 0.4 },
      layoff: { junior: 4, mid: 8, senior: 4 },
      hire: { senior: 1 },
      choices: { breach: 'audit' },
    });
    expect(withScripted(layoffs, 3, mine)).toEqual(mine);
  });

  it('changes nothing for a scenario with no script', () => {
    const d: WeekDecisions = { levers: { leaderboard: true } };
    expect(withScripted(scenario('sandbox'), 2, d)).toEqual(d);
  });
});
