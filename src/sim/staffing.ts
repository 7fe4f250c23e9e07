/**
 * Headcount flows by seniority: requisitions wait out a hiring delay, arrivals
 * ramp up while taking mentor time, layoffs and quits leave. People are whole
 * numbers so the office floor can show every desk.
 */
import { V } from './params.ts';
import type { Cohort, Level, PerLevel } from './types.ts';
import { LEVELS } from './types.ts';

export const HIRING_DELAY: PerLevel<number> = {
  junior: V.hiringDelayJunior,
  mid: V.hiringDelayMid,
  senior: V.hiringDelaySenior,
};

export const PIPELINE_LENGTH = Math.max(V.hiringDelayJunior, V.hiringDelayMid, V.hiringDelaySenior);
export const ONBOARDING_LENGTH = V.onboardingWeeks;

export const SALARY: PerLevel<number> = {
  junior: V.salaryJunior,
  mid: V.salaryMid,
  senior: V.salarySenior,
};

export const KNOWLEDGE_WEIGHT: PerLevel<number> = {
  junior: V.juniorKnowledgeWeight,
  mid: 1,
  senior: V.seniorKnowledgeWeight,
};

export function newCohort(active: number, morale: number): Cohort {
  return {
    active: Math.max(0, Math.round(active)),
    onboarding: new Array<number>(ONBOARDING_LENGTH).fill(0),
    pipeline: new Array<number>(PIPELINE_LENGTH).fill(0),
    morale,
  };
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i] ?? 0;
  return s;
}

/** People on the payroll: active plus those still onboarding. */
export function headcount(c: Cohort): number {
  return c.active + sum(c.onboarding);
}

export function openRequisitions(c: Cohort): number {
  return sum(c.pipeline);
}

/** Productivity a new hire has reached in their i-th week (0-based), ramping linearly to 1. */
export function rampAt(i: number): number {
  const start = V.onboardingStartProductivity;
  return start + ((1 - start) * i) / ONBOARDING_LENGTH;
}

/** Full-time equivalents of productive work in a cohort. */
export function effectiveHeads(c: Cohort): number {
  let e = c.active;
  for (let i = 0; i < c.onboarding.length; i++) e += (c.onboarding[i] ?? 0) * rampAt(i);
  return e;
}

/** Moves the hiring pipeline and onboarding on by one week. */
export function advanceWeek(c: Cohort): { cohort: Cohort; arrivals: number } {
  const arrivals = c.pipeline[0] ?? 0;
  const pipeline = new Array<number>(c.pipeline.length);
  for (let i = 0; i < pipeline.length; i++) pipeline[i] = c.pipeline[i + 1] ?? 0;
  const graduating = c.onboarding[c.onboarding.length - 1] ?? 0;
  const onboarding = new Array<number>(c.onboarding.length);
  onboarding[0] = arrivals;
  for (let i = 1; i < onboarding.length; i++) onboarding[i] = c.onboarding[i - 1] ?? 0;
  return {
    cohort: { active: c.active + graduating, onboarding, pipeline, morale: c.morale },
    arrivals,
  };
}

/**
 * The week a hire requested in `week` arrives: the requisition opens that week and the week's
 * own step moves the pipeline on once (`requisition`, then `advanceWeek`), so a delay of d
 * weeks lands them in week `week + d - 1`.
 */
export function arrivalWeek(level: Level, week: number): number {
  return week + HIRING_DELAY[level] - 1;
}

/** The week people who arrive in `arrival` finish onboarding and count as fully productive. */
export function productiveWeek(arrival: number): number {
  return arrival + ONBOARDING_LENGTH;
}

/**
 * Requisitions open after `week` was played, by the week they arrive: the pipeline's slot i
 * reaches the front, and arrives, i + 1 weeks on.
 */
export function pipelineArrivals(c: Cohort, week: number): Array<{ week: number; count: number }> {
  const out: Array<{ week: number; count: number }> = [];
  c.pipeline.forEach((count, i) => {
    if (count > 0) out.push({ week: week + 1 + i, count });
  });
  return out;
}

/**
 * People onboarding after `week` was played, by the week they become fully productive: slot i
 * arrived i weeks ago and graduates when it passes the last slot.
 */
export function onboardingGraduations(
  c: Cohort,
  week: number,
): Array<{ week: number; count: number }> {
  const out: Array<{ week: number; count: number }> = [];
  c.onboarding.forEach((count, i) => {
    if (count > 0) out.push({ week: week + ONBOARDING_LENGTH - i, count });
  });
  return out;
}

/** Opens requisitions; they arrive after the level's hiring delay. */
export function requisition(c: Cohort, level: Level, count: number): Cohort {
  const n = Math.max(0, Math.floor(count));
  if (n === 0) return c;
  const pipeline = [...c.pipeline];
  const slot = HIRING_DELAY[level] - 1;
  pipeline[slot] = (pipeline[slot] ?? 0) + n;
  return { ...c, pipeline };
}

/**
 * Removes up to `count` people, active staff first and then the longest-onboarding
 * hires. Returns how many actually left: you cannot lose people you do not have.
 */
export function removePeople(c: Cohort, count: number): { cohort: Cohort; removed: number } {
  let left = Math.max(0, Math.min(Math.floor(count), headcount(c)));
  const removed = left;
  const fromActive = Math.min(left, c.active);
  left -= fromActive;
  const onboarding = [...c.onboarding];
  for (let i = onboarding.length - 1; i >= 0 && left > 0; i--) {
    const take = Math.min(left, onboarding[i] ?? 0);
    onboarding[i] = (onboarding[i] ?? 0) - take;
    left -= take;
  }
  return { cohort: { ...c, active: c.active - fromActive, onboarding }, removed };
}

/** Everyone still onboarding, across levels: each needs a share of a mentor. */
export function totalOnboarding(staff: PerLevel<Cohort>): number {
  let n = 0;
  for (const l of LEVELS) n += sum(staff[l].onboarding);
  return n;
}

export function totalHeadcount(staff: PerLevel<Cohort>): number {
  let n = 0;
  for (const l of LEVELS) n += headcount(staff[l]);
  return n;
}

/** Knowledge-weighted headcount, for the ownership lost when people leave. */
export function knowledgeWeighted(counts: PerLevel<number>): number {
  let n = 0;
  for (const l of LEVELS) n += counts[l] * KNOWLEDGE_WEIGHT[l];
  return n;
}

/** Weekly chance that one person of this level quits, given their morale and the fear after layoffs. */
export function quitProbability(
  level: Level,
  morale: number,
  layoffFear: number,
  modifier: number,
): number {
  const annual =
    level === 'junior'
      ? V.annualQuitJunior
      : level === 'mid'
        ? V.annualQuitMid
        : V.annualQuitSenior;
  const moraleFactor = Math.exp(V.quitMoraleSensitivity * (V.quitMoraleRef - morale));
  return Math.min(
    V.quitMaxWeekly,
    (annual / V.weeksPerYear) * moraleFactor * (1 + layoffFear) * modifier,
  );
}
