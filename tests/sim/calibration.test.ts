/**
 * The calibration targets of design/dynamics.md, checked over many seeds.
 * Each test names the dynamic (D1-D14) it holds the model to. Runs are 52 weeks
 * of the sandbox organisation (~100 engineers, a quarter senior) unless a test
 * says otherwise; comparisons are between means over the same seeds.
 */
import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import { BASELINE_POLICY, MANDATE_ONLY_POLICY, SOUND_POLICY } from '../../src/content/policies.ts';
import { findScenario } from '../../src/content/scenarios.ts';
import type { Policy, RunResult, Scenario, WeekMetrics } from '../../src/sim/index.ts';
import { policyToDecisions, runScenario } from '../../src/sim/index.ts';

const WEEKS = 52;
const SEEDS = Array.from({ length: 40 }, (_, i) => 1000 + i);

function scenario(id: string): Scenario {
  const s = findScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
}

const cache = new Map<string, RunResult[]>();

/** Runs a policy over the seeds (memoised: several tests read the same runs). */
function runs(
  policy: Policy,
  seeds: readonly number[] = SEEDS,
  scenarioId = 'sandbox',
): RunResult[] {
  const key = `${scenarioId}:${seeds.length}:${seeds[0]}:${JSON.stringify(policy)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const decisions = policyToDecisions(policy, WEEKS);
  const out = seeds.map((seed) =>
    runScenario({ scenario: scenario(scenarioId), seed, weeks: WEEKS, decisions, cards: CARDS }),
  );
  cache.set(key, out);
  return out;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** Mean over runs of a per-run figure. */
const across = (rs: readonly RunResult[], f: (r: RunResult) => number) => mean(rs.map(f));

/** Mean over runs of the mean of a weekly metric. */
const weekly = (rs: readonly RunResult[], f: (w: WeekMetrics) => number, from = 1) =>
  across(rs, (r) => mean(r.weeks.filter((w) => w.week >= from).map(f)));

const perQuarter = (rs: readonly RunResult[]) =>
  across(rs, (r) => r.summary.incidents) / (WEEKS / 13);

const with_ = (p: Policy, extra: Policy): Policy => ({ ...p, ...extra });

describe('baseline: no AI, no layoffs, steady reviewers', () => {
  it('keeps the review queue stable and incidents low', () => {
    const base = runs(BASELINE_POLICY);
    expect(weekly(base, (w) => w.reviewLoad)).toBeLessThan(1);
    expect(across(base, (r) => r.summary.peakReviewQueueLines)).toBeLessThan(5_000);
    expect(perQuarter(base)).toBeLessThan(3);
    expect(weekly(base, (w) => w.reviewDepth)).toBeGreaterThan(0.99);
  });
});

describe('D1 generation outruns review', () => {
  it('an 80%+ mandate multiplies lines written (2.5x+) while features barely move', () => {
    const base = runs(BASELINE_POLICY);
    const mandate = runs(MANDATE_ONLY_POLICY);
    const lines =
      across(mandate, (r) => r.summary.linesWritten) / across(base, (r) => r.summary.linesWritten);
    const features =
      across(mandate, (r) => r.summary.featuresShipped) /
      across(base, (r) => r.summary.featuresShipped);
    expect(lines).toBeGreaterThanOrEqual(2.5);
    expect(features).toBeLessThan(1.1);
    expect(lines / features).toBeGreaterThan(2.5);
  });

  it('the gap lands in review: load far beyond capacity', () => {
    const mandate = runs(MANDATE_ONLY_POLICY);
    expect(weekly(mandate, (w) => w.reviewLoad, 13)).toBeGreaterThan(1.5);
  });
});

describe('D2 three ways review gives', () => {
  const relaxed = () => runs(with_(MANDATE_ONLY_POLICY, { deadlinePressure: 'relaxed' }));
  const normal = () => runs(MANDATE_ONLY_POLICY);
  const crunch = () => runs(with_(MANDATE_ONLY_POLICY, { deadlinePressure: 'crunch' }));

  it('depth drops (skimming) under normal pressure', () => {
    expect(weekly(normal(), (w) => w.reviewDepth, 13)).toBeLessThan(0.7);
  });

  it('relaxed teams hold depth and pay in queue and lead time instead', () => {
    const r = relaxed();
    const c = crunch();
    expect(weekly(r, (w) => w.reviewDepth, 13)).toBeGreaterThan(0.8);
    expect(weekly(r, (w) => w.reviewQueueLines, 13)).toBeGreaterThan(
      3 * weekly(c, (w) => w.reviewQueueLines, 13),
    );
    expect(weekly(r, (w) => w.leadTimeDays, 13)).toBeGreaterThan(
      weekly(normal(), (w) => w.leadTimeDays, 13),
    );
  });

  it('under crunch review is skipped: more lines merge unreviewed and more defects escape', () => {
    const r = relaxed();
    const c = crunch();
    const skippedShare = (rs: RunResult[]) =>
      weekly(
        rs,
        (w) =>
          w.linesReviewed + w.linesSkipped > 0
            ? w.linesSkipped / (w.linesReviewed + w.linesSkipped)
            : 0,
        13,
      );
    expect(skippedShare(c)).toBeGreaterThan(0.1);
    expect(skippedShare(r)).toBeLessThan(0.01);
    expect(across(c, (r) => r.summary.escapedDefects)).toBeGreaterThan(
      1.5 * across(r, (x) => x.summary.escapedDefects),
    );
  });

  it('AI code is slower to review: a reviewer-hour covers fewer lines at full depth', () => {
    // Full-depth capacity per reviewer-hour: the speed of reading, whatever the demand.
    const speed = (rs: RunResult[]) => weekly(rs, (w) => w.reviewCapacity / w.reviewHours, 13);
    expect(speed(normal())).toBeLessThan(0.85 * speed(runs(BASELINE_POLICY)));
  });
});

describe('D3 defects escape, incidents follow', () => {
  it('the mandate raises incidents per quarter clearly above baseline', () => {
    expect(perQuarter(runs(MANDATE_ONLY_POLICY))).toBeGreaterThan(
      2 * perQuarter(runs(BASELINE_POLICY)),
    );
  });

  it('blast radius grows with change size and lost ownership: more customers per incident', () => {
    const perIncident = (rs: RunResult[]) => {
      const inc = rs.flatMap((r) => r.events.filter((e) => e.kind === 'incident'));
      return mean(inc.map((e) => (e.kind === 'incident' ? e.customers : 0)));
    };
    expect(perIncident(runs(MANDATE_ONLY_POLICY))).toBeGreaterThan(
      1.2 * perIncident(runs(BASELINE_POLICY)),
    );
  });

  it('every incident carries a causal chain whose links name their sources', () => {
    const inc = runs(MANDATE_ONLY_POLICY)
      .slice(0, 5)
      .flatMap((r) => r.events.filter((e) => e.kind === 'incident'));
    expect(inc.length).toBeGreaterThan(0);
    for (const e of inc) {
      if (e.kind !== 'incident') continue;
      expect(e.chain.length).toBeGreaterThan(0);
      for (const link of e.chain) expect(link.sources.length).toBeGreaterThan(0);
    }
    const links = new Set(
      inc.flatMap((e) => (e.kind === 'incident' ? e.chain.map((l) => l.link) : [])),
    );
    expect(links).toContain('overload');
    expect(links).toContain('skimmed');
  });
});

describe('D4 ownership erodes', () => {
  it('unreviewed merges and departures lower the share of code the team understands', () => {
    const base = runs(BASELINE_POLICY);
    const mandate = runs(MANDATE_ONLY_POLICY);
    expect(across(mandate, (r) => r.summary.finalOwnership)).toBeLessThan(
      across(base, (r) => r.summary.finalOwnership) - 0.15,
    );
  });

  it('low ownership lengthens time to restore', () => {
    expect(weekly(runs(MANDATE_ONLY_POLICY), (w) => w.timeToRestoreHours, 26)).toBeGreaterThan(
      1.2 * weekly(runs(BASELINE_POLICY), (w) => w.timeToRestoreHours, 26),
    );
  });
});

describe('D5 rework eats the gain', () => {
  it('AI users spend hours correcting output, and the net feature gain is far below the line gain', () => {
    const mandate = runs(MANDATE_ONLY_POLICY);
    expect(weekly(mandate, (w) => w.reworkHours, 13)).toBeGreaterThan(100);
    // Even before review gives, features per line written fall sharply with AI.
    const perKloc = (rs: RunResult[]) =>
      across(rs, (r) => r.summary.featuresShipped / (r.summary.linesWritten / 1000));
    expect(perKloc(mandate)).toBeLessThan(0.5 * perKloc(runs(BASELINE_POLICY)));
  });
});

describe('D6 seniors become the bottleneck', () => {
  it('vetting AI output loads seniors and their morale falls below everyone else’s', () => {
    const heavy = runs(with_(MANDATE_ONLY_POLICY, { seniorReviewShare: 0.6 }));
    expect(weekly(heavy, (w) => w.seniorLoad, 13)).toBeGreaterThan(0.55);
    expect(weekly(heavy, (w) => w.seniorMorale, 13)).toBeLessThan(
      weekly(heavy, (w) => w.morale, 13),
    );
    expect(weekly(heavy, (w) => w.seniorMorale, 13)).toBeLessThan(
      weekly(runs(BASELINE_POLICY), (w) => w.seniorMorale, 13),
    );
  });
});

describe('D7 the sign-off paradox', () => {
  const on = () => runs(with_(MANDATE_ONLY_POLICY, { seniorSignoff: true }));

  it('senior sign-off cuts escaped defects but throttles deployment', () => {
    const off = runs(MANDATE_ONLY_POLICY);
    expect(across(on(), (r) => r.summary.escapedDefects)).toBeLessThan(
      0.5 * across(off, (r) => r.summary.escapedDefects),
    );
    expect(across(on(), (r) => r.summary.deploys)).toBeLessThan(
      0.7 * across(off, (r) => r.summary.deploys),
    );
  });

  it('the throttle is worse after layoffs removed seniors', () => {
    const laidOff = runs(
      with_(MANDATE_ONLY_POLICY, {
        seniorSignoff: true,
        staffing: [{ week: 2, layoff: { senior: 6 } }],
      }),
    );
    expect(across(laidOff, (r) => r.summary.deploys)).toBeLessThan(
      across(on(), (r) => r.summary.deploys),
    );
    expect(across(laidOff, (r) => r.summary.featuresShipped)).toBeLessThan(
      across(on(), (r) => r.summary.featuresShipped),
    );
  });
});

describe('D8 layoffs remove review capacity', () => {
  // 11% of engineers let go in the first quarter, across levels, under the mandate.
  const LAYOFF = { week: 3, layoff: { junior: 3, mid: 5, senior: 3 } };

  it('layoffs of 10%+ in Q1 make review, incidents and morale worse than the same run without', () => {
    const without = runs(MANDATE_ONLY_POLICY);
    const withLayoffs = runs(with_(MANDATE_ONLY_POLICY, { staffing: [LAYOFF] }));
    // Review: more waiting per unit of review capacity, and less depth where it is done.
    expect(weekly(withLayoffs, (w) => w.reviewLoad, 4)).toBeGreaterThan(
      weekly(without, (w) => w.reviewLoad, 4),
    );
    expect(weekly(withLayoffs, (w) => w.reviewDepth, 4)).toBeLessThan(
      weekly(without, (w) => w.reviewDepth, 4),
    );
    expect(across(withLayoffs, (r) => r.summary.incidents)).toBeGreaterThan(
      across(without, (r) => r.summary.incidents),
    );
    expect(across(withLayoffs, (r) => r.summary.meanMorale)).toBeLessThan(
      across(without, (r) => r.summary.meanMorale) - 0.03,
    );
    // Survivors leave more often too.
    expect(across(withLayoffs, (r) => r.summary.quits)).toBeGreaterThan(
      across(without, (r) => r.summary.quits),
    );
  });

  it('without a mandate, layoffs still lower morale and ownership and raise incidents', () => {
    const withLayoffs = runs(with_(BASELINE_POLICY, { staffing: [LAYOFF] }));
    const base = runs(BASELINE_POLICY);
    expect(across(withLayoffs, (r) => r.summary.meanMorale)).toBeLessThan(
      across(base, (r) => r.summary.meanMorale),
    );
    expect(across(withLayoffs, (r) => r.summary.incidents)).toBeGreaterThan(
      across(base, (r) => r.summary.incidents),
    );
    expect(across(withLayoffs, (r) => r.summary.finalOwnership)).toBeLessThan(
      across(base, (r) => r.summary.finalOwnership),
    );
  });
});

describe('D9 metrics get gamed', () => {
  it('a usage leaderboard raises measured adoption and compute cost, not features', () => {
    const plain = runs(MANDATE_ONLY_POLICY);
    const ranked = runs(with_(MANDATE_ONLY_POLICY, { leaderboard: true }));
    expect(across(ranked, (r) => r.summary.computeCost)).toBeGreaterThan(
      1.5 * across(plain, (r) => r.summary.computeCost),
    );
    expect(across(ranked, (r) => r.summary.featuresShipped)).toBeLessThanOrEqual(
      across(plain, (r) => r.summary.featuresShipped),
    );
    expect(weekly(ranked, (w) => w.measuredAdoption - w.adoption, 2)).toBeGreaterThan(0.05);
  });
});

describe('D10 pressure trades quality for speed', () => {
  it('crunch raises the velocity numbers and the defects that escape per line', () => {
    const normal = runs(MANDATE_ONLY_POLICY);
    const crunch = runs(with_(MANDATE_ONLY_POLICY, { deadlinePressure: 'crunch' }));
    // Velocity as measured early, before the crunch wears people out.
    const early = (rs: RunResult[]) =>
      weekly(
        rs.map((r) => ({ ...r, weeks: r.weeks.slice(0, 13) })),
        (w) => w.linesWritten,
      );
    expect(early(crunch)).toBeGreaterThan(early(normal));
    const escapedPerKloc = (rs: RunResult[]) =>
      across(rs, (r) => r.summary.escapedDefects / (r.summary.linesWritten / 1000));
    expect(escapedPerKloc(crunch)).toBeGreaterThan(1.1 * escapedPerKloc(normal));
  });
});

describe('D11 security debt', () => {
  const MANY = Array.from({ length: 400 }, (_, i) => 5000 + i);
  const breachShare = (rs: RunResult[]) =>
    rs.filter((r) => r.summary.breaches > 0).length / rs.length;

  it('a high mandate without review or security investment breaches in about 1 year in 5', () => {
    const share = breachShare(runs(MANDATE_ONLY_POLICY, MANY));
    expect(share).toBeGreaterThanOrEqual(1 / 8);
    expect(share).toBeLessThanOrEqual(1 / 3);
  });

  it('security review brings the risk down, and stays well below with the pipeline shipping more', () => {
    const bare = breachShare(runs(MANDATE_ONLY_POLICY, MANY));
    const reviewed = breachShare(runs(with_(MANDATE_ONLY_POLICY, { securityReview: true }), MANY));
    // The pipeline lets more code through review, so more code ships; scanners must keep up.
    const both = breachShare(
      runs(with_(MANDATE_ONLY_POLICY, { securityReview: true, pipelineInvestment: 1 }), MANY),
    );
    expect(reviewed).toBeLessThan(0.6 * bare);
    expect(both).toBeLessThan(0.75 * bare);
  });
});

describe('D12 the fix is the pipeline', () => {
  it('the mandate with pipeline investment and review that scale with it: more features, incidents near baseline', () => {
    const base = runs(BASELINE_POLICY);
    const sound = runs(SOUND_POLICY);
    expect(across(sound, (r) => r.summary.featuresShipped)).toBeGreaterThan(
      1.15 * across(base, (r) => r.summary.featuresShipped),
    );
    expect(perQuarter(sound)).toBeLessThan(1.3 * perQuarter(base));
  });

  it('the sound policy beats the mandate alone on every real outcome', () => {
    const sound = runs(SOUND_POLICY);
    const mandate = runs(MANDATE_ONLY_POLICY);
    expect(across(sound, (r) => r.summary.featuresShipped)).toBeGreaterThan(
      across(mandate, (r) => r.summary.featuresShipped),
    );
    expect(across(sound, (r) => r.summary.incidents)).toBeLessThan(
      across(mandate, (r) => r.summary.incidents),
    );
    expect(across(sound, (r) => r.summary.customersAffected)).toBeLessThan(
      across(mandate, (r) => r.summary.customersAffected),
    );
    expect(across(sound, (r) => r.summary.meanLeadTimeDays)).toBeLessThan(
      across(mandate, (r) => r.summary.meanLeadTimeDays),
    );
    expect(across(sound, (r) => r.summary.quits)).toBeLessThan(
      across(mandate, (r) => r.summary.quits),
    );
  });
});

describe('D13 vanity vs value', () => {
  it('what the board sees rises while what customers feel gets worse', () => {
    const base = runs(BASELINE_POLICY);
    const mandate = runs(MANDATE_ONLY_POLICY);
    // The board's view: lines, tokens, adoption all up.
    expect(across(mandate, (r) => r.summary.linesWritten)).toBeGreaterThan(
      across(base, (r) => r.summary.linesWritten),
    );
    expect(weekly(mandate, (w) => w.tokens)).toBeGreaterThan(0);
    expect(weekly(mandate, (w) => w.measuredAdoption, 13)).toBeGreaterThan(0.8);
    // Reality: features no better, customers affected and change failure rate far worse.
    expect(across(mandate, (r) => r.summary.featuresShipped)).toBeLessThan(
      1.1 * across(base, (r) => r.summary.featuresShipped),
    );
    expect(across(mandate, (r) => r.summary.customersAffected)).toBeGreaterThan(
      2 * across(base, (r) => r.summary.customersAffected),
    );
    expect(across(mandate, (r) => r.summary.changeFailureRate)).toBeGreaterThan(
      2 * across(base, (r) => r.summary.changeFailureRate),
    );
  });
});

describe('D14 perception vs measurement', () => {
  it('perceived velocity rises with AI use while lead time and stability get worse', () => {
    const base = runs(BASELINE_POLICY);
    const mandate = runs(MANDATE_ONLY_POLICY);
    expect(weekly(mandate, (w) => w.perceivedVelocity, 13)).toBeGreaterThan(1.2);
    expect(weekly(base, (w) => w.perceivedVelocity, 13)).toBeLessThan(1.05);
    expect(weekly(mandate, (w) => w.leadTimeDays, 13)).toBeGreaterThan(
      weekly(base, (w) => w.leadTimeDays, 13),
    );
    expect(weekly(mandate, (w) => w.changeFailureRate, 13)).toBeGreaterThan(
      weekly(base, (w) => w.changeFailureRate, 13),
    );
  });
});

describe('the scenario presets start where their briefs say', () => {
  it('every preset runs its default length with the default choices', () => {
    for (const id of [
      'mandate',
      'signoff-crunch',
      'leaderboard',
      'layoffs',
      'pipeline',
      'sandbox',
    ]) {
      const s = scenario(id);
      const r = runScenario({
        scenario: s,
        seed: 1,
        weeks: s.defaultWeeks,
        decisions: [],
        cards: CARDS,
      });
      expect(r.weeks).toHaveLength(s.defaultWeeks);
    }
  });

  it('the layoffs preset lays people off in week 2', () => {
    const r = runScenario({
      scenario: scenario('layoffs'),
      seed: 1,
      weeks: 4,
      decisions: [],
      cards: CARDS,
    });
    expect(r.weeks[1]?.laidOff).toBe(14);
  });

  it('the well-run pipeline preset outperforms the mandate preset on incidents', () => {
    const inc = (id: string) =>
      mean(
        SEEDS.slice(0, 20).map(
          (seed) =>
            runScenario({ scenario: scenario(id), seed, weeks: 26, decisions: [], cards: CARDS })
              .summary.incidents,
        ),
      );
    expect(inc('pipeline')).toBeLessThan(0.5 * inc('mandate'));
  });
});
