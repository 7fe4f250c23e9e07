/** The starting state of a run, built from a scenario and a seed. */

import type { Pools } from './origin.ts';
import { emptyPools, ORIGINS, REVIEW_PATHS } from './origin.ts';
import type { EvidenceReading } from './params.ts';
import { V } from './params.ts';
import { seedState } from './rng.ts';
import { newCohort } from './staffing.ts';
import { step } from './step.ts';
import type { Batch, Scenario, SimState } from './types.ts';

function vulnsAtStart(total: number, adoption: number): Pools {
  const p = emptyPools();
  p.ai.reviewed = total * adoption;
  p.human.reviewed = total * (1 - adoption);
  return p;
}

/** The latent defects of a team in steady state: each pool at its weekly inflow over the manifest rate. */
function steadyLatent(before: Pools, after: Pools): Pools {
  const out = emptyPools();
  for (const o of ORIGINS) {
    for (const r of REVIEW_PATHS) {
      const escaped = after[o][r] - before[o][r] * (1 - V.defectManifestRate);
      out[o][r] = Math.max(0, escaped) / V.defectManifestRate;
    }
  }
  return out;
}

export const emptyBatch = (): Batch => ({ lines: 0, units: 0, defects: 0, vulns: 0 });

function baseState(scenario: Scenario, seed: number, evidence: EvidenceReading): SimState {
  const s = scenario.start;
  return {
    week: 0,
    rng: seedState(seed),
    evidence,
    levers: { ...scenario.levers },
    staff: {
      junior: newCohort(s.staff.junior, s.morale),
      mid: newCohort(s.staff.mid, s.morale),
      senior: newCohort(s.staff.senior, s.morale),
    },
    queue: { human: emptyBatch(), ai: emptyBatch() },
    integrationQueueLines: 0,
    integrationQueueFeatureUnits: 0,
    adoption: s.adoption,
    pipelineLevel: s.pipelineLevel,
    codebaseKloc: s.codebaseKloc,
    understoodKloc: s.codebaseKloc * s.ownership,
    latentDefects: emptyPools(),
    // Vulnerabilities already in production came from the code as it was written lately.
    openVulns: vulnsAtStart(s.openVulns, s.adoption),
    layoffFear: 0,
    incidentFatigue: 0,
    exhaustion: 0,
    incidentHoursOwed: 0,
    plannedHeadcount: s.staff.junior + s.staff.mid + s.staff.senior,
    boardConfidence: s.boardConfidence,
    weeklyBudget: s.weeklyBudget,
    budgetSpent: 0,
    operatingSpent: 0,
    budgetToDate: 0,
    overspendWeeks: 0,
    replacedWeek: 0,
    boardAdoptionTarget: scenario.boardAdoptionTarget,
    expectedFeatures: 0,
    modifiers: [],
    pendingCards: [],
    cardHistory: {},
    leaderboardWeeks: 0,
    reference: {
      linesPerWeek: 0,
      featuresPerWeek: 0,
      deploysPerWeek: 0,
      leadTimeDays: 0,
      changeFailureRate: 0,
    },
    totals: {
      incidents: 0,
      breaches: 0,
      quits: 0,
      seniorQuits: 0,
      laidOff: 0,
      hired: 0,
      customersAffected: 0,
      quarterIncidents: 0,
      quarterFeatures: 0,
      quarterLines: 0,
      quarterSpend: 0,
      quarterBreaches: 0,
    },
    last: null,
  };
}

/**
 * The organisation as the scenario finds it. Two quiet weeks are simulated on a
 * copy, with adoption held where it stands, so that production carries the latent
 * defects a team like this has and the board's yardstick (lines, features and
 * deploys per week) is what this team actually did before the run began.
 */
export function createInitialState(
  scenario: Scenario,
  seed: number,
  evidence: EvidenceReading = 'central',
): SimState {
  const start = baseState(scenario, seed, evidence);
  const quiet = { ...start, levers: { ...start.levers, aiMandate: start.adoption } };
  const warm = step(quiet, {}, []);
  const warmLatent = steadyLatent(quiet.latentDefects, warm.state.latentDefects);
  const settled = step({ ...quiet, latentDefects: warmLatent }, {}, []);
  const m = settled.metrics;
  return {
    ...start,
    latentDefects: steadyLatent(warmLatent, settled.state.latentDefects),
    expectedFeatures: m.featuresShipped,
    reference: {
      linesPerWeek: m.linesWritten,
      featuresPerWeek: m.featuresShipped,
      deploysPerWeek: m.deploys,
      leadTimeDays: m.leadTimeDays,
      changeFailureRate: m.changeFailureRate,
    },
  };
}
