// The hours phase: seniors' hours go to mentoring, security review and last week's incidents
// before review and writing; incident response is capped at a share of their hours; a team
// short of its plan works overtime into writing.
import { describe, expect, it } from 'vitest';
import { V } from '../../../src/sim/index.ts';
import { poolsTotal } from '../../../src/sim/origin.ts';
import { hoursPhase, seniorReviewHours } from '../../../src/sim/week/hours.ts';
import { deepFreeze, initial } from '../helpers.ts';
import { leversWith, workOn } from './fixture.ts';

describe('hoursPhase', () => {
  it("takes last week's incidents out of seniors' writing, never past the cap", () => {
    const calm = workOn();
    const base = hoursPhase(calm, { levers: calm.st.levers, defectsSurfaced: 0 });
    const paged = workOn((st) => {
      st.incidentHoursOwed = 1e9;
    });
    const out = hoursPhase(paged, { levers: paged.st.levers, defectsSurfaced: 0 });
    expect(out.writingHoursByLevel.senior).toBeLessThan(base.writingHoursByLevel.senior);
    expect(out.seniorLoad).toBeGreaterThan(base.seniorLoad);
    // Review and response together take no more than the seniors have.
    expect(out.seniorLoad).toBeLessThanOrEqual(1);
    expect(out.writingHoursByLevel.junior).toBe(base.writingHoursByLevel.junior);
  });

  it('turns a shortfall against the plan into capped overtime, and no shortfall into none', () => {
    const full = workOn();
    expect(hoursPhase(full, { levers: full.st.levers, defectsSurfaced: 0 }).overtime).toBe(1);
    const short = workOn((st) => {
      st.plannedHeadcount = 10_000;
    });
    const out = hoursPhase(short, { levers: short.st.levers, defectsSurfaced: 0 });
    expect(out.shortfall).toBeGreaterThan(0.9);
    expect(out.overtime).toBe(1 + V.shortfallOvertimeCap);
  });

  it('spends writing time on surfaced defects, lowering the feature share', () => {
    const work = workOn();
    const levers = leversWith(work, {});
    expect(hoursPhase(work, { levers, defectsSurfaced: 0 }).featureShare).toBe(1);
    const out = hoursPhase(workOn(), { levers, defectsSurfaced: 500 });
    expect(out.featureShare).toBeLessThan(1);
    expect(out.featureShare).toBeGreaterThanOrEqual(1 - V.bugfixMaxShare);
  });

  it("previews the seniors' review hours by the same phase, without touching the state", () => {
    const state = deepFreeze(initial('sandbox', 1));
    const more = { ...state.levers, seniorReviewShare: 0.5 };
    const fewer = { ...state.levers, seniorReviewShare: 0.1 };
    expect(seniorReviewHours(state, more)).toBeGreaterThan(seniorReviewHours(state, fewer));
    const work = workOn();
    const out = hoursPhase(work, {
      levers: leversWith(work, more),
      defectsSurfaced: poolsTotal(work.st.latentDefects) * V.defectManifestRate,
    });
    expect(seniorReviewHours(state, more)).toBe(out.reviewHours.senior);
  });
});
