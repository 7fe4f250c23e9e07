// Code review as a capacity-limited service: under capacity it reads everything properly; over
// capacity it skims (depth drops), skips (under pressure) or lets a backlog build (when relaxed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { V } from '../../src/sim/params.ts';
import type { ReviewInput } from '../../src/sim/review.ts';
import {
  catchRate,
  DEPTH_FLOOR,
  queueWaitDays,
  review,
  reviewRate,
  SKIP_SHARE,
} from '../../src/sim/review.ts';

// 100 reviewer-hours at 100 lines an hour: 10,000 lines of full-depth capacity before fatigue.
const base: ReviewInput = { pending: 0, hours: 100, rate: 100, depthFloor: 0.55, skipShare: 0.1 };
const FRESH_CAPACITY = 10_000;

describe('review under capacity', () => {
  it('reviews every pending line at full depth, skipping none and leaving no backlog', () => {
    for (const pending of [1, 2_500, 9_999, FRESH_CAPACITY]) {
      const o = review({ ...base, pending });
      expect(o.reviewed).toBe(pending);
      expect(o.skipped).toBe(0);
      expect(o.backlog).toBe(0);
      expect(o.depth).toBe(1);
      expect(o.load).toBeLessThanOrEqual(1);
    }
  });

  it('an empty queue is reviewed at full depth with no load', () => {
    const o = review({ ...base, pending: 0 });
    expect(o).toMatchObject({ reviewed: 0, skipped: 0, backlog: 0, depth: 1, load: 0 });
  });
});

describe('review over capacity', () => {
  it('skims: depth falls as the queue grows, down to the floor and never below it', () => {
    let previous = 1;
    for (const pending of [12_000, 15_000, 20_000, 40_000, 100_000, 1e7]) {
      const o = review({ ...base, pending });
      expect(o.load).toBeGreaterThan(1);
      expect(o.depth).toBeLessThanOrEqual(previous);
      expect(o.depth).toBeGreaterThanOrEqual(base.depthFloor);
      expect(o.depth).toBeLessThan(1);
      previous = o.depth;
    }
    expect(previous).toBe(base.depthFloor);
  });

  it('skimming gets more lines through than full depth could', () => {
    const o = review({ ...base, pending: 15_000 });
    expect(o.reviewed).toBeGreaterThan(o.capacity);
    expect(o.reviewed).toBeCloseTo(o.capacity / o.depth, 6);
  });

  it('slows down under overload: tired reviewers read fewer lines an hour', () => {
    const light = review({ ...base, pending: 11_000 });
    const heavy = review({ ...base, pending: 50_000 });
    expect(heavy.capacity).toBeLessThan(light.capacity);
    expect(light.capacity).toBeLessThan(FRESH_CAPACITY);
    // Fatigue is capped, so even a huge queue cannot drive review to nothing.
    const huge = review({ ...base, pending: 1e9 });
    expect(huge.capacity).toBeGreaterThan(0.5 * FRESH_CAPACITY);
  });

  it('with a skip share, merges part of the backlog unreviewed', () => {
    const o = review({ ...base, pending: 50_000, skipShare: 0.45 });
    expect(o.skipped).toBeGreaterThan(0);
    const remaining = 50_000 - o.reviewed;
    expect(o.skipped).toBeCloseTo(remaining * 0.45, 6);
    expect(o.backlog).toBeCloseTo(remaining * 0.55, 6);
  });

  it('relaxed (skip nothing, hold a high floor) leaves a backlog instead of skipping', () => {
    const relaxed = review({
      ...base,
      pending: 50_000,
      depthFloor: DEPTH_FLOOR.relaxed,
      skipShare: SKIP_SHARE.relaxed,
    });
    const crunch = review({
      ...base,
      pending: 50_000,
      depthFloor: DEPTH_FLOOR.crunch,
      skipShare: SKIP_SHARE.crunch,
    });
    expect(relaxed.skipped).toBe(0);
    expect(relaxed.backlog).toBeGreaterThan(0);
    expect(relaxed.depth).toBeGreaterThanOrEqual(DEPTH_FLOOR.relaxed);
    // Crunch reads more lines, shallower, and pushes lines through unreviewed.
    expect(crunch.depth).toBeLessThan(relaxed.depth);
    expect(crunch.reviewed).toBeGreaterThan(relaxed.reviewed);
    expect(crunch.skipped).toBeGreaterThan(0);
    expect(crunch.backlog).toBeLessThan(relaxed.backlog);
  });

  it('with no reviewer-hours, reviews nothing and keeps the queue (less any skip)', () => {
    const o = review({ ...base, pending: 5_000, hours: 0, skipShare: 0.1 });
    expect(o.reviewed).toBe(0);
    expect(o.capacity).toBe(0);
    expect(o.skipped).toBeCloseTo(500, 9);
    expect(o.backlog).toBeCloseTo(4_500, 9);
    expect(Number.isFinite(o.load)).toBe(true);
  });
});

describe('review conserves lines', () => {
  it('reviewed + skipped + backlog == pending, all non-negative, depth within [floor, 1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        // Reviewer-hours: none at all, or a real amount (subnormal hours overflow the load).
        fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 5_000, noNaN: true })),
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (pending, hours, rate, depthFloor, skipShare) => {
          const o = review({ pending, hours, rate, depthFloor, skipShare });
          const total = o.reviewed + o.skipped + o.backlog;
          expect(Math.abs(total - pending)).toBeLessThanOrEqual(1e-9 * Math.max(1, pending));
          expect(o.reviewed).toBeGreaterThanOrEqual(0);
          expect(o.skipped).toBeGreaterThanOrEqual(0);
          expect(o.backlog).toBeGreaterThanOrEqual(0);
          expect(o.reviewed).toBeLessThanOrEqual(pending);
          expect(Number.isFinite(o.load)).toBe(true);
          expect(o.depth).toBeLessThanOrEqual(1);
          if (o.capacity > 0) expect(o.depth).toBeGreaterThanOrEqual(Math.min(1, depthFloor));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('reviewRate', () => {
  it('is the careful reviewer rate on hand-written code with no pipeline', () => {
    expect(reviewRate(0, 0)).toBeCloseTo(V.reviewLinesPerHour, 12);
  });

  it('is lower the more of the queue is AI-generated', () => {
    for (const pipeline of [0, 0.5, 1]) {
      expect(reviewRate(0.5, pipeline)).toBeLessThan(reviewRate(0, pipeline));
      expect(reviewRate(1, pipeline)).toBeLessThan(reviewRate(0.5, pipeline));
      expect(reviewRate(1, pipeline)).toBeCloseTo(
        reviewRate(0, pipeline) * V.aiReadabilityFactor,
        9,
      );
    }
  });

  it('is higher with a better pipeline (linters and tests do part of the work)', () => {
    for (const aiShare of [0, 0.4, 1]) {
      expect(reviewRate(aiShare, 0.5)).toBeGreaterThan(reviewRate(aiShare, 0));
      expect(reviewRate(aiShare, 1)).toBeGreaterThan(reviewRate(aiShare, 0.5));
    }
  });
});

describe('catchRate', () => {
  it('falls as depth falls', () => {
    for (const ai of [0, 1]) {
      expect(catchRate(0.65, 0.55, ai)).toBeLessThan(catchRate(0.65, 1, ai));
      expect(catchRate(0.65, 0.35, ai)).toBeLessThan(catchRate(0.65, 0.55, ai));
    }
  });

  it('falls as the AI share rises (larger changes hide more defects)', () => {
    expect(catchRate(0.65, 1, 1)).toBeLessThan(catchRate(0.65, 1, 0.5));
    expect(catchRate(0.65, 1, 0.5)).toBeLessThan(catchRate(0.65, 1, 0));
  });

  it('is a share below 0.95, even for boosted catch rates', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (baseCatch, depth, ai) => {
          const c = catchRate(baseCatch, depth, ai);
          return c >= 0 && c <= 0.95;
        },
      ),
    );
  });
});

describe('queueWaitDays', () => {
  it('is the base wait on an idle queue and grows with utilisation', () => {
    expect(queueWaitDays(0.5, 0)).toBe(0.5);
    let previous = 0.5;
    for (let u = 0.1; u <= 0.85; u += 0.05) {
      const d = queueWaitDays(0.5, u);
      expect(d).toBeGreaterThan(previous);
      previous = d;
    }
  });

  it('is capped: past the highest utilisation, waiting shows up as backlog, not as days', () => {
    const cap = 0.5 / (1 - V.maxQueueUtilisation);
    expect(queueWaitDays(0.5, V.maxQueueUtilisation)).toBeCloseTo(cap, 12);
    for (const u of [0.95, 1, 3, 1e9, Number.POSITIVE_INFINITY]) {
      expect(queueWaitDays(0.5, u)).toBeCloseTo(cap, 12);
    }
    expect(queueWaitDays(0.5, -1)).toBe(0.5);
  });
});
