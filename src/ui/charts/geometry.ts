/**
 * The arithmetic of a small line chart, apart from the DOM so it is tested in Node: a nice
 * upper bound for the y axis, its ticks, and SVG paths for lines and for a band between two
 * series. Coordinates are in a fixed viewBox; the SVG scales to its box.
 */

export interface Frame {
  width: number;
  height: number;
  /** Space kept for the y labels on the left and the x labels below. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const FRAME: Frame = { width: 240, height: 120, left: 32, right: 6, top: 6, bottom: 16 };

/**
 * The smallest 1-2-2.5-5 x 10^n at or above `max` (1 for an empty or flat-zero chart); with
 * `whole` (a chart of counts), the smallest such whole number.
 */
export function niceMax(max: number, whole = false): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const exp = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) {
    const top = m * exp;
    if (whole && !Number.isInteger(top)) continue;
    if (top >= max - 1e-12) return top;
  }
  return 10 * exp;
}

/**
 * `count + 1` evenly spaced ticks from 0 to `max`. With `whole` (a chart of counts: lines,
 * features, incidents), no tick falls between two whole numbers: where `count` would split `max`
 * into fractions (0, 0.5, 1 incidents), only 0 and `max` are marked.
 */
export function ticks(max: number, count = 2, whole = false): number[] {
  const n = whole && !Number.isInteger(max / count) ? 1 : count;
  return Array.from({ length: n + 1 }, (_, i) => (max * i) / n);
}

export interface Scale {
  x(i: number): number;
  y(v: number): number;
  yMax: number;
}

/**
 * `v` in `lo..hi` mapped onto `from..to`, clamped to that range; a flat domain (or one a NaN
 * made) maps to the middle, so nothing is ever drawn outside the frame.
 */
export function linear(lo: number, hi: number, from: number, to: number): (v: number) => number {
  const span = hi - lo;
  if (!(span > 0) || !Number.isFinite(span)) return () => (from + to) / 2;
  return (v) => from + ((Math.max(lo, Math.min(hi, v)) - lo) / span) * (to - from);
}

export interface ScaleOptions {
  /** The bottom of the y axis (0 unless a series can go below). */
  yMin?: number;
  /** The top of the y axis as it is, not rounded up to a nice number (a chart without ticks). */
  exact?: boolean;
  /** The values count whole things: the top of the axis is a whole number. */
  whole?: boolean;
  /** Where a single point sits: the middle of a chart with axes, the right end of a sparkline. */
  lone?: 'middle' | 'end';
}

/**
 * Maps point index (0..n-1 over the frame's width) and value (yMin..yMax, clamped, up the frame)
 * into the frame.
 */
export function makeScale(
  n: number,
  yMaxRaw: number,
  f: Frame = FRAME,
  o: ScaleOptions = {},
): Scale {
  const yMin = o.yMin !== undefined && Number.isFinite(o.yMin) ? o.yMin : 0;
  const yMax = o.exact ? (yMaxRaw > yMin ? yMaxRaw : yMin + 1) : niceMax(yMaxRaw, o.whole);
  const x0 = f.left;
  const x1 = f.width - f.right;
  const lone = o.lone === 'end' ? x1 : (x0 + x1) / 2;
  const x = linear(0, n - 1, x0, x1);
  return {
    yMax,
    x: (i) => (n <= 1 ? lone : x(i)),
    y: linear(yMin, yMax, f.height - f.bottom, f.top),
  };
}

const fmt = (v: number) => (Math.round(v * 10) / 10).toString();

/** An SVG path through the points; non-finite values break the line. */
export function linePath(values: readonly number[], s: Scale): string {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (!Number.isFinite(v)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${fmt(s.x(i))} ${fmt(s.y(v))}`;
    pen = true;
  });
  return d;
}

/**
 * Indices of points with no finite neighbour: a path through them draws nothing, so the chart
 * marks them with a dot (the first week of a run is such a point).
 */
export function isolatedPoints(values: readonly number[]): number[] {
  const finite = (i: number) => i >= 0 && i < values.length && Number.isFinite(values[i]);
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (finite(i) && !finite(i - 1) && !finite(i + 1)) out.push(i);
  }
  return out;
}

/** A closed SVG path between a low and a high series (the p10-p90 band). */
export function bandPath(lo: readonly number[], hi: readonly number[], s: Scale): string {
  const n = Math.min(lo.length, hi.length);
  if (n === 0) return '';
  let d = '';
  for (let i = 0; i < n; i++) d += `${i === 0 ? 'M' : 'L'}${fmt(s.x(i))} ${fmt(s.y(hi[i] ?? 0))}`;
  for (let i = n - 1; i >= 0; i--) d += `L${fmt(s.x(i))} ${fmt(s.y(lo[i] ?? 0))}`;
  return `${d}Z`;
}

/** The largest finite value across several series (0 when there is none). */
export function maxOf(...series: ReadonlyArray<readonly number[]>): number {
  let m = 0;
  for (const s of series) for (const v of s) if (Number.isFinite(v) && v > m) m = v;
  return m;
}

/** The smallest finite value across several series (0 when there is none or none is below). */
export function minOf(...series: ReadonlyArray<readonly number[]>): number {
  let m = 0;
  for (const s of series) for (const v of s) if (Number.isFinite(v) && v < m) m = v;
  return m;
}
