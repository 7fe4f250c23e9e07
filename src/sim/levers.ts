/** The player's levers. */
import type { Levers } from './types.ts';
import { PRESSURES } from './types.ts';

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const finiteOr = (x: unknown, fallback: number): number =>
  typeof x === 'number' && Number.isFinite(x) ? x : fallback;

/** Levers from untrusted input, each clamped to its range; anything unreadable keeps its old value. */
export function mergeLevers(current: Levers, change: Partial<Levers> | undefined): Levers {
  if (!change) return current;
  const bool = (v: unknown, old: boolean) => (typeof v === 'boolean' ? v : old);
  return {
    aiMandate: clamp01(finiteOr(change.aiMandate, current.aiMandate)),
    leaderboard: bool(change.leaderboard, current.leaderboard),
    seniorReviewShare: clamp01(finiteOr(change.seniorReviewShare, current.seniorReviewShare)),
    seniorSignoff: bool(change.seniorSignoff, current.seniorSignoff),
    deadlinePressure: (PRESSURES as readonly string[]).includes(change.deadlinePressure as string)
      ? (change.deadlinePressure as Levers['deadlinePressure'])
      : current.deadlinePressure,
    pipelineInvestment: clamp01(finiteOr(change.pipelineInvestment, current.pipelineInvestment)),
    securityReview: bool(change.securityReview, current.securityReview),
  };
}
