/**
 * The debrief's dynamics detectors: each one on runs that show its dynamic and runs that
 * do not. Runs are the sandbox organisation over 52 weeks, with the levers of each week
 * passed along as the debrief passes them.
 */
import { describe, expect, it } from 'vitest';
import { BASELINE_POLICY, MANDATE_ONLY_POLICY, SOUND_POLICY } from '../../src/content/policies.ts';
import type {
  DynamicFinding,
  DynamicId,
  Levers,
  Policy,
  SimEvent,
  WeekMetrics,
} from '../../src/sim/index.ts';
import { DYNAMIC_IDS, detectDynamics, policyToDecisions, V } from '../../src/sim/index.ts';
import { initial, last, scenario, stepMany } from './helpers.ts';

const WEEKS = 52;
const SEEDS = [1000, 1001, 1002];

interface Run {
  weeks: WeekMetrics[];
  events: SimEvent[];
  levers: Levers[];
  findings: DynamicFinding[];
}

const cache = new Map<string, Run>();
function run(policy: Policy, seed: number, scenarioId = 'sandbox', weeks = WEEKS): Run {
  const key = `${scenarioId}:${seed}:${weeks}:${JSON.stringify(policy)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const decisions = policyToDecisions(policy, weeks);
  const t = stepMany(
    scenario(scenarioId),
    initial(scenarioId, seed),
    weeks,
    (w) => decisions[w - 1] ?? {},
  );
  const levers = t.states.map((s) => s.levers);
  const findings = detectDynamics(t.weeks, t.events, last(t.states).reference, { levers });
  const r = { weeks: t.weeks, events: t.events, levers, findings };
  cache.set(key, r);
  return r;
}

const ids = (r: Run) => r.findings.map((f) => f.id);

const POLICIES = {
  baseline: BASELINE_POLICY,
  mandate: MANDATE_ONLY_POLICY,
  sound: SOUND_POLICY,
  signoff: { aiMandate: 0.6, seniorSignoff: true },
  layoffs: { aiMandate: 0.85, staffing: [{ week: 2, layoff: { junior: 4, mid: 6, senior: 4 } }] },
  leaderboard: { aiMandate: 0.85, leaderboard: true },
  crunch: { aiMandate: 0.85, deadlinePressure: 'crunch' },
} satisfies Record<string, Policy>;
type Name = keyof typeof POLICIES;

/** For each dynamic: runs that show it, and runs that do not. */
const CASES: Record<DynamicId, { shows: Name[]; not: Name[] }> = {
  D1: { shows: ['mandate', 'leaderboard'], not: ['baseline'] },
  D2: { shows: ['mandate', 'crunch'], not: ['baseline'] },
  D3: { shows: ['mandate', 'crunch'], not: ['baseline', 'sound'] },
  D4: { shows: ['mandate', 'layoffs'], not: ['baseline'] },
  D5: { shows: ['mandate', 'sound'], not: ['baseline'] },
  D6: { shows: ['mandate'], not: ['baseline', 'signoff'] },
  D7: { shows: ['signoff'], not: ['mandate', 'baseline'] },
  D8: { shows: ['layoffs'], not: ['mandate', 'baseline'] },
  D9: { shows: ['leaderboard'], not: ['mandate', 'baseline'] },
  D10: { shows: ['crunch'], not: ['mandate', 'baseline'] },
  D11: { shows: ['mandate', 'crunch'], not: ['signoff'] },
  D12: { shows: ['sound'], not: ['mandate', 'baseline'] },
  D13: { shows: ['mandate', 'signoff'], not: ['baseline', 'sound'] },
  D14: { shows: ['mandate', 'crunch'], not: ['baseline'] },
};

describe('each detector', () => {
  for (const id of DYNAMIC_IDS) {
    const c = CASES[id];
    it(`${id} shows in ${c.shows.join(', ')} and not in ${c.not.join(', ')}`, () => {
      for (const seed of SEEDS) {
        for (const name of c.shows) {
          const f = run(POLICIES[name], seed).findings.find((x) => x.id === id);
          expect(f, `${name} seed ${seed}`).toBeDefined();
          if (!f) continue;
          expect(f.strength).toBeGreaterThan(0);
          expect(f.strength).toBeLessThanOrEqual(1);
          expect(f.week).toBeGreaterThanOrEqual(1);
          expect(f.week).toBeLessThanOrEqual(WEEKS);
          for (const v of Object.values(f.evidence)) expect(Number.isFinite(v)).toBe(true);
        }
        for (const name of c.not)
          expect(ids(run(POLICIES[name], seed)), `${name} seed ${seed}`).not.toContain(id);
      }
    });
  }
});

describe('findings', () => {
  it('a baseline run shows few dynamics or none', () => {
    for (const seed of SEEDS)
      expect(run(BASELINE_POLICY, seed).findings.length).toBeLessThanOrEqual(1);
  });

  it('come strongest first, once each', () => {
    const f = run(MANDATE_ONLY_POLICY, 1000).findings;
    expect(f.length).toBeGreaterThan(3);
    for (let i = 1; i < f.length; i++)
      expect(f[i - 1]?.strength).toBeGreaterThanOrEqual(f[i]?.strength ?? 0);
    expect(new Set(ids(run(MANDATE_ONLY_POLICY, 1000))).size).toBe(f.length);
  });

  it('quote the run: the mandate multiplies lines far more than features', () => {
    const d1 = run(MANDATE_ONLY_POLICY, 1000).findings.find((f) => f.id === 'D1');
    expect(d1?.evidence.linesX).toBeGreaterThanOrEqual(2.5);
    expect(d1?.evidence.featuresX).toBeLessThan(1.1);
    expect(d1?.evidence.peakLoadX).toBeGreaterThan(1);
  });

  it('without the lever history, sign-off is not guessed and crunch is read from causal chains', () => {
    const r = run(POLICIES.crunch, 1000);
    const ref = {
      linesPerWeek: 0,
      featuresPerWeek: 0,
      deploysPerWeek: 0,
      leadTimeDays: 0,
      changeFailureRate: 0,
    };
    const s = run(POLICIES.signoff, 1000);
    const withRef = (x: Run) => detectDynamics(x.weeks, x.events, ref).map((f) => f.id);
    expect(withRef(s)).not.toContain('D7');
    expect(withRef(r)).toContain('D10');
  });

  it('an empty trajectory shows nothing, and short runs are read too', () => {
    expect(
      detectDynamics([], [], {
        linesPerWeek: 1,
        featuresPerWeek: 1,
        deploysPerWeek: 1,
        leadTimeDays: 1,
        changeFailureRate: 0,
      }),
    ).toEqual([]);
    expect(ids(run(MANDATE_ONLY_POLICY, 1000, 'sandbox', 12))).toContain('D1');
    expect(ids(run(POLICIES.layoffs, 1000, 'sandbox', 12))).toContain('D8');
  });

  it('the scenario presets show their own dynamic', () => {
    expect(ids(run({}, 1000, 'leaderboard', 26))).toContain('D9');
    expect(ids(run({}, 1000, 'layoffs', 26))).toContain('D8');
    expect(ids(run({}, 1000, 'signoff-crunch', 26))).toContain('D10');
    expect(ids(run({}, 1000, 'mandate', 26))).toContain('D2');
  });
});

/**
 * A finding's title is a claim about the run: "felt faster, measured slower" must come with a
 * measure that was slower, against the team's week before the player's first decision.
 */
describe('claims the numbers support', () => {
  const leadRose = (f: DynamicFinding) =>
    (f.evidence.leadEnd ?? 0) >= (f.evidence.leadStart ?? 0) * V.dynLeadTimeRise;
  const featuresFell = (f: DynamicFinding) => (f.evidence.featuresX ?? 1) <= 1 - V.dynFeaturesFall;

  it('D14 names a measure that got slower, on every run that shows it', () => {
    const names = Object.keys(POLICIES) as Name[];
    let shown = 0;
    for (const seed of SEEDS) {
      for (const name of names) {
        for (const weeks of [12, 26, WEEKS]) {
          const r = run(POLICIES[name], seed, 'sandbox', weeks);
          const f = r.findings.find((x) => x.id === 'D14');
          if (!f) continue;
          shown++;
          expect(leadRose(f) || featuresFell(f), `${name} seed ${seed} ${weeks}w`).toBe(true);
          // The explanation leads with lead time only when lead time is what rose.
          expect(f.evidence.leadSlower === 1, `${name} seed ${seed}`).toBe(leadRose(f));
        }
      }
    }
    expect(shown).toBeGreaterThan(3);
  });

  it('"before" is the week before the first decision, whatever the player does in week 1', () => {
    const quiet = run(BASELINE_POLICY, 1000);
    const pushed = run(POLICIES.crunch, 1000);
    const d14 = pushed.findings.find((f) => f.id === 'D14');
    const start = initial('sandbox', 1000).reference.leadTimeDays;
    expect(start).toBeGreaterThan(0);
    expect(d14?.evidence.leadStart).toBeCloseTo(start, 1);
    // The baseline's own first weeks sit near it: the reference is the same team, undisturbed.
    const firstWeek = quiet.weeks[0]?.leadTimeDays ?? 0;
    expect(Math.abs(firstWeek - start) / start).toBeLessThan(0.25);
  });

  it('a sound run is not told it diverged, degraded or felt faster while slower', () => {
    for (const seed of SEEDS) {
      for (const weeks of [12, 26, WEEKS]) {
        const found = ids(run(SOUND_POLICY, seed, 'mandate', weeks));
        for (const bad of ['D3', 'D13', 'D14'] as const)
          expect(found, `sound seed ${seed} ${weeks}w`).not.toContain(bad);
      }
    }
  });
});
