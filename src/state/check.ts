/**
 * The learning check as the player meets it in a run (issue 15): six questions before week 1, a
 * prediction of the run's features and incidents before the debrief opens, the other form after
 * the debrief's reveal, then the player's own before/after. The items, forms and scoring are
 * content (`learning-check.ts`, `check-stats.ts`); this holds where a run stands in the check,
 * the rules of what is owed when, and what the views read (they may not import content).
 */
import {
  CHECK_ITEMS,
  type CheckAnswer,
  type CheckForm,
  type CheckItem,
  type CheckItemForm,
  type CheckPrediction,
  type CheckRecord,
  type FlowChart,
  firstFormOf,
  formOf,
  type LaterCheck,
  mix32,
  NOT_SURE,
  outcomeOf,
  scoreSitting,
} from '../content/learning-check.ts';
import { encodeLaterCode } from '../content/results-code.ts';
import type { WeekMetrics } from '../sim/index.ts';
import { summaryOf, whatIfOf } from './debrief.ts';
import { type Figure, type FigureKind, figure } from './figures.ts';
import {
  type CheckStep,
  RUN_CHECK_VERSION,
  type RunCheck,
  type RunRecord,
  type Snapshot,
} from './run-record.ts';

export type {
  CheckAnswer,
  CheckForm,
  CheckItem,
  CheckItemForm,
  CheckPrediction,
  FlowChart,
  LaterCheck,
};
export { CHECK_ITEMS, NOT_SURE, scoreSitting };
export type Sitting = 'before' | 'after';

/** The check of a run just started, with the check on: `player` decides which form comes first. */
export function startCheck(seed: number, player: number): RunCheck {
  const p = player >>> 0;
  return { version: RUN_CHECK_VERSION, player: p, firstForm: firstFormOf(seed, p), passed: [] };
}

/** The check with `step` passed, and what the player gave for it (nothing when skipped). */
export function passStep(
  check: RunCheck,
  step: CheckStep,
  given: readonly CheckAnswer[] | CheckPrediction | null,
): RunCheck {
  const passed = [...(check.passed ?? []), step];
  if (given === null) return { ...check, passed };
  return { ...check, passed, [step]: given };
}

/**
 * The form of a check taken alone, weeks later: drawn afresh from `n` (a fresh number each time
 * the page opens), so a room's later checks fall on both forms whatever each player met first.
 */
export const laterForm = (n: number): CheckForm => ((mix32(n) & 1) === 0 ? 'A' : 'B');

/** The code a check taken alone gives the player for the facilitator. */
export const laterCode = (later: LaterCheck): string => encodeLaterCode(later);

/**
 * The address's query (without `?`) of the check taken alone, weeks later, in `lang`: the
 * debrief's link and the facilitator's handout both give it.
 */
export const laterQuery = (lang: string): string =>
  new URLSearchParams({ check: 'later', lang }).toString();

/** The form a sitting of the run's check is on. */
export const sittingForm = (check: CheckRecord, sitting: Sitting): CheckForm =>
  formOf(check, sitting);

/** Only answers the game could record: known items, their own options or "not sure". */
export function validAnswers(answers: readonly CheckAnswer[]): boolean {
  const seen = new Set<string>();
  return answers.every((a) => {
    const item = CHECK_ITEMS.find((i) => i.id === a.item);
    if (!item || seen.has(a.item)) return false;
    seen.add(a.item);
    return a.choice === NOT_SURE || (item.options as readonly string[]).includes(a.choice);
  });
}

/** The run's own features shipped and incidents, and the sound policy's on the same seed. */
export interface PredictionFigures {
  readonly features: number;
  readonly incidents: number;
  readonly soundFeatures: number;
  readonly soundIncidents: number;
}

export function predictionFigures(run: RunRecord, sim: Snapshot): PredictionFigures {
  const sound = whatIfOf(run).summary;
  const own = summaryOf(sim.history);
  return {
    features: own.featuresShipped,
    incidents: own.incidents,
    soundFeatures: sound.featuresShipped,
    soundIncidents: sound.incidents,
  };
}

/** One item of the player's before/after: the answer each time, and whether it was right. */
export interface ItemResult {
  readonly item: CheckItem;
  readonly before: string | null;
  readonly after: string | null;
  readonly beforeRight: boolean;
  readonly afterRight: boolean;
}

/** The player's own before/after, item by item, and how many were right each time. */
export function checkResults(check: CheckRecord): {
  items: ItemResult[];
  beforeRight: number;
  afterRight: number;
} {
  const pick = (answers: readonly CheckAnswer[] | undefined, id: string) =>
    answers?.find((a) => a.item === id)?.choice ?? null;
  const items = CHECK_ITEMS.map(
    (item): ItemResult => ({
      item,
      before: pick(check.before, item.id),
      after: pick(check.after, item.id),
      beforeRight: outcomeOf(item.id, check.before ?? []) === 'correct',
      afterRight: outcomeOf(item.id, check.after ?? []) === 'correct',
    }),
  );
  return {
    items,
    beforeRight: items.filter((i) => i.beforeRight).length,
    afterRight: items.filter((i) => i.afterRight).length,
  };
}

/** How each figure an item points at is shown, and whether the run's total or its course tells. */
const TRACE_KIND = {
  reviewQueueLines: { kind: 'compact', total: false },
  leadTimeDays: { kind: 'days', total: false },
  reviewLoad: { kind: 'times', total: false },
  incidents: { kind: 'count', total: true },
  customersAffected: { kind: 'count', total: true },
} as const satisfies Partial<Record<keyof WeekMetrics, { kind: FigureKind; total: boolean }>>;
export type TracedFigure = keyof typeof TRACE_KIND;

/**
 * The part of the player's own run that showed an item's concept: its figure in week 1, at its
 * worst (and when), and at the end, or its total over the run. Null when the item looks beyond
 * the game, or the run has no weeks.
 */
export interface RunTrace {
  readonly figure: TracedFigure;
  readonly total: Figure | null;
  readonly first: Figure;
  readonly peak: Figure;
  readonly peakWeek: number;
  readonly last: Figure;
  readonly lastWeek: number;
}

const isTraced = (key: string): key is TracedFigure => Object.hasOwn(TRACE_KIND, key);

export function runTrace(item: CheckItem, history: readonly WeekMetrics[]): RunTrace | null {
  const key = item.runFigure;
  const firstWeek = history[0];
  const lastWeek = history[history.length - 1];
  if (key === null || !isTraced(key) || !firstWeek || !lastWeek) return null;
  const spec = TRACE_KIND[key];
  let peakWeek = 1;
  history.forEach((m, i) => {
    if (m[key] > (history[peakWeek - 1]?.[key] ?? 0)) peakWeek = i + 1;
  });
  const at = (m: WeekMetrics | undefined) => figure(spec.kind, m?.[key] ?? 0);
  return {
    figure: key,
    total: spec.total
      ? figure(
          spec.kind,
          history.reduce((sum, m) => sum + m[key], 0),
        )
      : null,
    first: at(firstWeek),
    peak: at(history[peakWeek - 1]),
    peakWeek,
    last: at(lastWeek),
    lastWeek: history.length,
  };
}
