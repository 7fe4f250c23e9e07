/**
 * The one replay loop. A run is a value, `(state, decisions) -> state`: every replay (whole
 * runs, the debrief, the facilitator's room, saved runs, results codes, the CLI) plays its
 * weeks through here, so the scenario's scripted moves are merged, and weeks numbered, the
 * same way everywhere.
 */
import { boardEndedRun } from './overspend.ts';
import { withScripted } from './policy.ts';
import { step } from './step.ts';
import type { EventCard, Scenario, SimState, StepResult, WeekDecisions } from './types.ts';

/** Plays the week after `state`: the decisions, with the scenario's scripted moves for that week. */
export function playWeek(
  state: SimState,
  scenario: Scenario,
  decisions: WeekDecisions,
  cards: readonly EventCard[],
): StepResult {
  return step(state, withScripted(scenario, state.week + 1, decisions), cards);
}

export interface FoldOptions {
  scenario: Scenario;
  /** The state before the first week played (a fresh run's is week 0). */
  start: SimState;
  /** Weeks to play. */
  weeks: number;
  /** The decisions for a week (its number counts from the run's start: 1 is the first week). */
  decisionsFor: (week: number) => WeekDecisions | undefined;
  cards: readonly EventCard[];
  /** Sees each week's result as it is played. */
  onWeek?: (result: StepResult) => void;
}

/**
 * Plays `weeks` weeks from `start` and returns the state after the last, or after the week
 * the board replaced the player: a run ends there, whatever decisions follow.
 */
export function foldWeeks(o: FoldOptions): SimState {
  let state = o.start;
  for (let i = 0; i < o.weeks && !boardEndedRun(state); i++) {
    const r = playWeek(state, o.scenario, o.decisionsFor(state.week + 1) ?? {}, o.cards);
    state = r.state;
    o.onWeek?.(r);
  }
  return state;
}
