/** Sweeps: one outcome across a lever's range, spread over seeds, fast enough for a browser. */
import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import { MANDATE_ONLY_POLICY, SOUND_POLICY } from '../../src/content/policies.ts';
import type { SweepOptions } from '../../src/sim/index.ts';
import { policyToDecisions, policyWithLever, runSummary, sweep } from '../../src/sim/index.ts';
import { scenario } from './helpers.ts';

const VALUES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
const SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);
const chart: SweepOptions = {
  scenario: scenario('sandbox'),
  basePolicy: MANDATE_ONLY_POLICY,
  lever: 'seniorReviewShare',
  values: VALUES,
  seeds: SEEDS,
  weeks: 26,
  outcome: 'incidents',
  cards: CARDS,
};

describe('sweep', () => {
  it('gives one point per value, with p10 <= mean <= p90', () => {
    const points = sweep(chart);
    expect(points.map((p) => p.value)).toEqual(VALUES);
    for (const p of points) {
      expect(p.p10).toBeLessThanOrEqual(p.mean + 1e-9);
      expect(p.mean).toBeLessThanOrEqual(p.p90 + 1e-9);
    }
  });

  it('incidents against reviewer share under the mandate: more senior review time, fewer incidents', () => {
    const points = sweep(chart);
    expect(points.at(-1)?.mean ?? 0).toBeLessThan(points[0]?.mean ?? 0);
  });

  it('each point is the mean of the runs it stands for, and replays exactly', () => {
    const one = sweep({ ...chart, values: [0.4], seeds: [3, 4] });
    const d = policyToDecisions(policyWithLever(MANDATE_ONLY_POLICY, 'seniorReviewShare', 0.4), 26);
    const runs = [3, 4].map(
      (seed) =>
        runSummary({ scenario: scenario('sandbox'), seed, weeks: 26, decisions: d, cards: CARDS })
          .incidents,
    );
    expect(one[0]?.mean).toBeCloseTo(((runs[0] ?? 0) + (runs[1] ?? 0)) / 2);
    expect(sweep(chart)).toEqual(sweep(chart));
  });

  it('the swept lever replaces the base policy setting and its later changes', () => {
    const p = policyWithLever(SOUND_POLICY, 'aiMandate', 0.2);
    expect(p.aiMandate).toBe(0.2);
    expect(p.changes?.some((c) => 'aiMandate' in c)).toBe(false);
    expect(p.staffing).toEqual(SOUND_POLICY.staffing);
    expect(policyWithLever({}, 'pipelineInvestment', 3).pipelineInvestment).toBe(1);
  });
});
