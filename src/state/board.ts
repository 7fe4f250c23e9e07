/**
 * The board as the run screen sees it between reviews: its targets for the quarter under way with
 * the figures so far, and the closing verdict a run that ends between reviews owes the player.
 * The rules are the model's (`src/sim/board.ts`); this only reads them off the store's run.
 */
import {
  BOARD_LIMITS,
  BOARD_VERDICT_SHARES,
  BOARD_WEIGHTS,
  isRunOver,
  type QuarterProgress,
  quarterProgress,
  weighedTargets,
} from '../sim/index.ts';
import { type ClosingReview, closingOf } from './debrief.ts';
import type { Snapshot } from './run-record.ts';

export type { QuarterProgress };
export { BOARD_LIMITS, BOARD_VERDICT_SHARES, BOARD_WEIGHTS, weighedTargets };

/** The board's targets for the quarter under way, or null with no run or no quarter left. */
export function currentQuarter(
  run: { readonly weeks: number } | null,
  sim: Snapshot | null,
): QuarterProgress | null {
  if (!run || !sim || isRunOver(sim.state, run.weeks)) return null;
  return quarterProgress(sim.state, run.weeks);
}

/**
 * The board's closing verdict, owed on the run screen when the run has played all its weeks and
 * ended between reviews (a 12-week run); null otherwise. A player the board replaced meets that
 * in the debrief instead.
 */
export function closingOwed(
  run: { readonly weeks: number } | null,
  sim: Snapshot | null,
): ClosingReview | null {
  if (!run || !sim || sim.state.week < run.weeks || sim.state.replacedWeek > 0) return null;
  return closingOf(sim);
}
