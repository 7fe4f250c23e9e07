/**
 * When the learning check is owed in a run: the rules the interrupt, the store and autoplay ask,
 * apart from the check's items and views (`check.ts`), so what plays a run (the queue widget
 * too) carries no more of the check than these.
 */
import { isRunOver } from '../sim/index.ts';
import type { CheckStep, RunCheck, Snapshot } from './run-record.ts';

/** Whether `step` of the run's check is still owed (the check is on, and the step not passed). */
export function checkOwes(check: RunCheck | undefined, step: CheckStep): boolean {
  return check?.passed !== undefined && !check.passed.includes(step);
}

/** Before week 1 of a run with the check on, the first six questions are owed. */
export const beforeOwed = (check: RunCheck | undefined, sim: Snapshot | null): boolean =>
  checkOwes(check, 'before') && sim?.state.week === 0;

/** Once the run is over, the prediction is owed before the debrief opens. */
export const predictionOwed = (
  run: { readonly weeks: number; readonly check?: RunCheck | undefined } | null,
  sim: Snapshot | null,
): boolean =>
  !!run && !!sim && checkOwes(run.check, 'prediction') && isRunOver(sim.state, run.weeks);
