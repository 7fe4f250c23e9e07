// Guards the headcount flow: departures an event card causes (a senior quitting, the board's cuts)
// are counted in the week's quits and laidOff and emitted as events, like any other departure.
import { describe, expect, it } from 'vitest';
import { step, totalHeadcount } from '../../src/sim/index.ts';
import { CARDS, initial, jsonCopy } from './helpers.ts';

describe('departures caused by a card are counted like any other', () => {
  it('`senior-quits` answered `let-go` (its default) counts the senior in quits and emits a quit event', () => {
    const start = {
      ...jsonCopy(initial('sandbox', 1)),
      pendingCards: [{ cardId: 'senior-quits', week: 0 }],
    };
    const r = step(start, {}, CARDS);
    const before = totalHeadcount(start.staff);
    // Headcount flow: engineers = before + arrivals - quits - laidOff.
    expect(r.metrics.engineers).toBe(
      before + r.metrics.arrivals - r.metrics.quits - r.metrics.laidOff,
    );
    expect(r.events.some((e) => e.kind === 'quit' && e.level === 'senior')).toBe(true);
  });

  it('`board-cuts` answered `comply` counts the cut in laidOff and emits a layoff event', () => {
    const start = {
      ...jsonCopy(initial('sandbox', 1)),
      pendingCards: [{ cardId: 'board-cuts', week: 0 }],
    };
    const r = step(start, { choices: { 'board-cuts': 'comply' } }, CARDS);
    const before = totalHeadcount(start.staff);
    expect(r.metrics.engineers).toBe(
      before + r.metrics.arrivals - r.metrics.quits - r.metrics.laidOff,
    );
    expect(r.metrics.laidOff).toBeGreaterThan(0);
    expect(r.events.some((e) => e.kind === 'layoff')).toBe(true);
  });
});
