import { describe, expect, it } from 'vitest';
import { runChunked, sweepSeries, sweepValues } from '../../src/ui/sandbox/sweep-plan.ts';

describe('the sweep panel plan', () => {
  it('spans the lever from 0 to 1', () => {
    expect(sweepValues(5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(sweepValues().length).toBe(8);
  });

  it('orders the points by lever value for the chart', () => {
    const s = sweepSeries([
      { value: 1, mean: 3, p10: 2, p90: 4 },
      { value: 0, mean: 1, p10: 0, p90: 2 },
    ]);
    expect(s).toEqual({ mean: [1, 3], lo: [0, 2], hi: [2, 4] });
  });

  it('does one item per task, reports progress, and stops when cancelled', () => {
    const queue: Array<() => void> = [];
    const schedule = (fn: () => void) => {
      queue.push(fn);
      return () => {
        const i = queue.indexOf(fn);
        if (i >= 0) queue.splice(i, 1);
      };
    };
    const steps: number[] = [];
    const cancel = runChunked(
      [1, 2, 3, 4],
      (x) => x * 10,
      (done) => steps.push(done),
      schedule,
    );
    expect(steps).toEqual([]);
    queue.shift()?.();
    expect(steps).toEqual([1]);
    queue.shift()?.();
    expect(steps).toEqual([1, 2]);
    cancel();
    expect(queue).toHaveLength(0);
    expect(steps).toEqual([1, 2]);
  });

  it('gives all results in order when left to finish', () => {
    const queue: Array<() => void> = [];
    let final: number[] = [];
    runChunked(
      ['a', 'b', 'c'],
      (x) => x.charCodeAt(0),
      (_, r) => {
        final = [...r];
      },
      (fn) => {
        queue.push(fn);
        return () => {};
      },
    );
    while (queue.length > 0) queue.shift()?.();
    expect(final).toEqual([97, 98, 99]);
  });
});

describe('the sweep panel text', () => {
  it('names every lever and outcome it offers', async () => {
    const { SWEEP_PANEL_LEVERS, SWEEP_PANEL_OUTCOMES } = await import(
      '../../src/ui/sandbox/sweep-plan.ts'
    );
    const en = (await import('../../src/i18n/locales/en/screens.json')).default;
    for (const l of SWEEP_PANEL_LEVERS)
      expect((en.sweep.levers as Record<string, string>)[l], l).toBeTruthy();
    for (const o of SWEEP_PANEL_OUTCOMES)
      expect((en.sweep.outcomes as Record<string, string>)[o], o).toBeTruthy();
  });
});
