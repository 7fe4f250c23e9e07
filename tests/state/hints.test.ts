// How the store feeds the hints: what a run in play reads as, and when hints are on at all.
import { describe, expect, it } from 'vitest';
import { HINTS, nextHint } from '../../src/content/hints.ts';
import { hintDue, hintInput, hintsActive } from '../../src/state/hints.ts';
import { createGameStore } from '../../src/state/store.ts';

describe('the hints in the store', () => {
  it('read nothing without a run in play', () => {
    expect(hintInput(createGameStore().getState())).toBeNull();
  });

  it('on a fresh guided run, fire only the one written for the start', () => {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 26, seed: 1, mode: 'guided' });
    const input = hintInput(store.getState());
    expect(input).toEqual({ week: 0, last: null, lastEvents: [], pendingCards: 0 });
    if (!input) return;
    expect(HINTS.filter((h) => h.when(input)).map((h) => h.id)).toEqual(['mandate']);
    expect(hintDue(store.getState())?.id).toBe('mandate');
    expect(nextHint(input, ['mandate'])).toBeNull();
  });

  it('read the week just played', () => {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 26, seed: 1, mode: 'guided' });
    expect(store.getState().playWeek()).toBe(true);
    const s = store.getState();
    const input = hintInput(s);
    expect(input?.week).toBe(1);
    expect(input?.last).toBe(s.sim?.history.at(-1));
    expect(input?.lastEvents).toBe(s.sim?.lastEvents);
    expect(input?.pendingCards).toBe(s.sim?.state.pendingCards.length);
  });

  it('are active only in a guided run with hints on', () => {
    const base = { phase: 'run' as const, ui: { hintsOn: true } };
    const run = (mode: 'guided' | 'scenario') => ({
      seed: 1,
      scenarioId: 'mandate',
      weeks: 26 as const,
      mode,
      decisions: [],
    });
    expect(hintsActive({ ...base, run: run('guided') } as never)).toBe(true);
    expect(hintsActive({ ...base, run: run('scenario') } as never)).toBe(false);
    expect(hintsActive({ ...base, ui: { hintsOn: false }, run: run('guided') } as never)).toBe(
      false,
    );
    expect(hintsActive({ ...base, phase: 'debrief', run: run('guided') } as never)).toBe(false);
  });
});
