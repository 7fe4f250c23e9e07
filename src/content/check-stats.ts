/**
 * Scoring the learning check and the room's statistics, pure: a sitting scored item by item,
 * percent correct, Hake's normalised gain, percentile-bootstrap 95% intervals on a seeded
 * generator, the shift to the structural cause on the attribution item, the prediction gap and
 * retention. src/cli prints them for one code; the facilitator's view aggregates a room's codes.
 *
 * Nothing about fewer than MIN_CHECKED_CODES people is computed: each statistic has its own
 * count and is `tooFew` below the minimum, so no figure can point at one player.
 */
import type {
  CheckAnswer,
  CheckForm,
  CheckItemId,
  CheckPrediction,
  CheckRecord,
  LaterCheck,
} from './learning-check.ts';
import {
  ATTRIBUTION_ITEM,
  CHECK_ITEMS,
  formOf,
  mix32,
  type Outcome,
  outcomeOf,
  type SittingScore,
  STRUCTURAL_CAUSE,
  scoreSitting,
} from './learning-check.ts';

/** The room's figures show from this many people on; fewer, and they say how many more. */
export const MIN_CHECKED_CODES = 5;
/** Resamples of a bootstrap interval: enough that a percentile moves by well under a point. */
export const BOOTSTRAP_RESAMPLES = 2000;

// A sitting's scoring lives with the items (learning-check.ts), so the game's own chunk can score
// a sitting without carrying the room's statistics.
export type { Outcome, SittingScore };
export { outcomeOf, scoreSitting };

/** A run's check scored: each sitting present, and the player's own gain when both are. */
export interface RecordScore {
  readonly before: SittingScore | null;
  readonly after: SittingScore | null;
  readonly gain: number | null;
}

export function scoreRecord(record: CheckRecord): RecordScore {
  const before = record.before ? scoreSitting(formOf(record, 'before'), record.before) : null;
  const after = record.after ? scoreSitting(formOf(record, 'after'), record.after) : null;
  const gain = before && after ? normalisedGain(before.percent, after.percent) : null;
  return { before, after, gain };
}

/**
 * Hake's normalised gain, (post - pre) / (100 - pre), on percentages. For a class, Hake takes it
 * from the class means (the gain of the averages, not the average of gains). A pre-test of 100%
 * leaves no room to gain: the gain is not defined there, and null says so rather than a number.
 */
export function normalisedGain(pre: number, post: number): number | null {
  if (pre >= 100) return null;
  return (post - pre) / (100 - pre);
}

export const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? Number.NaN : xs.reduce((s, x) => s + x, 0) / xs.length;

/**
 * A seeded generator (mulberry32), uniform in [0, 1). The model's own generator lives inside
 * src/sim and is not part of its public module; this one keeps the statistics reproducible: the
 * same codes and seed give the same intervals on every machine.
 */
export function seededRandom(seed: number): () => number {
  let s = mix32(seed);
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The q-quantile of sorted values, interpolating between neighbours (Hyndman and Fan's type 7). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * A percentile bootstrap 95% interval of `statistic` over `rows`: resample the rows (people) with
 * replacement, compute the statistic, take the 2.5th and 97.5th percentiles. A resample on which
 * the statistic is undefined (null) is left out; null when every one is.
 */
export function bootstrapInterval<T>(
  rows: readonly T[],
  statistic: (sample: readonly T[]) => number | null,
  seed: number,
  resamples: number = BOOTSTRAP_RESAMPLES,
): Interval | null {
  if (rows.length === 0) return null;
  const random = seededRandom(seed);
  const values: number[] = [];
  const sample: T[] = new Array(rows.length);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < rows.length; i++) {
      sample[i] = rows[Math.floor(random() * rows.length)] as T;
    }
    const v = statistic(sample);
    if (v !== null && Number.isFinite(v)) values.push(v);
  }
  if (values.length === 0) return null;
  values.sort((x, y) => x - y);
  return { low: quantile(values, 0.025), high: quantile(values, 0.975) };
}

/** A figure with its count and interval, or how many more people it needs. */
export type RoomFigure<T> =
  | { readonly kind: 'tooFew'; readonly have: number; readonly need: number }
  | ({ readonly kind: 'ready'; readonly n: number } & T);

const tooFew = (have: number) =>
  ({ kind: 'tooFew', have, need: MIN_CHECKED_CODES - have }) as const;

/** A player who took both sittings, scored. */
interface Pair {
  readonly before: SittingScore;
  readonly after: SittingScore;
}

const pairsOf = (records: readonly CheckRecord[]): Pair[] =>
  records.flatMap((r) => {
    const s = scoreRecord(r);
    return s.before && s.after ? [{ before: s.before, after: s.after }] : [];
  });

const classGain = (pairs: readonly Pair[]): number | null =>
  normalisedGain(mean(pairs.map((p) => p.before.percent)), mean(pairs.map((p) => p.after.percent)));

export interface BeforeAfter {
  readonly before: number;
  readonly after: number;
  readonly beforeInterval: Interval | null;
  readonly afterInterval: Interval | null;
  /** Hake's class gain from the two means; null when everyone scored 100% before. */
  readonly gain: number | null;
  readonly gainInterval: Interval | null;
}

/**
 * The room's before and after, from the players who took both sittings (so both means and the
 * gain are of the same people), with bootstrap intervals over players.
 */
export function beforeAfter(
  records: readonly CheckRecord[],
  seed: number,
): RoomFigure<BeforeAfter> {
  const pairs = pairsOf(records);
  if (pairs.length < MIN_CHECKED_CODES) return tooFew(pairs.length);
  const pre = (ps: readonly Pair[]) => mean(ps.map((p) => p.before.percent));
  const post = (ps: readonly Pair[]) => mean(ps.map((p) => p.after.percent));
  return {
    kind: 'ready',
    n: pairs.length,
    before: pre(pairs),
    after: post(pairs),
    beforeInterval: bootstrapInterval(pairs, pre, seed),
    afterInterval: bootstrapInterval(pairs, post, seed + 1),
    gain: classGain(pairs),
    gainInterval: bootstrapInterval(pairs, classGain, seed + 2),
  };
}

export interface ItemBeforeAfter {
  readonly item: CheckItemId;
  /** Percent of the players who took both sittings who got it right, before and after. */
  readonly before: number;
  readonly after: number;
  readonly outcomes: Readonly<Record<'before' | 'after', Readonly<Record<Outcome, number>>>>;
}

const countOutcomes = (outcomes: readonly Outcome[]): Record<Outcome, number> => {
  const out = { correct: 0, incorrect: 0, notSure: 0, unanswered: 0 };
  for (const o of outcomes) out[o] += 1;
  return out;
};

/** Which concept moved and which did not: every item's before and after, over the same players. */
export function itemsBeforeAfter(
  records: readonly CheckRecord[],
): RoomFigure<{ items: readonly ItemBeforeAfter[] }> {
  const pairs = pairsOf(records);
  if (pairs.length < MIN_CHECKED_CODES) return tooFew(pairs.length);
  const items = CHECK_ITEMS.map((item, i) => {
    const of = (s: 'before' | 'after') => pairs.map((p) => p[s].items[i]?.outcome ?? 'unanswered');
    const b = countOutcomes(of('before'));
    const a = countOutcomes(of('after'));
    return {
      item: item.id,
      before: (100 * b.correct) / pairs.length,
      after: (100 * a.correct) / pairs.length,
      outcomes: { before: b, after: a },
    };
  });
  return { kind: 'ready', n: pairs.length, items };
}

/**
 * Percent correct by form, before and after, over every sitting taken: with half a room on A
 * first, the two forms' "before" figures show whether the forms are as hard as each other.
 */
export function percentByForm(
  records: readonly CheckRecord[],
): Record<CheckForm, Record<'before' | 'after', RoomFigure<{ percent: number }>>> {
  const cell = (form: CheckForm, s: 'before' | 'after'): RoomFigure<{ percent: number }> => {
    const scores = records.flatMap((r) => {
      const answers = r[s];
      return answers && formOf(r, s) === form ? [scoreSitting(form, answers).percent] : [];
    });
    if (scores.length < MIN_CHECKED_CODES) return tooFew(scores.length);
    return { kind: 'ready', n: scores.length, percent: mean(scores) };
  };
  return {
    A: { before: cell('A', 'before'), after: cell('A', 'after') },
    B: { before: cell('B', 'before'), after: cell('B', 'after') },
  };
}

export interface AttributionShift {
  /** Percent choosing the structural cause before and after, and the shift in points. */
  readonly before: number;
  readonly after: number;
  readonly shift: number;
  readonly shiftInterval: Interval | null;
}

/** The attribution item, scored on the move to the structural cause (an overloaded review step). */
export function attributionShift(
  records: readonly CheckRecord[],
  seed: number,
): RoomFigure<AttributionShift> {
  const rows = records.flatMap((r) =>
    r.before && r.after
      ? [{ before: structural(r.before), after: structural(r.after) }]
      : ([] as { before: number; after: number }[]),
  );
  if (rows.length < MIN_CHECKED_CODES) return tooFew(rows.length);
  const shift = (rs: readonly { before: number; after: number }[]) =>
    100 * (mean(rs.map((r) => r.after)) - mean(rs.map((r) => r.before)));
  return {
    kind: 'ready',
    n: rows.length,
    before: 100 * mean(rows.map((r) => r.before)),
    after: 100 * mean(rows.map((r) => r.after)),
    shift: shift(rows),
    shiftInterval: bootstrapInterval(rows, shift, seed),
  };
}

const structural = (answers: readonly CheckAnswer[]): number =>
  answers.some((a) => a.item === ATTRIBUTION_ITEM && a.choice === STRUCTURAL_CAUSE) ? 1 : 0;

/** A run's own features and incidents, and the sound policy's on the same seed. */
export interface PredictionTruth {
  readonly features: number;
  readonly incidents: number;
  readonly soundFeatures: number;
  readonly soundIncidents: number;
}

export interface PredictionGap {
  /**
   * Guess minus truth, in percent of the sound policy's figure on the same seed (at least one),
   * so gaps compare across scenarios and run lengths: +30 means the player guessed 30% of the
   * sound policy's total more than they got.
   */
  readonly features: number;
  readonly incidents: number;
  readonly confidence: number;
}

export function predictionGap(p: CheckPrediction, truth: PredictionTruth): PredictionGap {
  const gap = (guess: number, real: number, sound: number) =>
    (100 * (guess - real)) / Math.max(sound, 1);
  return {
    features: gap(p.features, truth.features, truth.soundFeatures),
    incidents: gap(p.incidents, truth.incidents, truth.soundIncidents),
    confidence: p.confidence,
  };
}

export interface RoomPredictionGap {
  /** Mean gap (positive: the room felt it did better on features / had more incidents than it did). */
  readonly features: number;
  readonly incidents: number;
  readonly featuresInterval: Interval | null;
  readonly incidentsInterval: Interval | null;
  /** Mean size of the gap (either direction) among the sure (confidence 4-5) and the rest. */
  readonly bySureness: Readonly<
    Record<'sure' | 'unsure', { n: number; features: number; incidents: number }>
  >;
}

/** The gap between felt and measured, over the players who made a prediction. */
export function roomPredictionGap(
  gaps: readonly PredictionGap[],
  seed: number,
): RoomFigure<RoomPredictionGap> {
  if (gaps.length < MIN_CHECKED_CODES) return tooFew(gaps.length);
  const f = (gs: readonly PredictionGap[]) => mean(gs.map((g) => g.features));
  const i = (gs: readonly PredictionGap[]) => mean(gs.map((g) => g.incidents));
  const size = (gs: readonly PredictionGap[]) => ({
    n: gs.length,
    features: mean(gs.map((g) => Math.abs(g.features))),
    incidents: mean(gs.map((g) => Math.abs(g.incidents))),
  });
  return {
    kind: 'ready',
    n: gaps.length,
    features: f(gaps),
    incidents: i(gaps),
    featuresInterval: bootstrapInterval(gaps, f, seed),
    incidentsInterval: bootstrapInterval(gaps, i, seed + 1),
    bySureness: {
      sure: size(gaps.filter((g) => g.confidence >= 4)),
      unsure: size(gaps.filter((g) => g.confidence < 4)),
    },
  };
}

export interface Retention {
  /** Percent correct weeks later, with its interval, beside the room's before and after. */
  readonly later: number;
  readonly laterInterval: Interval | null;
  /**
   * The share of the day's gain still there: (later - before) / (after - before) on the means;
   * null when the day showed no gain to keep. Later codes are anonymous, so this compares the
   * groups, not each person with themself.
   */
  readonly keptShareOfGain: number | null;
}

export function retention(
  records: readonly CheckRecord[],
  later: readonly LaterCheck[],
  seed: number,
): RoomFigure<Retention> {
  if (later.length < MIN_CHECKED_CODES) return tooFew(later.length);
  const scores = later.map((l) => scoreSitting(l.form, l.answers).percent);
  const laterMean = mean(scores);
  const pairs = pairsOf(records);
  const pre = mean(pairs.map((p) => p.before.percent));
  const post = mean(pairs.map((p) => p.after.percent));
  const kept =
    pairs.length >= MIN_CHECKED_CODES && post > pre ? (laterMean - pre) / (post - pre) : null;
  return {
    kind: 'ready',
    n: later.length,
    later: laterMean,
    laterInterval: bootstrapInterval(scores, mean, seed),
    keptShareOfGain: kept,
  };
}
