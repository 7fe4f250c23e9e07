/**
 * Seeded pseudo-random numbers that live inside the simulation state.
 *
 * The generator is mulberry32: one 32-bit integer of state, so the whole PRNG
 * state is a plain number that serialises with the rest of the run and a run
 * replays exactly from (seed, scenario, decisions). Quality is ample for a
 * game model; speed matters more (thousands of runs for sweeps and what-ifs).
 */

/** A mutable cursor over the generator, used inside one step and written back to state. */
export interface Rng {
  s: number;
}

/** Mixes any integer seed into a well-spread starting state (splitmix-style). */
export function seedState(seed: number): number {
  let z = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/** Uniform in [0, 1). */
export function uniform(rng: Rng): number {
  rng.s = (rng.s + 0x6d2b79f5) >>> 0;
  let t = rng.s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Standard normal by Box-Muller (one value per call; the twin is discarded to keep state a single number). */
export function normal(rng: Rng): number {
  const u1 = 1 - uniform(rng); // (0, 1]: log stays finite
  const u2 = uniform(rng);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Log-normal with median 1 and the given spread of the underlying normal. */
export function lognormal(rng: Rng, sigma: number): number {
  return Math.exp(sigma * normal(rng));
}

/**
 * Poisson draw by inversion. The means used here are small (incidents, breaches,
 * quits in a week), so the loop runs a handful of times; it is capped so a
 * pathological mean cannot stall a step.
 */
export function poisson(rng: Rng, mean: number): number {
  if (!(mean > 0)) return 0;
  if (mean > 30) {
    // Normal approximation keeps the cost flat for large means.
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
  }
  const u = uniform(rng);
  let k = 0;
  let p = Math.exp(-mean);
  let cdf = p;
  while (u > cdf && k < 200) {
    k += 1;
    p *= mean / k;
    cdf += p;
  }
  return k;
}

/**
 * Binomial draw by inversion of the CDF: one uniform per draw and O(n*p) work,
 * which is tiny for weekly quit probabilities. Falls back to a normal
 * approximation when n*p is large.
 */
export function binomial(rng: Rng, n: number, p: number): number {
  const trials = Math.max(0, Math.floor(n));
  if (trials === 0 || !(p > 0)) return 0;
  if (p >= 1) return trials;
  const mean = trials * p;
  if (mean > 30) {
    const sd = Math.sqrt(mean * (1 - p));
    return Math.min(trials, Math.max(0, Math.round(mean + sd * normal(rng))));
  }
  const u = uniform(rng);
  const q = 1 - p;
  let k = 0;
  let pmf = q ** trials;
  let cdf = pmf;
  while (u > cdf && k < trials) {
    pmf *= ((trials - k) / (k + 1)) * (p / q);
    k += 1;
    cdf += pmf;
  }
  return k;
}
