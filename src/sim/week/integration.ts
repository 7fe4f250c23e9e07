/**
 * Merge, test, integrate, deploy. What review let through meets the test suite; merged
 * lines queue for CI and integration, which has a weekly capacity: beyond it, lines wait.
 */
import { V } from '../params.ts';
import type { Levers } from '../types.ts';
import type { ReviewPhaseOutput } from './review.ts';
import type { WeekWork } from './work.ts';

export interface IntegrationInput {
  readonly levers: Levers;
  readonly pipelineLevel: number;
  readonly review: Pick<
    ReviewPhaseOutput,
    | 'humanSplit'
    | 'aiSplit'
    | 'humanCatch'
    | 'aiCatch'
    | 'depth'
    | 'reviewedLines'
    | 'skippedLines'
    | 'defectsCaughtInReview'
  >;
}

export interface IntegrationOutput {
  /** Lines merged this week, reviewed or not. */
  readonly mergedLines: number;
  /** Share of merged lines written with AI. */
  readonly aiShareMerged: number;
  /** Share of defects reaching CI that tests catch. */
  readonly testCatch: number;
  readonly escapedDefects: number;
  readonly defectsCaught: number;
  /** Vulnerabilities that got past review, security review and scanners into production. */
  readonly escapedVulns: number;
  /** Lines integrated this week (at most the capacity). */
  readonly integrated: number;
  readonly integrationCapacity: number;
  readonly featuresShipped: number;
  readonly deploys: number;
  readonly changeFailureRate: number;
}

export function integrationPhase(work: WeekWork, input: IntegrationInput): IntegrationOutput {
  const { st } = work;
  const { levers, pipelineLevel, review } = input;
  const { humanSplit, aiSplit, humanCatch, aiCatch } = review;
  const mergedLines = review.reviewedLines + review.skippedLines;
  const mergedAiLines = aiSplit.reviewed.lines + aiSplit.skipped.lines;
  const mergedUnits =
    humanSplit.reviewed.units +
    humanSplit.skipped.units +
    aiSplit.reviewed.units +
    aiSplit.skipped.units;
  const defectsAfterReview =
    humanSplit.reviewed.defects * (1 - humanCatch) +
    aiSplit.reviewed.defects * (1 - aiCatch) +
    humanSplit.skipped.defects +
    aiSplit.skipped.defects;
  const testCatch = Math.min(V.testCatchMax, V.testCatchBase + V.testCatchPipeline * pipelineLevel);
  const escapedDefects = defectsAfterReview * (1 - testCatch);
  const defectsCaught = review.defectsCaughtInReview + defectsAfterReview * testCatch;
  const vulnCatchReview = V.reviewVulnCatch * review.depth;
  const vulnsAfterReview =
    (humanSplit.reviewed.vulns + aiSplit.reviewed.vulns) * (1 - vulnCatchReview) +
    humanSplit.skipped.vulns +
    aiSplit.skipped.vulns;
  const escapedVulns =
    vulnsAfterReview *
    (levers.securityReview ? 1 - V.securityReviewCatch : 1) *
    (1 - V.pipelineVulnCatch * pipelineLevel);

  st.integrationQueueLines += mergedLines;
  st.integrationQueueFeatureUnits += mergedUnits;
  const integrationCapacity =
    V.integrationCapacity * (1 + V.integrationPipelineGain * pipelineLevel);
  const integrated = Math.min(st.integrationQueueLines, integrationCapacity);
  const integratedShare = st.integrationQueueLines > 0 ? integrated / st.integrationQueueLines : 0;
  const shippedUnits = st.integrationQueueFeatureUnits * integratedShare;
  st.integrationQueueLines -= integrated;
  st.integrationQueueFeatureUnits -= shippedUnits;
  const aiShareMerged = mergedLines > 0 ? mergedAiLines / mergedLines : 0;
  const prs = integrated * (aiShareMerged / V.aiPrLines + (1 - aiShareMerged) / V.humanPrLines);
  const prsPerDeploy =
    V.prsPerDeployLegacy + (V.prsPerDeployAutomated - V.prsPerDeployLegacy) * pipelineLevel;
  const deploys = prs / prsPerDeploy;
  return {
    mergedLines,
    aiShareMerged,
    testCatch,
    escapedDefects,
    defectsCaught,
    escapedVulns,
    integrated,
    integrationCapacity,
    featuresShipped: shippedUnits / V.featureUnitsPerFeature,
    deploys,
    changeFailureRate:
      deploys > 0 ? 1 - Math.exp((-V.deployFailPerDefect * escapedDefects) / deploys) : 0,
  };
}
