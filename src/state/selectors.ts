/**
 * What views read from the store, derived rather than stored. Views import sim
 * types only, so every number the model defines (costs, the parameter table)
 * reaches them through here.
 */
import { CARDS } from '../content/cards.ts';
import { LANGUAGES, type Language } from '../content/languages.ts';
import { findScenario, SCENARIOS } from '../content/scenarios.ts';
import type {
  BooleanLeverName,
  ChoiceLeverName,
  DeadlinePressure,
  EventCard,
  Levers,
  Param,
  ParamKey,
  Scenario,
  ShareLeverName,
  SimEvent,
} from '../sim/index.ts';
import {
  BOOLEAN_LEVERS,
  headcount,
  LEVELS,
  LEVER_NAMES,
  LEVER_SPECS,
  MAX_PLAYER_STAFFING_CHANGE,
  PARAMS,
  recruitingCost,
  runningCosts,
  SHARE_LEVERS,
  seniorReviewHours,
  severanceCost,
} from '../sim/index.ts';
import { briefUp, owedCardId } from './interrupt.ts';
import type { GameState } from './store.ts';

/** The languages the switcher offers: the game's languages, in its order, that have text loaded. */
export function languageChoices(withText: readonly string[]): Language[] {
  return LANGUAGES.filter((language) => withText.includes(language));
}

/** The most hires or layoffs a level the controls offer in one week (the store holds the same limit). */
export const PLAYER_STAFFING_MAX = MAX_PLAYER_STAFFING_CHANGE;

/** One lever as the controls draw it: its kind, and for a choice its options. */
export type LeverControl =
  | { readonly kind: 'share'; readonly name: ShareLeverName }
  | { readonly kind: 'boolean'; readonly name: BooleanLeverName }
  | {
      readonly kind: 'choice';
      readonly name: ChoiceLeverName;
      readonly options: readonly DeadlinePressure[];
    };

/** Every lever, in the model's lever table's order, as the controls draw it. */
export function leverTable(): readonly LeverControl[] {
  return [
    ...LEVER_NAMES.map((name): LeverControl => {
      if ((SHARE_LEVERS as readonly string[]).includes(name)) {
        return { kind: 'share', name: name as ShareLeverName };
      }
      if ((BOOLEAN_LEVERS as readonly string[]).includes(name)) {
        return { kind: 'boolean', name: name as BooleanLeverName };
      }
      const choice = name as ChoiceLeverName;
      return { kind: 'choice', name: choice, options: LEVER_SPECS[choice].options };
    }),
  ];
}

/** The levers as they will be when the coming week runs. */
export function currentLevers(s: Pick<GameState, 'sim' | 'draft'>): Levers | null {
  return s.sim ? { ...s.sim.state.levers, ...s.draft.levers } : null;
}

export interface LeverCosts {
  /** Dollars a week. */
  pipeline: number;
  security: number;
  /** Compute at the adoption the coming week reaches, with card modifiers and the leaderboard's gamed use. */
  compute: number;
  salaries: number;
  /** One-off dollars for the hires and layoffs in the draft. */
  recruiting: number;
  severance: number;
  /** Senior hours a week given to review at the current share. */
  seniorReviewHours: number;
  weeklyBudget: number;
}

/**
 * The controls' cost preview. The running lines are the model's own bill for the coming week
 * (`runningCosts`: the same functions the week's money phase charges, with the state's card
 * modifiers); the one-off lines price the draft's hires and layoffs the way the week will.
 */
export function leverCosts(s: Pick<GameState, 'sim' | 'draft'>): LeverCosts | null {
  const lv = currentLevers(s);
  if (!s.sim || !lv) return null;
  const st = s.sim.state;
  const running = runningCosts(st, lv);
  let recruiting = 0;
  let severance = 0;
  for (const l of LEVELS) {
    recruiting += recruitingCost(s.draft.hire[l]);
    severance += severanceCost(l, Math.min(s.draft.layoff[l], headcount(st.staff[l])));
  }
  return {
    pipeline: running.pipeline,
    security: running.security,
    compute: running.compute,
    salaries: running.salaries,
    recruiting,
    severance,
    seniorReviewHours: seniorReviewHours(st, lv),
    weeklyBudget: st.weeklyBudget,
  };
}

/** The brief is up or a card is owed an answer: "Play week" is held back until then. */
export function playHeld(s: Pick<GameState, 'sim' | 'draft' | 'ui'>): boolean {
  return briefUp(s.ui.briefOpen, s.sim) || owedCardId(s.sim, s.draft.choices) !== null;
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
