/** Whole runs: replay a decision list, summarise a trajectory, and Monte Carlo over seeds. */
import { foldWeeks } from './fold.ts';
import { SPREAD_QUANTILES } from './limits.ts';
import type { EvidenceReading } from './params.ts';
import type { Score, ScoreComponent } from './score.ts';
import { measuresOfSummary, SCORE_COMPONENTS, scoreFromMeasures } from './score.ts';
import { createInitialState } from './state.ts';
import type {
  EventCard,
  Scenario,
  SimEvent,
  SimState,
  WeekDecisions,
  WeekMetrics,
} from './types.ts';

export interface RunSummary {
  weeks: number;
  linesWritten: number;
  featuresShipped: number;
  incidents: number;
  breaches: number;
  deploys: number;
  /** Share of deploys that failed, over the whole run. */
  changeFailureRate: number;
  meanLeadTimeDays: number;
  meanTimeToRestoreHours: number;
  customersAffected: number;
  meanMorale: number;
  finalOwnership: number;
  finalEngineers: number;
  quits: number;
  computeCost: number;
  budgetSpent: number;
  escapedDefects: number;
  peakReviewQueueLines: number;
  finalReviewQueueLines: number;
  meanAdoption: number;
  /** People laid off over the run (cards included). */
  laidOff: number;
  meanEngineers: number;
  /** The weekly budgets of the weeks played, added up. */
  budgetTotal: number;
}

export interface RunResult {
  scenario: string;
  seed: number;
  /** The weeks the run was asked for; `weeks` is shorter when the board ended it early. */
  plannedWeeks: number;
  weeks: WeekMetrics[];
  events: SimEvent[];
  summary: RunSummary;
  final: SimState;
}

export const SUMMARY_FIELDS = [
  'linesWritten',
  'featuresShipped',
  'incidents',
  'breaches',
  'deploys',
  'changeFailureRate',
  'meanLeadTimeDays',
  'meanTimeToRestoreHours',
  'customersAffected',
  'meanMorale',
  'finalOwnership',
  'finalEngineers',
  'quits',
  'computeCost',
  'budgetSpent',
  'escapedDefects',
  'peakReviewQueueLines',
  'finalReviewQueueLines',
  'meanAdoption',
  'laidOff',
  'meanEngineers',
  'budgetTotal',
] as const satisfies ReadonlyArray<keyof RunSummary>;

/** Folds weekly metrics into a summary as they come, so long batches need not keep trajectories. */
export class SummaryBuilder {
  private n = 0;
  private s: RunSummary = {
    weeks: 0,
    linesWritten: 0,
    featuresShipped: 0,
    incidents: 0,
    breaches: 0,
    deploys: 0,
    changeFailureRate: 0,
    meanLeadTimeDays: 0,
    meanTimeToRestoreHours: 0,
    customersAffected: 0,
    meanMorale: 0,
    finalOwnership: 0,
    finalEngineers: 0,
    quits: 0,
    computeCost: 0,
    budgetSpent: 0,
    escapedDefects: 0,
    peakReviewQueueLines: 0,
    finalReviewQueueLines: 0,
    meanAdoption: 0,
    laidOff: 0,
    meanEngineers: 0,
    budgetTotal: 0,
  };
  private failedDeploys = 0;

  add(m: WeekMetrics): void {
    const s = this.s;
    this.n += 1;
    s.weeks = this.n;
    s.linesWritten += m.linesWritten;
    s.featuresShipped += m.featuresShipped;
    s.incidents += m.incidents;
    s.breaches += m.breaches;
    s.deploys += m.deploys;
    this.failedDeploys += m.deploys * m.changeFailureRate;
    s.meanLeadTimeDays += m.leadTimeDays;
    s.meanTimeToRestoreHours += m.timeToRestoreHours;
    s.customersAffected += m.customersAffected;
    s.meanMorale += m.morale;
    s.finalOwnership = m.ownership;
    s.finalEngineers = m.engineers;
    s.quits += m.quits;
    s.computeCost += m.computeCost;
    s.budgetSpent = m.budgetSpent;
    s.escapedDefects += m.escapedDefects;
    s.peakReviewQueueLines = Math.max(s.peakReviewQueueLines, m.reviewQueueLines);
    s.finalReviewQueueLines = m.reviewQueueLines;
    s.meanAdoption += m.adoption;
    s.laidOff += m.laidOff;
    s.meanEngineers += m.engineers;
    s.budgetTotal += m.weeklyBudget;
  }

  result(): RunSummary {
    const n = Math.max(1, this.n);
    return {
      ...this.s,
      changeFailureRate: this.s.deploys > 0 ? this.failedDeploys / this.s.deploys : 0,
      meanLeadTimeDays: this.s.meanLeadTimeDays / n,
      meanTimeToRestoreHours: this.s.meanTimeToRestoreHours / n,
      meanMorale: this.s.meanMorale / n,
      meanAdoption: this.s.meanAdoption / n,
      meanEngineers: this.s.meanEngineers / n,
    };
  }
}

export interface RunOptions {
  scenario: Scenario;
  seed: number;
  weeks: number;
  /** One entry a week (index 0 = week 1); missing weeks decide nothing. */
  decisions: readonly WeekDecisions[];
  cards: readonly EventCard[];
  /** The reading of the evidence (params.ts); central when absent. */
  evidence?: EvidenceReading;
}

/** A fresh run of the options' scenario and seed, its decisions indexed by week (0 = week 1). */
function foldOf(o: RunOptions) {
  return {
    scenario: o.scenario,
    start: createInitialState(o.scenario, o.seed, o.evidence),
    weeks: o.weeks,
    decisionsFor: (week: number) => o.decisions[week - 1],
    cards: o.cards,
  };
}

export function runScenario(o: RunOptions): RunResult {
  const weeks: WeekMetrics[] = [];
  const events: SimEvent[] = [];
  const summary = new SummaryBuilder();
  const state = foldWeeks({
    ...foldOf(o),
    onWeek: (r) => {
      weeks.push(r.metrics);
      for (const e of r.events) events.push(e);
      summary.add(r.metrics);
    },
  });
  return {
    scenario: o.scenario.id,
    seed: o.seed,
    plannedWeeks: o.weeks,
    weeks,
    events,
    summary: summary.result(),
    final: state,
  };
}

/** A run's summary and score, without keeping its trajectory. */
function foldSummary(o: RunOptions): { summary: RunSummary; score: Score } {
  const fold = foldOf(o);
  const builder = new SummaryBuilder();
  foldWeeks({ ...fold, onWeek: (r) => builder.add(r.metrics) });
  const summary = builder.result();
  const before = fold.start.reference.featuresPerWeek;
  return { summary, score: scoreFromMeasures(measuresOfSummary(summary, before, o.weeks)) };
}

/** A run's summary alone, without keeping its trajectory (for sweeps and Monte Carlo). */
export function runSummary(o: RunOptions): RunSummary {
  return foldSummary(o).summary;
}

/** A run's summary with its score (the debrief's), for batches that print scores. */
export function runSummaryScored(o: RunOptions): { summary: RunSummary; score: Score } {
  return foldSummary(o);
}

export interface Spread {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
}

export interface MonteCarloResult {
  scenario: string;
  runs: number;
  summary: Record<(typeof SUMMARY_FIELDS)[number], Spread>;
  /** Share of runs with at least one major breach. */
  shareWithBreach: number;
  /** The debrief's score over the runs: the total and each of its parts. */
  score: { total: Spread } & Record<ScoreComponent, Spread>;
}

/** Quantile of sorted values by linear interpolation. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (pos - lo);
}

export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((x, y) => x - y);
  const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return {
    mean,
    p10: quantile(sorted, SPREAD_QUANTILES.p10),
    p50: quantile(sorted, SPREAD_QUANTILES.p50),
    p90: quantile(sorted, SPREAD_QUANTILES.p90),
  };
}

/** Runs seeds seed..seed+runs-1 with the same decisions. */
export function monteCarlo(
  o: Omit<RunOptions, 'seed'> & { seed: number; runs: number },
): MonteCarloResult {
  const summaries: RunSummary[] = [];
  const scores: Score[] = [];
  for (let i = 0; i < o.runs; i++) {
    const r = foldSummary({ ...o, seed: o.seed + i });
    summaries.push(r.summary);
    scores.push(r.score);
  }
  const summary = {} as MonteCarloResult['summary'];
  for (const f of SUMMARY_FIELDS) summary[f] = spreadOf(summaries.map((s) => s[f]));
  const score = { total: spreadOf(scores.map((s) => s.total)) } as MonteCarloResult['score'];
  for (const c of SCORE_COMPONENTS) score[c] = spreadOf(scores.map((s) => s.components[c]));
  return {
    scenario: o.scenario.id,
    runs: o.runs,
    summary,
    shareWithBreach: summaries.filter((s) => s.breaches > 0).length / Math.max(1, o.runs),
    score,
  };
}
