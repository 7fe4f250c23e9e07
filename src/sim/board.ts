/**
 * The quarterly board review. The board sees what its dashboard shows:
 * adoption, lines written and spend weigh most; features count for less; only
 * incidents and breaches big enough to reach the press register (D13).
 */
import { V } from './params.ts';
import type { BoardTargetResult, BoardVerdict, SimState, WeekMetrics } from './types.ts';

/** How much each target weighs in the board's verdict. */
const WEIGHTS: Record<BoardTargetResult['target'], number> = {
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
  m: WeekMetrics,
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

  let total = 0;
  let met = 0;
  for (const r of results) {
    total += WEIGHTS[r.target];
    if (r.met) met += WEIGHTS[r.target];
  }
  const share = total > 0 ? met / total : 1;
  const verdict: BoardVerdict =
    share >= V.boardPleasedShare
      ? 'pleased'
      : share >= V.boardSatisfiedShare
        ? 'satisfied'
        : share >= V.boardConcernedShare
          ? 'concerned'
          : 'displeased';
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
