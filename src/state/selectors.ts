/**
 * What views read from the store, derived rather than stored. Views import sim
 * types only, so every number the model defines (costs, the parameter table)
 * reaches them through here.
 */
import { CARDS } from '../content/cards.ts';
import { findScenario, SCENARIOS } from '../content/scenarios.ts';
import type {
  EventCard,
  Level,
  Levers,
  Param,
  ParamKey,
  Scenario,
  SimEvent,
} from '../sim/index.ts';
import { headcount, PARAMS, totalHeadcount, V } from '../sim/index.ts';
import type { GameState } from './store.ts';

export const LEVEL_SALARY: Readonly<Record<Level, number>> = {
  junior: V.salaryJunior,
  mid: V.salaryMid,
  senior: V.salarySenior,
};

/** The levers as they will be when the coming week runs. */
export function currentLevers(s: Pick<GameState, 'sim' | 'draft'>): Levers | null {
  return s.sim ? { ...s.sim.state.levers, ...s.draft.levers } : null;
}

export interface LeverCosts {
  /** Dollars a week. */
  pipeline: number;
  security: number;
  /** Compute at the mandate's adoption, with the leaderboard's inflation when it is on. */
  compute: number;
  salaries: number;
  /** One-off dollars for the hires and layoffs in the draft. */
  recruiting: number;
  severance: number;
  /** Senior hours a week given to review at the current share. */
  seniorReviewHours: number;
  weeklyBudget: number;
}

export function leverCosts(s: Pick<GameState, 'sim' | 'draft'>): LeverCosts | null {
  const lv = currentLevers(s);
  if (!s.sim || !lv) return null;
  const st = s.sim.state;
  const team = totalHeadcount(st.staff);
  let salaries = 0;
  let recruiting = 0;
  let severance = 0;
  for (const l of ['junior', 'mid', 'senior'] as const) {
    salaries += headcount(st.staff[l]) * LEVEL_SALARY[l];
    recruiting += s.draft.hire[l] * V.recruitingCost;
    severance +=
      Math.min(s.draft.layoff[l], headcount(st.staff[l])) * LEVEL_SALARY[l] * V.severanceWeeks;
  }
  return {
    pipeline: lv.pipelineInvestment * V.pipelineMaxWeeklySpend,
    security: lv.securityReview ? V.securityReviewWeeklyCost : 0,
    compute:
      lv.aiMandate *
      team *
      (V.tokensPerAiUserWeek / 1e6) *
      V.dollarsPerMillionTokens *
      (lv.leaderboard ? V.leaderboardTokenMultiplier : 1),
    salaries,
    recruiting,
    severance,
    seniorReviewHours:
      headcount(st.staff.senior) * V.hoursPerWeek * V.focusShare * lv.seniorReviewShare,
    weeklyBudget: st.weeklyBudget,
  };
}

/** The first card waiting for an answer, if any. */
export function pendingCard(s: Pick<GameState, 'sim'>): EventCard | null {
  const p = s.sim?.state.pendingCards[0];
  return p ? (CARDS.find((c) => c.id === p.cardId) ?? null) : null;
}

export function scenarioById(id: string): Scenario | undefined {
  return findScenario(id);
}

/** The events the cause dialog can open: incidents and breaches, with their index in the run's events. */
export function causeEvents(s: Pick<GameState, 'sim'>): Array<{ index: number; event: SimEvent }> {
  const out: Array<{ index: number; event: SimEvent }> = [];
  s.sim?.events.forEach((event, index) => {
    if (event.kind === 'incident' || event.kind === 'breach') out.push({ index, event });
  });
  return out;
}

/** The model card: every parameter, its value, unit and sources. */
export function modelCard(): Array<{ key: ParamKey; param: Param }> {
  return (Object.keys(PARAMS) as ParamKey[]).map((key) => ({ key, param: PARAMS[key] }));
}

/** The scenario presets, in the order the title screen offers them. */
export function scenarioList(): readonly Scenario[] {
  return SCENARIOS;
}

/** The event deck, for views that show a card's choices. */
export function cardById(id: string): EventCard | undefined {
  return CARDS.find((c) => c.id === id);
}

/** The board's answers to overspending: a warning, cuts it imposed, and replacing the player. */
export type BoardNotice = Extract<
  SimEvent,
  { kind: 'budgetWarning' } | { kind: 'boardCuts' } | { kind: 'replaced' }
>;

export function isBoardNotice(e: SimEvent): e is BoardNotice {
  return e.kind === 'budgetWarning' || e.kind === 'boardCuts' || e.kind === 'replaced';
}

/** The board's notices about spending in the week just played (the run screen shows them). */
export function boardNotices(s: Pick<GameState, 'sim'>): BoardNotice[] {
  const week = s.sim?.state.week ?? 0;
  return (s.sim?.lastEvents ?? []).filter(
    (e): e is BoardNotice => isBoardNotice(e) && e.week === week,
  );
}
