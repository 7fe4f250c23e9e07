/**
 * The hiring outlook: the weeks it promises are the weeks the sim delivers, layoffs say when
 * they leave and what severance costs, and a short run says a hire comes too late.
 */

import { describe, expect, it } from 'vitest';
import { LEVELS, severanceCost, V } from '../../src/sim/index.ts';
import { hiringOutlook } from '../../src/state/hiring.ts';
import { createGameStore, type GameStore } from '../../src/state/store.ts';
import { answerCards, readReview } from './as-player.ts';

function start(weeks: 12 | 26 | 52, scenarioId = 'sandbox'): GameStore {
  const store = createGameStore();
  const mode = scenarioId === 'sandbox' ? 'sandbox' : 'scenario';
  store.getState().startRun({ scenarioId, weeks, seed: 3, mode });
  return store;
}

function play(store: GameStore): void {
  answerCards(store);
  readReview(store);
  expect(store.getState().playWeek()).toBe(true);
}

describe('hiringOutlook', () => {
  it('is null without a run', () => {
    expect(hiringOutlook(createGameStore().getState())).toBeNull();
  });

  it.each(LEVELS)('promises %s hires the weeks the sim delivers them', (level) => {
    const store = start(52);
    store.getState().setStaffing('hire', level, 3);
    const asked = hiringOutlook(store.getState())?.pending.find((p) => p.stage === 'requested');
    expect(asked).toMatchObject({ level, count: 3, arrivesAfterEnd: false });
    if (!asked) return;
    expect(asked.productive - asked.arrival).toBe(V.onboardingWeeks);
    play(store);
    // After the week, the same hires are on the way, due the same weeks.
    const hiring = hiringOutlook(store.getState())?.pending.find(
      (p) => p.stage === 'hiring' && p.level === level && p.arrival === asked.arrival,
    );
    expect(hiring?.count).toBeGreaterThanOrEqual(3);
    expect(hiring?.productive).toBe(asked.productive);
    while ((store.getState().sim?.state.week ?? 0) < asked.arrival) play(store);
    const arrived = store
      .getState()
      .sim?.events.filter((e) => e.kind === 'arrival' && e.level === level)
      .some((e) => e.week === asked.arrival);
    expect(arrived).toBe(true);
    const onboarding = hiringOutlook(store.getState())?.pending.find(
      (p) => p.stage === 'onboarding' && p.level === level && p.productive === asked.productive,
    );
    expect(onboarding?.count).toBeGreaterThanOrEqual(3);
    while ((store.getState().sim?.state.week ?? 0) < asked.productive) play(store);
    const still = hiringOutlook(store.getState())?.pending.filter(
      (p) => p.stage === 'onboarding' && p.productive === asked.productive,
    );
    expect(still).toEqual([]);
  });

  it('says when laid-off people leave and what their severance costs', () => {
    const store = start(12);
    store.getState().setStaffing('layoff', 'mid', 2);
    const o = hiringOutlook(store.getState());
    expect(o?.layoffs).toEqual([
      { level: 'mid', count: 2, week: 1, severance: severanceCost('mid', 2) },
    ]);
  });

  it('warns in a 12-week run that seniors come too late', () => {
    const store = start(12, 'mandate');
    const o = hiringOutlook(store.getState());
    expect(o?.lastWeek).toBe(12);
    // Week 1: seniors arrive in week 10, fully productive only by week 20.
    expect(o?.timing.senior).toEqual({
      arrival: V.hiringDelaySenior,
      productive: V.hiringDelaySenior + V.onboardingWeeks,
      arrivesAfterEnd: false,
      productiveAfterEnd: true,
    });
    for (let w = 0; w < 3; w++) play(store);
    expect(hiringOutlook(store.getState())?.timing.senior.arrivesAfterEnd).toBe(true);
  });
});
