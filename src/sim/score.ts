/**
 * The debrief's score: several outcomes together, so that no single rule wins.
 *
 * Each component maps one or two measures of the run to 0..100 with a smooth
 * Hill curve, `100 / (1 + (x / mid)^k)`: half marks at the midpoint, and every
 * small improvement is worth a little (no steps a player could sit just above).
 * All measures are rates (per week, per year, per budget), so runs of 12, 26 and
 * 52 weeks score on the same scale. Midpoints, steepness and weights live in
 * params.ts (`score*`). The score reads a finished run; it never feeds back into
 * the model.
 */
import { V } from './params.ts';
import type { RunSummary } from './run.ts';
import type { SimState, WeekMetrics } from './types.ts';

export const SCORE_COMPONENTS = [
  'features',
  'stability',
  'recovery',
  'people',
  'cost',
  'customers',
] as const;
export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];

export interface Score {
  /** Weighted mean of the components, 0..100. */
  total: number;
  components: Record<ScoreComponent, number>;
}

export interface ScoredRun {
  weeks: readonly WeekMetrics[];
  summary: RunSummary;
  final: SimState;
  /**
   * The weeks the run was meant to last. A run the board ended early earns nothing for the
   * weeks after the player was replaced: its total is scaled by the share it led. Read only
   * when the board replaced the player.
   */
  plannedWeeks?: number;
}

/** 100 at x = 0, 50 at x = mid, falling smoothly towards 0. */
export function falling(x: number, mid: number, k: number): number {
  if (!(x > 0)) return 100;
  if (!Number.isFinite(x)) return 0;
  return 100 / (1 + (x / mid) ** k);
}

/** 0 at x = 0, 50 at x = mid, rising smoothly towards 100. */
export function rising(x: number, mid: number, k: number): number {
  return 100 - falling(x, mid, k);
}

/** 50 at x = mid, a logistic curve of the given width (for measures that live in 0..1). */
function logistic(x: number, mid: number, width: number): number {
  return 100 / (1 + Math.exp(-(x - mid) / width));
}

const WEIGHTS: Record<ScoreComponent, number> = {
  features: V.scoreWeightFeatures,
  stability: V.scoreWeightStability,
  recovery: V.scoreWeightRecovery,
  people: V.scoreWeightPeople,
  cost: V.scoreWeightCost,
  customers: V.scoreWeightCustomers,
};

/** The raw measures each component is scored from: the debrief can show them beside the points. */
export interface ScoreMeasures {
  /** Features shipped as a multiple of the team's pre-run pace over the same weeks. */
  featuresVsReference: number;
  incidentsPerWeek: number;
  changeFailureRate: number;
  meanTimeToRestoreHours: number;
  /** Quits plus weighted layoffs a year, as a share of the mean headcount. */
  annualDepartures: number;
  meanMorale: number;
  /** Dollars spent over the sum of the weekly budgets. */
  spendVsBudget: number;
  customersPerWeek: number;
  /** Share of the planned weeks the player led (1 unless the board replaced them). */
  weeksInCharge: number;
}

export function scoreMeasures(run: ScoredRun): ScoreMeasures {
  // Only a run the board ended is short of its plan by the player's doing; an unfinished run
  // (a code handed in mid-way) is scored on the weeks it has.
  const planned = run.final.replacedWeek > 0 ? run.plannedWeeks : undefined;
  return measuresOfSummary(run.summary, run.final.reference.featuresPerWeek, planned);
}

/**
 * The measures from a run's summary alone (what batches keep): the team's pre-run pace of
 * features a week, and the weeks the run was meant to last when the board ended it early.
 */
export function measuresOfSummary(
  summary: RunSummary,
  featuresPerWeekBefore: number,
  plannedWeeks?: number,
): ScoreMeasures {
  const n = Math.max(1, summary.weeks);
  const budget = summary.budgetTotal;
  const reference = featuresPerWeekBefore * n;
  const meanHeadcount = summary.meanEngineers;
  return {
    featuresVsReference: reference > 0 ? summary.featuresShipped / reference : 1,
    incidentsPerWeek: summary.incidents / n,
    changeFailureRate: summary.changeFailureRate,
    meanTimeToRestoreHours: summary.meanTimeToRestoreHours,
    annualDepartures:
      meanHeadcount > 0
        ? ((summary.quits + V.scoreLayoffWeight * summary.laidOff) / meanHeadcount) *
          (V.weeksPerYear / n)
        : 1,
    meanMorale: summary.meanMorale,
    spendVsBudget: budget > 0 ? summary.budgetSpent / budget : 0,
    customersPerWeek: summary.customersAffected / n,
    weeksInCharge: n / Math.max(n, plannedWeeks ?? n),
  };
}

/** Scores each component of a run from its measures. */
export function scoreFromMeasures(m: ScoreMeasures): Score {
  const components: Record<ScoreComponent, number> = {
    features: rising(m.featuresVsReference, V.scoreFeaturesMid, V.scoreFeaturesSteepness),
    stability:
      (falling(m.incidentsPerWeek, V.scoreIncidentsMid, V.scoreIncidentsSteepness) +
        falling(m.changeFailureRate, V.scoreCfrMid, V.scoreCfrSteepness)) /
      2,
    recovery: falling(m.meanTimeToRestoreHours, V.scoreRestoreMid, V.scoreRestoreSteepness),
    people:
      (falling(m.annualDepartures, V.scoreDeparturesMid, V.scoreDeparturesSteepness) +
        logistic(m.meanMorale, V.scoreMoraleMid, V.scoreMoraleWidth)) /
      2,
    cost: falling(m.spendVsBudget, V.scoreCostMid, V.scoreCostSteepness),
    customers: falling(m.customersPerWeek, V.scoreCustomersMid, V.scoreCustomersSteepness),
  };
  let total = 0;
  let weights = 0;
  for (const c of SCORE_COMPONENTS) {
    total += WEIGHTS[c] * components[c];
    weights += WEIGHTS[c];
  }
  const led = Math.min(1, Math.max(0, m.weeksInCharge));
  return { total: weights > 0 ? (total / weights) * led : 0, components };
}

/** The run's score: a weighted mean of six components, each 0..100. */
export function scoreRun(run: ScoredRun): Score {
  return scoreFromMeasures(scoreMeasures(run));
}
