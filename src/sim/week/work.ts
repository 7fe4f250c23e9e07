/**
 * What every phase of the week shares: the working copy of the state, the week's number,
 * the PRNG, the events raised so far and the money and departures the week has run up.
 * Phases change `st` in place (it is a copy the step made); everything else a later phase
 * needs from an earlier one passes through the phases' typed outputs.
 */

import { EMPTY_LINES } from '../limits.ts';
import { copyPools } from '../origin.ts';
import type { ParamValues } from '../params.ts';
import { paramValues, V } from '../params.ts';
import type { Rng } from '../rng.ts';
import { headcount, knowledgeWeighted } from '../staffing.ts';
import type { Batch, Cohort, PerLevel, RunTotals, SimEvent, SimState } from '../types.ts';
import { LEVELS } from '../types.ts';

export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
export const clamp01 = (x: number): number => clamp(x, 0, 1);
export const finiteOr = (x: unknown, fallback: number): number =>
  typeof x === 'number' && Number.isFinite(x) ? x : fallback;

/** Money spent, and people who left through event cards, over one week. */
export interface WeekLedger {
  severance: number;
  recruiting: number;
  incidents: number;
  breaches: number;
  cards: number;
  cardQuits: PerLevel<number>;
  cardLaidOff: number;
}

export interface WeekWork {
  /** The working copy of the state; phases change it in place. */
  readonly st: SimState;
  /** The week being played (the state's week plus one). */
  readonly week: number;
  readonly rng: Rng;
  readonly events: SimEvent[];
  readonly ledger: WeekLedger;
  /**
   * The parameter values at the run's reading of the evidence. Phases read the ranged
   * parameters (params.ts `evidence`) from here; `V` holds the rest, which no reading moves.
   */
  readonly v: ParamValues;
}

export function newLedger(): WeekLedger {
  return {
    severance: 0,
    recruiting: 0,
    incidents: 0,
    breaches: 0,
    cards: 0,
    cardQuits: { junior: 0, mid: 0, senior: 0 },
    cardLaidOff: 0,
  };
}

/** A fresh week over a copy of `prev`: the input state is never mutated. */
export function startWeek(prev: SimState): WeekWork {
  return {
    st: draft(prev),
    week: prev.week + 1,
    rng: { s: prev.rng },
    events: [],
    ledger: newLedger(),
    v: paramValues(prev.evidence),
  };
}

function copyCohort(c: Cohort): Cohort {
  return {
    active: c.active,
    onboarding: c.onboarding.slice(),
    pipeline: c.pipeline.slice(),
    morale: c.morale,
  };
}

function copyBatch(b: Batch): Batch {
  return { lines: b.lines, units: b.units, defects: b.defects, vulns: b.vulns };
}

function copyTotals(t: RunTotals): RunTotals {
  return {
    incidents: t.incidents,
    breaches: t.breaches,
    quits: t.quits,
    seniorQuits: t.seniorQuits,
    laidOff: t.laidOff,
    hired: t.hired,
    customersAffected: t.customersAffected,
    quarterIncidents: t.quarterIncidents,
    quarterFeatures: t.quarterFeatures,
    quarterLines: t.quarterLines,
    quarterSpend: t.quarterSpend,
    quarterBreaches: t.quarterBreaches,
  };
}

/**
 * Deep enough copy of the state that the step can work on it without touching its input.
 * Every field is listed in one order so all states share one shape, which keeps the
 * engine's property access fast (an object spread does not guarantee that). Levers,
 * reference, modifiers, pending cards and card history are shared, not copied: the step
 * only ever replaces them whole (copy on write), never edits them in place.
 */
export function draft(s: SimState): SimState {
  return {
    week: s.week,
    rng: s.rng,
    evidence: s.evidence,
    levers: s.levers,
    staff: {
      junior: copyCohort(s.staff.junior),
      mid: copyCohort(s.staff.mid),
      senior: copyCohort(s.staff.senior),
    },
    queue: { human: copyBatch(s.queue.human), ai: copyBatch(s.queue.ai) },
    integrationQueueLines: s.integrationQueueLines,
    integrationQueueFeatureUnits: s.integrationQueueFeatureUnits,
    adoption: s.adoption,
    pipelineLevel: s.pipelineLevel,
    codebaseKloc: s.codebaseKloc,
    understoodKloc: s.understoodKloc,
    latentDefects: copyPools(s.latentDefects),
    openVulns: copyPools(s.openVulns),
    layoffFear: s.layoffFear,
    plannedHeadcount: s.plannedHeadcount,
    incidentHoursOwed: s.incidentHoursOwed,
    incidentFatigue: s.incidentFatigue,
    exhaustion: s.exhaustion,
    boardConfidence: s.boardConfidence,
    weeklyBudget: s.weeklyBudget,
    budgetSpent: s.budgetSpent,
    operatingSpent: s.operatingSpent,
    budgetToDate: s.budgetToDate,
    overspendWeeks: s.overspendWeeks,
    replacedWeek: s.replacedWeek,
    boardAdoptionTarget: s.boardAdoptionTarget,
    expectedFeatures: s.expectedFeatures,
    modifiers: s.modifiers,
    pendingCards: s.pendingCards,
    cardHistory: s.cardHistory,
    leaderboardWeeks: s.leaderboardWeeks,
    reference: s.reference,
    totals: copyTotals(s.totals),
    last: s.last,
  };
}

export function countsOf(st: SimState): PerLevel<number> {
  return {
    junior: headcount(st.staff.junior),
    mid: headcount(st.staff.mid),
    senior: headcount(st.staff.senior),
  };
}

/** Removes the part of the team's understanding of the code that leaves with leavers (D4, D8). */
export function loseKnowledge(
  st: SimState,
  leavers: PerLevel<number>,
  before: PerLevel<number>,
  lossPerLeaver: number = V.knowledgeLoss,
): void {
  const weightedBefore = knowledgeWeighted(before);
  if (weightedBefore <= 0) return;
  const share = knowledgeWeighted(leavers) / weightedBefore;
  st.understoodKloc *= 1 - lossPerLeaver * clamp01(share);
}

/** A share of a batch: its lines carry their features, defects and vulnerabilities in proportion. */
export function scaleBatch(b: Batch, f: number): Batch {
  return { lines: b.lines * f, units: b.units * f, defects: b.defects * f, vulns: b.vulns * f };
}

export function snapEmpty(b: Batch): Batch {
  return b.lines < EMPTY_LINES ? { lines: 0, units: 0, defects: 0, vulns: 0 } : b;
}

export function addTo(q: Batch, b: Batch): void {
  q.lines += b.lines;
  q.units += b.units;
  q.defects += b.defects;
  q.vulns += b.vulns;
}

/** Headcount-weighted morale across levels. */
export function weightedMorale(st: SimState): number {
  let n = 0;
  let m = 0;
  for (const l of LEVELS) {
    const h = headcount(st.staff[l]);
    n += h;
    m += h * st.staff[l].morale;
  }
  return n > 0 ? m / n : 0;
}
