import { describe, expect, it } from 'vitest';
import {
  bandPath,
  FRAME,
  isolatedPoints,
  linePath,
  makeScale,
  maxOf,
  niceMax,
  ticks,
} from '../../src/ui/charts/geometry.ts';

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
