// The review phase: an overloaded queue under crunch skips a share of the backlog and is read
// at a lower depth than the same queue on a normal week; stale leftovers are abandoned.
import { describe, expect, it } from 'vitest';
import { V } from '../../../src/sim/index.ts';
import { reviewPhase } from '../../../src/sim/week/review.ts';
import { leversWith, workOn } from './fixture.ts';

const HUGE = { lines: 500_000, units: 10_000, defects: 10_000, vulns: 200 };

function overloaded(pressure: 'normal' | 'crunch') {
  const work = workOn((st) => {
    st.queue = { human: { ...HUGE }, ai: { ...HUGE } };
  });
  const levers = leversWith(work, { deadlinePressure: pressure });
  const out = reviewPhase(work, {
    levers,
    pipelineLevel: 0,
    shortfall: 0,
    reviewHours: { senior: 200, mid: 200 },
  });
  return { work, out };
}

describe('reviewPhase', () => {
  it('under crunch skips a share of an overloaded backlog and lowers depth', () => {
    const normal = overloaded('normal').out;
    const { work, out: crunch } = overloaded('crunch');
    expect(normal.load).toBeGreaterThan(1);
    expect(crunch.skippedLines).toBeGreaterThan(normal.skippedLines);
    expect(crunch.depth).toBeLessThan(normal.depth);
    expect(crunch.linesAbandoned).toBeGreaterThan(0);
    const left = work.st.queue.human.lines + work.st.queue.ai.lines;
    expect(left + crunch.reviewedLines + crunch.skippedLines + crunch.linesAbandoned).toBeCloseTo(
      2 * HUGE.lines,
      3,
    );
  });

  it('with senior sign-off skips no AI line', () => {
    const work = workOn((st) => {
      st.queue = { human: { ...HUGE }, ai: { ...HUGE } };
    });
    const levers = leversWith(work, { deadlinePressure: 'crunch', seniorSignoff: true });
    const out = reviewPhase(work, {
      levers,
      pipelineLevel: 0,
      shortfall: 0,
      reviewHours: { senior: 200, mid: 200 },
    });
    expect(out.aiSplit.skipped.lines).toBe(0);
    expect(out.aiDepth).toBeGreaterThanOrEqual(V.signoffDepthFloor);
  });
});
