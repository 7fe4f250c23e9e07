// The learning check's scoring and room statistics against worked examples computed by hand.
import { describe, expect, it } from 'vitest';
import {
  attributionShift,
  beforeAfter,
  bootstrapInterval,
  itemsBeforeAfter,
  MIN_CHECKED_CODES,
  mean,
  normalisedGain,
  percentByForm,
  predictionGap,
  quantile,
  retention,
  roomPredictionGap,
  scoreRecord,
  scoreSitting,
} from '../../src/content/check-stats.ts';
import type { CheckAnswer, CheckForm, CheckRecord } from '../../src/content/learning-check.ts';
import { CHECK_ITEMS, NOT_SURE, STRUCTURAL_CAUSE } from '../../src/content/learning-check.ts';

/** The first `k` items right, the next "not sure", the rest a wrong option. */
function answers(k: number, structural?: boolean): CheckAnswer[] {
  return CHECK_ITEMS.map((item, i) => {
    const wrong = item.options.find((o) => o !== item.right) ?? '';
    let choice = i < k ? item.right : i === k ? NOT_SURE : wrong;
    if (item.id === 'attribution' && structural !== undefined)
      choice = structural ? STRUCTURAL_CAUSE : 'careless';
    return { item: item.id, choice };
  });
}
const record = (pre: number, post: number, firstForm: CheckForm = 'A'): CheckRecord => ({
  firstForm,
  before: answers(pre),
  after: answers(post),
});

// Five players, items right out of six before and after:
//   before 2, 3, 1, 2, 4  -> mean 2.4 of 6 = 40%
//   after  5, 6, 4, 3, 4  -> mean 4.4 of 6 = 73.33%
//   class gain (Hake, from the means) = (73.33 - 40) / (100 - 40) = 33.33 / 60 = 5/9 = 0.5556
// (the mean of the five players' own gains would be (0.75 + 1 + 0.6 + 0.25 + 0) / 5 = 0.52: not Hake's).
const ROOM = [record(2, 5), record(3, 6, 'B'), record(1, 4), record(2, 3, 'B'), record(4, 4)];

describe('scoring one sitting and one record', () => {
  it('scores each item correct, incorrect, not sure or unanswered; unanswered counts as not right', () => {
    const s = scoreSitting('A', answers(2).slice(0, 5));
    expect(s.items.map((i) => i.outcome)).toEqual([
      'correct',
      'correct',
      'notSure',
      'incorrect',
      'incorrect',
      'unanswered',
    ]);
    expect(s.correct).toBe(2);
    expect(s.percent).toBeCloseTo(33.333, 3); // 2 of 6
  });

  it("gives a player's own gain when both sittings were taken, and none for a skipped one", () => {
    // 2 of 6 (33.3%) -> 5 of 6 (83.3%): (83.3 - 33.3) / (100 - 33.3) = 50 / 66.7 = 0.75
    expect(scoreRecord(record(2, 5)).gain).toBeCloseTo(0.75, 10);
    expect(scoreRecord({ firstForm: 'B', after: answers(3) })).toMatchObject({
      before: null,
      gain: null,
      after: { form: 'A', correct: 3 },
    });
  });
});

describe("Hake's normalised gain", () => {
  it('is (post - pre) / (100 - pre), and undefined (null) at a pre-test of 100%', () => {
    expect(normalisedGain(40, 70)).toBeCloseTo(0.5, 12); // 30 / 60
    expect(normalisedGain(50, 25)).toBeCloseTo(-0.5, 12); // -25 / 50: a loss is negative
    expect(normalisedGain(0, 100)).toBe(1);
    expect(normalisedGain(100, 100)).toBeNull();
  });

  it("takes the room's gain from the class means, over the players who took both", () => {
    const r = beforeAfter([...ROOM, { firstForm: 'A', before: answers(6) }], 1);
    if (r.kind !== 'ready') throw new Error('not ready');
    expect(r.n).toBe(5); // the sixth took only the first sitting
    expect(r.before).toBeCloseTo(40, 10);
    expect(r.after).toBeCloseTo(73.333, 3);
    expect(r.gain).toBeCloseTo(5 / 9, 10);
  });

  it('leaves the gain and its interval undefined when everyone scored 100% before', () => {
    const r = beforeAfter(
      Array.from({ length: 5 }, () => record(6, 6)),
      1,
    );
    expect(r).toMatchObject({
      kind: 'ready',
      before: 100,
      after: 100,
      gain: null,
      gainInterval: null,
    });
  });
});

describe('bootstrap intervals', () => {
  it('interpolates percentiles as Hyndman and Fan type 7', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5); // h = 1.5
    expect(quantile([10, 20, 30], 0.025)).toBeCloseTo(10.5, 12); // h = 0.05
    expect(quantile([10, 20, 30], 0.975)).toBeCloseTo(29.5, 12); // h = 1.95
  });

  it('collapses to the value when every player is the same', () => {
    // Five players, 3 of 6 before (50%) and 6 of 6 after (100%): every resample is the same.
    const r = beforeAfter(
      Array.from({ length: 5 }, () => record(3, 6)),
      9,
    );
    expect(r).toMatchObject({
      kind: 'ready',
      beforeInterval: { low: 50, high: 50 },
      afterInterval: { low: 100, high: 100 },
      gain: 1,
      gainInterval: { low: 1, high: 1 },
    });
  });

  it('is the same for the same seed, holds the estimate, and lies within what one player can reach', () => {
    const a = beforeAfter(ROOM, 123);
    expect(beforeAfter(ROOM, 123)).toEqual(a);
    if (a.kind !== 'ready' || !a.beforeInterval || !a.gainInterval) throw new Error('not ready');
    expect(a.beforeInterval.low).toBeLessThanOrEqual(40);
    expect(a.beforeInterval.high).toBeGreaterThanOrEqual(40);
    // A resample's mean lies between the lowest and highest player: 1 and 4 of 6.
    expect(a.beforeInterval.low).toBeGreaterThanOrEqual(100 / 6);
    expect(a.beforeInterval.high).toBeLessThanOrEqual(400 / 6);
    expect(a.gainInterval.low).toBeLessThanOrEqual(5 / 9);
    expect(a.gainInterval.high).toBeGreaterThanOrEqual(5 / 9);
  });

  it('narrows as the room grows', () => {
    const width = (n: number) => {
      const i = bootstrapInterval(
        Array.from({ length: n }, (_, k) => (k % 2) * 100),
        mean,
        5,
      );
      return i ? i.high - i.low : Number.NaN;
    };
    expect(width(80)).toBeLessThan(width(10));
  });

  it('leaves out resamples where the statistic is undefined, and gives none when all are', () => {
    expect(bootstrapInterval([1, 2, 3], () => null, 1)).toBeNull();
    expect(bootstrapInterval([], mean, 1)).toBeNull();
  });
});

describe('the room figures', () => {
  it(`needs at least ${MIN_CHECKED_CODES} players, and says how many more`, () => {
    expect(MIN_CHECKED_CODES).toBe(5);
    expect(beforeAfter(ROOM.slice(0, 4), 1)).toEqual({ kind: 'tooFew', have: 4, need: 1 });
    expect(itemsBeforeAfter(ROOM.slice(0, 1))).toEqual({ kind: 'tooFew', have: 1, need: 4 });
    expect(attributionShift([], 1)).toEqual({ kind: 'tooFew', have: 0, need: 5 });
    expect(retention(ROOM, [], 1)).toEqual({ kind: 'tooFew', have: 0, need: 5 });
  });

  it('shows every item before and after, over the same players', () => {
    const r = itemsBeforeAfter(ROOM);
    if (r.kind !== 'ready') throw new Error('not ready');
    // Item 1 (stock-flow) is right for everyone with k >= 1: all five before and after.
    expect(r.items[0]).toMatchObject({ item: 'stock-flow', before: 100, after: 100 });
    // Item 4 (levers, index 3) is right where k >= 4: before only the player with 4 (20%);
    // after, the players with 5, 6, 4 and 4 (80%). One player (k = 3 after) answered "not sure".
    expect(r.items[3]).toMatchObject({ item: 'levers', before: 20, after: 80 });
    expect(r.items[3]?.outcomes.after).toEqual({
      correct: 4,
      incorrect: 0,
      notSure: 1,
      unanswered: 0,
    });
  });

  it('gives percent correct by form, before and after', () => {
    // A first: players 1, 3, 5 (before on A: 2, 1, 4) and B first: players 2, 4. Five sittings
    // are needed per cell: with ten players (the room twice), A before = 2, 1, 4 twice: 7/18 = 38.9%.
    const byForm = percentByForm([...ROOM, ...ROOM]);
    expect(byForm.A.before).toMatchObject({ kind: 'ready', n: 6 });
    if (byForm.A.before.kind === 'ready') expect(byForm.A.before.percent).toBeCloseTo(700 / 18, 10);
    expect(byForm.B.before).toEqual({ kind: 'tooFew', have: 4, need: 1 });
  });

  it('scores the attribution item on the shift to the structural cause', () => {
    // Before: one of five chose the overloaded review step (20%); after: four of five (80%).
    const rows = [true, false, false, false, false].map((before, i) => ({
      firstForm: 'A' as const,
      before: answers(0, before),
      after: answers(0, i !== 4),
    }));
    const r = attributionShift(rows, 3);
    expect(r).toMatchObject({ kind: 'ready', n: 5, before: 20, after: 80 });
    if (r.kind === 'ready') expect(r.shift).toBeCloseTo(60, 10);
  });

  it('measures the prediction gap in percent of the sound policy', () => {
    const truth = { features: 90, incidents: 15, soundFeatures: 100, soundIncidents: 10 };
    // Features: (120 - 90) / 100 = +30 points; incidents: (5 - 15) / 10 = -100 points.
    expect(predictionGap({ features: 120, incidents: 5, confidence: 5 }, truth)).toEqual({
      features: 30,
      incidents: -100,
      confidence: 5,
    });
    // No incidents under the sound policy: the gap is counted in incidents (a divisor of one).
    expect(
      predictionGap({ features: 0, incidents: 3, confidence: 1 }, { ...truth, soundIncidents: 0 })
        .incidents,
    ).toBe(-1200);
    const gaps = [30, 10, -20, 40, 40].map((f, i) => ({
      features: f,
      incidents: 0,
      confidence: i + 1,
    }));
    const room = roomPredictionGap(gaps, 4);
    // Mean +20; the sure (confidence 4 and 5): |40|, |40| -> 40; the rest: 30, 10, 20 -> 20.
    expect(room).toMatchObject({
      kind: 'ready',
      n: 5,
      features: 20,
      bySureness: { sure: { n: 2, features: 40 }, unsure: { n: 3, features: 20 } },
    });
  });

  it('measures retention from later codes against the day', () => {
    // The room: 40% before, 73.33% after. Five later codes with 4 of 6 right: 66.67%.
    // Kept share of the gain: (66.67 - 40) / (73.33 - 40) = 26.67 / 33.33 = 0.8.
    const later = Array.from({ length: 5 }, () => ({ form: 'B' as const, answers: answers(4) }));
    const r = retention(ROOM, later, 2);
    if (r.kind !== 'ready') throw new Error('not ready');
    expect(r.later).toBeCloseTo(66.667, 3);
    expect(r.keptShareOfGain).toBeCloseTo(0.8, 10);
    expect(r.laterInterval).toEqual({ low: 400 / 6, high: 400 / 6 });
  });
});
