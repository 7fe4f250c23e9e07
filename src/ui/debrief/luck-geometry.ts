/**
 * The arithmetic of the "Luck or policy?" strips, apart from the DOM so it is tested in Node: the
 * score range the axis shows, and where each of a hundred dots sits in its strip.
 */

/** The axis: from a multiple of 10 at or below every value to one at or above (0..100 at most). */
export function scoreRange(values: readonly number[]): { lo: number; hi: number } {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { lo: 0, hi: 100 };
  let lo = Math.max(0, Math.floor(Math.min(...finite) / 10) * 10);
  let hi = Math.min(100, Math.ceil(Math.max(...finite) / 10) * 10);
  // Too narrow to read: widened to 20 points, below first, inside 0..100.
  if (hi - lo < 20) lo = Math.max(0, hi - 20);
  if (hi - lo < 20) hi = Math.min(100, lo + 20);
  return { lo, hi };
}

/** Ticks every 10 points, or every 20 when the range is wider than 50. */
export function scoreTicks(lo: number, hi: number): number[] {
  const step = hi - lo > 50 ? 20 : 10;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(v);
  return out;
}

export interface Dot {
  /** Horizontal position in the frame. */
  x: number;
  /** Offset from the strip's middle line, in the frame's units (up is negative). */
  dy: number;
}

/**
 * A dot plot in one strip: dots closer than a dot's width stack, alternately above and below the
 * middle, squeezed together when a stack would leave the strip (`halfHeight` each way).
 */
export function stackDots(xs: readonly number[], radius: number, halfHeight: number): Dot[] {
  const sorted = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const width = radius * 2;
  const bins: number[][] = [];
  let start = Number.NEGATIVE_INFINITY;
  for (const x of sorted) {
    if (x - start >= width || bins.length === 0) {
      bins.push([x]);
      start = x;
    } else {
      bins[bins.length - 1]?.push(x);
    }
  }
  const out: Dot[] = [];
  for (const bin of bins) {
    const levels = Math.ceil((bin.length - 1) / 2);
    const step = levels > 0 ? Math.min(width, (halfHeight - radius) / levels) : width;
    bin.forEach((x, i) => {
      const level = Math.ceil(i / 2);
      out.push({ x, dy: (i % 2 === 1 ? -1 : 1) * level * step });
    });
  }
  return out;
}
