import { describe, expect, it } from 'vitest';
import {
  formatMonteCarloJson,
  formatRunCsv,
  formatRunJson,
  formatRunsCsv,
  plainNumber,
  RUN_COLUMNS,
  roundNumber,
  WEEK_COLUMNS,
} from '../../src/cli/format.ts';
import { CARDS } from '../../src/content/cards.ts';
import { MANDATE_ONLY_POLICY } from '../../src/content/policies.ts';
import { findScenario } from '../../src/content/scenarios.ts';
import {
  monteCarlo,
  policyToDecisions,
  runScenario,
  runSummaryScored,
  SCORE_COMPONENTS,
  SUMMARY_FIELDS,
  scoreRun,
} from '../../src/sim/index.ts';

const scenario = findScenario('mandate');
if (!scenario) throw new Error('the mandate scenario is missing');
const WEEKS = 12;
const base = {
  scenario,
  weeks: WEEKS,
  decisions: policyToDecisions(MANDATE_ONLY_POLICY, WEEKS),
  cards: CARDS,
};
const run = runScenario({ ...base, seed: 3 });

/** Fields the CLI documents for every week. */
const REQUIRED_WEEK_FIELDS = [
  'week',
  'engineers',
  'seniors',
  'linesWritten',
  'linesReviewed',
  'reviewQueueLines',
  'featuresShipped',
  'deploys',
  'leadTimeDays',
  'changeFailureRate',
  'incidents',
  'breaches',
  'timeToRestoreHours',
  'morale',
  'ownership',
  'adoption',
  'computeCost',
  'budgetSpent',
];

describe('number rule', () => {
  it.each([
    [0, 0],
    [42, 42],
    [123_456_789, 123_456_789],
    [0.1 + 0.2, 0.3],
    [0.4399999999999998, 0.44],
    [1.234567891, 1.23457],
    [-98.7654321, -98.7654],
    [129_004.7647, 129_005],
    [3_565_132.522, 3_565_133],
    [1.23456789e-7, 1.23457e-7],
  ])('roundNumber(%d) = %d', (n, want) => {
    expect(roundNumber(n)).toBe(want);
  });

  it('leaves what is not a finite number alone', () => {
    expect(roundNumber(Number.NaN)).toBeNaN();
    expect(roundNumber(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });

  it.each([
    [0, '0'],
    [12_345_678, '12345678'],
    [1234.5678, '1234.57'],
    [0.000_001_234_567, '0.00000123457'],
    [1.2e-7, '0.00000012'],
    [-2.5e-8, '-0.000000025'],
    [1e21, '1000000000000000000000'],
    [Number.NaN, 'NaN'],
  ])('plainNumber(%d) = %s', (n, want) => {
    expect(plainNumber(n)).toBe(want);
  });
});

describe('single run', () => {
  it('CSV: a header and one row a week, every row as wide as the header', () => {
    const text = formatRunCsv(run);
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(WEEKS + 1);
    const header = lines[0]?.split(',') ?? [];
    expect(header.slice(0, WEEK_COLUMNS.length)).toEqual([...WEEK_COLUMNS]);
    for (const k of Object.keys(run.weeks[0] ?? {})) expect(header).toContain(k);
    for (const line of lines.slice(1)) {
      expect(line.split(',')).toHaveLength(header.length);
      expect(line).not.toMatch(/e[+-]?\d/i);
    }
    expect(lines[1]?.split(',')[0]).toBe('1');
    expect(lines[WEEKS]?.split(',')[0]).toBe(String(WEEKS));
  });

  it('JSON: scenario, seed, evidence, one object a week with the documented fields, events, summary, score', () => {
    const out = JSON.parse(formatRunJson(run));
    expect(Object.keys(out)).toEqual([
      'scenario',
      'seed',
      'evidence',
      'weeks',
      'events',
      'summary',
      'score',
    ]);
    expect(out.evidence).toBe('central');
    expect(out.score.total).toBeCloseTo(scoreRun(run).total, 3);
    expect(Object.keys(out.score.components)).toEqual([...SCORE_COMPONENTS]);
    expect(out.scenario).toBe('mandate');
    expect(out.seed).toBe(3);
    expect(out.weeks).toHaveLength(WEEKS);
    out.weeks.forEach((w: Record<string, unknown>, i: number) => {
      expect(w.week).toBe(i + 1);
      for (const f of REQUIRED_WEEK_FIELDS) expect(typeof w[f], f).toBe('number');
    });
    expect(Array.isArray(out.events)).toBe(true);
    expect(out.events).toHaveLength(run.events.length);
    for (const f of ['weeks', ...SUMMARY_FIELDS]) expect(typeof out.summary[f], f).toBe('number');
  });

  it('JSON: numbers follow the rounding rule, and a week takes one line', () => {
    const text = formatRunJson(run);
    const out = JSON.parse(text);
    expect(out.weeks[0].linesWritten).toBe(roundNumber(run.weeks[0]?.linesWritten ?? Number.NaN));
    expect(out.summary.changeFailureRate).toBe(roundNumber(run.summary.changeFailureRate));
    const weekLines = text.split('\n').filter((l) => l.trimStart().startsWith('{"week":'));
    expect(weekLines).toHaveLength(WEEKS);
  });

  it('JSON: an empty event list still parses', () => {
    const out = JSON.parse(formatRunJson({ ...run, events: [] }));
    expect(out.events).toEqual([]);
  });
});

describe('Monte Carlo', () => {
  it('JSON: mean, p10, p50, p90 for every summary field, shareWithBreach, and the score', () => {
    const mc = monteCarlo({ ...base, seed: 1, runs: 5 });
    const out = JSON.parse(formatMonteCarloJson(mc));
    expect(Object.keys(out)).toEqual(['scenario', 'runs', 'summary', 'shareWithBreach', 'score']);
    for (const part of ['total', ...SCORE_COMPONENTS]) {
      const { p10, p50, p90 } = out.score[part];
      expect(p10).toBeLessThanOrEqual(p50);
      expect(p50).toBeLessThanOrEqual(p90);
    }
    expect(out.runs).toBe(5);
    for (const f of SUMMARY_FIELDS) {
      expect(Object.keys(out.summary[f])).toEqual(['mean', 'p10', 'p50', 'p90']);
      const { p10, p50, p90 } = out.summary[f];
      expect(p10).toBeLessThanOrEqual(p50);
      expect(p50).toBeLessThanOrEqual(p90);
    }
    expect(out.shareWithBreach).toBeGreaterThanOrEqual(0);
    expect(out.shareWithBreach).toBeLessThanOrEqual(1);
  });

  it('CSV: a header (seed and every summary field) and one row a run', () => {
    const runs = [7, 8, 9].map((seed) => ({ seed, ...runSummaryScored({ ...base, seed }) }));
    const lines = formatRunsCsv(runs).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(RUN_COLUMNS.join(','));
    expect(RUN_COLUMNS.slice(0, 2)).toEqual(['seed', 'weeks']);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['7', '8', '9']);
    for (const l of lines.slice(1)) {
      expect(l.split(',')).toHaveLength(RUN_COLUMNS.length);
      expect(l.split(',')[1]).toBe(String(WEEKS));
    }
  });
});
