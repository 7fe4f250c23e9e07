// The sandbox's "Run to the end": plays the weeks left in tasks, cards answered by their defaults,
// reviews noted rather than shown, never a dialog owed, and stoppable between tasks.
import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import { defaultChoice, runToEnd, WEEKS_PER_TASK } from '../../src/state/run-to-end.ts';
import { createGameStore } from '../../src/state/store.ts';

/** A queue that runs its tasks only when told: the idle queue's stand-in. */
function fakeQueue() {
  const tasks: (() => void)[] = [];
  const queue = (task: () => void) => {
    tasks.push(task);
    return () => {
      const i = tasks.indexOf(task);
      if (i >= 0) tasks.splice(i, 1);
    };
  };
  const runOne = (): boolean => {
    const t = tasks.shift();
    t?.();
    return t !== undefined;
  };
  return { queue, runOne, size: () => tasks.length };
}

function sandbox(weeks: 52 | 520, seed: number) {
  const store = createGameStore();
  store.getState().startRun({ scenarioId: 'sandbox', weeks, seed, mode: 'sandbox' });
  return store;
}

describe('run to the end', () => {
  it('plays a year of sandbox to the debrief, a few weeks a task, never owing a dialog', () => {
    const store = sandbox(52, 3);
    let dialogs = 0;
    store.subscribe((s) => {
      if (s.interrupt !== null) dialogs++;
    });
    const capex = CARDS.find((c) => c.id === 'board-capex');
    const defaults = { 'board-capex': capex?.choices[2]?.id ?? '' };
    const { queue, runOne } = fakeQueue();
    let progress = 0;
    let done = 0;
    runToEnd(store, defaults, { progress: () => progress++, done: () => done++ }, queue);
    expect(store.getState().ui.fastForward).toBe(true);
    expect(store.getState().sim?.state.week).toBe(0);
    runOne();
    expect(store.getState().sim?.state.week).toBe(WEEKS_PER_TASK);
    while (runOne()) {}
    const s = store.getState();
    expect(s.phase).toBe('debrief');
    expect(s.run?.decisions).toHaveLength(52);
    expect(progress).toBe(52 / WEEKS_PER_TASK);
    expect(done).toBe(1);
    expect(dialogs).toBe(0);
    expect(s.ui.fastForward).toBe(false);
    // All four reviews are in the run's events, for the summary at the end.
    expect(s.sim?.events.filter((e) => e.kind === 'boardReview')).toHaveLength(4);
    // Each card raised was answered with its default: the one set, else its first choice.
    const raised = s.sim?.events.filter((e) => e.kind === 'cardResolved') ?? [];
    expect(raised.length).toBeGreaterThan(0);
    for (const e of raised) {
      if (e.kind !== 'cardResolved') continue;
      expect(e.choiceId).toBe(defaultChoice(e.cardId, defaults));
    }
  });

  it('stops between tasks, and a card then pending is asked of the player', () => {
    const store = sandbox(520, 5);
    const { queue, runOne, size } = fakeQueue();
    const stop = runToEnd(store, {}, {}, queue);
    for (let i = 0; i < 10; i++) runOne();
    stop();
    expect(size()).toBe(0);
    const s = store.getState();
    expect(s.ui.fastForward).toBe(false);
    expect(s.phase).toBe('run');
    expect(s.sim?.state.week).toBe(10 * WEEKS_PER_TASK);
    const owed = s.sim?.state.pendingCards.length ?? 0;
    expect(s.interrupt?.kind ?? null).toBe(owed > 0 ? 'card' : null);
  });

  it('takes a default only a card has, else its first choice', () => {
    expect(defaultChoice('burnout', { burnout: 'bonus' })).toBe('bonus');
    expect(defaultChoice('burnout', { burnout: 'nonsense' })).toBe('push-through');
    expect(defaultChoice('no-such-card', {})).toBeNull();
  });

  it('is the sandbox’s alone', () => {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 26, seed: 1, mode: 'scenario' });
    store.getState().setFastForward(true);
    expect(store.getState().ui.fastForward).toBe(false);
  });
});
