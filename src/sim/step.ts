/**
 * The weekly step: `(state, decisions) -> { state, metrics, events }`.
 *
 * One week is a fixed sequence of phases (each in `week/`, each tested alone): answer
 * pending cards and apply the levers, move people, let adoption and the pipeline follow
 * the levers, surface production defects, split everyone's hours, write code, review it,
 * integrate and deploy it, update ownership, let incidents and breaches happen, move
 * morale, let people quit, pay the bills, record the metrics, hold the quarterly board
 * review, and raise at most one new event card. The order is the model: it is also the
 * order of the PRNG's draws, so moving a phase changes every replay.
 * The input state is never mutated.
 */

import type { EventCard, SimState, StepResult, WeekDecisions, WeekMetrics } from './types.ts';
import { attritionPhase } from './week/attrition.ts';
import { boardPhase } from './week/board.ts';
import { capabilityPhase } from './week/capability.ts';
import { decisionsPhase, newCardPhase } from './week/cards.ts';
import type { WeekConditions } from './week/causes.ts';
import { hoursPhase } from './week/hours.ts';
import { incidentsPhase, surfacingPhase } from './week/incidents.ts';
import { integrationPhase } from './week/integration.ts';
import { metricsPhase } from './week/metrics.ts';
import { moneyPhase } from './week/money.ts';
import { moralePhase } from './week/morale.ts';
import { ownershipPhase } from './week/ownership.ts';
import { reviewPhase } from './week/review.ts';
import { securityPhase } from './week/security.ts';
import { staffingPhase } from './week/staffing.ts';
import { startWeek } from './week/work.ts';
import { writingPhase } from './week/writing.ts';

export function step(
  prev: SimState,
  decisions: WeekDecisions,
  cards: readonly EventCard[],
): StepResult {
  const work = startWeek(prev);
  const { levers } = decisionsPhase(work, { cards, decisions });
  const staffing = staffingPhase(work, { decisions });
  const capability = capabilityPhase(work, { levers });
  const { adoption, pipelineLevel, crunch } = capability;
  const surfacing = surfacingPhase(work);
  const hours = hoursPhase(work, { levers, defectsSurfaced: surfacing.defectsSurfaced });
  const writing = writingPhase(work, { levers, adoption, pipelineLevel, crunch, hours });
  const review = reviewPhase(work, {
    levers,
    pipelineLevel,
    shortfall: hours.shortfall,
    reviewHours: hours.reviewHours,
  });
  const integration = integrationPhase(work, { levers, pipelineLevel, review });
  const { mergedLines } = integration;
  const ownership = ownershipPhase(work, { review, mergedLines });
  const conditions: WeekConditions = {
    aiShareMerged: integration.aiShareMerged,
    load: review.load,
    depth: review.depth,
    mergedLines,
    skippedLines: review.skippedLines,
    crunch,
  };
  const incidents = incidentsPhase(work, {
    pipelineLevel,
    surfacing,
    ownership: ownership.ownership,
    integration,
    conditions,
  });
  const security = securityPhase(work, {
    levers,
    pipelineLevel,
    escapedVulns: integration.escapedVulnPools,
    conditions,
  });
  moralePhase(work, {
    levers,
    pipelineLevel,
    crunch,
    shortfall: hours.shortfall,
    seniorLoad: hours.seniorLoad,
    reviewLoad: review.load,
    incidents: incidents.incidents,
    breaches: security.breaches,
    featuresShipped: integration.featuresShipped,
  });
  const attrition = attritionPhase(work);
  const money = moneyPhase(work, { levers, adoption, team: hours.team });
  const weekMetrics = metricsPhase(work, {
    levers,
    staffing,
    capability,
    hours,
    writing,
    review,
    integration,
    ownership,
    incidents,
    security,
    attrition,
    money,
  });
  const board = boardPhase(work, { metrics: weekMetrics });
  // The week's row is new this week: the board's verdict completes it in place (a spread of
  // some sixty fields each week was a tenth of the step's time).
  const metrics: WeekMetrics = weekMetrics;
  metrics.boardConfidence = board.boardConfidence;
  const { st } = work;
  st.week = work.week;
  st.last = metrics;
  newCardPhase(work, { cards, metrics });
  st.rng = work.rng.s;
  return { state: st, metrics, events: work.events };
}
