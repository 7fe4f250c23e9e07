/**
 * A score that no single rule wins (D15, D16), checked the way a player would try to beat
 * it: a random search over whole policies, ranked on 20 seeds and then re-scored on 50
 * held-out seeds, so that a policy cannot rise to the top on lucky draws. Runs are 52
 * weeks of the sandbox at the central reading.
 */
import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import { ADAPTED_POLICY, SOUND_POLICY } from '../../src/content/policies.ts';
import { findScenario } from '../../src/content/scenarios.ts';
import type { Levers, Policy, Scenario } from '../../src/sim/index.ts';
import { policyToDecisions, runScenario, runSummaryScored } from '../../src/sim/index.ts';
import { mulberry32 } from '../mulberry32.ts';

const WEEKS = 52;
const TRAIN = Array.from({ length: 20 }, (_, i) => 100 + i);
const HELD_OUT = Array.from({ length: 50 }, (_, i) => 900 + i);
const POLICIES = 500;
const TOP = 10;

function sandbox(): Scenario {
  const s = findScenario('sandbox');
  if (!s) throw new Error('no sandbox scenario');
  return s;
}

interface Scored {
  policy: Policy;
  score: number;
  /** Spend over the budget of the weeks played, averaged over the seeds. */
  spend: number;
}

function evaluate(policy: Policy, seeds: readonly number[]): Scored {
  const decisions = policyToDecisions(policy, WEEKS);
  let score = 0;
  let spend = 0;
  for (const seed of seeds) {
    const r = runSummaryScored({
      scenario: sandbox(),
      seed,
      weeks: WEEKS,
      decisions,
      cards: CARDS,
    });
    score += r.score.total;
    spend += r.summary.budgetSpent / r.summary.budgetTotal;
  }
  return { policy, score: score / seeds.length, spend: spend / seeds.length };
}

/** A whole policy drawn at random: every lever, sometimes hires, sometimes a layoff. */
function randomPolicy(r: () => number): Policy {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const p: Policy = {
    aiMandate: pick([0, 0, 0.2, 0.4, 0.6, 0.85, 1]),
    leaderboard: r() < 0.2,
    seniorReviewShare: pick([0.1, 0.2, 0.25, 0.3, 0.35, 0.45, 0.6]),
    seniorSignoff: r() < 0.25,
    deadlinePressure: pick(['relaxed', 'normal', 'normal', 'crunch'] as const),
    pipelineInvestment: pick([0, 0.25, 0.5, 0.75, 1]),
    securityReview: r() < 0.5,
  };
  const hires = pick([0, 0, 0, 4, 6, 12, 40]);
  const staffing: NonNullable<Policy['staffing']> = [];
  if (hires > 0) staffing.push({ week: 1, hire: { senior: hires / 2, mid: hires / 2 } });
  if (r() < 0.1) staffing.push({ week: 2, layoff: { junior: 4, mid: 6, senior: 4 } });
  return staffing.length > 0 ? { ...p, staffing } : p;
}

/** The search, once for every test below: the best of the training ranking, re-scored. */
const search = (() => {
  let done: { top: Scored[]; bestNoAi: Scored } | null = null;
  return () => {
    if (done) return done;
    const r = mulberry32(20_261_206);
    const ranked = Array.from({ length: POLICIES }, () => evaluate(randomPolicy(r), TRAIN)).sort(
      (a, b) => b.score - a.score,
    );
    const rescore = (xs: Scored[]) =>
      xs.map((s) => evaluate(s.policy, HELD_OUT)).sort((a, b) => b.score - a.score);
    const top = rescore(ranked.slice(0, 2 * TOP)).slice(0, TOP);
    const noAi = rescore(ranked.filter((s) => s.policy.aiMandate === 0).slice(0, 5));
    const bestNoAi = noAi[0];
    if (!bestNoAi) throw new Error('the search drew no policy without AI');
    done = { top, bestNoAi };
    return done;
  };
})();

const best = () => search().top[0] as Scored;

describe('no single rule wins the score (D15, D16)', () => {
  it('with the delivery system adapted, AI outscores the same delivery system without AI', () => {
    const adapted = evaluate(ADAPTED_POLICY, HELD_OUT);
    const withoutAi = evaluate({ ...ADAPTED_POLICY, aiMandate: 0 }, HELD_OUT);
    expect(adapted.score - withoutAi.score).toBeGreaterThan(2);
  });

  it('the best policy found uses AI, with the pipeline funded', () => {
    const { top, bestNoAi } = search();
    const bestAi = top.find((s) => (s.policy.aiMandate ?? 0) > 0);
    if (!bestAi) throw new Error('no policy with AI in the top ten');
    expect(top[0]?.policy.aiMandate).toBeGreaterThan(0);
    expect(bestAi.policy.pipelineInvestment).toBeGreaterThanOrEqual(0.75);
    // Against a no-AI policy tuned on its own (seniors writing more, a funded pipeline, a few
    // hires) the lead at the central reading is small: the measured gains per task are modest,
    // and instability still rises with AI (S7, S9, S10). Here it must at least be a lead.
    expect(bestAi.score).toBeGreaterThan(bestNoAi.score);
  }, 120_000);

  it('the sound policy scores within 5 points of the best policy found', () => {
    expect(evaluate(SOUND_POLICY, HELD_OUT).score).toBeGreaterThan(best().score - 5);
  }, 120_000);

  it('no single-lever rule comes near the top', () => {
    const base = sandbox().levers;
    const singles: Partial<Levers>[] = [
      { aiMandate: 0.85 },
      { aiMandate: 1 },
      { pipelineInvestment: 1 },
      { seniorReviewShare: 0.6 },
      { securityReview: true },
      { seniorSignoff: true },
      { deadlinePressure: 'relaxed' },
      { deadlinePressure: 'crunch' },
    ];
    const cutoff = (search().top[TOP - 1] as Scored).score;
    for (const one of singles) {
      const s = evaluate({ ...base, ...one }, HELD_OUT);
      expect(s.score, JSON.stringify(one)).toBeLessThan(best().score - 2);
      expect(s.score, JSON.stringify(one)).toBeLessThan(cutoff);
    }
  }, 120_000);

  it('no policy in the top ten spends more than 1.15x its budget', () => {
    for (const s of search().top)
      expect(s.spend, JSON.stringify(s.policy)).toBeLessThanOrEqual(1.15);
  }, 120_000);
});

describe('the pipeline is no free lunch', () => {
  const decisions = (p: Policy) => policyToDecisions(p, WEEKS);
  const run = (p: Policy, seed: number) =>
    runScenario({ scenario: sandbox(), seed, weeks: WEEKS, decisions: decisions(p), cards: CARDS });

  it('needs upkeep: a year half funded and half not loses most of what was built', () => {
    const built = run({ pipelineInvestment: 1, changes: [{ week: 27, pipelineInvestment: 0 }] }, 5);
    const peak = built.weeks[25]?.pipelineLevel ?? 0;
    const after = built.weeks[51]?.pipelineLevel ?? 1;
    expect(peak).toBeGreaterThan(0.9);
    expect(after).toBeLessThan(0.5 * peak);
  });

  it('relieves more where there is more to relieve: it avoids more incidents under the mandate', () => {
    const seeds = Array.from({ length: 40 }, (_, i) => 300 + i);
    const incidents = (p: Policy) =>
      seeds.reduce((n, seed) => n + run(p, seed).summary.incidents, 0) / seeds.length;
    const avoidedNoAi =
      incidents({ aiMandate: 0 }) - incidents({ aiMandate: 0, pipelineInvestment: 1 });
    const avoidedAi =
      incidents({ aiMandate: 0.85 }) - incidents({ aiMandate: 0.85, pipelineInvestment: 1 });
    expect(avoidedNoAi).toBeGreaterThan(0);
    expect(avoidedAi).toBeGreaterThan(2 * avoidedNoAi);
  });
});
