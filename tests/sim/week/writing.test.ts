// The writing phase: AI multiplies lines far more than features, defects follow the feature
// content (at AI content's own risk), the platform amplifies the gain, and all of it joins the
// review queues.
import { describe, expect, it } from 'vitest';
import { V } from '../../../src/sim/index.ts';
import { writingPhase } from '../../../src/sim/week/writing.ts';
import { leversWith, workOn } from './fixture.ts';

const hours = {
  writingHoursByLevel: { junior: 100, mid: 100, senior: 100 },
  writingFactor: 1,
  featureShare: 1,
  overtime: 1,
};

describe('writingPhase', () => {
  it('writes many more lines with AI, and queues them with their defects', () => {
    const byHand = workOn();
    const manual = writingPhase(byHand, {
      levers: leversWith(byHand, {}),
      adoption: 0,
      pipelineLevel: 0,
      crunch: false,
      hours,
    });
    const withAi = workOn();
    const queuedBefore = withAi.st.queue.ai.lines;
    const ai = writingPhase(withAi, {
      levers: leversWith(withAi, {}),
      adoption: 1,
      pipelineLevel: 0,
      crunch: false,
      hours,
    });
    expect(manual.aiLines).toBe(0);
    expect(ai.humanLines).toBe(0);
    expect(ai.aiLines).toBeCloseTo(manual.humanLines * V.aiLineMultiplier, 6);
    // Defects follow feature content, at AI content's own risk, not the lines.
    expect(ai.defectsInjected).toBeCloseTo(
      manual.defectsInjected * V.aiTaskSpeed * V.aiDefectRisk,
      6,
    );
    expect(ai.reworkHours).toBeCloseTo(300 * V.aiReworkShare, 9);
    expect(withAi.st.queue.ai.lines - queuedBefore).toBeCloseTo(ai.aiLines, 6);
  });

  it('accepts more, and buggier, AI output under crunch', () => {
    const normal = workOn();
    const a = writingPhase(normal, {
      levers: normal.st.levers,
      adoption: 1,
      pipelineLevel: 0,
      crunch: false,
      hours,
    });
    const crunch = workOn();
    const b = writingPhase(crunch, {
      levers: crunch.st.levers,
      adoption: 1,
      pipelineLevel: 0,
      crunch: true,
      hours,
    });
    expect(b.aiLines).toBeCloseTo(a.aiLines * V.crunchLineBoost, 6);
    expect(b.defectsInjected / b.aiLines).toBeGreaterThan(a.defectsInjected / a.aiLines);
  });

  it("carries the measured gain per hour, larger on a built platform (S7), at the run's reading", () => {
    const units = (pipelineLevel: number, seed = 1) => {
      const work = workOn(() => {}, seed);
      writingPhase(work, {
        levers: work.st.levers,
        adoption: 1,
        pipelineLevel,
        crunch: false,
        hours,
      });
      return work.st.queue.ai.units;
    };
    expect(units(1) / units(0)).toBeCloseTo(V.aiTaskSpeedPlatform / V.aiTaskSpeed, 6);
  });
});
