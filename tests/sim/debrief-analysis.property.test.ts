// Properties of the debrief's analysis over arbitrary runs: the score stays in 0..100 for
// every component and run length, and the dynamics findings are well formed (ids once each,
// strongest first, strength in 0..1, a week inside the run, finite evidence).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import { SCENARIO_IDS } from '../../src/content/scenarios.ts';
import type { Levers, Policy, ScoreMeasures } from '../../src/sim/index.ts';
import {
  DYNAMIC_IDS,
  detectDynamics,
  PRESSURES,
  policyToDecisions,
  runScenario,
  SCORE_COMPONENTS,
  scoreFromMeasures,
  scoreRun,
} from '../../src/sim/index.ts';
import { scenario } from './helpers.ts';

const share = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
const levers: fc.Arbitrary<Partial<Levers>> = fc.record(
  {
    aiMandate: share,
    leaderboard: fc.boolean(),
    seniorReviewShare: share,
    seniorSignoff: fc.boolean(),
    deadlinePressure: fc.constantFrom(...PRESSURES),
    pipelineInvestment: share,
    securityReview: fc.boolean(),
  },
  { requiredKeys: [] },
);
const policy: fc.Arbitrary<Policy> = fc
  .tuple(
    levers,
    fc.array(
      fc.record({
        week: fc.integer({ min: 1, max: 52 }),
        layoff: fc.record({ mid: fc.integer({ min: 0, max: 15 }) }),
      }),
      { maxLength: 2 },
    ),
    fc.array(
      fc.tuple(fc.integer({ min: 1, max: 52 }), levers).map(([week, l]) => ({ week, ...l })),
      { maxLength: 3 },
    ),
  )
  .map(([l, staffing, changes]) => ({ ...l, staffing, changes }));

const nonNeg = fc.double({ min: 0, max: 1e7, noNaN: true });
const measures: fc.Arbitrary<ScoreMeasures> = fc.record({
  featuresVsReference: fc.double({ min: 0, max: 20, noNaN: true }),
  incidentsPerWeek: nonNeg,
  changeFailureRate: fc.double({ min: 0, max: 1, noNaN: true }),
  meanTimeToRestoreHours: nonNeg,
  annualDepartures: fc.double({ min: 0, max: 50, noNaN: true }),
  meanMorale: fc.double({ min: 0, max: 1, noNaN: true }),
  spendVsBudget: fc.double({ min: 0, max: 100, noNaN: true }),
  customersPerWeek: nonNeg,
  weeksInCharge: fc.constant(1),
});

describe('score over arbitrary measures', () => {
  it('every component and the total stay within 0..100', () => {
    fc.assert(
      fc.property(measures, (m) => {
        const s = scoreFromMeasures(m);
        for (const c of SCORE_COMPONENTS) {
          expect(s.components[c]).toBeGreaterThanOrEqual(0);
          expect(s.components[c]).toBeLessThanOrEqual(100);
        }
        expect(s.total).toBeGreaterThanOrEqual(0);
        expect(s.total).toBeLessThanOrEqual(100);
      }),
      { numRuns: 500 },
    );
  });

  it('more features never lowers the score; more incidents or customers hit never raise it', () => {
    fc.assert(
      fc.property(measures, fc.double({ min: 0, max: 5, noNaN: true }), (m, d) => {
        const s = scoreFromMeasures(m).total;
        const more = (k: keyof ScoreMeasures) => scoreFromMeasures({ ...m, [k]: m[k] + d }).total;
        expect(more('featuresVsReference')).toBeGreaterThanOrEqual(s - 1e-9);
        expect(more('incidentsPerWeek')).toBeLessThanOrEqual(s + 1e-9);
        expect(more('customersPerWeek')).toBeLessThanOrEqual(s + 1e-9);
        expect(more('spendVsBudget')).toBeLessThanOrEqual(s + 1e-9);
      }),
      { numRuns: 300 },
    );
  });
});

describe('score and dynamics over arbitrary runs', () => {
  it('hold their shapes for any policy, scenario, seed and run length', () => {
    fc.assert(
      fc.property(
        policy,
        fc.constantFrom(...SCENARIO_IDS),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(12, 26, 52),
        (p, id, seed, weeks) => {
          const r = runScenario({
            scenario: scenario(id),
            seed,
            weeks,
            decisions: policyToDecisions(p, weeks),
            cards: CARDS,
          });
          const s = scoreRun(r);
          expect(s.total).toBeGreaterThanOrEqual(0);
          expect(s.total).toBeLessThanOrEqual(100);
          const findings = detectDynamics(r.weeks, r.events, r.final.reference);
          expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
          for (let i = 0; i < findings.length; i++) {
            const f = findings[i];
            if (!f) continue;
            expect(DYNAMIC_IDS).toContain(f.id);
            expect(f.strength).toBeGreaterThanOrEqual(0);
            expect(f.strength).toBeLessThanOrEqual(1);
            expect(f.week).toBeGreaterThanOrEqual(1);
            expect(f.week).toBeLessThanOrEqual(weeks);
            for (const v of Object.values(f.evidence)) expect(Number.isFinite(v)).toBe(true);
            if (i > 0) expect(findings[i - 1]?.strength).toBeGreaterThanOrEqual(f.strength);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
