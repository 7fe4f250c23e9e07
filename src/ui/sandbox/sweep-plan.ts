/**
 * The sweep panel's choices and its work plan, pure: which levers and outcomes it offers,
 * and the lever values it computes one at a time (so the page stays responsive between them).
 */
import type { SweepLever, SweepOutcome, SweepPoint } from '../../sim/index.ts';

export const SWEEP_PANEL_LEVERS: readonly SweepLever[] = [
  'seniorReviewShare',
  'aiMandate',
  'pipelineInvestment',
];

export const SWEEP_PANEL_OUTCOMES: readonly SweepOutcome[] = [
  'incidents',
  'featuresShipped',
  'customersAffected',
  'meanLeadTimeDays',
];

/** `n` evenly spaced values from 0 to 1. */
export function sweepValues(n = 8): number[] {
  return Array.from({ length: n }, (_, i) => (n <= 1 ? 0 : i / (n - 1)));
}

/** The points as the chart's series: mean, p10 and p90 in lever order. */
export function sweepSeries(points: readonly SweepPoint[]): {
  mean: number[];
  lo: number[];
  hi: number[];
} {
  const sorted = [...points].sort((a, b) => a.value - b.value);
  return {
    mean: sorted.map((p) => p.mean),
    lo: sorted.map((p) => p.p10),
    hi: sorted.map((p) => p.p90),
  };
}

/**
 * Runs `work` for each item, one per task, yielding to the browser between items; `onStep`
 * reports progress. Returns a function that cancels what is left.
 */
export function runChunked<T, R>(
  items: readonly T[],
  work: (item: T) => R,
  onStep: (done: number, results: R[]) => void,
  schedule: (fn: () => void) => () => void,
): () => void {
  const results: R[] = [];
  let cancelled = false;
  let cancelNext: () => void = () => {};
  const next = (i: number): void => {
    if (cancelled) return;
    const item = items[i];
    if (item === undefined) return;
    results.push(work(item));
    onStep(i + 1, results);
    if (i + 1 < items.length) cancelNext = schedule(() => next(i + 1));
  };
  cancelNext = schedule(() => next(0));
  return () => {
    cancelled = true;
    cancelNext();
  };
}
