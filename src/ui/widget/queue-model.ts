/**
 * The widget's picture as numbers, apart from the DOM so it is tested in Node: how many
 * blocks stand for the lines waiting and the lines reviewed (one scale for both, so the two
 * rows compare at a glance), and the weekly series the chart draws.
 */
import type { SimState, WeekMetrics } from '../../sim/index.ts';

/** The most blocks one row draws; the scale grows so the larger row fits. */
export const MAX_BLOCKS = 32;

export interface Blocks {
  /** Lines one block stands for: 1, 2 or 5 times a power of ten. */
  unit: number;
  waiting: number;
  reviewed: number;
}

/** The smallest 1-2-5 x 10^n at or above `x` (at least 1). */
export function niceUnit(x: number): number {
  if (!(x > 1) || !Number.isFinite(x)) return 1;
  const exp = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * exp >= x - 1e-9) return m * exp;
  return 10 * exp;
}

/** Blocks for both rows on one scale. Anything above zero shows at least one block. */
export function blocksFor(waitingLines: number, reviewedLines: number, max = MAX_BLOCKS): Blocks {
  const w = Number.isFinite(waitingLines) ? Math.max(0, waitingLines) : 0;
  const r = Number.isFinite(reviewedLines) ? Math.max(0, reviewedLines) : 0;
  const unit = niceUnit(Math.max(w, r) / Math.max(1, max));
  const count = (lines: number) =>
    lines > 0 ? Math.max(1, Math.min(max, Math.round(lines / unit))) : 0;
  return { unit, waiting: count(w), reviewed: count(r) };
}

/** What the queue shows for the week just played, or for the starting point before week 1. */
export interface QueueNow {
  week: number;
  waitingLines: number;
  reviewedLines: number;
  /** Weeks the waiting lines would take at this week's review pace. */
  weeksOfReview: number;
  featuresShipped: number;
}

export function queueNow(
  state: Pick<SimState, 'week' | 'queue' | 'reference'>,
  last: WeekMetrics | undefined,
): QueueNow {
  if (last) {
    return {
      week: last.week,
      waitingLines: last.reviewQueueLines,
      reviewedLines: last.linesReviewed,
      weeksOfReview: last.linesReviewed > 0 ? last.reviewQueueLines / last.linesReviewed : 0,
      featuresShipped: last.featuresShipped,
    };
  }
  // Before week 1 the organisation reviews what it writes: the baseline week, nothing behind.
  const waiting = state.queue.human.lines + state.queue.ai.lines;
  const reviewed = state.reference.linesPerWeek;
  return {
    week: state.week,
    waitingLines: waiting,
    reviewedLines: reviewed,
    weeksOfReview: reviewed > 0 ? waiting / reviewed : 0,
    featuresShipped: state.reference.featuresPerWeek,
  };
}

export interface ChartData {
  queue: number[];
  features: number[];
}

export function chartData(history: readonly WeekMetrics[]): ChartData {
  return {
    queue: history.map((m) => m.reviewQueueLines),
    features: history.map((m) => m.featuresShipped),
  };
}
