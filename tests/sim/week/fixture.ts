// A week's working state for testing one phase alone: a copy of a scenario's opening state,
// with whatever the test changes applied to the copy (the phase modules take it as it is).
import type { Levers, Origin, Pools, ReviewPath, SimState } from '../../../src/sim/index.ts';
import { emptyPools } from '../../../src/sim/origin.ts';
import type { WeekWork } from '../../../src/sim/week/work.ts';
import { startWeek } from '../../../src/sim/week/work.ts';
import { initial } from '../helpers.ts';

export function workOn(change: (st: SimState) => void = () => {}, seed = 1): WeekWork {
  const work = startWeek(initial('sandbox', seed));
  change(work.st);
  return work;
}

export function leversWith(work: WeekWork, change: Partial<Levers>): Levers {
  const levers = { ...work.st.levers, ...change };
  work.st.levers = levers;
  return levers;
}

export const NO_CONDITIONS = {
  aiShareMerged: 0,
  load: 0,
  depth: 1,
  mergedLines: 0,
  skippedLines: 0,
  crunch: false,
};

/** Pools holding `n` in one origin and review path (hand-written and fully reviewed by default). */
export function poolsOf(n: number, origin: Origin = 'human', path: ReviewPath = 'reviewed'): Pools {
  const p = emptyPools();
  p[origin][path] = n;
  return p;
}
