// The integration phase: merged changes beyond the week's integration capacity wait in the queue
// (with their feature content), some go stale, and a stronger pipeline integrates more.
import { describe, expect, it } from 'vitest';
import { V } from '../../../src/sim/index.ts';
import { integrationPhase } from '../../../src/sim/week/integration.ts';
import type { ReviewSplit } from '../../../src/sim/week/review.ts';
import { splitBatch } from '../../../src/sim/week/review.ts';
import { leversWith, workOn } from './fixture.ts';

function reviewOf(lines: number): ReviewSplit & { defectsCaughtInReview: number } {
  const batch = { lines, units: lines / 10, defects: lines / 100, vulns: lines / 1000 };
  const none = { lines: 0, units: 0, defects: 0, vulns: 0 };
  return {
    humanSplit: splitBatch(batch, 1, 0),
    aiSplit: splitBatch(none, 0, 0),
    humanCatch: 0.5,
    aiCatch: 0.5,
    depth: 1,
    aiDepth: 1,
    humanDepth: 1,
    load: 1,
    capacity: lines,
    reviewedLines: lines,
    skippedLines: 0,
    defectsCaughtInReview: (lines / 100) * 0.5,
  };
}

describe('integrationPhase', () => {
  it('lets merged lines beyond capacity wait, with their share of features', () => {
    const work = workOn((st) => {
      st.integrationQueueLines = 0;
      st.integrationQueueFeatureUnits = 0;
    });
    // Hand-written changes only: the capacity in lines is the changes a week times their size.
    const capacity = V.integrationCapacityPrs * V.humanPrLines;
    const merged = 3 * capacity;
    const out = integrationPhase(work, {
      levers: leversWith(work, {}),
      pipelineLevel: 0,
      review: reviewOf(merged),
    });
    expect(out.integrated).toBeCloseTo(capacity, 6);
    const waiting = merged - capacity;
    // What waits goes stale at the same rate as in review, and some of it is closed.
    expect(out.integrationAbandoned).toBeCloseTo(waiting * V.staleAbandonShare, 6);
    expect(work.st.integrationQueueLines).toBeCloseTo(waiting * (1 - V.staleAbandonShare), 6);
    expect(work.st.integrationQueueFeatureUnits).toBeCloseTo(
      (merged / 10) * (2 / 3) * (1 - V.staleAbandonShare),
      6,
    );
    expect(out.featuresShipped).toBeCloseTo(merged / 10 / 3 / V.featureUnitsPerFeature, 9);
  });

  it('integrates more and catches more in tests with a full pipeline', () => {
    const legacy = workOn();
    const a = integrationPhase(legacy, {
      levers: leversWith(legacy, {}),
      pipelineLevel: 0,
      review: reviewOf(3 * V.integrationCapacityPrs * V.humanPrLines),
    });
    const built = workOn();
    const b = integrationPhase(built, {
      levers: leversWith(built, {}),
      pipelineLevel: 1,
      review: reviewOf(3 * V.integrationCapacityPrs * V.humanPrLines),
    });
    expect(b.integrated).toBeGreaterThan(a.integrated);
    expect(b.testCatch).toBeGreaterThan(a.testCatch);
    expect(b.testCatch).toBeLessThanOrEqual(V.testCatchMax);
    expect(b.escapedDefects).toBeLessThan(a.escapedDefects);
  });
});
