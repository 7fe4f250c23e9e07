/**
 * The brief a run opened from a link shows before its first week (a room link, its QR code, an
 * embed naming a scenario, "start your own run" under a replayed debrief): who offers hints, and
 * what starting the run makes of them. The store opens it (`startRun` with `brief`) and closes it
 * (`beginRun`); the card itself is `src/ui/run/brief-dialog.ts`.
 */
import type { RunMode } from './run-record.ts';

/**
 * Hints are offered on a first run (no hint seen yet), unless the player turned them off: the
 * same first-visit rule as the title's guided run, and a saved "hide hints" is kept.
 */
export function briefHintsDefault(ui: {
  readonly hintsOn: boolean;
  readonly hintsSeen: readonly string[];
}): boolean {
  return ui.hintsOn && ui.hintsSeen.length === 0;
}

/** Whether the brief offers hints for a run of `mode`: the sandbox has none. */
export const briefOffersHints = (mode: RunMode): boolean => mode !== 'sandbox';

/** The run's mode once started from its brief: a scenario with hints is a guided run. */
export function modeAfterBrief(mode: RunMode, hints: boolean): RunMode {
  if (!briefOffersHints(mode)) return mode;
  return hints ? 'guided' : 'scenario';
}
