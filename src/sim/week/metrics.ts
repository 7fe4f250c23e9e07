/** The week's totals and its row of metrics: what the charts, the board and the debrief read. */

import { originTotal, poolsTotal } from '../origin.ts';
import { V } from '../params.ts';
import { queueWaitDays } from '../review.ts';
import { totalOnboarding } from '../staffing.ts';
import type { Levers, WeekMetrics } from '../types.ts';
import type { AttritionOutput } from './attrition.ts';
import type { CapabilityOutput } from './capability.ts';
import type { HoursOutput } from './hours.ts';
import type { IncidentsOutput } from './incidents.ts';
import type { IntegrationOutput } from './integration.ts';
import type { MoneyOutput } from './money.ts';
import type { OwnershipOutput } from './ownership.ts';
import type { ReviewPhaseOutput } from './review.ts';
import type { SecurityOutput } from './security.ts';
import type { StaffingOutput } from './staffing.ts';
import type { WeekWork } from './work.ts';
import { weightedMorale } from './work.ts';
import type { WritingOutput } from './writing.ts';

export interface MetricsInput {
  readonly levers: Levers;
  readonly staffing: StaffingOutput;
  readonly capability: CapabilityOutput;
  readonly hours: HoursOutput;
  readonly writing: WritingOutput;
  readonly review: ReviewPhaseOutput;
  readonly integration: IntegrationOutput;
  readonly ownership: OwnershipOutput;
  readonly incidents: IncidentsOutput;
  readonly security: SecurityOutput;
  readonly attrition: AttritionOutput;
  readonly money: MoneyOutput;
}

/**
 * Days from starting a change to its deploy: coding, then the review and CI queues (Little's
 * law over every way out, abandonment included, plus queueing delay), the wait for the next
 * deploy, and the sign-off hand-off on AI changes.
 */
function leadTimeDays(
  work: WeekWork,
  levers: Levers,
  review: ReviewPhaseOutput,
  integration: IntegrationOutput,
): number {
  const { st } = work;
  const reviewBacklog = st.queue.human.lines + st.queue.ai.lines;
  const exits = review.reviewedLines + review.skippedLines + review.linesAbandoned;
  const reviewWait =
    (exits > 0 ? (V.workDaysPerWeek * reviewBacklog) / exits : 0) +
    queueWaitDays(V.reviewBaseDays, review.load);
  const { integrated, integrationAbandoned, integrationCapacity, mergedLines, deploys } =
    integration;
  // Little's law again, over both ways out of the integration queue.
  const ciWait =
    (integrated > 0
      ? (V.workDaysPerWeek * st.integrationQueueLines) / (integrated + integrationAbandoned)
      : 0) +
    queueWaitDays(V.ciBaseDays, integrationCapacity > 0 ? mergedLines / integrationCapacity : 1);
  const deployWait = Math.min(
    V.deployWaitMaxDays,
    V.deployWaitDays / Math.max(V.deployWaitMinDeploys, deploys),
  );
  return (
    V.codingDays +
    reviewWait +
    ciWait +
    deployWait +
    (levers.seniorSignoff ? V.signoffHandoffDays * integration.aiShareMerged : 0)
  );
}

export function metricsPhase(work: WeekWork, input: MetricsInput): WeekMetrics {
  const { st, week } = work;
  const { staffing, capability, hours, writing, review, integration } = input;
  const { incidents } = input.incidents;
  const { breaches } = input.security;
  const customersAffected = input.incidents.customersAffected + input.security.customersAffected;
  const { featuresShipped } = integration;
  const { counts } = input.money;
  st.totals.incidents += incidents;
  st.totals.breaches += breaches;
  st.totals.customersAffected += customersAffected;
  st.totals.quarterIncidents += incidents;
  st.totals.quarterBreaches += breaches;
  st.totals.quarterFeatures += featuresShipped;
  st.totals.quarterLines += writing.humanLines + writing.aiLines;
  st.totals.quarterSpend += input.money.spend;

  const leadTime = leadTimeDays(work, input.levers, review, integration);
  const linesWritten = writing.humanLines + writing.aiLines;
  const adoption = capability.adoption;
  return {
    week,
    engineers: counts.junior + counts.mid + counts.senior,
    juniors: counts.junior,
    mids: counts.mid,
    seniors: counts.senior,
    onboarding: totalOnboarding(st.staff),
    arrivals: staffing.arrivals,
    quits: input.attrition.quits,
    laidOff: staffing.laidOff,
    linesWritten,
    aiLines: writing.aiLines,
    reworkHours: writing.reworkHours,
    linesReviewed: review.reviewedLines,
    linesSkipped: review.skippedLines,
    linesAbandoned: review.linesAbandoned + integration.integrationAbandoned,
    reviewQueueLines: st.queue.human.lines + st.queue.ai.lines,
    reviewLoad: review.load,
    reviewDepth: review.depth,
    reviewCapacity: review.capacity,
    reviewHours: review.reviewHours,
    linesPerReviewerHour: review.reviewHours > 0 ? review.reviewedLines / review.reviewHours : 0,
    integrationQueueLines: st.integrationQueueLines,
    featuresShipped,
    deploys: integration.deploys,
    leadTimeDays: leadTime,
    changeFailureRate: integration.changeFailureRate,
    defectsInjected: writing.defectsInjected,
    defectsCaught: integration.defectsCaught,
    escapedDefects: integration.escapedDefects,
    incidents,
    breaches,
    timeToRestoreHours: input.incidents.typicalRestore,
    customersAffected,
    openVulns: poolsTotal(st.openVulns),
    escapedAiDefects: originTotal(integration.escapedDefectPools, 'ai'),
    morale: weightedMorale(st),
    seniorMorale: st.staff.senior.morale,
    ownership: input.ownership.ownership,
    adoption,
    measuredAdoption: capability.measuredAdoption,
    tokens: input.money.tokens,
    computeCost: input.money.computeCost,
    salaryCost: input.money.salaryCost,
    investmentCost: input.money.investmentCost,
    incidentCost: input.money.incidentCost,
    breachCost: input.money.breachCost,
    recruitingCost: input.money.recruitingCost,
    severanceCost: input.money.severanceCost,
    cardCost: input.money.cardCost,
    spend: input.money.spend,
    budgetSpent: st.budgetSpent,
    weeklyBudget: st.weeklyBudget,
    pipelineLevel: capability.pipelineLevel,
    boardConfidence: st.boardConfidence,
    // What teams report (F4): the feeling of speed from using AI (S5) times the merged output
    // they see, which skipped review inflates (F4's offshore gap under deadlines).
    perceivedVelocity:
      (1 + V.perceivedAiBoost * adoption) *
      (st.reference.linesPerWeek > 0
        ? Math.max(V.perceivedLinesFloor, integration.mergedLines / st.reference.linesPerWeek)
        : 1) **
        V.reportedOutputElasticity,
    staffShortfall: hours.shortfall,
    seniorLoad: hours.seniorLoad,
  };
}
