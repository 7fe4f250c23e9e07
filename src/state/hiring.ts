/**
 * Who is coming and who is going, for the hiring controls: hires on the way with the week they
 * arrive and the week they are fully productive, the draft's layoffs with their week and
 * severance, and when a hire requested now would arrive, against the run's last week. The weeks
 * come from the sim's own pipeline and onboarding (`arrivalWeek`, `pipelineArrivals`, ...).
 */
import type { Level, PerLevel } from '../sim/index.ts';
import {
  arrivalWeek,
  headcount,
  LEVELS,
  onboardingGraduations,
  pipelineArrivals,
  productiveWeek,
  severanceCost,
} from '../sim/index.ts';
import type { GameState } from './store.ts';

/** Where a pending hire is: asked for in the draft, a requisition open, or onboarding. */
export type HireStage = 'requested' | 'hiring' | 'onboarding';

export interface PendingHire {
  level: Level;
  count: number;
  stage: HireStage;
  /** The week they arrive (for those onboarding, the week they arrived). */
  arrival: number;
  /** The week they are fully productive. */
  productive: number;
  /** They arrive, or become fully productive, only after the run's last week. */
  arrivesAfterEnd: boolean;
  productiveAfterEnd: boolean;
}

export interface PendingLayoff {
  level: Level;
  count: number;
  /** The week they leave: the coming one. */
  week: number;
  severance: number;
}

export interface HireTiming {
  arrival: number;
  productive: number;
  arrivesAfterEnd: boolean;
  productiveAfterEnd: boolean;
}

export interface HiringOutlook {
  /** The run's last week. */
  lastWeek: number;
  /** The week the draft's hires and layoffs take effect in. */
  nextWeek: number;
  /** Everyone on the way, by arrival week, then level. */
  pending: PendingHire[];
  layoffs: PendingLayoff[];
  /** When a hire requested this week would arrive and be productive, by level. */
  timing: PerLevel<HireTiming>;
}

function timingOf(arrival: number, productive: number, lastWeek: number): HireTiming {
  return {
    arrival,
    productive,
    arrivesAfterEnd: arrival > lastWeek,
    productiveAfterEnd: productive > lastWeek,
  };
}

/** The hiring outlook for the run on screen; null with no run. */
export function hiringOutlook(s: Pick<GameState, 'sim' | 'draft' | 'run'>): HiringOutlook | null {
  if (!s.sim || !s.run) return null;
  const st = s.sim.state;
  const lastWeek = s.run.weeks;
  const nextWeek = st.week + 1;
  const pending: PendingHire[] = [];
  const layoffs: PendingLayoff[] = [];
  const add = (
    level: Level,
    count: number,
    stage: HireStage,
    arrival: number,
    productive: number,
  ) => pending.push({ level, count, stage, ...timingOf(arrival, productive, lastWeek) });
  const timing = {} as PerLevel<HireTiming>;
  for (const level of LEVELS) {
    const cohort = st.staff[level];
    const arrival = arrivalWeek(level, nextWeek);
    timing[level] = timingOf(arrival, productiveWeek(arrival), lastWeek);
    for (const g of onboardingGraduations(cohort, st.week)) {
      // They arrived an onboarding length before they graduate.
      add(level, g.count, 'onboarding', g.week - productiveWeek(0), g.week);
    }
    for (const a of pipelineArrivals(cohort, st.week)) {
      add(level, a.count, 'hiring', a.week, productiveWeek(a.week));
    }
    const asked = s.draft.hire[level];
    if (asked > 0) add(level, asked, 'requested', arrival, productiveWeek(arrival));
    const leaving = Math.min(s.draft.layoff[level], headcount(cohort));
    if (leaving > 0) {
      layoffs.push({
        level,
        count: leaving,
        week: nextWeek,
        severance: severanceCost(level, leaving),
      });
    }
  }
  const rank = (l: Level) => LEVELS.indexOf(l);
  pending.sort((a, b) => a.productive - b.productive || rank(a.level) - rank(b.level));
  return { lastWeek, nextWeek, pending, layoffs, timing };
}
