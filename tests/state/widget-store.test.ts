import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import { findScenario } from '../../src/content/scenarios.ts';
import { runScenario } from '../../src/sim/index.ts';
import {
  createWidgetStore,
  WIDGET_DEFAULTS,
  type WidgetStore,
  widgetSettings,
} from '../../src/state/widget-store.ts';

const playAll = (store: WidgetStore): number => {
  let n = 0;
  while (store.getState().playWeek()) n += 1;
  return n;
};

describe('the queue widget store', () => {
  it('starts from the scenario: its levers, week 0, playing', () => {
    const store = createWidgetStore({ scenarioId: 'mandate', seed: 3, weeks: 12 });
    const s = store.getState();
    expect(s.sim.state.week).toBe(0);
    expect(s.levers).toEqual({ aiMandate: 0.8, seniorReviewShare: 0.25 });
    expect(s.playing).toBe(true);
  });

  it('falls back to its defaults for an unknown scenario, a bad seed or a bad length', () => {
    for (const bad of [
      { scenarioId: 'nope', seed: -1, weeks: 0 },
      { scenarioId: '__proto__', seed: 1.5, weeks: 53 },
      { scenarioId: '', seed: Number.NaN, weeks: 3 },
      { seed: 2 ** 32, weeks: Number.POSITIVE_INFINITY },
    ]) {
      expect(widgetSettings(bad)).toEqual(WIDGET_DEFAULTS);
    }
    expect(widgetSettings({ scenarioId: 'pipeline', seed: 0, weeks: 52 })).toEqual({
      scenarioId: 'pipeline',
      seed: 0,
      weeks: 52,
    });
  });

  it('plays exactly its weeks, then stops playing and refuses more', () => {
    const store = createWidgetStore({ weeks: 8 });
    expect(playAll(store)).toBe(8);
    const s = store.getState();
    expect(s.sim.state.week).toBe(8);
    expect(s.sim.history).toHaveLength(8);
    expect(s.playing).toBe(false);
    s.setPlaying(true);
    expect(store.getState().playing).toBe(false);
  });

  it('clamps levers through the sim: out of range, NaN and infinity never reach the model', () => {
    const store = createWidgetStore();
    const { setLever } = store.getState();
    setLever('aiMandate', 1.7);
    expect(store.getState().levers.aiMandate).toBe(1);
    setLever('aiMandate', -3);
    expect(store.getState().levers.aiMandate).toBe(0);
    setLever('seniorReviewShare', 0.45);
    setLever('seniorReviewShare', Number.NaN);
    expect(store.getState().levers.seniorReviewShare).toBe(0.45);
    setLever('seniorReviewShare', Number.POSITIVE_INFINITY);
    expect(store.getState().levers.seniorReviewShare).toBe(0.45);
  });

  it('plays every week with the levers the reader set, as the headless sim does', () => {
    const store = createWidgetStore({ scenarioId: 'mandate', seed: 9, weeks: 12 });
    store.getState().setLever('aiMandate', 0.2);
    store.getState().setLever('seniorReviewShare', 0.5);
    playAll(store);
    const scenario = findScenario('mandate');
    if (!scenario) throw new Error('mandate scenario missing');
    const levers = { aiMandate: 0.2, seniorReviewShare: 0.5 };
    const headless = runScenario({
      scenario,
      seed: 9,
      weeks: 12,
      decisions: Array.from({ length: 12 }, () => ({ levers })),
      cards: CARDS,
    });
    expect(store.getState().sim.history).toEqual(headless.weeks);
  });

  it('a lower mandate and more review time keep the queue shorter than the scenario as set', () => {
    const asSet = createWidgetStore({ seed: 4, weeks: 20 });
    const calmer = createWidgetStore({ seed: 4, weeks: 20 });
    calmer.getState().setLever('aiMandate', 0.2);
    calmer.getState().setLever('seniorReviewShare', 0.5);
    playAll(asSet);
    playAll(calmer);
    const last = (s: WidgetStore) => s.getState().sim.history.at(-1)?.reviewQueueLines ?? 0;
    expect(last(calmer)).toBeLessThan(last(asSet));
  });

  it('starts over from week 0 with the same seed, keeping the levers', () => {
    const store = createWidgetStore({ seed: 5, weeks: 6 });
    store.getState().setLever('aiMandate', 0.4);
    playAll(store);
    const first = store.getState().sim.history;
    store.getState().restart();
    expect(store.getState().sim.state.week).toBe(0);
    expect(store.getState().levers.aiMandate).toBe(0.4);
    playAll(store);
    expect(store.getState().sim.history).toEqual(first);
  });
});
