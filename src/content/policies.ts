/**
 * Reference policies, as data: the ones the calibration tests hold the model to,
 * and the "sound" policy the debrief replays beside the player's run ("what if").
 */
import type { Policy } from '../sim/index.ts';

/** No AI, steady reviewers, no layoffs: the organisation before the mandate. */
export const BASELINE_POLICY: Policy = { aiMandate: 0 };

/** The mandate with nothing else changed: more than 80% weekly use (F2), no added review capacity. */
export const MANDATE_ONLY_POLICY: Policy = { aiMandate: 0.85 };

/**
 * The mandate reached at the pace the pipeline can absorb (F6's recommendation):
 * adoption ramps while pipeline automation, merge queue and tests are built,
 * seniors give review the time it needs, security review is on, and the
 * departures of the first quarter are backfilled.
 */
export const SOUND_POLICY: Policy = {
  aiMandate: 0.3,
  leaderboard: false,
  seniorSignoff: false,
  deadlinePressure: 'normal',
  seniorReviewShare: 0.35,
  pipelineInvestment: 1,
  securityReview: true,
  changes: [
    { week: 6, aiMandate: 0.6 },
    { week: 12, aiMandate: 0.85 },
  ],
  staffing: [{ week: 1, hire: { senior: 3, mid: 3 } }],
};

/**
 * The delivery system adapted to AI, all at once from week 1: the mandate with the pipeline
 * funded in full, seniors giving review a little more time, and a security review. The
 * calibration target "AI with pipeline, review time and security review" (dynamics.md).
 */
export const ADAPTED_POLICY: Policy = {
  aiMandate: 0.85,
  pipelineInvestment: 1,
  seniorReviewShare: 0.3,
  securityReview: true,
};
