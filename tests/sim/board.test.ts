// The quarterly board review: every 13 weeks, a verdict on what the board's dashboard shows.
import { describe, expect, it } from 'vitest';
import {
  BOARD_VERDICT_SHARES,
  BOARD_WEIGHTS,
  closingVerdict,
  quarterVerdict,
  verdictOf,
  weeksSinceReview,
  weighedTargets,
} from '../../src/sim/board.ts';
import type { BoardVerdict, SimEvent, SimState, WeekMetrics } from '../../src/sim/index.ts';
import { runScenario, step, V } from '../../src/sim/index.ts';
import { CARDS, initial, jsonCopy, last, scenario, stepMany } from './helpers.ts';

const VERDICTS: readonly BoardVerdict[] = ['displeased', 'concerned', 'satisfied', 'pleased'];
const rank = (v: BoardVerdict) => VERDICTS.indexOf(v);

type Review = Extract<SimEvent, { kind: 'boardReview' }>;
const reviews = (events: readonly SimEvent[]): Review[] =>
  events.filter((e): e is Review => e.kind === 'boardReview');

describe('the quarterly review', () => {
  it.each(['sandbox', 'mandate', 'layoffs'])(
    'comes every %s quarter (13 weeks) with a verdict and its results',
    (id) => {
      const r = runScenario({
        scenario: scenario(id),
        seed: 5,
        weeks: 60,
        decisions: [],
        cards: CARDS,
      });
      const found = reviews(r.events);
      expect(V.quarterWeeks).toBe(13);
      expect(found.map((e) => e.week)).toEqual([13, 26, 39, 52]);
      expect(found.map((e) => e.quarter)).toEqual([1, 2, 3, 4]);
      for (const e of found) {
        expect(VERDICTS).toContain(e.verdict);
        expect(e.results.map((x) => x.target)).toEqual(
          expect.arrayContaining(['lines', 'features', 'budget', 'incidents', 'breaches']),
        );
        for (const x of e.results) {
          expect(Number.isFinite(x.goal) && Number.isFinite(x.actual)).toBe(true);
        }
      }
    },
  );

  it('judges each quarter on its own: the quarter totals restart after a review', () => {
    const t = stepMany(scenario('mandate'), initial('mandate', 5), 14);
    const afterReview = t.states[12] as SimState;
    expect(afterReview.totals.quarterLines).toBe(0);
    expect(afterReview.totals.quarterSpend).toBe(0);
    expect(afterReview.totals.quarterIncidents).toBe(0);
    const nextWeek = last(t.states);
    expect(nextWeek.totals.quarterLines).toBeCloseTo(last(t.weeks).linesWritten, 6);
  });

  it.each([
    ['a quarter that beats every target', 'pleased', 1],
    ['a quarter that misses lines, features, budget and incidents', 'displeased', -1],
  ] as const)(
    "moves the board's confidence and the budget with the verdict: %s",
    (_name, verdict, sign) => {
      // Week 12 of a quiet run, with the quarter's totals set; no event cards to move confidence.
      const t = stepMany(scenario('sandbox'), initial('sandbox', 5), 12, () => ({}), []);
      const s = jsonCopy(last(t.states));
      const good = verdict === 'pleased';
      s.totals = {
        ...s.totals,
        quarterLines: good ? 1e9 : 0,
        quarterFeatures: good ? 1e6 : 0,
        quarterSpend: good ? 0 : 1e12,
        quarterIncidents: good ? 0 : 99,
        quarterBreaches: 0,
      };
      const week13 = step(s, {}, []);
      const week14 = step(week13.state, {}, []);
      expect(week13.metrics.breaches).toBe(0);
      expect(reviews(week13.events)).toMatchObject([{ week: 13, quarter: 1, verdict }]);
      const w12 = last(t.weeks);
      expect(Math.sign(week13.metrics.boardConfidence - w12.boardConfidence)).toBe(sign);
      expect(week14.metrics.weeklyBudget / week13.metrics.weeklyBudget).toBeCloseTo(
        1 + sign * V.boardBudgetStep,
        12,
      );
    },
  );
});

describe('the adoption target', () => {
  /** A quarter's end where every target but adoption is plainly met. */
  function goodQuarter(adoptionTarget: number): SimState {
    const t = stepMany(scenario('sandbox'), initial('sandbox', 5), 12, () => ({}), []);
    const s = jsonCopy(last(t.states));
    s.boardAdoptionTarget = adoptionTarget;
    s.totals = {
      ...s.totals,
      quarterLines: s.reference.linesPerWeek * 13 * 2,
      quarterFeatures: s.reference.featuresPerWeek * 13 * 2,
      quarterSpend: 0,
      quarterIncidents: 0,
      quarterBreaches: 0,
    };
    return s;
  }
  const metrics = (measuredAdoption: number): WeekMetrics => {
    const t = stepMany(scenario('sandbox'), initial('sandbox', 5), 1, () => ({}), []);
    return { ...last(t.weeks), measuredAdoption };
  };

  it('is judged on measured adoption in a mandate scenario', () => {
    const met = quarterVerdict(goodQuarter(0.8), metrics(0.85));
    const missed = quarterVerdict(goodQuarter(0.8), metrics(0.5));
    expect(met.results).toContainEqual({ target: 'adoption', goal: 0.8, actual: 0.85, met: true });
    expect(missed.results).toContainEqual({
      target: 'adoption',
      goal: 0.8,
      actual: 0.5,
      met: false,
    });
  });

  it('missing it counts against the verdict, all else equal', () => {
    const met = quarterVerdict(goodQuarter(0.8), metrics(0.85));
    const missed = quarterVerdict(goodQuarter(0.8), metrics(0.5));
    expect(met.verdict).toBe('pleased');
    expect(rank(missed.verdict)).toBeLessThan(rank(met.verdict));
    expect(missed.confidenceDelta).toBeLessThan(met.confidenceDelta);
  });

  it('is not judged at all when the scenario sets none', () => {
    const r = quarterVerdict(goodQuarter(0), metrics(0));
    expect(r.results.map((x) => x.target)).not.toContain('adoption');
    expect(r.verdict).toBe('pleased');
  });

  it('shows up in the reviews of a real mandate run, with the scenario target as its goal', () => {
    const sc = scenario('mandate');
    expect(sc.boardAdoptionTarget).toBeGreaterThan(0);
    const r = runScenario({ scenario: sc, seed: 42, weeks: 26, decisions: [], cards: CARDS });
    for (const e of reviews(r.events)) {
      const adoption = e.results.find((x) => x.target === 'adoption');
      expect(adoption?.goal).toBe(sc.boardAdoptionTarget);
      const m = r.weeks[e.week - 1] as WeekMetrics;
      expect(adoption?.actual).toBe(m.measuredAdoption);
      expect(adoption?.met).toBe(m.measuredAdoption >= sc.boardAdoptionTarget);
    }
  });
});

describe('the closing verdict of a run that ends between reviews', () => {
  const play = (weeks: number) => {
    const t = stepMany(scenario('mandate'), initial('mandate', 4), weeks, () => ({}));
    return { state: last(t.states), metrics: t.weeks[t.weeks.length - 1] as WeekMetrics };
  };

  it('judges the weeks since the last review, with goals scaled to them', () => {
    const { state, metrics } = play(12);
    const closing = closingVerdict(state, metrics);
    expect(closing).not.toBeNull();
    const full = quarterVerdict(state, metrics);
    const scaled = quarterVerdict(state, metrics, 12);
    expect(closing).toEqual(scaled);
    const goal = (r: typeof full, target: string) =>
      r.results.find((x) => x.target === target)?.goal ?? 0;
    for (const target of ['lines', 'budget'] as const)
      expect(goal(scaled, target) / goal(full, target), target).toBeCloseTo(12 / V.quarterWeeks, 6);
    // Features and incidents are counted whole: the scaled goal is rounded to a whole one.
    expect(goal(scaled, 'features')).toBe(
      Math.ceil(state.reference.featuresPerWeek * 12 * V.boardFeaturesGoal),
    );
    expect(goal(scaled, 'incidents')).toBe(
      Math.round((V.boardIncidentTolerance * 12) / V.quarterWeeks),
    );
    for (const r of [...full.results, ...scaled.results])
      if (r.target === 'features' || r.target === 'incidents')
        expect(Number.isInteger(r.goal), r.target).toBe(true);
    // The actual figures are the same weeks either way: only the goals scale.
    expect(scaled.results.map((r) => r.actual)).toEqual(full.results.map((r) => r.actual));
  });

  it('is absent when the run ended on a review', () => {
    for (const weeks of [13, 26]) {
      const { state, metrics } = play(weeks);
      expect(weeksSinceReview(state)).toBe(0);
      expect(closingVerdict(state, metrics)).toBeNull();
    }
    expect(weeksSinceReview(play(30).state)).toBe(4);
  });
});

describe('the weighing the board shows beside its verdict', () => {
  it('is the one the verdict reads: the share of weights met decides it', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = runScenario({
        scenario: scenario('mandate'),
        seed,
        weeks: 52,
        decisions: [],
        cards: CARDS,
      });
      for (const e of reviews(r.events)) {
        const { met, total } = weighedTargets(e.results);
        expect(total).toBe(e.results.reduce((t, x) => t + BOARD_WEIGHTS[x.target], 0));
        expect(e.verdict).toBe(verdictOf(met / total));
      }
    }
  });

  it('needs the share each verdict names, and takes it from the parameter table', () => {
    expect(BOARD_VERDICT_SHARES).toEqual({
      pleased: V.boardPleasedShare,
      satisfied: V.boardSatisfiedShare,
      concerned: V.boardConcernedShare,
    });
    expect(verdictOf(1)).toBe('pleased');
    expect(verdictOf(V.boardPleasedShare)).toBe('pleased');
    expect(verdictOf(V.boardPleasedShare - 0.01)).toBe('satisfied');
    expect(verdictOf(V.boardSatisfiedShare)).toBe('satisfied');
    expect(verdictOf(V.boardSatisfiedShare - 0.01)).toBe('concerned');
    expect(verdictOf(V.boardConcernedShare)).toBe('concerned');
    expect(verdictOf(V.boardConcernedShare - 0.01)).toBe('displeased');
    expect(verdictOf(0)).toBe('displeased');
  });

  it('weighs what the dashboard shows above what customers get (D13)', () => {
    expect(BOARD_WEIGHTS.adoption).toBeGreaterThan(BOARD_WEIGHTS.features);
    expect(BOARD_WEIGHTS.lines).toBeGreaterThan(BOARD_WEIGHTS.incidents);
  });
});
