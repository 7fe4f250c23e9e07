/**
 * Attrition: low morale and fear make people leave, and they take knowledge with them.
 * Departures (through attrition or a card) are backfilled at the same level; layoffs are not.
 */
import { modProduct } from '../cards.ts';
import { recruitingCost } from '../costs.ts';
import { binomial } from '../rng.ts';
import { quitProbability, removePeople, requisition } from '../staffing.ts';
import type { PerLevel } from '../types.ts';
import { LEVELS } from '../types.ts';
import type { WeekWork } from './work.ts';
import { countsOf, loseKnowledge } from './work.ts';

export interface AttritionOutput {
  /** People who quit this week, through attrition or a card's choice. */
  readonly quits: number;
}

export function attritionPhase(work: WeekWork): AttritionOutput {
  const { st, week, rng, events, ledger } = work;
  const before = countsOf(st);
  const quitters: PerLevel<number> = { junior: 0, mid: 0, senior: 0 };
  const cardQuits = ledger.cardQuits;
  const attritionMod = modProduct(st.modifiers, 'attrition');
  for (const l of LEVELS) {
    const chance = quitProbability(l, st.staff[l].morale, st.layoffFear, attritionMod);
    const quitting = binomial(rng, before[l], chance);
    if (quitting > 0) {
      const r = removePeople(st.staff[l], quitting);
      st.staff[l] = r.cohort;
      quitters[l] = r.removed;
      events.push({ kind: 'quit', week, level: l, count: r.removed });
    }
  }
  const quitsByAttrition = quitters.junior + quitters.mid + quitters.senior;
  if (quitsByAttrition > 0) {
    loseKnowledge(st, quitters, before);
    st.totals.quits += quitsByAttrition;
    st.totals.seniorQuits += quitters.senior;
  }
  // The gap a departure leaves lasts the hiring delay and the onboarding after it.
  for (const l of LEVELS) {
    if (cardQuits[l] > 0) events.push({ kind: 'quit', week, level: l, count: cardQuits[l] });
    const leavers = quitters[l] + cardQuits[l];
    if (leavers > 0) {
      st.staff[l] = requisition(st.staff[l], l, leavers);
      ledger.recruiting += recruitingCost(leavers);
    }
  }
  return { quits: quitsByAttrition + cardQuits.junior + cardQuits.mid + cardQuits.senior };
}
