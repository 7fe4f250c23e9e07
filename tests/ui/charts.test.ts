import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandPath,
  FRAME,
  type Frame,
  isolatedPoints,
  linear,
  linePath,
  makeScale,
  maxOf,
  minOf,
  niceMax,
  ticks,
} from '../../src/ui/charts/geometry.ts';

/** The coordinates of a path's points, in order. */
function points(d: string): Array<[number, number]> {
  return [...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** The run screen's sparkline box: no margins for labels, 2 units above and below the line. */
const SPARK: Frame = { width: 120, height: 36, left: 0, right: 0, top: 2, bottom: 2 };

describe('chart geometry', () => {
  it('rounds the y axis up to a nice number', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(Number.NaN)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(0.42)).toBe(0.5);
    expect(niceMax(180_000)).toBe(200_000);
    expect(niceMax(2.5)).toBe(2.5);
    expect(ticks(10)).toEqual([0, 5, 10]);
  });

  it('keeps a chart of counts on whole numbers: its top and its ticks', () => {
    // A run without a single incident: 0 and 1 on the axis, never 0.5.
    expect(niceMax(0, true)).toBe(1);
    expect(ticks(niceMax(0, true), 2, true)).toEqual([0, 1]);
    // 2.2 features at most: the axis tops at 5, not 2.5.
    expect(niceMax(2.2, true)).toBe(5);
    expect(ticks(5, 2, true)).toEqual([0, 5]);
    expect(ticks(10, 2, true)).toEqual([0, 5, 10]);
    expect(niceMax(180_000, true)).toBe(200_000);
    // Any count's axis: every tick whole.
    for (const max of [0, 0.3, 1, 2, 3, 7, 24, 250, 12_345]) {
      const top = niceMax(max, true);
      expect(ticks(top, 2, true).every(Number.isInteger), `max ${max}`).toBe(true);
    }
  });

  it('maps the first and last points to the frame edges and values inside it', () => {
    const s = makeScale(3, 10);
    expect(s.x(0)).toBe(FRAME.left);
    expect(s.x(2)).toBe(FRAME.width - FRAME.right);
    expect(s.y(0)).toBe(FRAME.height - FRAME.bottom);
    expect(s.y(10)).toBe(FRAME.top);
    expect(s.y(99)).toBe(FRAME.top);
  });

  it('draws lines that break at missing values, and closed bands', () => {
    const s = makeScale(3, 10);
    expect(linePath([1, 2, 3], s).match(/M/g)).toHaveLength(1);
    expect(linePath([1, Number.NaN, 3], s).match(/M/g)).toHaveLength(2);
    expect(bandPath([1, 1], [2, 3], s)).toMatch(/^M.*Z$/);
    expect(bandPath([], [], s)).toBe('');
    expect(maxOf([1, 5], [Number.POSITIVE_INFINITY, 3])).toBe(5);
  });

  it('marks points that a line cannot draw: a single week, or a value between gaps', () => {
    expect(isolatedPoints([4])).toEqual([0]);
    expect(isolatedPoints([1, Number.NaN, 3, 4])).toEqual([0]);
    expect(isolatedPoints([1, 2, 3])).toEqual([]);
    expect(isolatedPoints([Number.NaN, 2, Number.NaN])).toEqual([1]);
    expect(isolatedPoints([])).toEqual([]);
  });
});

describe('chart scales', () => {
  it('maps a domain onto a range, clamped, and a flat or NaN domain to the middle', () => {
    const x = linear(0, 10, 6, 314);
    expect(x(0)).toBe(6);
    expect(x(10)).toBe(314);
    expect(x(5)).toBe(160);
    expect(x(-3)).toBe(6);
    expect(x(99)).toBe(314);
    expect(linear(4, 4, 0, 100)(4)).toBe(50);
    expect(linear(0, Number.NaN, 0, 100)(1)).toBe(50);
    // Upside down, as SVG's y runs: the domain's top is the range's start.
    expect(linear(0, 1, 34, 2)(1)).toBe(2);
  });

  it('scales a sparkline from its lowest value to its highest, zero included', () => {
    const values = [-2, 0, 6];
    const s = makeScale(3, maxOf(values), SPARK, { yMin: minOf(values), exact: true, lone: 'end' });
    expect(s.yMax).toBe(6);
    expect(points(linePath(values, s))).toEqual([
      [0, 34],
      [60, 26],
      [120, 2],
    ]);
  });

  it('puts a single point at the right end of a sparkline and the middle of a chart', () => {
    const spark = makeScale(1, 5, SPARK, { exact: true, lone: 'end' });
    expect(spark.x(0)).toBe(SPARK.width);
    const chart = makeScale(1, 5);
    expect(chart.x(0)).toBe((FRAME.left + FRAME.width - FRAME.right) / 2);
    expect(isolatedPoints([3])).toEqual([0]);
  });

  it('draws nothing for an empty or all-missing series, and a flat zero series on the baseline', () => {
    const s = makeScale(0, maxOf([]), SPARK, { exact: true, lone: 'end' });
    expect(linePath([], s)).toBe('');
    expect(linePath([Number.NaN, Number.POSITIVE_INFINITY], makeScale(2, 0))).toBe('');
    const flat = makeScale(3, maxOf([0, 0, 0]), SPARK, { exact: true });
    expect(points(linePath([0, 0, 0], flat)).map(([, y]) => y)).toEqual([34, 34, 34]);
    expect(minOf([Number.NaN, -1], [Number.NEGATIVE_INFINITY])).toBe(-1);
  });

  it('keeps every drawn point inside the frame, whatever the series', () => {
    const value = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), fc.boolean(), (values, spark) => {
        const f = spark ? SPARK : FRAME;
        const s = spark
          ? makeScale(values.length, maxOf(values), f, { yMin: minOf(values), exact: true })
          : makeScale(values.length, maxOf(values), f);
        for (const [x, y] of points(linePath(values, s))) {
          expect(x).toBeGreaterThanOrEqual(f.left);
          expect(x).toBeLessThanOrEqual(f.width - f.right);
          expect(y).toBeGreaterThanOrEqual(f.top);
          expect(y).toBeLessThanOrEqual(f.height - f.bottom);
        }
      }),
    );
  });
});
