/**
 * A run as a value: seed, scenario, length and the decisions of each week played.
 * Everything the player saw replays from it exactly, so it is all that is saved.
 */
import { CARDS } from '../content/cards.ts';
import type { CheckRecord } from '../content/learning-check.ts';
import { findScenario } from '../content/scenarios.ts';
import type {
  EvidenceReading,
  Scenario,
  SimEvent,
  SimState,
  StepResult,
  WeekDecisions,
  WeekMetrics,
} from '../sim/index.ts';
import {
  createInitialState,
  foldWeeks,
  isRunOver,
  MAX_WEEKS,
  playWeek,
  RUN_LENGTHS,
} from '../sim/index.ts';

export type RunMode = 'guided' | 'scenario' | 'sandbox';
/** The lengths a scenario is played at (the model's limits module holds them). */
export { RUN_LENGTHS };
/**
 * The sandbox runs a year, or ten: slow effects (attrition, knowledge lost with leavers,
 * vulnerabilities piling up) need years to show, and the long run is the soak test's ground.
 */
export const SANDBOX_LENGTHS = [RUN_LENGTHS[2], MAX_WEEKS] as const;
/** Every length the game plays, the lengths a saved run, a link or a results code may hold. */
export const PLAYABLE_LENGTHS = [...RUN_LENGTHS, MAX_WEEKS] as const;
export type RunLength = (typeof PLAYABLE_LENGTHS)[number];

/** The steps of the learning check, in the order a run meets them (`check.ts`). */
export const CHECK_STEPS = ['before', 'prediction', 'after'] as const;
export type CheckStep = (typeof CHECK_STEPS)[number];

/** The version of the check's shape in a saved run: a later shape migrates from this one. */
export const RUN_CHECK_VERSION = 1;

/**
 * A run's learning check: what the results code carries (`CheckRecord`), plus the number drawn
 * for this player's run that chose the form order, and the steps the player has passed (answered
 * or skipped). A run read from a results code has neither: nothing is owed in it.
 */
export interface RunCheck extends CheckRecord {
  readonly version?: typeof RUN_CHECK_VERSION;
  readonly player?: number;
  readonly passed?: readonly CheckStep[];
}

export interface RunRecord {
  seed: number;
  scenarioId: string;
  weeks: RunLength;
  mode: RunMode;
  /** One entry per week played (index 0 = week 1). */
  decisions: WeekDecisions[];
  /** The reading of the evidence the run plays at (a results code may carry one); central when absent. */
  evidence?: EvidenceReading;
  /**
   * The model version the run was played on, when it came from a results code; a run played here
   * is on today's model. An older one replays on today's model, with figures that differ.
   */
  modelVersion?: number;
  /** The learning check, when the run was started with it on (`?check=1`, the title's offer). */
  check?: RunCheck;
}

/** Where a run stands: the sim state plus everything already shown, for charts and the debrief. */
export interface Snapshot {
  state: SimState;
  history: WeekMetrics[];
  /** Every event so far, in order. */
  events: SimEvent[];
  /** The events of the week just played. */
  lastEvents: SimEvent[];
}

export function scenarioOf(record: Pick<RunRecord, 'scenarioId'>): Scenario {
  const s = findScenario(record.scenarioId);
  if (!s) throw new Error(`unknown scenario ${record.scenarioId}`);
  return s;
}

export function startSnapshot(
  record: Pick<RunRecord, 'scenarioId' | 'seed'> & { evidence?: EvidenceReading | undefined },
): Snapshot {
  return {
    state: createInitialState(scenarioOf(record), record.seed, record.evidence),
    history: [],
    events: [],
    lastEvents: [],
  };
}

/** Plays one more week on a snapshot. */
export function advance(
  snapshot: Snapshot,
  scenario: Scenario,
  decisions: WeekDecisions,
): Snapshot {
  const r = playWeek(snapshot.state, scenario, decisions, CARDS);
  return {
    state: r.state,
    history: [...snapshot.history, r.metrics],
    events: [...snapshot.events, ...r.events],
    lastEvents: r.events,
  };
}

/**
 * Plays a record's decisions through the model from its start, calling `onWeek` with each week's
 * result, and returns the last state. It stops where the run stopped: when the board replaced the
 * player, decisions after that week (a hand-made or tampered code may hold some) are not played.
 */
export function foldRecord(
  record: Pick<RunRecord, 'scenarioId' | 'seed' | 'evidence' | 'decisions'>,
  onWeek: (result: StepResult) => void,
): SimState {
  const scenario = scenarioOf(record);
  return foldWeeks({
    scenario,
    start: createInitialState(scenario, record.seed, record.evidence),
    weeks: record.decisions.length,
    decisionsFor: (week) => record.decisions[week - 1],
    cards: CARDS,
    onWeek,
  });
}

/** Rebuilds a run's snapshot from its record: the same seed and decisions give the same run. */
export function replay(record: RunRecord): Snapshot {
  const history: WeekMetrics[] = [];
  const events: SimEvent[] = [];
  let lastEvents: SimEvent[] = [];
  const state = foldRecord(record, (r) => {
    history.push(r.metrics);
    for (const e of r.events) events.push(e);
    lastEvents = r.events;
  });
  return { state, history, events, lastEvents };
}

/** True once a run can go no further: its weeks are played, or the board replaced the player. */
export function runOver(snapshot: Snapshot, weeks: number): boolean {
  return isRunOver(snapshot.state, weeks);
}
