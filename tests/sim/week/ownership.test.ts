// The ownership phase: reviewed hand-written code stays understood, AI code merged unreviewed
// mostly does not, so the same merge leaves ownership lower when it is skipped AI code.
import { describe, expect, it } from 'vitest';
import { ownershipPhase } from '../../../src/sim/week/ownership.ts';
import { splitBatch } from '../../../src/sim/week/review.ts';
import { workOn } from './fixture.ts';

const LINES = 200_000;
const batch = { lines: LINES, units: 0, defects: 0, vulns: 0 };
const none = { lines: 0, units: 0, defects: 0, vulns: 0 };

describe('ownershipPhase', () => {
  it('keeps reviewed human code understood and loses skipped AI code', () => {
    const reviewedHuman = ownershipPhase(workOn(), {
      review: { humanSplit: splitBatch(batch, 1, 0), aiSplit: splitBatch(none, 0, 0), aiDepth: 1 },
      mergedLines: LINES,
    });
    const skippedAi = ownershipPhase(workOn(), {
      review: { humanSplit: splitBatch(none, 0, 0), aiSplit: splitBatch(batch, 0, 1), aiDepth: 0 },
      mergedLines: LINES,
    });
    expect(skippedAi.ownership).toBeLessThan(reviewedHuman.ownership);
  });

  it('grows the codebase by the merged lines, less churn', () => {
    const work = workOn();
    const before = work.st.codebaseKloc;
    ownershipPhase(work, {
      review: { humanSplit: splitBatch(batch, 1, 0), aiSplit: splitBatch(none, 0, 0), aiDepth: 1 },
      mergedLines: LINES,
    });
    expect(work.st.codebaseKloc).toBeGreaterThan(before);
    expect(work.st.codebaseKloc).toBeLessThan(before + LINES / 1000);
  });
});
