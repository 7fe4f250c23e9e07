// The attrition phase: miserable people quit and their places are backfilled (a requisition
// and its recruiting cost), unlike layoffs; people who left through a card are backfilled too.
import { describe, expect, it } from 'vitest';
import { V } from '../../../src/sim/index.ts';
import { attritionPhase } from '../../../src/sim/week/attrition.ts';
import { workOn } from './fixture.ts';

describe('attritionPhase', () => {
  it('makes miserable people quit, and backfills them at recruiting cost', () => {
    const work = workOn((st) => {
      for (const l of ['junior', 'mid', 'senior'] as const) st.staff[l].morale = 0;
      st.layoffFear = 1;
    });
    const out = attritionPhase(work);
    expect(out.quits).toBeGreaterThan(0);
    expect(work.ledger.recruiting).toBe(out.quits * V.recruitingCost);
    expect(work.st.totals.quits).toBe(out.quits);
  });

  it('backfills people who left through a card, and reports them as quits', () => {
    const work = workOn((st) => {
      for (const l of ['junior', 'mid', 'senior'] as const) st.staff[l].morale = 1;
    });
    work.ledger.cardQuits.senior = 2;
    const out = attritionPhase(work);
    expect(out.quits).toBeGreaterThanOrEqual(2);
    expect(work.events).toContainEqual({ kind: 'quit', week: 1, level: 'senior', count: 2 });
  });
});
