/** Whole people leaving by a layoff: the headcount, the severance, the knowledge and the fear. */

import { severanceCost } from '../costs.ts';
import { MAX_STAFFING_CHANGE } from '../limits.ts';
import { V } from '../params.ts';
import { removePeople } from '../staffing.ts';
import type { PerLevel, SimState } from '../types.ts';
import { LEVELS } from '../types.ts';
import type { WeekLedger } from './work.ts';
import { clamp, clamp01, countsOf, finiteOr, loseKnowledge } from './work.ts';

/** A hire or layoff count from untrusted input: whole people, never negative, within the limit. */
export const people = (x: unknown): number =>
  clamp(Math.floor(finiteOr(x, 0)), 0, MAX_STAFFING_CHANGE);

/** Lays off a share of each level (used by cards); returns how many left. */
export function layoffShare(st: SimState, share: number, ledger: WeekLedger): number {
  const before = countsOf(st);
  const leavers: PerLevel<number> = { junior: 0, mid: 0, senior: 0 };
  // Whole people: floor each level, then hand the remainder of the total to the largest fractions.
  const exact = LEVELS.map((l) => before[l] * clamp01(share));
  const total = Math.round(exact.reduce((a, b) => a + b, 0));
  let given = 0;
  LEVELS.forEach((l, i) => {
    leavers[l] = Math.floor(exact[i] ?? 0);
    given += leavers[l];
  });
  const byFraction = LEVELS.map((l, i) => ({ l, f: (exact[i] ?? 0) - leavers[l] })).sort(
    (a, b) => b.f - a.f,
  );
  for (const { l } of byFraction) {
    if (given >= total) break;
    leavers[l] += 1;
    given += 1;
  }
  return layOff(st, leavers, before, ledger);
}

/** Lays off up to `wanted` of each level; returns how many left. */
export function layOff(
  st: SimState,
  wanted: PerLevel<number>,
  before: PerLevel<number>,
  ledger: WeekLedger,
): number {
  const total = before.junior + before.mid + before.senior;
  const removed: PerLevel<number> = { junior: 0, mid: 0, senior: 0 };
  for (const l of LEVELS) {
    const r = removePeople(st.staff[l], wanted[l]);
    st.staff[l] = r.cohort;
    removed[l] = r.removed;
    ledger.severance += severanceCost(l, r.removed);
  }
  const n = removed.junior + removed.mid + removed.senior;
  if (n === 0 || total === 0) return 0;
  loseKnowledge(st, removed, before, V.layoffKnowledgeLoss);
  const share = n / total;
  st.layoffFear = clamp01(st.layoffFear + share * V.layoffFearPerShare);
  for (const l of LEVELS) {
    st.staff[l].morale = clamp01(st.staff[l].morale - share * V.layoffShock);
  }
  st.totals.laidOff += n;
  return n;
}
