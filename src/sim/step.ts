/**
 * The weekly step: `(state, decisions) -> { state, metrics, events }`.
 *
 * One week, in order: answer pending cards, apply the levers, move people
 * (layoffs, hires, arrivals), split everyone's hours, write code, review it,
 * integrate and deploy it, let defects and vulnerabilities surface as incidents
 * and breaches, update ownership and morale, let people quit, pay the bills,
 * hold the quarterly board review, and raise at most one new event card.
 * The input state is never mutated.
 */

import { quarterVerdict } from './board.ts';
import { addModifier, modProduct, modSum, pickCard, tickModifiers } from './cards.ts';
import type { ReviewPath } from './origin.ts';
import {
  addPools,
  copyPools,
  drawPool,
  emptyPools,
  originTotal,
  poolsTotal,
  scaledPools,
  scalePools,
} from './origin.ts';
import { boardOnSpending } from './overspend.ts';
import { paramValues, V } from './params.ts';
import type { ReviewOutcome } from './review.ts';
import {
  aiChangeLines,
  aiOversize,
  catchRate,
  DEPTH_FLOOR,
  MAX_LOAD,
  queueWaitDays,
  review,
  reviewRate,
  SKIP_SHARE,
} from './review.ts';
import type { Rng } from './rng.ts';
import { binomial, lognormal, poisson } from './rng.ts';
import {
  advanceWeek,
  effectiveHeads,
  headcount,
  knowledgeWeighted,
  quitProbability,
  removePeople,
  requisition,
  SALARY,
  totalHeadcount,
  totalOnboarding,
} from './staffing.ts';
import type {
  Batch,
  CardEffect,
  CauseLink,
  Cohort,
  EventCard,
  Levers,
  PerLevel,
  RunTotals,
  SimEvent,
  SimState,
  StepResult,
  WeekDecisions,
  WeekMetrics,
} from './types.ts';
import { LEVELS, PRESSURES } from './types.ts';

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const clamp01 = (x: number): number => clamp(x, 0, 1);
const finiteOr = (x: unknown, fallback: number): number =>
  typeof x === 'number' && Number.isFinite(x) ? x : fallback;

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
function draft(s: SimState): SimState {
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

/** Hand-written lines and feature content per focused hour, by level. */
const LINES_PER_HOUR: PerLevel<number> = {
  junior: V.linesPerHourJunior,
  mid: V.linesPerHourMid,
  senior: V.linesPerHourSenior,
};
const UNITS_PER_HOUR: PerLevel<number> = {
  junior: V.featureUnitsPerHourJunior,
  mid: V.featureUnitsPerHourMid,
  senior: V.featureUnitsPerHourSenior,
};

function moraleProductivity(morale: number): number {
  return V.moraleProductivityBase + V.moraleProductivitySlope * morale;
}

function addTo(q: Batch, b: Batch): void {
  q.lines += b.lines;
  q.units += b.units;
  q.defects += b.defects;
  q.vulns += b.vulns;
}

/** Hires and layoffs are whole people, never negative, at most this many per level in one week. */
export const MAX_STAFFING_CHANGE = 200;
const people = (x: unknown): number => clamp(Math.floor(finiteOr(x, 0)), 0, MAX_STAFFING_CHANGE);

/** Money spent, and people who left through event cards, over one week. */
interface WeekCosts {
  severance: number;
  recruiting: number;
  incidents: number;
  breaches: number;
  cards: number;
  cardQuits: PerLevel<number>;
  cardLaidOff: number;
}

/** Removes people and the part of the team's understanding of the code that leaves with them (D4, D8). */
function loseKnowledge(
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

function countsOf(st: SimState): PerLevel<number> {
  return {
    junior: headcount(st.staff.junior),
    mid: headcount(st.staff.mid),
    senior: headcount(st.staff.senior),
  };
}

/** Lays off a share of each level (used by cards); returns how many left. */
function layoffShare(st: SimState, share: number, costs: WeekCosts): number {
  const before = countsOf(st);
  const leavers: PerLevel<number> = { junior: 0, mid: 0, senior: 0 };
  // Whole people: floor each level, then hand the remainder of the total to the largest fractions.
  const exact = LEVELS.map((l) => before[l] * clamp01(share));
  const total = Math.round(exact.reduce((a, b) => a + b, 0));
  let given = 0;
  LEVELS.forEach((l, i) => {
    leavers[l] = Math.floor(exact[i] ?? 0);
    given += leavers[l];
  });
  const byFraction = LEVELS.map((l, i) => ({ l, f: (exact[i] ?? 0) - leavers[l] })).sort(
    (a, b) => b.f - a.f,
  );
  for (const { l } of byFraction) {
    if (given >= total) break;
    leavers[l] += 1;
    given += 1;
  }
  return layOff(st, leavers, before, costs);
}

function layOff(
  st: SimState,
  wanted: PerLevel<number>,
  before: PerLevel<number>,
  costs: WeekCosts,
): number {
  const total = before.junior + before.mid + before.senior;
  const removed: PerLevel<number> = { junior: 0, mid: 0, senior: 0 };
  for (const l of LEVELS) {
    const r = removePeople(st.staff[l], wanted[l]);
    st.staff[l] = r.cohort;
    removed[l] = r.removed;
    costs.severance += r.removed * SALARY[l] * V.severanceWeeks;
  }
  const n = removed.junior + removed.mid + removed.senior;
  if (n === 0 || total === 0) return 0;
  loseKnowledge(st, removed, before, V.layoffKnowledgeLoss);
  const share = n / total;
  st.layoffFear = clamp01(st.layoffFear + share * V.layoffFearPerShare);
  for (const l of LEVELS) {
    st.staff[l].morale = clamp01(st.staff[l].morale - share * V.layoffShock);
  }
  st.totals.laidOff += n;
  return n;
}

function applyCardEffect(st: SimState, e: CardEffect, costs: WeekCosts): number {
  switch (e.kind) {
    case 'setLever':
      st.levers = mergeLevers(st.levers, e.levers);
      return 0;
    case 'morale':
      for (const l of e.level ? [e.level] : LEVELS) {
        st.staff[l].morale = clamp01(st.staff[l].morale + e.delta);
      }
      return 0;
    case 'spend':
      costs.cards += Math.max(0, e.dollars);
      return 0;
    case 'budget':
      st.weeklyBudget *= Math.max(0, e.factor);
      return 0;
    case 'board':
      st.boardConfidence = clamp01(st.boardConfidence + e.delta);
      return 0;
    case 'ownership':
      st.understoodKloc = clamp(st.understoodKloc + e.delta * st.codebaseKloc, 0, st.codebaseKloc);
      return 0;
    case 'quit': {
      const before = countsOf(st);
      const r = removePeople(st.staff[e.level], e.count);
      st.staff[e.level] = r.cohort;
      const leavers: PerLevel<number> = { junior: 0, mid: 0, senior: 0 };
      leavers[e.level] = r.removed;
      loseKnowledge(st, leavers, before);
      st.totals.quits += r.removed;
      if (e.level === 'senior') st.totals.seniorQuits += r.removed;
      costs.cardQuits[e.level] += r.removed;
      return r.removed;
    }
    case 'layoff': {
      const n = layoffShare(st, e.share, costs);
      costs.cardLaidOff += n;
      return n;
    }
    case 'hire':
      for (const l of LEVELS) {
        const n = people(e.hire[l]);
        st.staff[l] = requisition(st.staff[l], l, n);
        costs.recruiting += n * V.recruitingCost;
      }
      return 0;
    case 'raiseLever':
      st.levers = mergeLevers(st.levers, {
        [e.lever]: Math.max(st.levers[e.lever], e.atLeast),
      });
      return 0;
    case 'sharePrice':
      st.boardConfidence = clamp01(st.boardConfidence - V.sharePriceConfidenceHit);
      return 0;
    case 'pipeline':
      st.pipelineLevel = clamp01(st.pipelineLevel + e.delta);
      return 0;
    case 'vulns':
      scalePools(st.openVulns, Math.max(0, e.factor));
      return 0;
    case 'queue': {
      const f = Math.max(0, e.factor);
      st.queue = { human: scaleBatch(st.queue.human, f), ai: scaleBatch(st.queue.ai, f) };
      return 0;
    }
    case 'modifier':
      st.modifiers = addModifier(st.modifiers, e.id, e.weeks, e.effects);
      return 0;
  }
}

/** Answers every pending card (the first choice when no answer was given) and applies the effects. */
function resolveCards(
  st: SimState,
  week: number,
  cards: readonly EventCard[],
  choices: Record<string, string> | undefined,
  costs: WeekCosts,
  events: SimEvent[],
): void {
  for (const pending of st.pendingCards) {
    const card = cards.find((c) => c.id === pending.cardId);
    if (!card) continue;
    const wanted = choices?.[card.id];
    const choice = card.choices.find((c) => c.id === wanted) ?? card.choices[0];
    if (!choice) continue;
    for (const effect of choice.effects) applyCardEffect(st, effect, costs);
    events.push({ kind: 'cardResolved', week, cardId: card.id, choiceId: choice.id });
  }
  st.pendingCards = [];
}

/** A share of a batch: its lines carry their features, defects and vulnerabilities in proportion. */
function scaleBatch(b: Batch, f: number): Batch {
  return { lines: b.lines * f, units: b.units * f, defects: b.defects * f, vulns: b.vulns * f };
}

/** Below this many lines a queue is empty: float dust is not work waiting. */
const EMPTY_LINES = 1e-6;

function snapEmpty(b: Batch): Batch {
  return b.lines < EMPTY_LINES ? { lines: 0, units: 0, defects: 0, vulns: 0 } : b;
}

/** Splits a batch into the part reviewed, the part skipped and the part left waiting. */
function splitBatch(b: Batch, reviewedShare: number, skippedShare: number) {
  return {
    reviewed: scaleBatch(b, reviewedShare),
    skipped: scaleBatch(b, skippedShare),
    left: scaleBatch(b, Math.max(0, 1 - reviewedShare - skippedShare)),
  };
}

function shares(o: ReviewOutcome, pending: number): [number, number] {
  return pending > 0 ? [o.reviewed / pending, o.skipped / pending] : [0, 0];
}

interface WeekReview {
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

/** One pool of reviewers, seniors and mids together, reads the mixed queue. */
function reviewTogether(
  qh: Batch,
  qa: Batch,
  hours: { senior: number; mid: number },
  P: number,
  floor: number,
  skip: number,
  catchMod: number,
): WeekReview {
  const pending = qh.lines + qa.lines;
  const aiShare = pending > 0 ? qa.lines / pending : 0;
  const o = review({
    pending,
    hours: hours.senior + hours.mid,
    rate: reviewRate(aiShare, P),
    depthFloor: floor,
    skipShare: skip,
  });
  const [r, k] = shares(o, pending);
  const all = hours.senior + hours.mid;
  const base =
    all > 0 ? (hours.senior * V.reviewCatchSenior + hours.mid * V.reviewCatchMid) / all : 0;
  return {
    humanSplit: splitBatch(qh, r, k),
    aiSplit: splitBatch(qa, r, k),
    humanCatch: catchRate(base * catchMod, o.depth, 0),
    aiCatch: catchRate(base * catchMod, o.depth, aiOversize(P)),
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
function reviewWithSignoff(
  qh: Batch,
  qa: Batch,
  hours: { senior: number; mid: number },
  P: number,
  floor: number,
  skip: number,
  catchMod: number,
): WeekReview {
  const oa = review({
    pending: qa.lines,
    hours: hours.senior,
    rate: reviewRate(1, P),
    depthFloor: Math.max(floor, V.signoffDepthFloor),
    skipShare: 0,
  });
  const spareSenior = oa.load < 1 ? hours.senior * (1 - oa.load) : 0;
  const oh = review({
    pending: qh.lines,
    hours: hours.mid + spareSenior,
    rate: reviewRate(0, P),
    depthFloor: floor,
    skipShare: skip,
  });
  const [ra, ka] = shares(oa, qa.lines);
  const [rh, kh] = shares(oh, qh.lines);
  const humanPool = hours.mid + spareSenior;
  const humanBase =
    humanPool > 0
      ? (hours.mid * V.reviewCatchMid + spareSenior * V.reviewCatchSenior) / humanPool
      : V.reviewCatchMid;
  const reviewed = oa.reviewed + oh.reviewed;
  const capacity = oa.capacity + oh.capacity;
  const pending = qh.lines + qa.lines;
  return {
    humanSplit: splitBatch(qh, rh, kh),
    aiSplit: splitBatch(qa, ra, ka),
    humanCatch: catchRate(humanBase * catchMod, oh.depth, 0),
    aiCatch: catchRate(V.reviewCatchSenior * catchMod, oa.depth, aiOversize(P)),
    depth: reviewed > 0 ? (oa.depth * oa.reviewed + oh.depth * oh.reviewed) / reviewed : 1,
    aiDepth: oa.depth,
    humanDepth: oh.depth,
    load: pending <= 0 ? 0 : capacity > 0 ? Math.min(MAX_LOAD, pending / capacity) : MAX_LOAD,
    capacity,
    reviewedLines: reviewed,
    skippedLines: oa.skipped + oh.skipped,
  };
}

function causeChain(links: Array<[boolean, CauseLink]>): CauseLink[] {
  const chain = links.filter(([applies]) => applies).map(([, link]) => link);
  return chain.length > 0 ? chain : [{ link: 'ordinary', value: 0, sources: ['reasoning'] }];
}

export function step(
  prev: SimState,
  decisions: WeekDecisions,
  cards: readonly EventCard[],
): StepResult {
  const st = draft(prev);
  const week = prev.week + 1;
  // The run's reading of the evidence decides the ranged parameters (see params.ts).
  const V = paramValues(prev.evidence);
  const rng: Rng = { s: prev.rng };
  const events: SimEvent[] = [];
  const costs: WeekCosts = {
    severance: 0,
    recruiting: 0,
    incidents: 0,
    breaches: 0,
    cards: 0,
    cardQuits: { junior: 0, mid: 0, senior: 0 },
    cardLaidOff: 0,
  };

  // ---- Decisions: cards first, then the player's levers (the player saw the card's outcome) ----
  resolveCards(st, week, cards, decisions.choices, costs, events);
  st.levers = mergeLevers(st.levers, decisions.levers);
  const lv = st.levers;

  // ---- People ----
  const layoffWanted: PerLevel<number> = {
    junior: people(decisions.layoff?.junior),
    mid: people(decisions.layoff?.mid),
    senior: people(decisions.layoff?.senior),
  };
  // People who left through a card's choice count like anyone else who leaves this week.
  let laidOff = costs.cardLaidOff;
  if (layoffWanted.junior + layoffWanted.mid + layoffWanted.senior > 0) {
    laidOff += layOff(st, layoffWanted, countsOf(st), costs);
  }
  if (laidOff > 0) events.push({ kind: 'layoff', week, count: laidOff });
  for (const l of LEVELS) {
    const n = people(decisions.hire?.[l]);
    if (n > 0) {
      st.staff[l] = requisition(st.staff[l], l, n);
      costs.recruiting += n * V.recruitingCost;
    }
  }
  let arrivals = 0;
  for (const l of LEVELS) {
    const { cohort, arrivals: a } = advanceWeek(st.staff[l]);
    st.staff[l] = cohort;
    if (a > 0) {
      arrivals += a;
      st.totals.hired += a;
      events.push({ kind: 'arrival', week, level: l, count: a });
    }
  }

  // ---- Adoption and pipeline capability move toward what the levers ask, with lags ----
  st.adoption = clamp01(st.adoption + (lv.aiMandate - st.adoption) * V.adoptionSpeed);
  st.leaderboardWeeks = lv.leaderboard ? st.leaderboardWeeks + 1 : 0;
  st.pipelineLevel = clamp01(
    st.pipelineLevel +
      V.pipelineBuildRate * Math.max(0, lv.pipelineInvestment - st.pipelineLevel) -
      V.pipelineDecay * Math.max(0, st.pipelineLevel - lv.pipelineInvestment),
  );
  const P = st.pipelineLevel;
  const a = st.adoption;
  const crunch = lv.deadlinePressure === 'crunch';
  const mods = st.modifiers;

  // ---- Defects already in production surface; fixing them is unplanned work ----
  const manifestedPools = scaledPools(st.latentDefects, V.defectManifestRate);
  scalePools(st.latentDefects, 1 - V.defectManifestRate);
  const manifested = poolsTotal(manifestedPools);

  // ---- Hours ----
  const team = totalHeadcount(st.staff);
  // Schedule pressure buys hours first; sustained, it wears people out until the extra
  // hours are gone, while tired people keep making more errors (S6, Abdel-Hamid & Madnick).
  st.exhaustion =
    lv.deadlinePressure === 'crunch'
      ? clamp01(st.exhaustion + V.exhaustionPerCrunchWeek)
      : st.exhaustion * V.exhaustionRecovery;
  const pressureHours =
    lv.deadlinePressure === 'crunch'
      ? 1 + (V.hoursCrunch - 1) * (1 - st.exhaustion)
      : lv.deadlinePressure === 'relaxed'
        ? V.hoursRelaxed
        : 1;
  const shortfall = st.plannedHeadcount > 0 ? clamp01(1 - team / st.plannedHeadcount) : 0;
  const overtime = 1 + Math.min(0.3, V.shortfallOvertime * shortfall);
  const comm = Math.max(
    0.7,
    1 -
      V.commOverheadPerDoubling * Math.max(0, Math.log2(Math.max(1, team) / V.commOverheadRefTeam)),
  );
  // Focused hours per effective head, before each level's morale.
  const baseHours = V.hoursPerWeek * V.focusShare * pressureHours * comm;
  const E: PerLevel<number> = {
    junior: effectiveHeads(st.staff.junior),
    mid: effectiveHeads(st.staff.mid),
    senior: effectiveHeads(st.staff.senior),
  };
  const perHead: PerLevel<number> = {
    junior: baseHours * moraleProductivity(st.staff.junior.morale),
    mid: baseHours * moraleProductivity(st.staff.mid.morale),
    senior: baseHours * moraleProductivity(st.staff.senior.morale),
  };
  const H: PerLevel<number> = {
    junior: E.junior * perHead.junior,
    mid: E.mid * perHead.mid,
    senior: E.senior * perHead.senior,
  };
  const mentorFte = totalOnboarding(st.staff) * V.mentorShare;
  const mentorS = Math.min(0.5 * H.senior, mentorFte * V.mentoringBySeniors * perHead.senior);
  const mentorM = Math.min(0.5 * H.mid, mentorFte * (1 - V.mentoringBySeniors) * perHead.mid);
  // New hires without a mentor's time ramp up only as far as the mentoring they get (S6).
  const mentorCoverage =
    mentorFte > 0
      ? clamp01(
          ((perHead.senior > 0 ? mentorS / perHead.senior : 0) +
            (perHead.mid > 0 ? mentorM / perHead.mid : 0)) /
            mentorFte,
        )
      : 1;
  for (const l of LEVELS) {
    const active = st.staff[l].active;
    H[l] = (active + (E[l] - active) * mentorCoverage) * perHead[l];
  }
  const securityHours = lv.securityReview
    ? Math.min(V.securityReviewSeniorShare * H.senior, H.senior - mentorS)
    : 0;
  // Last week's incidents pull seniors into war rooms and post-mortems (D6).
  const responseHours = Math.min(
    0.5 * H.senior,
    st.incidentHoursOwed,
    H.senior - mentorS - securityHours,
  );
  const reviewS = Math.max(
    0,
    Math.min(lv.seniorReviewShare * H.senior, H.senior - mentorS - securityHours - responseHours),
  );
  const reviewM = V.midReviewShare * H.mid;
  const writingRaw: PerLevel<number> = {
    junior: H.junior,
    mid: Math.max(0, H.mid - mentorM - reviewM),
    senior: Math.max(0, H.senior - mentorS - securityHours - responseHours - reviewS),
  };
  const writingTotal = writingRaw.junior + writingRaw.mid + writingRaw.senior;
  // Fixing surfaced defects is unplanned work: it writes lines (which need review like any
  // others) but delivers no new features (D5).
  const bugfixHours = Math.min(0.5 * writingTotal, manifested * V.bugfixHours);
  const featureShare = writingTotal > 0 ? 1 - bugfixHours / writingTotal : 1;
  // Overtime against a roadmap planned for more people goes into writing, not reviewing.
  const writingFactor = modProduct(mods, 'writingHours') * overtime;
  const seniorLoad =
    H.senior > 0 ? clamp01((mentorS + securityHours + responseHours + reviewS) / H.senior) : 0;

  // ---- Writing: AI multiplies lines far more than features, and some of its output is rework (D1, D5) ----
  const reworkShare = V.aiReworkShare * (crunch ? V.crunchReworkFactor : 1);
  const lineBoost = crunch ? V.crunchLineBoost : 1;
  const aiHoursShare = a * (lv.leaderboard ? 1 - V.leaderboardWastedShare : 1);
  let humanLines = 0;
  let aiLines = 0;
  let humanUnits = 0;
  let aiUnits = 0;
  let reworkHours = 0;
  // AI content: the measured per-hour gain (S5, S9, S10), not the reported one (F4).
  // DORA 2025 (S7): AI amplifies the delivery system; the measured gain sits at the low
  // end on a legacy platform and at the high end on a quality internal platform.
  const aiTaskSpeed = V.aiTaskSpeed + (V.aiTaskSpeedPlatform - V.aiTaskSpeed) * P;
  // Output left uncorrected under crunch adds lines and defects, not features (F4's gap).
  const aiContentPerHour = aiTaskSpeed;
  // The hand-written lines the same content would have taken: defects follow content (S12, S8).
  let aiEquivLines = 0;
  for (const l of LEVELS) {
    const w = writingRaw[l] * writingFactor;
    const wh = w * (1 - a);
    const wa = w * aiHoursShare;
    humanLines += wh * LINES_PER_HOUR[l];
    humanUnits += wh * featureShare * UNITS_PER_HOUR[l];
    aiLines += wa * LINES_PER_HOUR[l] * V.aiLineMultiplier * lineBoost;
    aiUnits += wa * featureShare * UNITS_PER_HOUR[l] * aiContentPerHour;
    aiEquivLines += wa * LINES_PER_HOUR[l] * aiContentPerHour;
    reworkHours += wa * reworkShare;
  }
  // Overtime against the roadmap tires people, and tired people make errors (S6).
  const humanDefectDensity =
    V.defectsPerKloc *
    (1 + V.overtimeDefects * (overtime - 1 + st.exhaustion * (V.hoursCrunch - 1)));
  const aiDefectDensity =
    humanDefectDensity * V.aiDefectRisk * (crunch ? V.crunchAiDefectBoost : 1);
  const newHuman: Batch = {
    lines: humanLines,
    units: humanUnits,
    defects: (humanLines / 1000) * humanDefectDensity,
    vulns: (humanLines / 1000) * V.vulnsPerKloc,
  };
  const newAi: Batch = {
    lines: aiLines,
    units: aiUnits,
    defects: (aiEquivLines / 1000) * aiDefectDensity,
    vulns: (aiEquivLines / 1000) * V.vulnsPerKloc * V.aiVulnRisk,
  };
  const defectsInjected = newHuman.defects + newAi.defects;
  addTo(st.queue.human, newHuman);
  addTo(st.queue.ai, newAi);

  // Tokens: real use plus, under a leaderboard, use that exists only to climb it (D9).
  const tokens =
    a *
    team *
    V.tokensPerAiUserWeek *
    (lv.leaderboard ? V.leaderboardTokenMultiplier : 1) *
    modProduct(mods, 'tokens');
  const computeCost = (tokens / 1e6) * V.dollarsPerMillionTokens;
  const measuredAdoption = clamp01(a + (lv.leaderboard ? V.leaderboardAdoptionInflation : 0));

  // ---- Review (D2), with senior sign-off on AI code as its own gate (D7) ----
  const capMod = modProduct(mods, 'reviewCapacity');
  const catchMod = modProduct(mods, 'reviewCatch');
  // Short-staffed against the roadmap, people rush: review is the first thing to give (D8).
  const floor = clamp01(DEPTH_FLOOR[lv.deadlinePressure] - V.shortfallDepthDrop * shortfall);
  const skip = clamp01(SKIP_SHARE[lv.deadlinePressure] + modSum(mods, 'skipShare'));
  const qh = st.queue.human;
  const qa = st.queue.ai;
  const hours = { senior: reviewS * capMod, mid: reviewM * capMod };
  const {
    humanSplit,
    aiSplit,
    humanCatch,
    aiCatch,
    depth,
    aiDepth,
    humanDepth,
    load,
    capacity,
    reviewedLines,
    skippedLines,
  } = lv.seniorSignoff
    ? reviewWithSignoff(qh, qa, hours, P, floor, skip, catchMod)
    : reviewTogether(qh, qa, hours, P, floor, skip, catchMod);
  // Stale pull requests get closed: work written but never shipped.
  const keep = 1 - V.staleAbandonShare;
  const reviewAbandoned = (humanSplit.left.lines + aiSplit.left.lines) * V.staleAbandonShare;
  st.queue = {
    human: snapEmpty(scaleBatch(humanSplit.left, keep)),
    ai: snapEmpty(scaleBatch(aiSplit.left, keep)),
  };
  const reviewHours = reviewS + reviewM;
  const defectsCaughtInReview =
    humanSplit.reviewed.defects * humanCatch + aiSplit.reviewed.defects * aiCatch;
  const vulnCatchReview = V.reviewVulnCatch * depth;

  // ---- Merge, test, integrate, deploy ----
  const mergedLines = reviewedLines + skippedLines;
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
  const testCatch = Math.min(0.9, V.testCatchBase + V.testCatchPipeline * P);
  const escapedDefects = defectsAfterReview * (1 - testCatch);
  const defectsCaught = defectsCaughtInReview + defectsAfterReview * testCatch;
  const vulnPass =
    (lv.securityReview ? 1 - V.securityReviewCatch : 1) * (1 - V.pipelineVulnCatch * P);
  // What escapes keeps its origin and the way it passed review, for the incident it may become.
  const reviewedPath = (d: number): ReviewPath => (d < V.dynSkimDepth ? 'skimmed' : 'reviewed');
  const escapedPools = emptyPools();
  const escapedVulnPools = emptyPools();
  escapedPools.human[reviewedPath(humanDepth)] +=
    humanSplit.reviewed.defects * (1 - humanCatch) * (1 - testCatch);
  escapedPools.ai[reviewedPath(aiDepth)] +=
    aiSplit.reviewed.defects * (1 - aiCatch) * (1 - testCatch);
  escapedPools.human.skipped += humanSplit.skipped.defects * (1 - testCatch);
  escapedPools.ai.skipped += aiSplit.skipped.defects * (1 - testCatch);
  escapedVulnPools.human[reviewedPath(humanDepth)] +=
    humanSplit.reviewed.vulns * (1 - vulnCatchReview) * vulnPass;
  escapedVulnPools.ai[reviewedPath(aiDepth)] +=
    aiSplit.reviewed.vulns * (1 - vulnCatchReview) * vulnPass;
  escapedVulnPools.human.skipped += humanSplit.skipped.vulns * vulnPass;
  escapedVulnPools.ai.skipped += aiSplit.skipped.vulns * vulnPass;

  st.integrationQueueLines += mergedLines;
  st.integrationQueueFeatureUnits += mergedUnits;
  const aiShareMerged = mergedLines > 0 ? mergedAiLines / mergedLines : 0;
  // CI and the merge queue work in changes (builds, rebases), not lines: larger AI
  // changes take more lines through each slot (S4: PR size +154%).
  const aiPrLines = aiChangeLines(P);
  const linesPerPr = aiShareMerged * aiPrLines + (1 - aiShareMerged) * V.humanPrLines;
  const integrationCapacity =
    V.integrationCapacityPrs * linesPerPr * (1 + V.integrationPipelineGain * P);
  const integrated = Math.min(st.integrationQueueLines, integrationCapacity);
  const integratedShare = st.integrationQueueLines > 0 ? integrated / st.integrationQueueLines : 0;
  const shippedUnits = st.integrationQueueFeatureUnits * integratedShare;
  st.integrationQueueLines -= integrated;
  st.integrationQueueFeatureUnits -= shippedUnits;
  // Changes left waiting go stale (conflicts, failed rebases) and some are closed, as in review.
  const integrationAbandoned = st.integrationQueueLines * V.staleAbandonShare;
  st.integrationQueueLines -= integrationAbandoned;
  st.integrationQueueFeatureUnits *= 1 - V.staleAbandonShare;
  const featuresShipped = shippedUnits / V.featureUnitsPerFeature;
  const prs = integrated / linesPerPr;
  const prsPerDeploy = V.prsPerDeployLegacy + (V.prsPerDeployAutomated - V.prsPerDeployLegacy) * P;
  const deploys = prs / prsPerDeploy;
  const changeFailureRate =
    deploys > 0 ? 1 - Math.exp((-V.deployFailPerDefect * escapedDefects) / deploys) : 0;

  // ---- Ownership: what merges with real review stays understood; departures take knowledge (D4) ----
  const understood =
    humanSplit.reviewed.lines * V.understoodHuman +
    aiSplit.reviewed.lines * (V.understoodAiBase + V.understoodAiReview * aiDepth) +
    humanSplit.skipped.lines * V.understoodHumanSkipped +
    aiSplit.skipped.lines * V.understoodAiSkipped;
  st.codebaseKloc = (st.codebaseKloc + mergedLines / 1000) * (1 - V.codeChurn);
  st.understoodKloc = (st.understoodKloc + understood / 1000) * (1 - V.codeChurn);
  st.understoodKloc += V.relearnRate * (st.codebaseKloc - st.understoodKloc);
  const ownership = st.codebaseKloc > 0 ? clamp01(st.understoodKloc / st.codebaseKloc) : 1;

  // ---- Incidents: surfacing defects, worse where nobody understands the code (D3) ----
  addPools(st.latentDefects, escapedPools);
  const ownershipRisk =
    (1 + V.ownershipRiskWeight * (1 - ownership)) /
    (1 + V.ownershipRiskWeight * (1 - V.ownershipRef));
  const incidentRate =
    manifested *
    V.incidentPerDefect *
    ownershipRisk *
    (1 - V.pipelineIncidentCut * P) *
    modProduct(mods, 'incidentRisk');
  const incidents = poisson(rng, incidentRate);
  const aiPrSizeRatio = aiPrLines / V.humanPrLines;
  const moraleNow = weightedMorale(st);
  const typicalRestore =
    (V.restoreHoursBase *
      (1 + V.restoreOwnershipWeight * (1 - ownership)) *
      (1 - V.restorePipelineCut * P)) /
    (0.6 + 0.4 * moraleNow);
  let customersAffected = 0;
  for (let i = 0; i < incidents; i++) {
    // The defect behind this incident, drawn from those surfacing: its own origin and review path.
    const { origin, path } = drawPool(rng, manifestedPools);
    const changeSize = origin === 'ai' ? aiPrSizeRatio : 1;
    const blastRadius =
      lognormal(rng, V.blastSigma) *
      changeSize ** V.blastChangeSizeExponent *
      (1 + (1 - ownership));
    const restoreHours = typicalRestore * blastRadius ** 0.3;
    const customers = Math.round(V.customersPerOutageHour * restoreHours * blastRadius ** 0.7);
    customersAffected += customers;
    costs.incidents += V.incidentCostFixed + V.incidentCostPerCustomer * customers;
    events.push({
      kind: 'incident',
      week,
      customers,
      restoreHours,
      blastRadius,
      origin,
      path,
      chain: causeChain([
        [origin === 'ai', { link: 'aiVolume', value: aiShareMerged, sources: ['S12', 'S8'] }],
        [path !== 'reviewed' && load > 1, { link: 'overload', value: load, sources: ['F5', 'S1'] }],
        [path === 'skimmed', { link: 'skimmed', value: depth, sources: ['S1', 'A1'] }],
        [
          path === 'skipped',
          {
            link: 'skipped',
            value: mergedLines > 0 ? skippedLines / mergedLines : 0,
            sources: ['S4', 'A1'],
          },
        ],
        [crunch, { link: 'crunch', value: 1, sources: ['F4', 'S6'] }],
        [
          origin === 'ai' && changeSize > 1.5,
          { link: 'largeChanges', value: changeSize, sources: ['S4', 'S1'] },
        ],
        [testCatch < 0.5, { link: 'weakTests', value: testCatch, sources: ['F6'] }],
        [ownership < 0.7, { link: 'lowOwnership', value: ownership, sources: ['A1'] }],
        [
          restoreHours > 2 * V.restoreHoursBase,
          { link: 'slowRestore', value: restoreHours, sources: ['A0', 'A1'] },
        ],
      ]),
    });
  }

  st.incidentHoursOwed = incidents * V.incidentResponseHours;

  // ---- Security: vulnerabilities accumulate until found or exploited (D11) ----
  // Scanners of a security review sweep the code already in production, not only new changes.
  scalePools(
    st.openVulns,
    1 - V.vulnDiscoveryRate - (lv.securityReview ? V.securityReviewDiscovery : 0),
  );
  addPools(st.openVulns, escapedVulnPools);
  const openVulns = poolsTotal(st.openVulns);
  const breaches = Math.min(1, poisson(rng, openVulns * V.breachPerVulnWeek));
  if (breaches > 0) {
    const { origin, path } = drawPool(rng, st.openVulns);
    const customers = Math.round(V.breachCustomers * lognormal(rng, 0.6));
    const cost = V.breachCost * Math.sqrt(customers / V.breachCustomers);
    costs.breaches += cost;
    customersAffected += customers;
    scalePools(st.openVulns, 1 - V.breachSweepShare);
    st.boardConfidence = clamp01(st.boardConfidence - 0.2);
    for (const l of LEVELS) st.staff[l].morale = clamp01(st.staff[l].morale - 0.05);
    events.push({
      kind: 'breach',
      week,
      customers,
      cost,
      origin,
      path,
      chain: causeChain([
        [origin === 'ai', { link: 'aiVulns', value: aiShareMerged, sources: ['S13', 'S12'] }],
        [!lv.securityReview, { link: 'noSecurityReview', value: 0, sources: ['F7'] }],
        [path === 'skimmed', { link: 'skimmed', value: depth, sources: ['S1', 'A1'] }],
        [
          path === 'skipped',
          {
            link: 'skipped',
            value: mergedLines > 0 ? skippedLines / mergedLines : 0,
            sources: ['S4'],
          },
        ],
        [P < 0.5, { link: 'weakTests', value: P, sources: ['F6'] }],
      ]),
    });
  }

  // ---- Morale: pressure, surveillance, layoffs, review burden, incidents, shipping ----
  st.incidentFatigue = st.incidentFatigue * V.incidentFatigueDecay + incidents + 3 * breaches;
  const shipping =
    V.moraleShipping *
    clamp(st.expectedFeatures > 0 ? featuresShipped / st.expectedFeatures - 1 : 0, -1, 1);
  const common =
    V.moraleBase +
    (crunch ? V.moraleCrunch : lv.deadlinePressure === 'relaxed' ? V.moraleRelaxed : 0) +
    (lv.leaderboard ? V.moraleLeaderboard : 0) +
    // The grudge against a mandate is about tools that do not help; a platform that makes
    // them help takes it away (S7).
    lv.aiMandate * (1 - P) * V.moraleMandate +
    st.layoffFear * V.moraleLayoffFear +
    shortfall * V.moraleShortfall +
    st.incidentFatigue * V.moraleIncident +
    shipping +
    modSum(mods, 'morale');
  const seniorExtra =
    V.moraleSeniorLoad * Math.max(0, seniorLoad - V.seniorLoadThreshold) +
    V.moraleReviewOverload * clamp(load - 1, 0, 3);
  for (const l of LEVELS) {
    const target = clamp01(common + (l === 'senior' ? seniorExtra : 0));
    const c = st.staff[l];
    c.morale = clamp01(c.morale + (target - c.morale) * V.moraleAdjustRate);
  }
  st.layoffFear *= V.layoffFearDecay;
  st.expectedFeatures += 0.1 * (featuresShipped - st.expectedFeatures);

  // ---- Attrition: low morale and fear make people leave, and they take knowledge with them ----
  const before = countsOf(st);
  const quitters: PerLevel<number> = { junior: 0, mid: 0, senior: 0 };
  const cardQuits = costs.cardQuits;
  const attritionMod = modProduct(mods, 'attrition');
  for (const l of LEVELS) {
    const p = quitProbability(l, st.staff[l].morale, st.layoffFear, attritionMod);
    const q = binomial(rng, before[l], p);
    if (q > 0) {
      const r = removePeople(st.staff[l], q);
      st.staff[l] = r.cohort;
      quitters[l] = r.removed;
      events.push({ kind: 'quit', week, level: l, count: r.removed });
    }
  }
  const quitsByAttrition = quitters.junior + quitters.mid + quitters.senior;
  if (quitsByAttrition > 0) {
    loseKnowledge(st, quitters, before);
    st.totals.quits += quitsByAttrition;
    st.totals.seniorQuits += quitters.senior;
  }
  // Departures (through attrition or a card) are backfilled at the same level; layoffs are
  // not. The gap lasts the hiring delay and the onboarding after it.
  for (const l of LEVELS) {
    if (cardQuits[l] > 0) events.push({ kind: 'quit', week, level: l, count: cardQuits[l] });
    const leavers = quitters[l] + cardQuits[l];
    if (leavers > 0) {
      st.staff[l] = requisition(st.staff[l], l, leavers);
      costs.recruiting += leavers * V.recruitingCost;
    }
  }
  const quits = quitsByAttrition + cardQuits.junior + cardQuits.mid + cardQuits.senior;

  // ---- Money ----
  let salaryCost = 0;
  const counts = countsOf(st);
  for (const l of LEVELS) salaryCost += counts[l] * SALARY[l];
  const investmentCost =
    lv.pipelineInvestment * V.pipelineMaxWeeklySpend +
    (lv.securityReview ? V.securityReviewWeeklyCost : 0);
  const incidentCost = costs.incidents + costs.breaches;
  const spend =
    salaryCost +
    computeCost +
    investmentCost +
    incidentCost +
    costs.severance +
    costs.recruiting +
    costs.cards;
  st.budgetSpent += spend;
  // One-off bills the board books apart (a breach, severance) are not held against the budget.
  for (const e of boardOnSpending(st, week, spend - costs.breaches - costs.severance)) {
    events.push(e);
  }

  // ---- Totals, metrics ----
  st.totals.incidents += incidents;
  st.totals.breaches += breaches;
  st.totals.customersAffected += customersAffected;
  st.totals.quarterIncidents += incidents;
  st.totals.quarterBreaches += breaches;
  st.totals.quarterFeatures += featuresShipped;
  st.totals.quarterLines += humanLines + aiLines;
  st.totals.quarterSpend += spend;

  const reviewBacklog = st.queue.human.lines + st.queue.ai.lines;
  // Little's law over every way out of the queue, abandonment included.
  const exits = reviewedLines + skippedLines + reviewAbandoned;
  const reviewWait =
    (exits > 0 ? (5 * reviewBacklog) / exits : 0) + queueWaitDays(V.reviewBaseDays, load);
  const ciWait =
    (integrated > 0 ? (5 * st.integrationQueueLines) / (integrated + integrationAbandoned) : 0) +
    queueWaitDays(V.ciBaseDays, integrationCapacity > 0 ? mergedLines / integrationCapacity : 1);
  const deployWait = Math.min(5, 2.5 / Math.max(0.5, deploys));
  const leadTimeDays =
    V.codingDays +
    reviewWait +
    ciWait +
    deployWait +
    (lv.seniorSignoff ? V.signoffHandoffDays * aiShareMerged : 0);

  const linesWritten = humanLines + aiLines;
  const metrics: WeekMetrics = {
    week,
    engineers: counts.junior + counts.mid + counts.senior,
    juniors: counts.junior,
    mids: counts.mid,
    seniors: counts.senior,
    onboarding: totalOnboarding(st.staff),
    arrivals,
    quits,
    laidOff,
    linesWritten,
    aiLines,
    reworkHours,
    linesReviewed: reviewedLines,
    linesSkipped: skippedLines,
    linesAbandoned: reviewAbandoned + integrationAbandoned,
    reviewQueueLines: reviewBacklog,
    reviewLoad: load,
    reviewDepth: depth,
    reviewCapacity: capacity,
    reviewHours,
    linesPerReviewerHour: reviewHours > 0 ? reviewedLines / reviewHours : 0,
    integrationQueueLines: st.integrationQueueLines,
    featuresShipped,
    deploys,
    leadTimeDays,
    changeFailureRate,
    defectsInjected,
    defectsCaught,
    escapedDefects,
    incidents,
    breaches,
    timeToRestoreHours: typicalRestore,
    customersAffected,
    openVulns: poolsTotal(st.openVulns),
    escapedAiDefects: originTotal(escapedPools, 'ai'),
    morale: weightedMorale(st),
    seniorMorale: st.staff.senior.morale,
    ownership,
    adoption: a,
    measuredAdoption,
    tokens,
    computeCost,
    salaryCost,
    investmentCost,
    incidentCost,
    budgetSpent: st.budgetSpent,
    weeklyBudget: st.weeklyBudget,
    pipelineLevel: P,
    boardConfidence: st.boardConfidence,
    // What teams report (F4): the feeling of speed from using AI (S5) times the merged
    // output they see, which skipped review inflates (F4's offshore gap under deadlines).
    perceivedVelocity:
      (1 + V.perceivedAiBoost * a) *
      (st.reference.linesPerWeek > 0
        ? Math.max(0.1, mergedLines / st.reference.linesPerWeek)
        : 1) **
        V.reportedOutputElasticity,
    staffShortfall: shortfall,
    seniorLoad,
  };

  // This week's modifiers have done their work; what the board adds below starts next week.
  st.modifiers = tickModifiers(st.modifiers);

  // ---- The quarterly board review: it watches the vanity metrics most (D13) ----
  if (week % V.quarterWeeks === 0) {
    const review = quarterVerdict(st, metrics);
    st.boardConfidence = clamp01(st.boardConfidence + review.confidenceDelta);
    st.weeklyBudget *= review.budgetFactor;
    if (review.verdict === 'displeased') {
      st.modifiers = addModifier(st.modifiers, 'boardPressure', V.boardPressureWeeks, {
        morale: V.moraleBoardPressure,
      });
    }
    events.push({
      kind: 'boardReview',
      week,
      quarter: week / V.quarterWeeks,
      verdict: review.verdict,
      results: review.results,
    });
    metrics.boardConfidence = st.boardConfidence;
    st.totals.quarterIncidents = 0;
    st.totals.quarterBreaches = 0;
    st.totals.quarterFeatures = 0;
    st.totals.quarterLines = 0;
    st.totals.quarterSpend = 0;
  }

  // ---- At most one new event card, then the week is done ----
  st.week = week;
  st.last = metrics;
  const card = pickCard(cards, st, metrics, rng);
  if (card) {
    st.pendingCards = [...st.pendingCards, { cardId: card.id, week }];
    st.cardHistory = { ...st.cardHistory, [card.id]: week };
    events.push({ kind: 'card', week, cardId: card.id });
  }
  st.rng = rng.s;
  return { state: st, metrics, events };
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
