/**
 * The calibration targets of design/dynamics.md as data, and their measurement: each is
 * a ratio of means over the same seeds, a policy's run of the sandbox against the same
 * run with no AI. The tests hold the model to them (tests/sim/targets.test.ts) and
 * `npm run sim -- --targets` prints the measured figures beside them, for the README and
 * for anyone who wants to check the model against what they know.
 */
import { CARDS } from '../content/cards.ts';
import { ADAPTED_POLICY, BASELINE_POLICY, MANDATE_ONLY_POLICY } from '../content/policies.ts';
import { findScenario } from '../content/scenarios.ts';
import type { EvidenceReading, Policy, RunResult } from '../sim/index.ts';
import { policyToDecisions, runScenario } from '../sim/index.ts';

export const TARGET_WEEKS = 52;

export interface Target {
  id: string;
  /** Which run is held against no AI. */
  policy: 'mandate' | 'adapted';
  /** What is measured, per run. */
  measure: 'lines' | 'features' | 'incidents' | 'changeFailureRate' | 'leadTime' | 'reported';
  /** Bounds of the ratio (or, for `reported`, of the gap in points); null where open. */
  min: number | null;
  max: number | null;
  /** The facts and studies the range comes from. */
  from: string;
}

export const TARGETS: readonly Target[] = [
  { id: 'mandate-lines', policy: 'mandate', measure: 'lines', min: 2.5, max: 4, from: 'F3, S8' },
  {
    id: 'mandate-features',
    policy: 'mandate',
    measure: 'features',
    min: 0.85,
    max: 1.1,
    from: 'S2, S7, S8, seed 001',
  },
  {
    id: 'mandate-incidents',
    policy: 'mandate',
    measure: 'incidents',
    min: 1.3,
    max: 4,
    from: 'S2, S8, S11',
  },
  {
    id: 'mandate-cfr',
    policy: 'mandate',
    measure: 'changeFailureRate',
    min: 1.15,
    max: 2.5,
    from: 'S2, S11',
  },
  {
    id: 'mandate-lead',
    policy: 'mandate',
    measure: 'leadTime',
    min: 1.3,
    max: 5.5,
    from: 'S4, S8',
  },
  {
    id: 'mandate-reported',
    policy: 'mandate',
    measure: 'reported',
    min: 0.25,
    max: null,
    from: 'F4, S5',
  },
  {
    id: 'adapted-features',
    policy: 'adapted',
    measure: 'features',
    min: 1.2,
    max: null,
    from: 'S7, D12, D15',
  },
  {
    id: 'adapted-incidents',
    policy: 'adapted',
    measure: 'incidents',
    min: null,
    max: 1.2,
    from: 'S7, D12, D15',
  },
];

const POLICY: Record<Target['policy'], Policy> = {
  mandate: MANDATE_ONLY_POLICY,
  adapted: ADAPTED_POLICY,
};

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

const PER_RUN: Record<Exclude<Target['measure'], 'reported'>, (r: RunResult) => number> = {
  lines: (r) => r.summary.linesWritten,
  features: (r) => r.summary.featuresShipped,
  incidents: (r) => r.summary.incidents,
  changeFailureRate: (r) => r.summary.changeFailureRate,
  leadTime: (r) => r.summary.meanLeadTimeDays,
};

/** Runs of the sandbox under a policy at a reading, over the seeds given. */
export function sandboxRuns(
  policy: Policy,
  evidence: EvidenceReading,
  seeds: readonly number[],
): RunResult[] {
  const scenario = findScenario('sandbox');
  if (!scenario) throw new Error('no sandbox scenario');
  const decisions = policyToDecisions(policy, TARGET_WEEKS);
  return seeds.map((seed) =>
    runScenario({ scenario, seed, weeks: TARGET_WEEKS, decisions, cards: CARDS, evidence }),
  );
}

export interface Measured {
  target: Target;
  value: number;
  met: boolean;
}

/**
 * Measures every target at a reading. `reported` is the gap, in points, between the reported
 * velocity's rise (F4) and the measured rise in features; the rest are ratios of means.
 */
export function measureTargets(evidence: EvidenceReading, seeds: readonly number[]): Measured[] {
  const cache = new Map<Policy, RunResult[]>();
  const runs = (p: Policy) => {
    const hit = cache.get(p) ?? sandboxRuns(p, evidence, seeds);
    cache.set(p, hit);
    return hit;
  };
  const across = (p: Policy, f: (r: RunResult) => number) => mean(runs(p).map(f));
  const ratio = (p: Policy, f: (r: RunResult) => number) =>
    across(p, f) / across(BASELINE_POLICY, f);
  return TARGETS.map((target) => {
    const policy = POLICY[target.policy];
    const value =
      target.measure === 'reported'
        ? across(policy, (r) => mean(r.weeks.map((w) => w.perceivedVelocity))) -
          ratio(policy, PER_RUN.features)
        : ratio(policy, PER_RUN[target.measure]);
    const met =
      (target.min === null || value >= target.min) && (target.max === null || value <= target.max);
    return { target, value, met };
  });
}

/** The targets measured at each reading, as a Markdown table (README, "The model"). */
export function targetsTable(
  byReading: Readonly<Partial<Record<EvidenceReading, readonly Measured[]>>>,
): string {
  const readings = (['low', 'central', 'high'] as const).filter((r) => byReading[r]);
  const range = (t: Target) =>
    t.measure === 'reported'
      ? `${t.min}+ points`
      : t.min !== null && t.max !== null
        ? `${t.min}x to ${t.max}x`
        : t.min !== null
          ? `${t.min}x or more`
          : `${t.max}x or less`;
  const fmt = (m: Measured) =>
    `${m.target.measure === 'reported' ? `${Math.round(m.value * 100)} points` : `${m.value.toFixed(2)}x`}${m.met ? '' : ' (outside)'}`;
  const head = `| target | range | from | ${readings.join(' | ')} |`;
  const rule = `|${' --- |'.repeat(3 + readings.length)}`;
  const rows = TARGETS.map((t, i) => {
    const cells = readings.map((r) => {
      const m = byReading[r]?.[i];
      return m ? fmt(m) : '';
    });
    return `| ${t.id} | ${range(t)} | ${t.from} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...rows].join('\n');
}
