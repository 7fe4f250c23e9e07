/**
 * Sweeps for the sandbox: one outcome across a range of one lever (e.g. incidents
 * against the senior review share), each point the spread over several seeds of
 * the same policy with only that lever changed. Summaries only, no trajectories,
 * so ~8 values x 10 seeds x 26 weeks runs in a browser in a few tens of milliseconds.
 */
import type { ShareLeverName } from './levers.ts';
import { SHARE_LEVERS } from './levers.ts';
import { SPREAD_QUANTILES } from './limits.ts';
import type { Policy } from './policy.ts';
import { policyToDecisions } from './policy.ts';
import type { RunSummary } from './run.ts';
import { quantile, runSummary, type SUMMARY_FIELDS } from './run.ts';
import type { EventCard, Scenario } from './types.ts';

/** The levers a sweep can range over: the ones with a value from 0 to 1. */
export const SWEEP_LEVERS: readonly ShareLeverName[] = SHARE_LEVERS;
export type SweepLever = ShareLeverName;
export type SweepOutcome = (typeof SUMMARY_FIELDS)[number] & keyof RunSummary;

export interface SweepOptions {
  scenario: Scenario;
  /** Everything but the swept lever; its own setting of that lever, and later changes to it, are replaced. */
  basePolicy: Policy;
  lever: SweepLever;
  /** Lever values, 0..1 (clamped). */
  values: readonly number[];
  /** The seeds each value runs with (the same for every value, so the points compare). */
  seeds: readonly number[];
  weeks: number;
  outcome: SweepOutcome;
  /** Event cards in play (none when omitted: the lever's own effect, undisturbed). */
  cards?: readonly EventCard[];
}

export interface SweepPoint {
  value: number;
  mean: number;
  p10: number;
  p90: number;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** The base policy with the swept lever fixed at `value` for the whole run. */
export function policyWithLever(base: Policy, lever: SweepLever, value: number): Policy {
  const changes = (base.changes ?? [])
    .map((c) => {
      const { [lever]: _dropped, ...rest } = c;
      return rest;
    })
    .filter((c) => Object.keys(c).length > 1);
  return { ...base, [lever]: clamp01(value), changes };
}

export function sweep(o: SweepOptions): SweepPoint[] {
  const cards = o.cards ?? [];
  return o.values.map((value) => {
    const decisions = policyToDecisions(policyWithLever(o.basePolicy, o.lever, value), o.weeks);
    const xs: number[] = [];
    for (const seed of o.seeds) {
      xs.push(
        runSummary({ scenario: o.scenario, seed, weeks: o.weeks, decisions, cards })[o.outcome],
      );
    }
    const sorted = [...xs].sort((a, b) => a - b);
    let total = 0;
    for (const x of xs) total += x;
    return {
      value: clamp01(value),
      mean: xs.length > 0 ? total / xs.length : 0,
      p10: quantile(sorted, SPREAD_QUANTILES.p10),
      p90: quantile(sorted, SPREAD_QUANTILES.p90),
    };
  });
}
