/**
 * What the `sim` command prints, as pure functions of the simulation's results.
 *
 * Numbers: integers print exactly; other numbers are rounded to 6 significant
 * digits, but never past the units digit (a million or more rounds to a whole
 * number), in JSON and CSV alike. CSV numbers are plain decimals: no exponent,
 * no thousands separators. A value the model could not compute prints as
 * `null` in JSON (JSON has no NaN) and `NaN` in CSV.
 */
import type {
  MonteCarloResult,
  Param,
  RunResult,
  RunSummary,
  Score,
  WeekMetrics,
} from '../sim/index.ts';
import { SCORE_COMPONENTS, SUMMARY_FIELDS, scoreRun } from '../sim/index.ts';

/** CSV columns of a single run, in the order `WeekMetrics` declares them. */
export const WEEK_COLUMNS = [
  'week',
  'engineers',
  'juniors',
  'mids',
  'seniors',
  'onboarding',
  'arrivals',
  'quits',
  'laidOff',
  'linesWritten',
  'aiLines',
  'reworkHours',
  'linesReviewed',
  'linesSkipped',
  'linesAbandoned',
  'reviewQueueLines',
  'reviewLoad',
  'reviewDepth',
  'reviewCapacity',
  'reviewHours',
  'linesPerReviewerHour',
  'integrationQueueLines',
  'featuresShipped',
  'deploys',
  'leadTimeDays',
  'changeFailureRate',
  'defectsInjected',
  'defectsCaught',
  'escapedDefects',
  'incidents',
  'breaches',
  'timeToRestoreHours',
  'customersAffected',
  'openVulns',
  'morale',
  'seniorMorale',
  'ownership',
  'adoption',
  'measuredAdoption',
  'tokens',
  'computeCost',
  'salaryCost',
  'investmentCost',
  'incidentCost',
  'budgetSpent',
  'weeklyBudget',
  'pipelineLevel',
  'boardConfidence',
  'perceivedVelocity',
  'staffShortfall',
  'seniorLoad',
] as const satisfies ReadonlyArray<keyof WeekMetrics>;

/** CSV columns of a Monte Carlo batch: one row a run. */
export const RUN_COLUMNS = [
  'seed',
  'weeks',
  ...SUMMARY_FIELDS,
  'score',
  ...SCORE_COMPONENTS.map((c) => `score_${c}` as const),
] as const;

/** The rounding rule of the module comment. */
export function roundNumber(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return n;
  if (Math.abs(n) >= 1e6) return Math.round(n);
  return Number(n.toPrecision(6));
}

/** A number as a CSV cell: rounded, in plain decimal notation. */
export function plainNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  const r = roundNumber(n);
  const s = String(r);
  if (!s.includes('e')) return s;
  // Only whole numbers of 1e21 or more, and magnitudes under 1e-6, print with an exponent.
  if (Math.abs(r) >= 1) return BigInt(r).toString();
  const digits = Math.min(100, 5 - Math.floor(Math.log10(Math.abs(r))));
  return r.toFixed(digits).replace(/\.?0+$/, '');
}

function cell(v: unknown): string {
  if (typeof v === 'number') return plainNumber(v);
  if (v === undefined || v === null) return '';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function csv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}

const rounded = (_key: string, v: unknown): unknown => (typeof v === 'number' ? roundNumber(v) : v);

const json = (v: unknown, indent?: number): string => JSON.stringify(v, rounded, indent);

/** Pretty JSON, except that the items of the listed arrays take one line each. */
function jsonWithCompactItems(obj: Record<string, unknown>, compact: ReadonlySet<string>): string {
  const parts = Object.entries(obj).map(([k, v]) => {
    if (compact.has(k) && Array.isArray(v)) {
      if (v.length === 0) return `  ${json(k)}: []`;
      return `  ${json(k)}: [\n${v.map((item) => `    ${json(item)}`).join(',\n')}\n  ]`;
    }
    return `  ${json(k)}: ${json(v, 2).replaceAll('\n', '\n  ')}`;
  });
  return `{\n${parts.join(',\n')}\n}\n`;
}

/** Columns for a trajectory: the known ones in order, then any the model has added since. */
export function weekColumns(weeks: readonly WeekMetrics[]): string[] {
  const known = new Set<string>(WEEK_COLUMNS);
  const extra = Object.keys(weeks[0] ?? {}).filter((k) => !known.has(k));
  return [...WEEK_COLUMNS, ...extra];
}

/**
 * One run as JSON: `{ scenario, seed, code, weeks: [a week a line], events: [an event a line], summary }`,
 * where `code` is the run's results code (left out when none is given).
 */
export function formatRunJson(
  r: RunResult,
  code?: string,
  extra: Readonly<Record<string, unknown>> = {},
): string {
  return jsonWithCompactItems(
    {
      scenario: r.scenario,
      seed: r.seed,
      evidence: r.final.evidence,
      ...(code === undefined ? {} : { code }),
      weeks: r.weeks,
      events: r.events,
      summary: r.summary,
      score: scoreRun(r),
      ...extra,
    },
    new Set(['weeks', 'events']),
  );
}

/** One run as CSV: a header, then one row a week. */
export function formatRunCsv(r: Pick<RunResult, 'weeks'>): string {
  return csv(weekColumns(r.weeks), r.weeks as unknown as Record<string, unknown>[]);
}

/** A Monte Carlo batch as JSON: `{ scenario, runs, summary: { field: { mean, p10, p50, p90 } }, shareWithBreach }`. */
export function formatMonteCarloJson(mc: MonteCarloResult): string {
  return `${json(
    {
      scenario: mc.scenario,
      runs: mc.runs,
      summary: mc.summary,
      shareWithBreach: mc.shareWithBreach,
      score: mc.score,
    },
    2,
  )}\n`;
}

/** A Monte Carlo batch as CSV: a header, then one row a run (its seed and summary). */
export function formatRunsCsv(
  runs: readonly { seed: number; summary: RunSummary; score: Score }[],
): string {
  return csv(
    RUN_COLUMNS,
    runs.map((r) => ({
      seed: r.seed,
      ...r.summary,
      score: r.score.total,
      ...Object.fromEntries(SCORE_COMPONENTS.map((c) => [`score_${c}`, r.score.components[c]])),
    })),
  );
}

/** The parameter table as JSON: `{ key: { value, unit, kind, sources, evidence? } }`. */
export function formatParamsJson(params: Readonly<Record<string, Param>>): string {
  return `${JSON.stringify(params, null, 2)}\n`;
}
