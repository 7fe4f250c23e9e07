// The soak: 1,000 seeds x 52 weeks, each under its own random policy made week by week (levers,
// hires and layoffs up to the sim's weekly limit, answers to the cards as they come, some left
// unanswered or answered with an id no card has), with zero invariant breaks. Each failure names
// its seed and week, so `SOAK_SEEDS=N-M` reruns just those seeds.
import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../src/content/scenarios.ts';
import type { Headcount, Levers, SimState, WeekDecisions } from '../../src/sim/index.ts';
import { MAX_STAFFING_CHANGE, PRESSURES, totalHeadcount } from '../../src/sim/index.ts';
import { mulberry32 } from '../mulberry32.ts';
import { CARDS, initial, scenario, stepMany } from './helpers.ts';
import { metricProblems, numbers, stateProblems } from './invariants.ts';

const WEEKS = 52;

/** The seeds to soak: all 1,000, or a range such as SOAK_SEEDS=200-210 to replay a failure. */
function soakSeeds(): number[] {
  const [from, to] = (process.env.SOAK_SEEDS ?? '1-1000').split('-').map(Number);
  const first = from ?? 1;
  const lastSeed = to ?? first;
  return Array.from({ length: lastSeed - first + 1 }, (_, i) => first + i);
}

/** A random policy, decided a week at a time from what the player would see. */
function randomPlayer(seed: number): (week: number, state: SimState) => WeekDecisions {
  // The policy's own dice, apart from the sim's, so a policy is fixed by its seed.
  const r = mulberry32(seed * 7919 + 17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  // Mostly a few people, now and then up to the weekly limit (more than a level holds).
  const count = () =>
    r() < 0.8 ? Math.floor(r() * 6) : Math.floor(r() * (MAX_STAFFING_CHANGE + 1));
  const counts = (): Partial<Headcount> => {
    const out: Partial<Headcount> = {};
    for (const level of ['junior', 'mid', 'senior'] as const) if (r() < 0.5) out[level] = count();
    return out;
  };
  const share = () => (r() < 0.1 ? pick([0, 1]) : Math.round(r() * 10_000) / 10_000);
  return (_week, state) => {
    const d: WeekDecisions = {};
    if (r() < 0.3) {
      const levers: Partial<Levers> = {};
      if (r() < 0.4) levers.aiMandate = share();
      if (r() < 0.4) levers.seniorReviewShare = share();
      if (r() < 0.4) levers.pipelineInvestment = share();
      if (r() < 0.3) levers.leaderboard = r() < 0.5;
      if (r() < 0.3) levers.seniorSignoff = r() < 0.5;
      if (r() < 0.3) levers.securityReview = r() < 0.5;
      if (r() < 0.3) levers.deadlinePressure = pick(PRESSURES);
      d.levers = levers;
    }
    if (r() < 0.15) d.hire = counts();
    if (r() < 0.08) d.layoff = counts();
    const choices: Record<string, string> = {};
    for (const p of state.pendingCards) {
      const card = CARDS.find((c) => c.id === p.cardId);
      const roll = r();
      if (card && roll < 0.8) choices[p.cardId] = pick(card.choices).id;
      else if (roll < 0.85) choices[p.cardId] = 'no-such-choice';
    }
    if (Object.keys(choices).length > 0) d.choices = choices;
    return d;
  };
}

/** Every invariant break in one seed's year, as readable lines. */
function soakOne(seed: number): string[] {
  const scenarioId = SCENARIO_IDS[seed % SCENARIO_IDS.length] as string;
  const start = initial(scenarioId, seed);
  const t = stepMany(scenario(scenarioId), start, WEEKS, randomPlayer(seed), CARDS);
  const out: string[] = [];
  let before = totalHeadcount(start.staff);
  let spent = 0;
  t.weeks.forEach((m, i) => {
    const at = `seed ${seed} (${scenarioId}) week ${i + 1}`;
    if (m.week !== i + 1) out.push(`${at} is numbered ${m.week}`);
    out.push(...metricProblems(m, at));
    if (m.engineers !== before + m.arrivals - m.quits - m.laidOff) {
      out.push(`${at}: headcount not conserved`);
    }
    before = m.engineers;
    if (m.budgetSpent < spent) out.push(`${at}: budgetSpent went down`);
    spent = m.budgetSpent;
    const state = t.states[i] as SimState;
    if (state.week !== i + 1) out.push(`${at}: state is at week ${state.week}`);
    out.push(...stateProblems(state).map((p) => `${at}: ${p}`));
  });
  for (const [path, n] of numbers(t.events)) {
    if (!Number.isFinite(n)) out.push(`seed ${seed}: events${path.slice(1)} = ${n}`);
  }
  return out;
}

describe('soak', () => {
  const seeds = soakSeeds();
  it(`${seeds.length} seeds x ${WEEKS} weeks of random play break no invariant`, () => {
    const problems = seeds.flatMap(soakOne);
    expect(problems.slice(0, 20), `${problems.length} breaks`).toEqual([]);
  }, 180_000);
});
