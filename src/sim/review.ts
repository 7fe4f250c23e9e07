/**
 * Code review as a capacity-limited service (D1, D2, D7).
 *
 * When more lines wait than reviewers can read at full depth, review gives way
 * in three ways, each with its own signature:
 * - depth drops (skimming): throughput holds, fewer defects are caught -> escaped defects;
 * - speed drops (AI code is harder to read, tired reviewers read slower): the
 *   queue and lead time grow;
 * - review is skipped under deadline pressure: lines merge unreviewed -> escaped
 *   defects and lost ownership, while lead time looks fine.
 * Deadline pressure decides the mix: relaxed teams hold depth and let the queue
 * grow; crunch skims and skips.
 */
import { MAX_LOAD, NO_CAPACITY } from './limits.ts';
import { V } from './params.ts';
import type { DeadlinePressure } from './types.ts';

export const DEPTH_FLOOR: Record<DeadlinePressure, number> = {
  relaxed: V.depthFloorRelaxed,
  normal: V.depthFloorNormal,
  crunch: V.depthFloorCrunch,
};

export const SKIP_SHARE: Record<DeadlinePressure, number> = {
  relaxed: V.skipShareRelaxed,
  normal: V.skipShareNormal,
  crunch: V.skipShareCrunch,
};

/** Lines per reviewer-hour on a queue with the given share of AI lines, before fatigue. */
export function reviewRate(aiShare: number, pipelineLevel: number): number {
  const human = V.reviewLinesPerHour * (1 + V.pipelineReviewBoost * pipelineLevel);
  const ai = human * V.aiReadabilityFactor;
  // Hours per line add up across the mix, so the rate is a harmonic mean.
  return 1 / (aiShare / ai + (1 - aiShare) / human);
}

export interface ReviewInput {
  /** Lines waiting, including this week's new ones. */
  pending: number;
  /** Reviewer-hours available. */
  hours: number;
  /** Lines per reviewer-hour at full depth, before fatigue. */
  rate: number;
  /** Lowest depth reviewers will go to under overload. */
  depthFloor: number;
  /** Share of the remaining backlog merged without review. */
  skipShare: number;
}

export interface ReviewOutcome {
  reviewed: number;
  skipped: number;
  /** Left in the queue for next week. */
  backlog: number;
  /** 1 = full depth; lower = skimmed. */
  depth: number;
  /** Pending lines over full-depth capacity (>1 means overloaded). */
  load: number;
  /** Lines per reviewer-hour actually achieved, fatigue and skimming included. */
  achievedRate: number;
  /** Full-depth capacity in lines, after fatigue. */
  capacity: number;
}

export function review(input: ReviewInput): ReviewOutcome {
  const { pending, hours, depthFloor, skipShare } = input;
  if (pending <= 0) {
    return {
      reviewed: 0,
      skipped: 0,
      backlog: 0,
      depth: 1,
      load: 0,
      achievedRate: input.rate,
      capacity: hours * input.rate,
    };
  }
  const freshCapacity = hours * input.rate;
  const freshLoad = freshCapacity > 0 ? pending / freshCapacity : Number.POSITIVE_INFINITY;
  // Overloaded reviewers slow down; capped so a huge queue cannot drive the rate to zero.
  const fatigue =
    1 / (1 + V.reviewFatigue * Math.min(V.reviewOverloadCap, Math.max(0, freshLoad - 1)));
  const rate = input.rate * fatigue;
  const capacity = hours * rate;
  if (capacity < NO_CAPACITY) {
    const skipped = pending * Math.min(1, Math.max(0, skipShare));
    return {
      reviewed: 0,
      skipped,
      backlog: pending - skipped,
      depth: 0,
      load: MAX_LOAD,
      achievedRate: 0,
      capacity: 0,
    };
  }
  const load = Math.min(MAX_LOAD, pending / capacity);
  if (load <= 1) {
    return {
      reviewed: pending,
      skipped: 0,
      backlog: 0,
      depth: 1,
      load,
      achievedRate: rate,
      capacity,
    };
  }
  const depth = Math.max(depthFloor, 1 / load);
  const reviewed = Math.min(pending, capacity / depth);
  const remaining = pending - reviewed;
  const skipped = remaining * Math.min(1, Math.max(0, skipShare));
  return {
    reviewed,
    skipped,
    backlog: remaining - skipped,
    depth,
    load,
    achievedRate: hours > 0 ? reviewed / hours : 0,
    capacity,
  };
}

/**
 * Share of defects found in lines reviewed at a given depth. `oversize` is how far the
 * changes exceed a hand-written change's size, as a share of the way to an unbatched AI
 * change (0 = hand-written size, 1 = the full +154% of S4): past ~400 lines, reviewers find
 * fewer defects (S1).
 */
export function catchRate(baseCatch: number, depth: number, oversize: number): number {
  const sizePenalty = 1 - oversize * (1 - V.aiLargeChangeCatch);
  return Math.min(V.reviewCatchMax, Math.max(0, baseCatch * depth * sizePenalty));
}

/**
 * Lines in an AI-assisted change at a pipeline capability: small batches are one of the
 * capabilities that decide whether AI helps (S7), and a merge queue and fast CI make them
 * cheap, so a built pipeline brings AI changes back towards a hand-written change's size.
 */
export function aiChangeLines(pipelineLevel: number): number {
  return V.aiPrLines - (V.aiPrLines - V.humanPrLines) * V.smallBatchShare * pipelineLevel;
}

/** How far AI changes exceed a hand-written change at a pipeline capability (0..1, see catchRate). */
export function aiOversize(pipelineLevel: number): number {
  return 1 - V.smallBatchShare * pipelineLevel;
}

/** Days a change waits in a queue served at utilisation u (grows sharply as u nears 1). */
export function queueWaitDays(baseDays: number, utilisation: number): number {
  const u = Math.min(V.maxQueueUtilisation, Math.max(0, utilisation));
  return baseDays * (1 + u / (1 - u));
}
