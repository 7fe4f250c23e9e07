/** The debrief's "Play again": the same scenario, length, seed and reading of the evidence. */
import type { GameStore } from '../../state/store.ts';

/**
 * Starts the debrief's run again. `brief`: show the run's brief first, for a reader who never saw
 * it (a run opened from its results code).
 */
export function playAgain(store: GameStore, o: { brief?: boolean } = {}): void {
  const { run, startRun } = store.getState();
  if (!run) return;
  startRun({
    scenarioId: run.scenarioId,
    weeks: run.weeks,
    seed: run.seed,
    mode: run.mode === 'guided' ? 'scenario' : run.mode,
    evidence: run.evidence,
    ...(o.brief ? { brief: true } : {}),
  });
}
