// Properties that hold for any run the game or the CLI can ask for: arbitrary policies (every
// lever in range, hires and layoffs up to the weekly limit, layoffs larger than the team, lever
// changes, answers to real and made-up cards) x seeds x scenarios x 1..60 weeks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import { SCENARIO_IDS } from '../../src/content/scenarios.ts';
import type {
  EventCard,
  Headcount,
  LeverChange,
  Levers,
  Policy,
  RunResult,
  StaffingMove,
} from '../../src/sim/index.ts';
import {
  MAX_STAFFING_CHANGE,
  PRESSURES,
  parsePolicy,
  policyToDecisions,
  runScenario,
  totalHeadcount,
} from '../../src/sim/index.ts';
import { initial, jsonCopy, scenario } from './helpers.ts';
import { expectAllFinite, metricProblems, stateProblems } from './invariants.ts';

const NUM_RUNS = 150;
const MAX_WEEKS = 60;

// ---- Arbitraries ----

// Shares as a slider or a policy file gives them: 0 to 1 in steps of 0.0001. (Vanishingly small
// positive shares, such as 5e-324, are a separate, known issue: they overflow the review load.)
const share = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);
const leverArbs = {
  aiMandate: share,
  leaderboard: fc.boolean(),
  seniorReviewShare: share,
  seniorSignoff: fc.boolean(),
  deadlinePressure: fc.constantFrom(...PRESSURES),
  pipelineInvestment: share,
  securityReview: fc.boolean(),
};
const levers: fc.Arbitrary<Partial<Levers>> = fc.record(leverArbs, { requiredKeys: [] });
const week = fc.integer({ min: 1, max: MAX_WEEKS });
// Up to the weekly limit per level: far more than a level holds, so layoffs can exceed the team.
const counts: fc.Arbitrary<Partial<Headcount>> = fc.record(
  {
    junior: fc.integer({ min: 0, max: MAX_STAFFING_CHANGE }),
    mid: fc.integer({ min: 0, max: MAX_STAFFING_CHANGE }),
    senior: fc.integer({ min: 0, max: MAX_STAFFING_CHANGE }),
  },
  { requiredKeys: [] },
);
const staffing: fc.Arbitrary<StaffingMove> = fc.record(
  { week, hire: counts, layoff: counts },
  { requiredKeys: ['week'] },
);
const change: fc.Arbitrary<LeverChange> = fc
  .tuple(week, levers)
  .map(([w, l]): LeverChange => ({ week: w, ...l }));

const cardIds = CARDS.map((c) => c.id);
const choiceIds = [...new Set(CARDS.flatMap((c) => c.choices.map((x) => x.id)))];
const garbage = fc.string({ maxLength: 12 }).filter((s) => s !== '__proto__');
const eventChoices = fc.dictionary(
  fc.oneof(fc.constantFrom(...cardIds), garbage),
  fc.oneof(fc.constantFrom(...choiceIds), garbage),
  { maxKeys: 12 },
);

const policy: fc.Arbitrary<Policy> = fc
  .tuple(
    levers,
    fc.record(
      {
        staffing: fc.array(staffing, { maxLength: 8 }),
        changes: fc.array(change, { maxLength: 8 }),
        eventChoices,
      },
      { requiredKeys: [] },
    ),
  )
  .map(([l, rest]): Policy => ({ ...l, ...rest }));

const runArb = fc.record({
  policy,
  seed: fc.integer(),
  scenarioId: fc.constantFrom(...SCENARIO_IDS),
  weeks: fc.integer({ min: 1, max: MAX_WEEKS }),
});

type RunInput = typeof runArb extends fc.Arbitrary<infer T> ? T : never;

function run(input: RunInput, cards: readonly EventCard[]): RunResult {
  return runScenario({
    scenario: scenario(input.scenarioId),
    seed: input.seed,
    weeks: input.weeks,
    decisions: policyToDecisions(input.policy, input.weeks),
    cards,
  });
}

// ---- Checks ----

describe('invariants over arbitrary policies, seeds, scenarios and run lengths', () => {
  it('every generated policy is one parsePolicy accepts', () => {
    fc.assert(
      fc.property(policy, (p) => parsePolicy(jsonCopy(p)).ok),
      { numRuns: NUM_RUNS },
    );
  });

  it('metrics are finite, in range and consistent; spending never goes back; the state stays valid JSON', () => {
    fc.assert(
      fc.property(runArb, (input) => {
        const r = run(input, CARDS);
        // Every week is played, unless the board replaced the player: then the run ends that week.
        const replaced = r.events.find((e) => e.kind === 'replaced');
        expect(r.weeks).toHaveLength(replaced ? replaced.week : input.weeks);
        expect(r.final.replacedWeek).toBe(replaced ? replaced.week : 0);
        let spent = 0;
        const problems: string[] = [];
        r.weeks.forEach((m, i) => {
          const at = `week ${i + 1}`;
          if (m.week !== i + 1) problems.push(`${at} is numbered ${m.week}`);
          problems.push(...metricProblems(m, at));
          if (m.budgetSpent < spent) problems.push(`${at}: budgetSpent went down`);
          spent = m.budgetSpent;
        });
        expect(problems).toEqual([]);
        expectAllFinite(r.events, 'events');
        for (const e of r.events) {
          expect(e.week).toBeGreaterThanOrEqual(1);
          expect(e.week).toBeLessThanOrEqual(input.weeks);
          if ('count' in e) expect(Number.isInteger(e.count) && e.count > 0).toBe(true);
        }
        expectAllFinite(r.summary, 'summary');

        const s = r.final;
        expect(stateProblems(s)).toEqual([]);
        expect(jsonCopy(s)).toStrictEqual(s);
        expect(s.week).toBe(replaced ? replaced.week : input.weeks);
      }),
      { numRuns: NUM_RUNS },
    );
    // 150 runs of up to 60 weeks: seconds of CPU, more on a shared machine.
  }, 60_000);

  it('headcount is conserved week to week: engineers = before + arrivals - quits - laid off (no event cards)', () => {
    fc.assert(
      fc.property(runArb, (input) => {
        const r = run(input, []);
        let before = totalHeadcount(initial(input.scenarioId, input.seed).staff);
        for (const m of r.weeks) {
          expect(m.engineers, `week ${m.week}`).toBe(before + m.arrivals - m.quits - m.laidOff);
          before = m.engineers;
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
