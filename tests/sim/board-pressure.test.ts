// Guards the board's pressure: a displeased quarterly review leaves its pressure on morale for
// exactly boardPressureWeeks weeks, not one fewer.
import { expect, it } from 'vitest';
import { step, V } from '../../src/sim/index.ts';
import { initial, jsonCopy, last, scenario, stepMany } from './helpers.ts';

it('a displeased board leaves pressure on morale for boardPressureWeeks weeks', () => {
  const sc = scenario('sandbox');
  // A quarter that misses lines, features, budget and incidents: the board is displeased at week 13.
  const s = jsonCopy(last(stepMany(sc, initial('sandbox', 1), 12, () => ({}), []).states));
  s.totals = {
    ...s.totals,
    quarterLines: 0,
    quarterFeatures: 0,
    quarterSpend: 1e12,
    quarterIncidents: 99,
  };
  const review = step(s, {}, []);
  expect(review.events).toContainEqual(
    expect.objectContaining({ kind: 'boardReview', verdict: 'displeased' }),
  );
  // A modifier in the state after week k acts on week k+1. Count weeks 14..26.
  const after = [review.state, ...stepMany(sc, review.state, 12, () => ({}), []).states];
  const pressured = after.filter((st) => st.modifiers.some((m) => m.id === 'boardPressure')).length;
  expect(pressured).toBe(V.boardPressureWeeks);
});
