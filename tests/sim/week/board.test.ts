// The board phase: modifiers age every week; only at a quarter's end does the board review,
// moving its confidence and the budget and resetting the quarter's tallies.
import { describe, expect, it } from 'vitest';
import { V } from '../../../src/sim/index.ts';
import { boardPhase } from '../../../src/sim/week/board.ts';
import type { WeekWork } from '../../../src/sim/week/work.ts';
import { startWeek } from '../../../src/sim/week/work.ts';
import { initial, scenario, stepMany } from '../helpers.ts';

function workAtWeek(week: number): WeekWork {
  const start = initial('sandbox', 1);
  const played = stepMany(scenario('sandbox'), start, week - 1);
  return startWeek(played.states[played.states.length - 1] ?? start);
}

describe('boardPhase', () => {
  it('does nothing but age modifiers mid-quarter', () => {
    const work = workAtWeek(5);
    work.st.modifiers = [{ id: 'm', weeksLeft: 2, effects: {} }];
    const before = work.st.boardConfidence;
    const metrics = work.st.last;
    if (!metrics) throw new Error('no metrics yet');
    const out = boardPhase(work, { metrics });
    expect(out.boardConfidence).toBe(before);
    expect(work.st.modifiers).toEqual([{ id: 'm', weeksLeft: 1, effects: {} }]);
    expect(work.events).toEqual([]);
  });

  it('reviews at the quarter and resets the quarter’s tallies', () => {
    const work = workAtWeek(V.quarterWeeks);
    const metrics = work.st.last;
    if (!metrics) throw new Error('no metrics yet');
    boardPhase(work, { metrics });
    expect(work.events.map((e) => e.kind)).toEqual(['boardReview']);
    expect(work.st.totals.quarterLines).toBe(0);
    expect(work.st.totals.quarterSpend).toBe(0);
  });
});
