// Headcount flows by seniority: requisitions wait out the hiring delay, new hires ramp up through
// onboarding, people leave active-first, and quitting rises as morale falls and fear grows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { V } from '../../src/sim/params.ts';
import {
  advanceWeek,
  effectiveHeads,
  HIRING_DELAY,
  headcount,
  newCohort,
  ONBOARDING_LENGTH,
  openRequisitions,
  PIPELINE_LENGTH,
  quitProbability,
  rampAt,
  removePeople,
  requisition,
} from '../../src/sim/staffing.ts';
import type { Cohort } from '../../src/sim/types.ts';
import { LEVELS } from '../../src/sim/types.ts';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function cohort(active: number, onboarding: number[] = []): Cohort {
  const c = newCohort(active, 0.7);
  onboarding.forEach((n, i) => {
    c.onboarding[i] = n;
  });
  return c;
}

describe('hiring delay', () => {
  it.each(LEVELS)('a %s requisition arrives on exactly the HIRING_DELAY-th week', (level) => {
    const delay = HIRING_DELAY[level];
    let c = requisition(cohort(10), level, 3);
    expect(openRequisitions(c)).toBe(3);
    expect(headcount(c)).toBe(10);
    for (let week = 1; week < delay; week++) {
      const next = advanceWeek(c);
      expect(next.arrivals, `week ${week} of ${delay}`).toBe(0);
      expect(headcount(next.cohort)).toBe(10);
      c = next.cohort;
    }
    const arrival = advanceWeek(c);
    expect(arrival.arrivals).toBe(3);
    expect(headcount(arrival.cohort)).toBe(13);
    expect(arrival.cohort.onboarding[0]).toBe(3);
    expect(openRequisitions(arrival.cohort)).toBe(0);
  });

  it('seniors take longer to hire than mids, mids longer than juniors', () => {
    expect(HIRING_DELAY.junior).toBeLessThan(HIRING_DELAY.mid);
    expect(HIRING_DELAY.mid).toBeLessThan(HIRING_DELAY.senior);
    expect(PIPELINE_LENGTH).toBe(HIRING_DELAY.senior);
  });

  it('opens whole requisitions only: none for 0 or negative counts, floors fractions', () => {
    const c = cohort(5);
    expect(requisition(c, 'mid', 0)).toBe(c);
    expect(openRequisitions(requisition(c, 'mid', -4))).toBe(0);
    expect(openRequisitions(requisition(c, 'mid', 2.9))).toBe(2);
  });

  it('never mutates the cohort it is given, and keeps its arrays a fixed length', () => {
    const c = cohort(4, [1, 2]);
    const snapshot = JSON.stringify(c);
    let next = requisition(c, 'junior', 5);
    for (let i = 0; i < 30; i++) next = advanceWeek(next).cohort;
    expect(JSON.stringify(c)).toBe(snapshot);
    expect(next.onboarding).toHaveLength(ONBOARDING_LENGTH);
    expect(next.pipeline).toHaveLength(PIPELINE_LENGTH);
  });
});

describe('onboarding', () => {
  it('ramps an arrival through ONBOARDING_LENGTH weeks, then makes them active', () => {
    let c = cohort(10);
    c.pipeline[0] = 4;
    c = advanceWeek(c).cohort; // they arrive
    let previous = effectiveHeads(c);
    expect(previous).toBeCloseTo(10 + 4 * V.onboardingStartProductivity, 12);
    for (let week = 1; week < ONBOARDING_LENGTH; week++) {
      c = advanceWeek(c).cohort;
      expect(c.active, `onboarding week ${week}`).toBe(10);
      expect(sum(c.onboarding)).toBe(4);
      const e = effectiveHeads(c);
      expect(e).toBeGreaterThan(previous);
      expect(e).toBeLessThan(14);
      previous = e;
    }
    c = advanceWeek(c).cohort;
    expect(c.active).toBe(14);
    expect(sum(c.onboarding)).toBe(0);
    expect(effectiveHeads(c)).toBe(14);
  });

  it('counts each new hire at their ramp: from the start productivity, rising, below 1', () => {
    expect(rampAt(0)).toBe(V.onboardingStartProductivity);
    for (let i = 1; i < ONBOARDING_LENGTH; i++) {
      expect(rampAt(i)).toBeGreaterThan(rampAt(i - 1));
      expect(rampAt(i)).toBeLessThan(1);
    }
    const onboarding = [1, 0, 2, 0, 0, 0, 0, 0, 0, 3].slice(0, ONBOARDING_LENGTH);
    const c = cohort(6, onboarding);
    const expected = 6 + onboarding.reduce((e, n, i) => e + n * rampAt(i), 0);
    expect(effectiveHeads(c)).toBeCloseTo(expected, 12);
    expect(effectiveHeads(c)).toBeLessThan(headcount(c));
  });
});

describe('removePeople', () => {
  it('takes active staff first', () => {
    const r = removePeople(cohort(5, [2, 0, 1]), 4);
    expect(r.removed).toBe(4);
    expect(r.cohort.active).toBe(1);
    expect(r.cohort.onboarding.slice(0, 3)).toEqual([2, 0, 1]);
  });

  it('then the hires who have onboarded longest', () => {
    const r = removePeople(cohort(2, [2, 0, 1]), 4);
    expect(r.removed).toBe(4);
    expect(r.cohort.active).toBe(0);
    expect(r.cohort.onboarding.slice(0, 3)).toEqual([1, 0, 0]);
  });

  it('never removes more than the headcount, nor a negative or fractional person', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: ONBOARDING_LENGTH }),
        fc.double({ min: -50, max: 500, noNaN: true }),
        (active, onboarding, count) => {
          const c = cohort(active, onboarding);
          const before = headcount(c);
          const r = removePeople(c, count);
          expect(Number.isInteger(r.removed)).toBe(true);
          expect(r.removed).toBe(Math.max(0, Math.min(Math.floor(count), before)));
          expect(headcount(r.cohort)).toBe(before - r.removed);
          expect(r.cohort.active).toBeGreaterThanOrEqual(0);
          expect(r.cohort.onboarding.every((n) => n >= 0)).toBe(true);
          // Open requisitions are not people yet: a layoff does not cancel them.
          expect(r.cohort.pipeline).toEqual(c.pipeline);
        },
      ),
    );
  });
});

describe('quitProbability', () => {
  it('is the annual rate spread over 52 weeks at the reference morale with no fear', () => {
    expect(quitProbability('junior', V.quitMoraleRef, 0, 1)).toBeCloseTo(V.annualQuitJunior / 52);
    expect(quitProbability('mid', V.quitMoraleRef, 0, 1)).toBeCloseTo(V.annualQuitMid / 52);
    expect(quitProbability('senior', V.quitMoraleRef, 0, 1)).toBeCloseTo(V.annualQuitSenior / 52);
  });

  it.each(LEVELS)('rises as %s morale falls', (level) => {
    let previous = quitProbability(level, 1, 0, 1);
    for (let morale = 0.95; morale >= 0; morale -= 0.05) {
      const p = quitProbability(level, morale, 0, 1);
      expect(p).toBeGreaterThan(previous);
      previous = p;
    }
  });

  it.each(LEVELS)('rises with layoff fear and with an attrition modifier (%s)', (level) => {
    const calm = quitProbability(level, 0.6, 0, 1);
    expect(quitProbability(level, 0.6, 0.3, 1)).toBeGreaterThan(calm);
    expect(quitProbability(level, 0.6, 0.8, 1)).toBeGreaterThan(
      quitProbability(level, 0.6, 0.3, 1),
    );
    expect(quitProbability(level, 0.6, 0, 1.5)).toBeGreaterThan(calm);
  });

  it('stays a probability, capped at one in two a week', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LEVELS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (level, morale, fear, modifier) => {
          const p = quitProbability(level, morale, fear, modifier);
          return p >= 0 && p <= 0.5;
        },
      ),
    );
    expect(quitProbability('junior', 0, 1, 50)).toBe(0.5);
  });
});
