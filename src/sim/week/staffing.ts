/** People: the player's layoffs, then requisitions opened, then the hires who arrive this week. */
import { recruitingCost } from '../costs.ts';
import { advanceWeek, requisition } from '../staffing.ts';
import type { PerLevel, WeekDecisions } from '../types.ts';
import { LEVELS } from '../types.ts';
import { layOff, people } from './people.ts';
import type { WeekWork } from './work.ts';
import { countsOf } from './work.ts';

export interface StaffingInput {
  readonly decisions: WeekDecisions;
}

export interface StaffingOutput {
  /** Laid off this week, by the player or by a card's choice. */
  readonly laidOff: number;
  /** Hires who finished the hiring delay and started this week. */
  readonly arrivals: number;
}

export function staffingPhase(work: WeekWork, input: StaffingInput): StaffingOutput {
  const { st, week, events, ledger } = work;
  const { decisions } = input;
  const layoffWanted: PerLevel<number> = {
    junior: people(decisions.layoff?.junior),
    mid: people(decisions.layoff?.mid),
    senior: people(decisions.layoff?.senior),
  };
  // People who left through a card's choice count like anyone else who leaves this week.
  let laidOff = ledger.cardLaidOff;
  if (layoffWanted.junior + layoffWanted.mid + layoffWanted.senior > 0) {
    laidOff += layOff(st, layoffWanted, countsOf(st), ledger);
  }
  if (laidOff > 0) events.push({ kind: 'layoff', week, count: laidOff });
  for (const l of LEVELS) {
    const n = people(decisions.hire?.[l]);
    if (n > 0) {
      st.staff[l] = requisition(st.staff[l], l, n);
      ledger.recruiting += recruitingCost(n);
    }
  }
  let arrivals = 0;
  for (const l of LEVELS) {
    const advanced = advanceWeek(st.staff[l]);
    st.staff[l] = advanced.cohort;
    if (advanced.arrivals > 0) {
      arrivals += advanced.arrivals;
      st.totals.hired += advanced.arrivals;
      events.push({ kind: 'arrival', week, level: l, count: advanced.arrivals });
    }
  }
  return { laidOff, arrivals };
}
