// The capability phase: adoption and pipeline capability move only part of the way toward what
// the levers ask each week, and a leaderboard inflates measured adoption but not real use.
import { describe, expect, it } from 'vitest';
import { V } from '../../../src/sim/index.ts';
import { capabilityPhase } from '../../../src/sim/week/capability.ts';
import { leversWith, workOn } from './fixture.ts';

describe('capabilityPhase', () => {
  it('closes only part of the gap to the mandate and to the funded pipeline', () => {
    const work = workOn((st) => {
      st.adoption = 0;
      st.pipelineLevel = 0;
    });
    const levers = leversWith(work, { aiMandate: 0.8, pipelineInvestment: 1 });
    const out = capabilityPhase(work, { levers });
    expect(out.adoption).toBeCloseTo(0.8 * V.adoptionSpeed, 12);
    expect(out.pipelineLevel).toBeCloseTo(V.pipelineBuildRate, 12);
    expect(out.measuredAdoption).toBe(out.adoption);
  });

  it('reports inflated adoption under a leaderboard, and counts its weeks', () => {
    const work = workOn((st) => {
      st.adoption = 0.5;
    });
    const levers = leversWith(work, { aiMandate: 0.5, leaderboard: true });
    const out = capabilityPhase(work, { levers });
    expect(out.adoption).toBe(0.5);
    expect(out.measuredAdoption).toBeCloseTo(0.5 + V.leaderboardAdoptionInflation, 12);
    expect(work.st.leaderboardWeeks).toBe(1);
  });
});
