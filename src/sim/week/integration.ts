/**
 * Merge, test, integrate, deploy. What review let through meets the test suite; merged
 * changes queue for CI and integration, which has a weekly capacity in changes: beyond it,
 * they wait, and those that wait too long go stale.
 */
import type { Pools, ReviewPath } from '../origin.ts';
import { emptyPools } from '../origin.ts';
import { V } from '../params.ts';
import { aiChangeLines as aiChangeLinesAt } from '../review.ts';
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
    | 'humanDepth'
    | 'aiDepth'
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
  /** Lines in an AI-assisted change this week (small batches shrink it, S7). */
  readonly aiChangeLines: number;
  /** Share of defects reaching CI that tests catch. */
  readonly testCatch: number;
  readonly escapedDefects: number;
  /** Escaped defects by origin and review path: they surface later as incidents. */
  readonly escapedDefectPools: Pools;
  readonly defectsCaught: number;
  /** Vulnerabilities that got past review, security review and scanners, by origin and path. */
  readonly escapedVulnPools: Pools;
  /** Lines integrated this week (at most the capacity). */
  readonly integrated: number;
  /** Lines closed unmerged after waiting too long for integration (conflicts, failed rebases). */
  readonly integrationAbandoned: number;
  readonly integrationCapacity: number;
  readonly featuresShipped: number;
  readonly deploys: number;
  readonly changeFailureRate: number;
}

/**
 * What escapes keeps its origin and the way it passed review, for the incident or breach it
 * may become: reviewed at depth, skimmed, or merged unreviewed.
 */
function escapedPools(
  review: IntegrationInput['review'],
  /** Shares that get past each guard: human and AI review, tests; review and the rest for vulnerabilities. */
  missed: { human: number; ai: number; tests: number; vulnReview: number; vulnRest: number },
): { defects: Pools; vulns: Pools } {
  const { humanSplit, aiSplit } = review;
  const path = (depth: number): ReviewPath => (depth < V.dynSkimDepth ? 'skimmed' : 'reviewed');
  const defects = emptyPools();
  const vulns = emptyPools();
  const m = missed;
  defects.human[path(review.humanDepth)] += humanSplit.reviewed.defects * m.human * m.tests;
  defects.ai[path(review.aiDepth)] += aiSplit.reviewed.defects * m.ai * m.tests;
  defects.human.skipped += humanSplit.skipped.defects * m.tests;
  defects.ai.skipped += aiSplit.skipped.defects * m.tests;
  vulns.human[path(review.humanDepth)] += humanSplit.reviewed.vulns * m.vulnReview * m.vulnRest;
  vulns.ai[path(review.aiDepth)] += aiSplit.reviewed.vulns * m.vulnReview * m.vulnRest;
  vulns.human.skipped += humanSplit.skipped.vulns * m.vulnRest;
  vulns.ai.skipped += aiSplit.skipped.vulns * m.vulnRest;
  return { defects, vulns };
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
  const vulnPass =
    (levers.securityReview ? 1 - V.securityReviewCatch : 1) *
    (1 - V.pipelineVulnCatch * pipelineLevel);
  const escaped = escapedPools(review, {
    human: 1 - humanCatch,
    ai: 1 - aiCatch,
    tests: 1 - testCatch,
    vulnReview: 1 - vulnCatchReview,
    vulnRest: vulnPass,
  });

  st.integrationQueueLines += mergedLines;
  st.integrationQueueFeatureUnits += mergedUnits;
  const aiShareMerged = mergedLines > 0 ? mergedAiLines / mergedLines : 0;
  // CI and the merge queue work in changes (builds, rebases), not lines: larger AI changes
  // take more lines through each slot (S4: PR size +154%).
  const aiChangeLines = aiChangeLinesAt(pipelineLevel);
  const linesPerPr = aiShareMerged * aiChangeLines + (1 - aiShareMerged) * V.humanPrLines;
  const integrationCapacity =
    V.integrationCapacityPrs * linesPerPr * (1 + V.integrationPipelineGain * pipelineLevel);
  const integrated = Math.min(st.integrationQueueLines, integrationCapacity);
  const integratedShare = st.integrationQueueLines > 0 ? integrated / st.integrationQueueLines : 0;
  const shippedUnits = st.integrationQueueFeatureUnits * integratedShare;
  st.integrationQueueLines -= integrated;
  st.integrationQueueFeatureUnits -= shippedUnits;
  // Changes left waiting go stale (conflicts, failed rebases) and some are closed, as in review.
  const integrationAbandoned = st.integrationQueueLines * V.staleAbandonShare;
  st.integrationQueueLines -= integrationAbandoned;
  st.integrationQueueFeatureUnits *= 1 - V.staleAbandonShare;
  const prs = integrated / linesPerPr;
  const prsPerDeploy =
    V.prsPerDeployLegacy + (V.prsPerDeployAutomated - V.prsPerDeployLegacy) * pipelineLevel;
  const deploys = prs / prsPerDeploy;
  return {
    mergedLines,
    aiShareMerged,
    aiChangeLines,
    testCatch,
    escapedDefects,
    escapedDefectPools: escaped.defects,
    defectsCaught,
    escapedVulnPools: escaped.vulns,
    integrated,
    integrationAbandoned,
    integrationCapacity,
    featuresShipped: shippedUnits / V.featureUnitsPerFeature,
    deploys,
    changeFailureRate:
      deploys > 0 ? 1 - Math.exp((-V.deployFailPerDefect * escapedDefects) / deploys) : 0,
  };
}
