/**
 * The learning check, as content: six concept items, each in two parallel forms (A and B), asked
 * before play and after the debrief's reveal, plus a prediction of the run's features and
 * incidents before the reveal. Each item's words live under `check:items.<id>` in the locale
 * files (the concept it tests, and per form the question, every option and why the right one is
 * right); notes for translators on what must not change in translation are in
 * src/i18n/notes/check.json, keyed like the English file.
 *
 * The forms are isomorphs: the same reasoning, the same number of options, the same trap, on
 * different figures or a different setting, so that a room split between "A first" and "B first"
 * measures learning rather than which form was easier. The option ids are shared by both forms
 * of an item, and the right option is the same id in both; each form shows the options in its
 * own order, so the right one does not sit in the same place twice.
 *
 * A results code stores an item as its index in CHECK_ITEMS and an answer as the option's index
 * in the item's `options`: both lists only ever grow at the end (append-only, like the card
 * tables of the results code), so a code keeps its meaning.
 */
import type { WeekMetrics } from '../sim/index.ts';

export const CHECK_FORMS = ['A', 'B'] as const;
export type CheckForm = (typeof CHECK_FORMS)[number];

/** The answer "not sure": every item offers it, and it never counts as right. */
export const NOT_SURE = 'not-sure';

/** A chart the stock-and-flow item asks the player to read, as data a view can draw. */
export interface FlowChart {
  /** Pull requests waiting for review before week 1. */
  readonly startQueue: number;
  /** Pull requests opened each week (the inflow), week 1 first. */
  readonly arrived: readonly number[];
  /** Pull requests reviewed each week (the outflow), week 1 first. */
  readonly reviewed: readonly number[];
}

export interface CheckItemForm {
  /** The option ids in the order this form shows them ("not sure" always comes last). */
  readonly order: readonly string[];
  readonly chart?: FlowChart;
}

export interface CheckItem {
  readonly id: string;
  /** Every option id the item has ever had, append-only: a code stores the index. */
  readonly options: readonly string[];
  /** The option that is right, in both forms. */
  readonly right: string;
  /**
   * The figure of the player's own run that showed the concept, so the player's before/after
   * can point at it (a key of the weekly metrics), or null when the item looks beyond the game.
   */
  readonly runFigure: keyof WeekMetrics | null;
  readonly forms: Readonly<Record<CheckForm, CheckItemForm>>;
}

/** The item scored on the shift to the structural cause, and that cause. */
export const ATTRIBUTION_ITEM = 'attribution';
export const STRUCTURAL_CAUSE = 'overloaded-review';

const item = <const T extends CheckItem>(x: T): T => x;

/** The six items, in the order a form asks them; append-only (a code stores the index). */
export const CHECK_ITEMS = [
  item({
    // The bathtub task (stock and flow): the queue grows whenever more arrives than leaves,
    // even while arrivals fall (A) or reviewing recovers (B).
    id: 'stock-flow',
    options: ['kept-growing', 'turned', 'level', 'shrank'],
    right: 'kept-growing',
    runFigure: 'reviewQueueLines',
    forms: {
      A: {
        order: ['turned', 'kept-growing', 'shrank', 'level'],
        chart: {
          startQueue: 20,
          arrived: [50, 55, 60, 65, 70, 65, 60, 55],
          reviewed: [50, 50, 50, 50, 50, 50, 50, 50],
        },
      },
      B: {
        order: ['shrank', 'turned', 'level', 'kept-growing'],
        chart: {
          startQueue: 20,
          arrived: [50, 50, 50, 50, 50, 50, 50, 50],
          reviewed: [50, 45, 40, 35, 30, 35, 40, 45],
        },
      },
    },
  }),
  item({
    // Generation doubles, review capacity and deadlines do not: lead time and incidents both rise.
    id: 'prediction',
    options: ['both-rise', 'lead-falls', 'lead-only', 'no-change'],
    right: 'both-rise',
    runFigure: 'leadTimeDays',
    forms: {
      A: { order: ['lead-falls', 'lead-only', 'both-rise', 'no-change'] },
      B: { order: ['no-change', 'both-rise', 'lead-falls', 'lead-only'] },
    },
  }),
  item({
    // Incidents up, defects found per change in review down: the review step, not people or luck.
    id: ATTRIBUTION_ITEM,
    options: ['careless', 'bad-ai', STRUCTURAL_CAUSE, 'bad-luck'],
    right: STRUCTURAL_CAUSE,
    runFigure: 'incidents',
    forms: {
      A: { order: ['careless', 'bad-ai', STRUCTURAL_CAUSE, 'bad-luck'] },
      B: { order: ['bad-ai', STRUCTURAL_CAUSE, 'bad-luck', 'careless'] },
    },
  }),
  item({
    // Which pair of moves adds review capacity or cuts the load per review.
    id: 'levers',
    options: ['usage', 'pressure', 'half', 'capacity'],
    right: 'capacity',
    runFigure: 'reviewLoad',
    forms: {
      A: { order: ['usage', 'capacity', 'half', 'pressure'] },
      B: { order: ['half', 'pressure', 'usage', 'capacity'] },
    },
  }),
  item({
    // What customers feel (features reaching them, outages hitting them) against activity.
    id: 'vanity-value',
    options: ['volume', 'adoption', 'spend', 'value'],
    right: 'value',
    runFigure: 'customersAffected',
    forms: {
      A: { order: ['volume', 'adoption', 'value', 'spend'] },
      B: { order: ['value', 'spend', 'volume', 'adoption'] },
    },
  }),
  item({
    // The same queue outside software: an insurer's sign-off (A), a hospital's triage desk (B).
    id: 'transfer',
    options: ['faster', 'queue', 'absorbs', 'fewer-errors'],
    right: 'queue',
    runFigure: null,
    forms: {
      A: { order: ['faster', 'absorbs', 'queue', 'fewer-errors'] },
      B: { order: ['fewer-errors', 'queue', 'faster', 'absorbs'] },
    },
  }),
] as const;

export type CheckItemId = (typeof CHECK_ITEMS)[number]['id'];
export const CHECK_ITEM_IDS: readonly CheckItemId[] = CHECK_ITEMS.map((i) => i.id);

export function checkItem(id: string): CheckItem | undefined {
  return CHECK_ITEMS.find((i) => i.id === id);
}

/** One answer: an option id of the item, or NOT_SURE. An item left unanswered has no entry. */
export interface CheckAnswer {
  readonly item: CheckItemId;
  readonly choice: string;
}

/** The prediction before the reveal: the player's own run's totals, guessed, and how sure. */
export interface CheckPrediction {
  readonly features: number;
  readonly incidents: number;
  /** 1 (a wild guess) to CONFIDENCE_LEVELS (certain). */
  readonly confidence: number;
}
export const CONFIDENCE_LEVELS = 5;
/** Larger than any run's total; a code refuses a guess above it. */
export const MAX_GUESS = 1_000_000;

/**
 * What a run's code carries of the check. `before` is on `firstForm`, `after` on the other form;
 * either is absent when skipped, and an answer is absent for an item left unanswered.
 */
export interface CheckRecord {
  readonly firstForm: CheckForm;
  readonly before?: readonly CheckAnswer[];
  readonly after?: readonly CheckAnswer[];
  readonly prediction?: CheckPrediction;
}

/** The check taken alone, weeks later (`?check=later`): one form, no run. */
export interface LaterCheck {
  readonly form: CheckForm;
  readonly answers: readonly CheckAnswer[];
}

export const otherForm = (f: CheckForm): CheckForm => (f === 'A' ? 'B' : 'A');

/** The form of a sitting of a record. */
export const formOf = (record: CheckRecord, sitting: 'before' | 'after'): CheckForm =>
  sitting === 'before' ? record.firstForm : otherForm(record.firstForm);

/** A 32-bit integer hash (splitmix-style finaliser): nearby inputs land far apart. */
export function mix32(n: number): number {
  let z = (Math.trunc(n) ^ 0x9e3779b9) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * Which form a player answers first. A room shares one seed, so the seed alone would give the
 * whole room the same form: `player` is the number that tells this player's run apart from the
 * others in the room (drawn once when the run starts and kept with it). The same seed and player
 * always give the same form; over a room, half get A first.
 */
export function firstFormOf(seed: number, player: number): CheckForm {
  return (mix32(mix32(seed) ^ mix32(player ^ 0x5bd1e995)) & 1) === 0 ? 'A' : 'B';
}

/** How an item of a sitting went. */
export type Outcome = 'correct' | 'incorrect' | 'notSure' | 'unanswered';

export function outcomeOf(item: CheckItemId, answers: readonly CheckAnswer[]): Outcome {
  const a = answers.find((x) => x.item === item);
  if (!a) return 'unanswered';
  if (a.choice === NOT_SURE) return 'notSure';
  const right = CHECK_ITEMS.find((i) => i.id === item)?.right;
  return a.choice === right ? 'correct' : 'incorrect';
}

export interface SittingScore {
  readonly form: CheckForm;
  readonly items: ReadonlyArray<{ item: CheckItemId; outcome: Outcome }>;
  readonly correct: number;
  /** Correct answers out of every item of the form, as a percentage: unanswered counts as wrong. */
  readonly percent: number;
}

export function scoreSitting(form: CheckForm, answers: readonly CheckAnswer[]): SittingScore {
  const items = CHECK_ITEMS.map((i) => ({ item: i.id, outcome: outcomeOf(i.id, answers) }));
  const correct = items.filter((i) => i.outcome === 'correct').length;
  return { form, items, correct, percent: (100 * correct) / CHECK_ITEMS.length };
}
