/**
 * Review (D2), with senior sign-off on AI code as its own gate (D7). Overloaded reviewers
 * skim (depth falls toward a floor set by the deadline pressure), skip a share of the
 * backlog, and leave the rest waiting; stale pull requests are closed.
 */
import { modProduct, modSum } from '../cards.ts';
import { MAX_LOAD } from '../limits.ts';
import { V } from '../params.ts';
import type { ReviewOutcome } from '../review.ts';
import { aiOversize, catchRate, DEPTH_FLOOR, review, reviewRate, SKIP_SHARE } from '../review.ts';
import type { Batch, Levers } from '../types.ts';
import type { WeekWork } from './work.ts';
import { clamp01, scaleBatch, snapEmpty } from './work.ts';

/** Splits a batch into the part reviewed, the part skipped and the part left waiting. */
export function splitBatch(b: Batch, reviewedShare: number, skippedShare: number) {
  return {
    reviewed: scaleBatch(b, reviewedShare),
    skipped: scaleBatch(b, skippedShare),
    left: scaleBatch(b, Math.max(0, 1 - reviewedShare - skippedShare)),
  };
}

function shares(o: ReviewOutcome, pending: number): [number, number] {
  return pending > 0 ? [o.reviewed / pending, o.skipped / pending] : [0, 0];
}

export interface ReviewSplit {
  humanSplit: ReturnType<typeof splitBatch>;
  aiSplit: ReturnType<typeof splitBatch>;
  humanCatch: number;
  aiCatch: number;
  /** Depth over all lines reviewed, weighted by lines. */
  depth: number;
  /** Depth on AI lines (ownership of AI code depends on it). */
  aiDepth: number;
  /** Depth on hand-written lines. */
  humanDepth: number;
  load: number;
  capacity: number;
  reviewedLines: number;
  skippedLines: number;
}

/** What a week's review reads and with what: the same for either way of reviewing. */
interface ReviewRound {
  humanQueue: Batch;
  aiQueue: Batch;
  hours: { senior: number; mid: number };
  pipelineLevel: number;
  /** Depth reviewers keep to at the least under this week's pressure. */
  depthFloor: number;
  /** Share of the backlog waved through unread under this week's pressure. */
  skipShare: number;
  /** The cards' multiplier on the share of defects a review catches. */
  catchMod: number;
}

/** One pool of reviewers, seniors and mids together, reads the mixed queue. */
function reviewTogether(r: ReviewRound): ReviewSplit {
  const { humanQueue, aiQueue, hours, pipelineLevel, depthFloor, skipShare, catchMod } = r;
  const pending = humanQueue.lines + aiQueue.lines;
  const aiShare = pending > 0 ? aiQueue.lines / pending : 0;
  const o = review({
    pending,
    hours: hours.senior + hours.mid,
    rate: reviewRate(aiShare, pipelineLevel),
    depthFloor,
    skipShare,
  });
  const [reviewedShare, skippedShare] = shares(o, pending);
  const all = hours.senior + hours.mid;
  const base =
    all > 0 ? (hours.senior * V.reviewCatchSenior + hours.mid * V.reviewCatchMid) / all : 0;
  return {
    humanSplit: splitBatch(humanQueue, reviewedShare, skippedShare),
    aiSplit: splitBatch(aiQueue, reviewedShare, skippedShare),
    humanCatch: catchRate(base * catchMod, o.depth, 0),
    aiCatch: catchRate(base * catchMod, o.depth, aiOversize(pipelineLevel)),
    depth: o.depth,
    aiDepth: o.depth,
    humanDepth: o.depth,
    load: o.load,
    capacity: o.capacity,
    reviewedLines: o.reviewed,
    skippedLines: o.skipped,
  };
}

/**
 * Senior sign-off (D7): seniors must read every AI change, at depth, and nothing
 * AI-made skips the gate. Mids, and any senior time left over, read the rest.
 */
function reviewWithSignoff(r: ReviewRound): ReviewSplit {
  const { humanQueue, aiQueue, hours, pipelineLevel, depthFloor, skipShare, catchMod } = r;
  const oa = review({
    pending: aiQueue.lines,
    hours: hours.senior,
    rate: reviewRate(1, pipelineLevel),
    depthFloor: Math.max(depthFloor, V.signoffDepthFloor),
    skipShare: 0,
  });
  const spareSenior = oa.load < 1 ? hours.senior * (1 - oa.load) : 0;
  const oh = review({
    pending: humanQueue.lines,
    hours: hours.mid + spareSenior,
    rate: reviewRate(0, pipelineLevel),
    depthFloor,
    skipShare,
  });
  const [ra, ka] = shares(oa, aiQueue.lines);
  const [rh, kh] = shares(oh, humanQueue.lines);
  const humanPool = hours.mid + spareSenior;
  const humanBase =
    humanPool > 0
      ? (hours.mid * V.reviewCatchMid + spareSenior * V.reviewCatchSenior) / humanPool
      : V.reviewCatchMid;
  const reviewed = oa.reviewed + oh.reviewed;
  const capacity = oa.capacity + oh.capacity;
  const pending = humanQueue.lines + aiQueue.lines;
  return {
    humanSplit: splitBatch(humanQueue, rh, kh),
    aiSplit: splitBatch(aiQueue, ra, ka),
    humanCatch: catchRate(humanBase * catchMod, oh.depth, 0),
    aiCatch: catchRate(V.reviewCatchSenior * catchMod, oa.depth, aiOversize(pipelineLevel)),
    depth: reviewed > 0 ? (oa.depth * oa.reviewed + oh.depth * oh.reviewed) / reviewed : 1,
    aiDepth: oa.depth,
    humanDepth: oh.depth,
    load: pending <= 0 ? 0 : capacity > 0 ? Math.min(MAX_LOAD, pending / capacity) : MAX_LOAD,
    capacity,
    reviewedLines: reviewed,
    skippedLines: oa.skipped + oh.skipped,
  };
}

export interface ReviewPhaseInput {
  readonly levers: Levers;
  readonly pipelineLevel: number;
  /** Share of the planned headcount missing: short-staffed teams rush review (D8). */
  readonly shortfall: number;
  /** Hours seniors and mids give to review this week, before card modifiers. */
  readonly reviewHours: { readonly senior: number; readonly mid: number };
}

export interface ReviewPhaseOutput extends ReviewSplit {
  /** Lines closed unreviewed as stale pull requests. */
  readonly linesAbandoned: number;
  /** Reviewer-hours spent, seniors and mids together. */
  readonly reviewHours: number;
  readonly defectsCaughtInReview: number;
}

export function reviewPhase(work: WeekWork, input: ReviewPhaseInput): ReviewPhaseOutput {
  const { st } = work;
  const { levers, pipelineLevel, shortfall, reviewHours } = input;
  const mods = st.modifiers;
  const capacityMod = modProduct(mods, 'reviewCapacity');
  const catchMod = modProduct(mods, 'reviewCatch');
  // Short-staffed against the roadmap, people rush: review is the first thing to give (D8).
  const depthFloor = clamp01(
    DEPTH_FLOOR[levers.deadlinePressure] - V.shortfallDepthDrop * shortfall,
  );
  const skipShare = clamp01(SKIP_SHARE[levers.deadlinePressure] + modSum(mods, 'skipShare'));
  const hours = { senior: reviewHours.senior * capacityMod, mid: reviewHours.mid * capacityMod };
  const round: ReviewRound = {
    humanQueue: st.queue.human,
    aiQueue: st.queue.ai,
    hours,
    pipelineLevel,
    depthFloor,
    skipShare,
    catchMod,
  };
  const split = levers.seniorSignoff ? reviewWithSignoff(round) : reviewTogether(round);
  // Stale pull requests get closed: work written but never shipped.
  const keep = 1 - V.staleAbandonShare;
  const linesAbandoned =
    (split.humanSplit.left.lines + split.aiSplit.left.lines) * V.staleAbandonShare;
  st.queue = {
    human: snapEmpty(scaleBatch(split.humanSplit.left, keep)),
    ai: snapEmpty(scaleBatch(split.aiSplit.left, keep)),
  };
  // Listed field by field rather than spread: this runs every week of every replay.
  return {
    humanSplit: split.humanSplit,
    aiSplit: split.aiSplit,
    humanCatch: split.humanCatch,
    aiCatch: split.aiCatch,
    depth: split.depth,
    aiDepth: split.aiDepth,
    humanDepth: split.humanDepth,
    load: split.load,
    capacity: split.capacity,
    reviewedLines: split.reviewedLines,
    skippedLines: split.skippedLines,
    linesAbandoned,
    reviewHours: reviewHours.senior + reviewHours.mid,
    defectsCaughtInReview:
      split.humanSplit.reviewed.defects * split.humanCatch +
      split.aiSplit.reviewed.defects * split.aiCatch,
  };
}
