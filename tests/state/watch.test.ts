import { describe, expect, it } from 'vitest';
import { shallow } from 'zustand/vanilla/shallow';
import { createGameStore } from '../../src/state/store.ts';
import { watch } from '../../src/state/watch.ts';

describe('watch', () => {
  const started = () => {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 12, seed: 1, mode: 'scenario' });
    return store;
  };

  it('draws once at once, then only when its slice changes', () => {
    const store = started();
    const weeks: Array<[number, boolean]> = [];
    const w = watch(
      store,
      (s) => s.sim?.history.length ?? 0,
      (n, _s, changed) => weeks.push([n, changed]),
    );
    expect(weeks).toEqual([[0, false]]);
    // A slider step, a hint marked seen, a speed: none is a week.
    store.getState().setLever('aiMandate', 0.5);
    store.getState().markHintSeen('aiMandate');
    store.getState().setSpeed(2);
    expect(weeks).toHaveLength(1);
    store.getState().playWeek();
    expect(weeks).toEqual([
      [0, false],
      [1, true],
    ]);
    // A new language: drawn again as it is, not as a change.
    w.redraw();
    expect(weeks.at(-1)).toEqual([1, false]);
    w.stop();
    store.getState().playWeek();
    expect(weeks).toHaveLength(3);
  });

  it('compares a slice built as an object by the equality given', () => {
    const store = started();
    let draws = 0;
    const w = watch(
      store,
      (s) => ({ sim: s.sim, draft: s.draft }),
      () => {
        draws++;
      },
      shallow,
    );
    store.getState().setSpeed(4);
    store.getState().setMuted(true);
    expect(draws).toBe(1);
    store.getState().setLever('aiMandate', 0.5);
    expect(draws).toBe(2);
    w.stop();
  });
});
