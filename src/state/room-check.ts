/**
 * What the room learned: the learning check of every pasted code that carries one, and the
 * later codes' checks, gathered into the room's figures. Every statistic is check-stats.ts's
 * (scoring, Hake's gain, the bootstrap, the minimum of five people): this module only chooses
 * whose answers go in, and in which order, so the same codes always give the same intervals.
 * Pure: rows out, the facilitator view draws them. Only the facilitator's learning check loads it
 * (on demand), so the title screen's first download carries none of the statistics.
 */
import type {
  AttributionShift,
  BeforeAfter,
  ItemBeforeAfter,
  PredictionGap,
  Retention,
  RoomFigure,
  RoomPredictionGap,
} from '../content/check-stats.ts';
import {
  attributionShift,
  beforeAfter,
  itemsBeforeAfter,
  MIN_CHECKED_CODES,
  outcomeOf,
  predictionGap,
  retention,
  roomPredictionGap,
} from '../content/check-stats.ts';
import type {
  CheckAnswer,
  CheckForm,
  CheckItemId,
  CheckRecord,
} from '../content/learning-check.ts';
import { CHECK_ITEM_IDS, formOf } from '../content/learning-check.ts';
import { whatIfOf } from './debrief.ts';
import type { RoomLater, RoomRun } from './workshop.ts';

export type { ItemBeforeAfter, RoomFigure } from '../content/check-stats.ts';
export type { CheckItemId };
export { CHECK_ITEM_IDS, MIN_CHECKED_CODES };

/**
 * The bootstrap's seed. Fixed, and the records are taken in the order of their codes (not of the
 * list), so pasting the same codes in another order gives the same intervals.
 */
export const ROOM_CHECK_SEED = 15;

export interface RoomCheck {
  /** Runs in the room, with a check or without. */
  readonly runs: number;
  /** Runs whose code carries a check (one sitting at least). */
  readonly checked: number;
  /** Of those, the players who took both sittings: the before/after figures are theirs. */
  readonly paired: number;
  /** Lines of the runs whose check was damaged and left out (the runs are kept). */
  readonly damagedLines: readonly number[];
  /** Later codes: the check taken alone, counted for retention only. */
  readonly later: number;
  readonly beforeAfter: RoomFigure<BeforeAfter>;
  readonly items: RoomFigure<{ items: readonly ItemBeforeAfter[] }>;
  readonly attribution: RoomFigure<AttributionShift>;
  readonly prediction: RoomFigure<RoomPredictionGap>;
  /** Null when no later code was pasted. */
  readonly retention: RoomFigure<Retention> | null;
}

const byCode = <T extends { code: string }>(xs: readonly T[]): T[] =>
  [...xs].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

/** The prediction's gap for a run: its own totals against the sound policy's on the same seed. */
function gapOf(run: RoomRun, check: CheckRecord): PredictionGap | null {
  if (!check.prediction) return null;
  const sound = whatIfOf(run.record).summary;
  return predictionGap(check.prediction, {
    features: run.summary.featuresShipped,
    incidents: run.summary.incidents,
    soundFeatures: sound.featuresShipped,
    soundIncidents: sound.incidents,
  });
}

const cache = new WeakMap<object, { later: readonly RoomLater[]; value: RoomCheck | null }>();

/**
 * The room's learning check; null when no code in it carries one and no later code was pasted
 * (the view then says nothing about the check). Memoised on the room's lists.
 */
export function roomCheck(room: {
  runs: readonly RoomRun[];
  later: readonly RoomLater[];
}): RoomCheck | null {
  const hit = cache.get(room.runs);
  if (hit && hit.later === room.later) return hit.value;
  const value = computeRoomCheck(room);
  cache.set(room.runs, { later: room.later, value });
  return value;
}

function computeRoomCheck(room: {
  runs: readonly RoomRun[];
  later: readonly RoomLater[];
}): RoomCheck | null {
  const checkedRuns = byCode(room.runs).flatMap((r) =>
    r.check ? [{ run: r, check: r.check }] : [],
  );
  const damagedLines = room.runs
    .filter((r) => r.checkProblem)
    .map((r) => r.line)
    .sort((a, b) => a - b);
  if (checkedRuns.length === 0 && room.later.length === 0 && damagedLines.length === 0) return null;
  const records = checkedRuns.map((c) => c.check);
  const gaps = checkedRuns.flatMap((c) => {
    const g = gapOf(c.run, c.check);
    return g ? [g] : [];
  });
  const later = byCode(room.later).map((l) => l.later);
  const seed = ROOM_CHECK_SEED;
  const out: RoomCheck = {
    runs: room.runs.length,
    checked: records.length,
    paired: records.filter((r) => r.before && r.after).length,
    damagedLines,
    later: later.length,
    beforeAfter: beforeAfter(records, seed),
    items: itemsBeforeAfter(records),
    attribution: attributionShift(records, seed + 10),
    prediction: roomPredictionGap(gaps, seed + 20),
    retention: later.length > 0 ? retention(records, later, seed + 30) : null,
  };
  return out;
}

/** One answer of one sitting, as the exports write it: no name, no time, no free text. */
export interface CheckRow {
  /**
   * A number for the person, so a before and an after can be paired: given in the order of the
   * codes, not of the list or the ranking, so it does not point back at a team.
   */
  readonly respondent: number;
  readonly item: CheckItemId;
  readonly form: CheckForm;
  readonly sitting: 'before' | 'after' | 'later';
  /** The option id, `not-sure`, or null when the item was left unanswered. */
  readonly choice: string | null;
  readonly correct: boolean;
}

function sittingRows(
  respondent: number,
  form: CheckForm,
  sitting: CheckRow['sitting'],
  answers: readonly CheckAnswer[],
): CheckRow[] {
  return CHECK_ITEM_IDS.map((item) => ({
    respondent,
    item,
    form,
    sitting,
    choice: answers.find((a) => a.item === item)?.choice ?? null,
    correct: outcomeOf(item, answers) === 'correct',
  }));
}

/**
 * Every item of every sitting the room's codes carry, one row each: the runs' before and after,
 * then the later checks (each its own respondent: a later code cannot be paired with a run).
 * Empty below MIN_CHECKED_CODES respondents, as the view shows nothing for so few.
 */
export function checkRows(
  runs: readonly Pick<RoomRun, 'code' | 'check'>[],
  later: readonly Pick<RoomLater, 'code' | 'later'>[] = [],
): CheckRow[] {
  const rows: CheckRow[] = [];
  let n = 0;
  for (const r of byCode(runs)) {
    const c = r.check;
    if (!c || (!c.before && !c.after)) continue;
    n += 1;
    if (c.before) rows.push(...sittingRows(n, formOf(c, 'before'), 'before', c.before));
    if (c.after) rows.push(...sittingRows(n, formOf(c, 'after'), 'after', c.after));
  }
  for (const l of byCode(later)) {
    n += 1;
    rows.push(...sittingRows(n, l.later.form, 'later', l.later.answers));
  }
  return n < MIN_CHECKED_CODES ? [] : rows;
}
