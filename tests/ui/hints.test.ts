import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en/screens.json';
import type { WeekMetrics } from '../../src/sim/index.ts';
import { HINTS, type HintInput, hintsActive, nextHint } from '../../src/ui/hints/triggers.ts';

const metrics = (patch: Partial<WeekMetrics>): WeekMetrics =>
  ({
    reviewLoad: 0.5,
    reviewDepth: 1,
    ownership: 0.8,
    seniorMorale: 0.7,
    perceivedVelocity: 1,
    ...patch,
  }) as WeekMetrics;

const input = (patch: Partial<HintInput> = {}): HintInput => ({
  week: 3,
  last: metrics({}),
  lastEvents: [],
  pendingCards: 0,
  ...patch,
});

describe('hint triggers', () => {
  it('have unique ids and one short English sentence each', () => {
    const ids = HINTS.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
    const texts = en.hints as Record<string, string>;
    for (const h of HINTS) {
      const text = texts[h.key.slice('hints.'.length)];
      expect(text, h.id).toBeTypeOf('string');
      expect(text?.length, h.id).toBeLessThan(130);
      expect(
        text?.split(/[.!?](\s|$)/).filter((x) => x.trim().length > 1).length,
        h.id,
      ).toBeLessThanOrEqual(2);
    }
  });

  it('point at the mandate before the first week', () => {
    expect(nextHint(input({ week: 0, last: null }), [])?.id).toBe('mandate');
    expect(nextHint(input({ week: 0, last: null }), ['mandate'])).toBeNull();
  });

  it('fire when the review queue first exceeds capacity, and only once', () => {
    const over = input({ last: metrics({ reviewLoad: 1.4 }) });
    expect(nextHint(input(), [])).toBeNull();
    expect(nextHint(over, [])?.id).toBe('reviewQueue');
    expect(nextHint(over, ['reviewQueue'])).toBeNull();
  });

  it('fire on the first incident, the first card and the first board review', () => {
    const incident = input({
      lastEvents: [
        {
          kind: 'incident',
          week: 3,
          customers: 1,
          restoreHours: 1,
          blastRadius: 1,
          origin: 'ai',
          path: 'skimmed',
          chain: [],
        },
      ],
    });
    expect(nextHint(incident, [])?.id).toBe('incident');
    expect(nextHint(input({ pendingCards: 1 }), [])?.id).toBe('card');
    const board = input({
      lastEvents: [{ kind: 'boardReview', week: 13, quarter: 1, verdict: 'pleased', results: [] }],
    });
    expect(nextHint(board, [])?.id).toBe('boardReview');
  });

  it('show one at a time, the earlier in the list first', () => {
    const both = input({ pendingCards: 1, last: metrics({ reviewLoad: 2 }) });
    expect(nextHint(both, [])?.id).toBe('card');
    expect(nextHint(both, ['card'])?.id).toBe('reviewQueue');
  });

  it('say nothing without a run', () => {
    expect(nextHint(null, [])).toBeNull();
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
