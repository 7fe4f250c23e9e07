import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import {
  type Clock,
  GAME_AUTOPLAY,
  GAME_WEEK_MS,
  startAutoplay,
  widgetAutoplay,
} from '../../src/state/autoplay.ts';
import { createGameStore, type GameStore } from '../../src/state/store.ts';
import { createWidgetStore } from '../../src/state/widget-store.ts';
import { answerCards, readReview } from './as-player.ts';

/** A clock that moves only when told, one timer at a time, as the scheduler uses it. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: Clock = {
    setTimeout(run, ms) {
      const id = next++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout(id) {
      timers.delete(id as number);
    },
  };
  /** Moves time on by `ms`, running each timer that falls due on the way. */
  const tick = (ms: number): void => {
    const end = now + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = end;
  };
  return { clock, tick, pending: () => timers.size };
}

const week = (store: GameStore) => store.getState().sim?.state.week ?? 0;

function answerAndClose(store: GameStore): void {
  answerCards(store);
  store.getState().closeCard();
  readReview(store);
}

/** A game run of mandate on `seed`, its autoplay on a fake clock. */
function gameOnClock(weeks: 12 | 26, seed: number) {
  const store = createGameStore();
  store.getState().startRun({ scenarioId: 'mandate', weeks, seed, mode: 'scenario' });
  const fake = fakeClock();
  const stop = startAutoplay(store, GAME_AUTOPLAY, fake.clock);
  return { store, stop, ...fake };
}

describe('autoplay', () => {
  it('plays a week each delay while on, at the chosen speed, and nothing while off', () => {
    const { store, stop, tick, pending } = gameOnClock(26, 2);
    tick(GAME_WEEK_MS * 3);
    expect(week(store)).toBe(0);
    expect(pending()).toBe(0);
    store.getState().setPlaying(true);
    tick(GAME_WEEK_MS - 1);
    expect(week(store)).toBe(0);
    tick(1);
    expect(week(store)).toBe(1);
    store.getState().setSpeed(4);
    tick(GAME_WEEK_MS);
    expect(week(store)).toBe(2);
    tick(GAME_WEEK_MS / 4);
    expect(week(store)).toBe(3);
    store.getState().setPlaying(false);
    expect(pending()).toBe(0);
    tick(GAME_WEEK_MS * 4);
    expect(week(store)).toBe(3);
    stop();
  });

  it('counts the wait from the last week played, by hand too', () => {
    const { store, stop, tick } = gameOnClock(26, 2);
    store.getState().setPlaying(true);
    tick(GAME_WEEK_MS / 2);
    store.getState().playWeek();
    tick(GAME_WEEK_MS / 2);
    expect(week(store)).toBe(1);
    tick(GAME_WEEK_MS / 2);
    expect(week(store)).toBe(2);
    stop();
  });

  it('plays on by itself once a card is answered or a review read (the setting on, by default)', () => {
    const { store, stop, tick, pending } = gameOnClock(26, 2);
    expect(store.getState().ui.autoResume).toBe(true);
    store.getState().setPlaying(true);
    tick(GAME_WEEK_MS * 10);
    // Seed 2's first card comes with week 5: autoplay waits, still on, with no timer running.
    expect(week(store)).toBe(5);
    expect(store.getState().interrupt?.kind).toBe('card');
    expect(store.getState().ui.playing).toBe(true);
    expect(pending()).toBe(0);
    const p = store.getState().sim?.state.pendingCards[0];
    const choice = CARDS.find((c) => c.id === p?.cardId)?.choices[0]?.id ?? '';
    store.getState().answerCard(p?.cardId ?? '', choice);
    // The outcome on screen still holds it; going on from it starts the wait for the next week.
    tick(GAME_WEEK_MS * 3);
    expect(week(store)).toBe(5);
    store.getState().closeCard();
    tick(GAME_WEEK_MS - 1);
    expect(week(store)).toBe(5);
    tick(1);
    expect(week(store)).toBe(6);
    // On to the review of week 13, answering whatever comes, never turning autoplay on again.
    for (let i = 0; i < 40 && week(store) < 13; i++) {
      answerAndClose(store);
      tick(GAME_WEEK_MS);
    }
    expect(store.getState().interrupt).toEqual({ kind: 'board', week: 13 });
    tick(GAME_WEEK_MS * 5);
    expect(week(store)).toBe(13);
    store.getState().acknowledgeBoard();
    for (let i = 0; i < 40 && week(store) < 14; i++) {
      answerAndClose(store);
      tick(GAME_WEEK_MS);
    }
    expect(week(store)).toBe(14);
    expect(store.getState().ui.playing).toBe(true);
    stop();
  });

  it('with the setting off, stops at a card and at the board review until turned on again', () => {
    const { store, stop, tick, pending } = gameOnClock(26, 2);
    store.getState().setAutoResume(false);
    store.getState().setPlaying(true);
    tick(GAME_WEEK_MS * 10);
    // Seed 2's first card comes with week 5.
    expect(week(store)).toBe(5);
    expect(store.getState().interrupt?.kind).toBe('card');
    expect(store.getState().ui.playing).toBe(false);
    expect(pending()).toBe(0);
    // Played on, answering every card, it pauses at the review of week 13.
    for (let i = 0; i < 20 && week(store) < 13; i++) {
      answerAndClose(store);
      store.getState().setPlaying(true);
      tick(GAME_WEEK_MS * 20);
    }
    expect(week(store)).toBe(13);
    expect(store.getState().interrupt).toEqual({ kind: 'board', week: 13 });
    expect(store.getState().ui.playing).toBe(false);
    stop();
  });

  it('waits while a review is up even if something turns it on, and never plays past a card', () => {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 26, seed: 2, mode: 'scenario' });
    for (let i = 0; i < 40 && week(store) < 13; i++) {
      answerAndClose(store);
      store.getState().playWeek();
    }
    const { clock, tick } = fakeClock();
    const stop = startAutoplay(store, GAME_AUTOPLAY, clock);
    // A host page's "resume" under the review: nothing plays until the review is read.
    store.getState().setPlaying(true);
    tick(GAME_WEEK_MS * 5);
    expect(week(store)).toBe(13);
    store.getState().acknowledgeBoard();
    // Then the card behind it holds the clock.
    tick(GAME_WEEK_MS * 5);
    expect(week(store)).toBe(13);
    answerAndClose(store);
    tick(GAME_WEEK_MS);
    expect(week(store)).toBe(14);
    stop();
  });

  it('stops at the end of the run', () => {
    const { store, stop, tick, pending } = gameOnClock(12, 1);
    for (let i = 0; i < 40 && store.getState().phase === 'run'; i++) {
      answerAndClose(store);
      store.getState().setPlaying(true);
      tick(GAME_WEEK_MS * 20);
      if (store.getState().interrupt?.kind === 'closing') break;
    }
    // The board's closing verdict waits on the run screen, autoplay stopped, before the debrief.
    expect(store.getState().interrupt).toEqual({ kind: 'closing', week: 12 });
    expect(week(store)).toBe(12);
    expect(store.getState().ui.playing).toBe(false);
    expect(pending()).toBe(0);
    stop();
  });

  it('stops its timer when stopped', () => {
    const { store, stop, tick, pending } = gameOnClock(12, 1);
    store.getState().setPlaying(true);
    expect(pending()).toBe(1);
    stop();
    expect(pending()).toBe(0);
    tick(GAME_WEEK_MS * 4);
    expect(week(store)).toBe(0);
  });

  it("plays the widget's weeks at its pace to the end, and again after a restart", () => {
    const store = createWidgetStore({ weeks: 4 });
    const { clock, tick, pending } = fakeClock();
    const stop = startAutoplay(store, widgetAutoplay(1000), clock);
    tick(999);
    expect(store.getState().sim.state.week).toBe(0);
    tick(1);
    expect(store.getState().sim.state.week).toBe(1);
    tick(10_000);
    expect(store.getState().sim.state.week).toBe(4);
    expect(store.getState().playing).toBe(false);
    expect(pending()).toBe(0);
    store.getState().restart();
    store.getState().setPlaying(true);
    tick(1000);
    expect(store.getState().sim.state.week).toBe(1);
    stop();
  });
});
