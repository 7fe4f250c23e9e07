// The seeded PRNG that lives in the simulation state: a run replays exactly from its seed, and
// the draws the model takes (incidents, breaches, quits) have the distributions they claim.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rng } from '../../src/sim/rng.ts';
import { binomial, lognormal, normal, poisson, seedState, uniform } from '../../src/sim/rng.ts';

const cursor = (seed: number): Rng => ({ s: seedState(seed) });

function draws(seed: number, n: number, draw: (r: Rng) => number): number[] {
  const r = cursor(seed);
  return Array.from({ length: n }, () => draw(r));
}

function moments(xs: readonly number[]): { mean: number; variance: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

const N = 40_000;

/**
 * Sample mean within 5 standard errors of the true mean, and sample variance within 6% of the
 * true variance (about 5 standard errors of a variance estimate at this N for these shapes).
 * An off-by-one, a wrong parameter or a degenerate draw all miss by far more.
 */
function expectMoments(xs: readonly number[], mean: number, variance: number): void {
  const m = moments(xs);
  expect(Math.abs(m.mean - mean)).toBeLessThan(5 * Math.sqrt(variance / xs.length) + 1e-12);
  expect(Math.abs(m.variance - variance)).toBeLessThan(0.06 * variance + 1e-12);
}

describe('seedState and uniform', () => {
  it('replays the same sequence from the same seed', () => {
    expect(draws(12345, 1000, uniform)).toEqual(draws(12345, 1000, uniform));
  });

  it('gives different sequences for different seeds, even adjacent ones', () => {
    const a = draws(1, 1000, uniform);
    const b = draws(2, 1000, uniform);
    expect(a.filter((x, i) => x === b[i]).length).toBe(0);
    const firsts = new Set(Array.from({ length: 2000 }, (_, seed) => uniform(cursor(seed))));
    expect(firsts.size).toBe(2000);
  });

  it('mixes a seed into a 32-bit unsigned state, so it serialises as a plain number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 32 }), (seed) => {
        const s = seedState(seed);
        expect(Number.isInteger(s)).toBe(true);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThan(2 ** 32);
      }),
    );
  });

  it('keeps its whole state in the cursor: resuming from a copied state continues the sequence', () => {
    const r = cursor(99);
    for (let i = 0; i < 10; i++) uniform(r);
    const copy: Rng = { s: r.s };
    const rest = Array.from({ length: 50 }, () => uniform(r));
    const resumed = Array.from({ length: 50 }, () => uniform(copy));
    expect(resumed).toEqual(rest);
  });

  it('stays in [0, 1) from any seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => draws(seed, 200, uniform).every((x) => x >= 0 && x < 1)),
      { numRuns: 200 },
    );
  });

  it('is uniform: 20 equal bins each hold their share, and the moments are 1/2 and 1/12', () => {
    const xs = draws(7, N, uniform);
    const bins = new Array<number>(20).fill(0);
    for (const x of xs) bins[Math.floor(x * 20)] = (bins[Math.floor(x * 20)] ?? 0) + 1;
    const expected = N / 20;
    const sd = Math.sqrt(N * (1 / 20) * (19 / 20));
    for (const count of bins) expect(Math.abs(count - expected)).toBeLessThan(5 * sd);
    expectMoments(xs, 0.5, 1 / 12);
  });
});

describe('normal and lognormal', () => {
  it('normal has mean 0 and variance 1, and is always finite', () => {
    const xs = draws(3, N, normal);
    expect(xs.every(Number.isFinite)).toBe(true);
    expectMoments(xs, 0, 1);
  });

  it('lognormal has median 1 and log-spread sigma', () => {
    const sigma = 0.7;
    const xs = draws(4, N, (r) => lognormal(r, sigma));
    expect(xs.every((x) => x > 0 && Number.isFinite(x))).toBe(true);
    const sorted = [...xs].sort((a, b) => a - b);
    const median = sorted[Math.floor(N / 2)] ?? Number.NaN;
    expect(Math.abs(Math.log(median))).toBeLessThan(0.02);
    expectMoments(
      xs.map((x) => Math.log(x)),
      0,
      sigma ** 2,
    );
  });
});

describe('poisson', () => {
  // Small means use inversion; means over 30 use a rounded normal approximation.
  it.each([0.05, 0.5, 3, 12, 29, 45, 400])('has mean and variance %s', (mean) => {
    const xs = draws(Math.round(mean * 1000) + 11, N, (r) => poisson(r, mean));
    expect(xs.every((k) => Number.isInteger(k) && k >= 0)).toBe(true);
    // The rounding of the normal approximation adds about 1/12 to the variance.
    expectMoments(xs, mean, mean > 30 ? mean + 1 / 12 : mean);
  });

  it('is 0 for a mean of 0, a negative mean or NaN', () => {
    const r = cursor(5);
    for (const mean of [0, -0, -3, Number.NaN, Number.NEGATIVE_INFINITY]) {
      expect(poisson(r, mean)).toBe(0);
    }
  });

  it('stays a finite, non-negative whole number near a huge mean, in constant time', () => {
    const r = cursor(6);
    for (const mean of [1e4, 1e9, 1e15]) {
      for (let i = 0; i < 100; i++) {
        const k = poisson(r, mean);
        expect(Number.isInteger(k)).toBe(true);
        expect(Math.abs(k - mean)).toBeLessThan(6 * Math.sqrt(mean) + 1);
      }
    }
  });
});

describe('binomial', () => {
  it.each([
    [10, 0.3],
    [50, 0.02],
    [20, 0.97],
    [100, 0.25],
    [1_000_000, 0.00001],
    [1000, 0.1],
    [200, 0.95],
  ])('n=%s, p=%s has mean np and variance np(1-p)', (n, p) => {
    const xs = draws(n + Math.round(p * 1e5), N, (r) => binomial(r, n, p));
    expect(xs.every((k) => Number.isInteger(k) && k >= 0 && k <= n)).toBe(true);
    const mean = n * p;
    // The normal approximation (np > 30) rounds, adding about 1/12 to the variance.
    expectMoments(xs, mean, n * p * (1 - p) + (mean > 30 ? 1 / 12 : 0));
  });

  it('never goes below 0 nor above n, whatever n and p', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 100_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, n, p) => {
          const r = cursor(seed);
          for (let i = 0; i < 20; i++) {
            const k = binomial(r, n, p);
            if (!(Number.isInteger(k) && k >= 0 && k <= n)) return false;
          }
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles the edges: no trials, p = 0, p = 1, and out-of-range inputs', () => {
    const r = cursor(8);
    expect(binomial(r, 0, 0.5)).toBe(0);
    expect(binomial(r, 0, 1)).toBe(0);
    expect(binomial(r, -5, 0.5)).toBe(0);
    expect(binomial(r, 50, 0)).toBe(0);
    expect(binomial(r, 50, -0.2)).toBe(0);
    expect(binomial(r, 50, Number.NaN)).toBe(0);
    expect(binomial(r, 50, 1)).toBe(50);
    expect(binomial(r, 50, 1.5)).toBe(50);
    // A fractional count of people is whole people: 7.9 trials are 7.
    expect(binomial(r, 7.9, 1)).toBe(7);
  });
});
