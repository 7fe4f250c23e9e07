/**
 * The quarterly board review. The board sees what its dashboard shows:
 * adoption, lines written and spend weigh most; features count for less; only
 * incidents and breaches big enough to reach the press register (D13).
 */
import { V } from './params.ts';
import type { BoardTargetResult, BoardVerdict, SimState, WeekMetrics } from './types.ts';

/**
 * The targets the board holds as limits (spend, incidents, breaches at most so much): the
 * quarter's totals only grow, so a limit passed is missed whatever the rest of the quarter brings.
 */
export const BOARD_LIMITS: ReadonlySet<BoardTargetResult['target']> = new Set([
  'budget',
  'incidents',
  'breaches',
]);

/** How much each target weighs in the board's verdict. */
export const BOARD_WEIGHTS: Readonly<Record<BoardTargetResult['target'], number>> = {
  adoption: V.boardWeightAdoption,
  lines: V.boardWeightLines,
  budget: V.boardWeightBudget,
  features: V.boardWeightFeatures,
  incidents: V.boardWeightIncidents,
  breaches: V.boardWeightBreaches,
};

const CONFIDENCE_DELTA: Record<BoardVerdict, number> = {
  pleased: V.boardConfidencePleased,
  satisfied: V.boardConfidenceSatisfied,
  concerned: V.boardConfidenceConcerned,
  displeased: V.boardConfidenceDispleased,
};

/** The least share of the weights met for each verdict (below `concerned`'s, displeased). */
export const BOARD_VERDICT_SHARES = {
  pleased: V.boardPleasedShare,
  satisfied: V.boardSatisfiedShare,
  concerned: V.boardConcernedShare,
} as const;

/** The weights of the targets met and of all the targets judged: the verdict reads their share. */
export function weighedTargets(results: readonly BoardTargetResult[]): {
  met: number;
  total: number;
} {
  let total = 0;
  let met = 0;
  for (const r of results) {
    total += BOARD_WEIGHTS[r.target];
    if (r.met) met += BOARD_WEIGHTS[r.target];
  }
  return { met, total };
}

/** The verdict of a share of the weights met. */
export function verdictOf(share: number): BoardVerdict {
  return share >= BOARD_VERDICT_SHARES.pleased
    ? 'pleased'
    : share >= BOARD_VERDICT_SHARES.satisfied
      ? 'satisfied'
      : share >= BOARD_VERDICT_SHARES.concerned
        ? 'concerned'
        : 'displeased';
}

export interface QuarterReview {
  verdict: BoardVerdict;
  results: BoardTargetResult[];
  confidenceDelta: number;
  budgetFactor: number;
}

/**
 * The board's verdict on the weeks since its last review. At a quarter's end that is the whole
 * quarter; `weeks` shorter than a quarter judges a run that ends between reviews, every goal
 * (the incidents it tolerates included) scaled to the weeks it covers.
 */
export function quarterVerdict(
  st: SimState,
  m: Pick<WeekMetrics, 'measuredAdoption'>,
  weeks: number = V.quarterWeeks,
): QuarterReview {
  const t = st.totals;
  const results: BoardTargetResult[] = [];
  if (st.boardAdoptionTarget > 0) {
    const goal = st.boardAdoptionTarget;
    results.push({
      target: 'adoption',
      goal,
      actual: m.measuredAdoption,
      met: m.measuredAdoption >= goal,
    });
  }
  const linesGoal = st.reference.linesPerWeek * weeks;
  results.push({
    target: 'lines',
    goal: linesGoal,
    actual: t.quarterLines,
    met: t.quarterLines >= linesGoal,
  });
  // The board asks for whole features, and tolerates whole incidents.
  const featuresGoal = Math.ceil(st.reference.featuresPerWeek * weeks * V.boardFeaturesGoal);
  results.push({
    target: 'features',
    goal: featuresGoal,
    actual: t.quarterFeatures,
    met: t.quarterFeatures >= featuresGoal,
  });
  const budgetGoal = st.weeklyBudget * weeks;
  results.push({
    target: 'budget',
    goal: budgetGoal,
    actual: t.quarterSpend,
    met: t.quarterSpend <= budgetGoal,
  });
  const tolerance = Math.round((V.boardIncidentTolerance * weeks) / V.quarterWeeks);
  results.push({
    target: 'incidents',
    goal: tolerance,
    actual: t.quarterIncidents,
    met: t.quarterIncidents <= tolerance,
  });
  results.push({
    target: 'breaches',
    goal: 0,
    actual: t.quarterBreaches,
    met: t.quarterBreaches === 0,
  });

  const { met, total } = weighedTargets(results);
  const verdict = verdictOf(total > 0 ? met / total : 1);
  const budgetFactor =
    verdict === 'pleased'
      ? 1 + V.boardBudgetStep
      : verdict === 'displeased'
        ? 1 - V.boardBudgetStep
        : 1;
  return { verdict, results, confidenceDelta: CONFIDENCE_DELTA[verdict], budgetFactor };
}

/** Weeks played since the board last reviewed (0 when it reviewed this very week). */
export const weeksSinceReview = (st: Pick<SimState, 'week'>): number => st.week % V.quarterWeeks;

/**
 * The verdict the board would give on a run that ends between its reviews (a 12-week taster, a
 * run of 26 weeks that stops after the second review but one...): the weeks since the last
 * review, judged as a review would judge them. Null when the run ended on a review. Changes
 * nothing: the run is over.
 */
export function closingVerdict(st: SimState, m: WeekMetrics): QuarterReview | null {
  const weeks = weeksSinceReview(st);
  return weeks > 0 ? quarterVerdict(st, m, weeks) : null;
}

/** The weeks of the quarter under way: from the week after the last review to the next, or the run's end. */
export interface QuarterSpan {
  /** The first week of the quarter (1-based). */
  readonly first: number;
  /** The week the board judges it: its next review, or the run's last week when that comes first. */
  readonly last: number;
  /** Weeks the board will judge (what its goals are scaled to). */
  readonly weeks: number;
  /** Weeks of it played so far. */
  readonly played: number;
}

/**
 * The quarter the board is watching after `week` weeks of a run of `runWeeks`: the weeks its next
 * verdict covers (a quarterly review, or the closing verdict of a run that ends first). Null once
 * the run is over on a review, with no quarter left.
 */
export function quarterSpan(week: number, runWeeks: number): QuarterSpan | null {
  const played = weeksSinceReview({ week });
  const start = week - played;
  const last = Math.min(start + V.quarterWeeks, runWeeks);
  return last > start ? { first: start + 1, last, weeks: last - start, played } : null;
}

/** One target of the quarter under way: its goal, the figure so far, and whether it is lost. */
export interface TargetProgress {
  readonly target: BoardTargetResult['target'];
  readonly goal: number;
  /** The figure to date; null before the board has anything to read (adoption before week 1). */
  readonly actual: number | null;
  /** A limit already passed: missed, whatever the rest of the quarter brings. */
  readonly exceeded: boolean;
}

export interface QuarterProgress {
  readonly span: QuarterSpan;
  readonly targets: readonly TargetProgress[];
}

/**
 * The board's targets for the quarter under way, with the figures so far, judged by the same
 * rules as its verdict (`quarterVerdict`, over the weeks `quarterSpan` says it will cover). Only a
 * limit already passed is called; every other target waits for the verdict.
 */
export function quarterProgress(st: SimState, runWeeks: number): QuarterProgress | null {
  const span = quarterSpan(st.week, runWeeks);
  if (!span) return null;
  const measured = st.last ? st.last.measuredAdoption : null;
  const { results } = quarterVerdict(st, { measuredAdoption: measured ?? 0 }, span.weeks);
  const targets = results.map((r) => ({
    target: r.target,
    goal: r.goal,
    actual: r.target === 'adoption' && measured === null ? null : r.actual,
    exceeded: BOARD_LIMITS.has(r.target) && !r.met,
  }));
  return { span, targets };
}
