// The writing phase: AI multiplies lines far more than features, AI lines carry more defects
// per line, and all of it joins the review queues.
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
      crunch: false,
      hours,
    });
    const withAi = workOn();
    const queuedBefore = withAi.st.queue.ai.lines;
    const ai = writingPhase(withAi, {
      levers: leversWith(withAi, {}),
      adoption: 1,
      crunch: false,
      hours,
    });
    expect(manual.aiLines).toBe(0);
    expect(ai.humanLines).toBe(0);
    expect(ai.aiLines).toBeCloseTo(manual.humanLines * V.aiLineMultiplier, 6);
    expect(ai.defectsInjected / ai.aiLines).toBeCloseTo(
      (manual.defectsInjected / manual.humanLines) * V.aiDefectMultiplier,
      12,
    );
    expect(ai.reworkHours).toBeCloseTo(300 * V.aiReworkShare, 9);
    expect(withAi.st.queue.ai.lines - queuedBefore).toBeCloseTo(ai.aiLines, 6);
  });

  it('accepts more, and buggier, AI output under crunch', () => {
    const normal = workOn();
    const a = writingPhase(normal, { levers: normal.st.levers, adoption: 1, crunch: false, hours });
    const crunch = workOn();
    const b = writingPhase(crunch, { levers: crunch.st.levers, adoption: 1, crunch: true, hours });
    expect(b.aiLines).toBeCloseTo(a.aiLines * V.crunchLineBoost, 6);
    expect(b.defectsInjected / b.aiLines).toBeGreaterThan(a.defectsInjected / a.aiLines);
  });
});
