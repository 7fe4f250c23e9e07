// The morale phase: every level drifts part of the way toward a target; crunch and a
// leaderboard lower it, and seniors alone pay for an overloaded review queue (D6).
import { describe, expect, it } from 'vitest';
import { V } from '../../../src/sim/index.ts';
import { moralePhase } from '../../../src/sim/week/morale.ts';
import { leversWith, workOn } from './fixture.ts';

const calm = {
  crunch: false,
  pipelineLevel: 0,
  shortfall: 0,
  seniorLoad: 0,
  reviewLoad: 0,
  incidents: 0,
  breaches: 0,
  featuresShipped: 0,
};

function moraleAfter(change: Partial<typeof calm>, pressure: 'normal' | 'crunch' = 'normal') {
  const work = workOn();
  const levers = leversWith(work, { deadlinePressure: pressure });
  moralePhase(work, { ...calm, ...change, levers });
  return { junior: work.st.staff.junior.morale, senior: work.st.staff.senior.morale, work };
}

describe('moralePhase', () => {
  it('lowers everyone under crunch', () => {
    const normal = moraleAfter({});
    const crunch = moraleAfter({ crunch: true }, 'crunch');
    expect(crunch.junior).toBeLessThan(normal.junior);
    expect(crunch.senior).toBeLessThan(normal.senior);
  });

  it('lowers only seniors for an overloaded review queue', () => {
    const normal = moraleAfter({});
    const overloaded = moraleAfter({ reviewLoad: 3, seniorLoad: 0.8 });
    expect(overloaded.junior).toBe(normal.junior);
    expect(overloaded.senior).toBeLessThan(normal.senior);
  });

  it('carries incidents and breaches as fatigue, a breach weighing more', () => {
    const incident = moraleAfter({ incidents: 1 }).work.st.incidentFatigue;
    const breach = moraleAfter({ breaches: 1 }).work.st.incidentFatigue;
    expect(breach - incident).toBeCloseTo(V.breachFatigueWeight - 1, 12);
  });
});
