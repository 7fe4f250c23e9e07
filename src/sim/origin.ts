/**
 * Where a defect or a vulnerability came from, kept with it until it surfaces, so
 * that an incident's causal chain names what actually caused it rather than what
 * happened to be common that week: an AI-assisted or a hand-written change, and
 * whether it merged unreviewed, after a skimmed review, or after a full one.
 */
import type { Rng } from './rng.ts';
import { uniform } from './rng.ts';

export const ORIGINS = ['human', 'ai'] as const;
export type Origin = (typeof ORIGINS)[number];

export const REVIEW_PATHS = ['reviewed', 'skimmed', 'skipped'] as const;
/** How the change passed review: at full depth, skimmed, or not reviewed at all. */
export type ReviewPath = (typeof REVIEW_PATHS)[number];

/** Counts (defects or vulnerabilities) by origin and by the way they passed review. */
export type Pools = Record<Origin, Record<ReviewPath, number>>;

export function emptyPools(): Pools {
  return {
    human: { reviewed: 0, skimmed: 0, skipped: 0 },
    ai: { reviewed: 0, skimmed: 0, skipped: 0 },
  };
}

export function copyPools(p: Pools): Pools {
  const { human: h, ai: a } = p;
  return {
    human: { reviewed: h.reviewed, skimmed: h.skimmed, skipped: h.skipped },
    ai: { reviewed: a.reviewed, skimmed: a.skimmed, skipped: a.skipped },
  };
}

// The helpers below name the six pools one by one rather than looping over ORIGINS and
// REVIEW_PATHS: they run several times a week in every replay, and keyed access in a loop
// cost the step a tenth of its time.

export function poolsTotal(p: Pools): number {
  const { human: h, ai: a } = p;
  return h.reviewed + h.skimmed + h.skipped + a.reviewed + a.skimmed + a.skipped;
}

export function originTotal(p: Pools, origin: Origin): number {
  const q = p[origin];
  return q.reviewed + q.skimmed + q.skipped;
}

/** Adds `b` into `a` in place. */
export function addPools(a: Pools, b: Pools): void {
  a.human.reviewed += b.human.reviewed;
  a.human.skimmed += b.human.skimmed;
  a.human.skipped += b.human.skipped;
  a.ai.reviewed += b.ai.reviewed;
  a.ai.skimmed += b.ai.skimmed;
  a.ai.skipped += b.ai.skipped;
}

/** Multiplies every pool by `f` in place (a share surfaces, is fixed, or is swept). */
export function scalePools(p: Pools, f: number): void {
  p.human.reviewed *= f;
  p.human.skimmed *= f;
  p.human.skipped *= f;
  p.ai.reviewed *= f;
  p.ai.skimmed *= f;
  p.ai.skipped *= f;
}

/** A copy of `p` scaled by `f`. */
export function scaledPools(p: Pools, f: number): Pools {
  const out = copyPools(p);
  scalePools(out, f);
  return out;
}

/** Draws the pool one item comes from, in proportion to the pools' sizes. */
export function drawPool(rng: Rng, p: Pools): { origin: Origin; path: ReviewPath } {
  const total = poolsTotal(p);
  let u = uniform(rng) * total;
  for (const o of ORIGINS) {
    for (const r of REVIEW_PATHS) {
      u -= p[o][r];
      if (u < 0) return { origin: o, path: r };
    }
  }
  return { origin: 'human', path: 'reviewed' };
}
