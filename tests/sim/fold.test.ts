// The one replay fold: it numbers weeks from the state it starts at, merges the scenario's
// scripted moves into each week's decisions, and a run folded in two halves ends where the
// whole run does.
import { describe, expect, it } from 'vitest';
import type { StepResult } from '../../src/sim/index.ts';
import { foldWeeks, playWeek, step, withScripted } from '../../src/sim/index.ts';
import { CARDS, initial, scenario } from './helpers.ts';

const layoffs = scenario('layoffs');
const decisionsFor = (week: number) => (week === 3 ? { levers: { aiMandate: 0.9 } } : undefined);

describe('foldWeeks', () => {
  it('plays what a hand-written loop with the scripted moves plays', () => {
    const start = initial('layoffs', 5);
    const folded: StepResult[] = [];
    const end = foldWeeks({
      scenario: layoffs,
      start,
      weeks: 8,
      decisionsFor,
      cards: CARDS,
      onWeek: (r) => folded.push(r),
    });
    let state = start;
    for (let w = 1; w <= 8; w++) {
      const r = step(state, withScripted(layoffs, w, decisionsFor(w) ?? {}), CARDS);
      expect(folded[w - 1]).toEqual(r);
      state = r.state;
    }
    expect(end).toEqual(state);
    expect(folded.some((r) => r.events.some((e) => e.kind === 'layoff'))).toBe(true);
  });

  it('continues week numbers from a state mid-run', () => {
    const start = initial('layoffs', 5);
    const whole = foldWeeks({ scenario: layoffs, start, weeks: 8, decisionsFor, cards: CARDS });
    const half = foldWeeks({ scenario: layoffs, start, weeks: 4, decisionsFor, cards: CARDS });
    const rest = foldWeeks({
      scenario: layoffs,
      start: half,
      weeks: 4,
      decisionsFor,
      cards: CARDS,
    });
    expect(rest).toEqual(whole);
    expect(playWeek(half, layoffs, {}, CARDS).metrics.week).toBe(5);
  });
});
