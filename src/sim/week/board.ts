/**
 * The week's modifiers expire, then, at a quarter's end, the board reviews: it watches the
 * vanity metrics most (D13), moves its confidence and the budget, and may leave pressure behind.
 */
import { quarterVerdict } from '../board.ts';
import { addModifier, tickModifiers } from '../cards.ts';
import { V } from '../params.ts';
import type { WeekMetrics } from '../types.ts';
import type { WeekWork } from './work.ts';
import { clamp01 } from './work.ts';

export interface BoardInput {
  readonly metrics: WeekMetrics;
}

export interface BoardOutput {
  /** Board confidence once any review this week is done. */
  readonly boardConfidence: number;
}

export function boardPhase(work: WeekWork, input: BoardInput): BoardOutput {
  const { st, week, events } = work;
  // This week's modifiers have done their work; what the board adds below starts next week.
  st.modifiers = tickModifiers(st.modifiers);
  if (week % V.quarterWeeks !== 0) return { boardConfidence: st.boardConfidence };
  const review = quarterVerdict(st, input.metrics);
  st.boardConfidence = clamp01(st.boardConfidence + review.confidenceDelta);
  st.weeklyBudget *= review.budgetFactor;
  if (review.verdict === 'displeased') {
    st.modifiers = addModifier(st.modifiers, 'boardPressure', V.boardPressureWeeks, {
      morale: V.moraleBoardPressure,
    });
  }
  events.push({
    kind: 'boardReview',
    week,
    quarter: week / V.quarterWeeks,
    verdict: review.verdict,
    results: review.results,
  });
  st.totals.quarterIncidents = 0;
  st.totals.quarterBreaches = 0;
  st.totals.quarterFeatures = 0;
  st.totals.quarterLines = 0;
  st.totals.quarterSpend = 0;
  return { boardConfidence: st.boardConfidence };
}
