// Shared fixtures for the simulation tests: scenarios by id, a deep freeze, and a plain step loop.
import { CARDS } from '../../src/content/cards.ts';
import { findScenario } from '../../src/content/scenarios.ts';
import type {
  EventCard,
  Scenario,
  SimEvent,
  SimState,
  WeekDecisions,
  WeekMetrics,
} from '../../src/sim/index.ts';
import { createInitialState, step, withScripted } from '../../src/sim/index.ts';

export { CARDS };

export function scenario(id: string): Scenario {
  const s = findScenario(id);
  if (!s) throw new Error(`no scenario "${id}" in src/content/scenarios.ts`);
  return s;
}

/** Freezes an object graph, so any write to it throws (test files are ES modules: strict mode). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A JSON copy: what a save file would hold. */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export interface Trajectory {
  weeks: WeekMetrics[];
  events: SimEvent[];
  states: SimState[];
}

/**
 * Steps `weeks` weeks from `start`, folding in the scenario's scripted moves as runScenario does.
 * `decide` gives the decisions for a week number (1-based); states[i] is the state after week i+1.
 */
export function stepMany(
  sc: Scenario,
  start: SimState,
  weeks: number,
  decide: (week: number, state: SimState) => WeekDecisions = () => ({}),
  cards: readonly EventCard[] = CARDS,
): Trajectory {
  const out: Trajectory = { weeks: [], events: [], states: [] };
  let state = start;
  for (let i = 0; i < weeks; i++) {
    const week = state.week + 1;
    const r = step(state, withScripted(sc, week, decide(week, state)), cards);
    state = r.state;
    out.weeks.push(r.metrics);
    out.events.push(...r.events);
    out.states.push(state);
  }
  return out;
}

export function initial(id: string, seed: number): SimState {
  return createInitialState(scenario(id), seed);
}

/** The last element of a non-empty list (fails the test if it is empty). */
export function last<T>(xs: readonly T[]): T {
  const x = xs[xs.length - 1];
  if (x === undefined) throw new Error('expected a non-empty list');
  return x;
}
