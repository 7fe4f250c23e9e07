// The staffing phase: layoffs leave at once and cost severance, requisitions cost recruiting
// and arrive only after the hiring delay, and hires already in the pipeline arrive on time.
import { describe, expect, it } from 'vitest';
import { V } from '../../../src/sim/index.ts';
import { headcount } from '../../../src/sim/staffing.ts';
import { staffingPhase } from '../../../src/sim/week/staffing.ts';
import { workOn } from './fixture.ts';

describe('staffingPhase', () => {
  it('lays off at once with severance, and opens requisitions that arrive later', () => {
    const work = workOn();
    const seniorsBefore = headcount(work.st.staff.senior);
    const out = staffingPhase(work, { decisions: { layoff: { senior: 2 }, hire: { mid: 3 } } });
    expect(out.laidOff).toBe(2);
    expect(headcount(work.st.staff.senior)).toBe(seniorsBefore - 2);
    expect(work.ledger.severance).toBe(2 * V.salarySenior * V.severanceWeeks);
    expect(work.ledger.recruiting).toBe(3 * V.recruitingCost);
    expect(out.arrivals).toBe(0);
    expect(work.events).toContainEqual({ kind: 'layoff', week: 1, count: 2 });
  });

  it('counts hires whose delay ends this week as arrivals', () => {
    const work = workOn((st) => {
      st.staff.mid.pipeline = [4, ...st.staff.mid.pipeline.slice(1)];
    });
    const out = staffingPhase(work, { decisions: {} });
    expect(out.arrivals).toBe(4);
    expect(work.st.totals.hired).toBe(4);
  });
});
