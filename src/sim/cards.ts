/**
 * Event cards: declared as data in content/, triggered and applied here.
 * A card fires when all its conditions hold on the week just finished; its
 * choice, made before the next week, acts through the same model as any lever.
 */

import { MAX_MODIFIERS } from './limits.ts';
import { V } from './params.ts';
import type { Rng } from './rng.ts';
import { uniform } from './rng.ts';
import type {
  CardEffect,
  EventCard,
  Modifier,
  ModifierEffects,
  SimState,
  TriggerCondition,
  TriggerMetric,
  WeekMetrics,
} from './types.ts';

/** Tests and callers that know modifiers by this module keep finding the limit here. */
export { MAX_MODIFIERS };

export function triggerValue(metric: TriggerMetric, state: SimState, m: WeekMetrics): number {
  switch (metric) {
    case 'leaderboardWeeks':
      return state.leaderboardWeeks;
    case 'layoffFear':
      return state.layoffFear;
    case 'totalIncidents':
      return state.totals.incidents;
    case 'totalBreaches':
      return state.totals.breaches;
    case 'totalSeniorQuits':
      return state.totals.seniorQuits;
    case 'mandate':
      return state.levers.aiMandate;
    default:
      return m[metric];
  }
}

export function conditionHolds(c: TriggerCondition, state: SimState, m: WeekMetrics): boolean {
  const v = triggerValue(c.metric, state, m);
  switch (c.op) {
    case '>':
      return v > c.value;
    case '>=':
      return v >= c.value;
    case '<':
      return v < c.value;
    case '<=':
      return v <= c.value;
  }
}

/**
 * Picks at most one card to raise this week (the first in the deck's order that
 * is eligible), so the player is never buried in dialogs. Draws from the PRNG
 * only for eligible cards with a chance below 1, so adding a card to the end of
 * the deck leaves earlier draws untouched.
 */
export function pickCard(
  cards: readonly EventCard[],
  state: SimState,
  m: WeekMetrics,
  rng: Rng,
): EventCard | null {
  for (const card of cards) {
    if (state.pendingCards.some((p) => p.cardId === card.id)) continue;
    const last = state.cardHistory[card.id];
    if (last !== undefined) {
      if (card.once) continue;
      if (m.week - last < (card.cooldownWeeks ?? V.cardCooldownWeeks)) continue;
    }
    if (m.week < (card.minWeek ?? 1)) continue;
    if (!card.when.every((c) => conditionHolds(c, state, m))) continue;
    if (card.chance !== undefined && card.chance < 1 && uniform(rng) >= card.chance) continue;
    return card;
  }
  return null;
}

export function addModifier(
  mods: readonly Modifier[],
  id: string,
  weeks: number,
  effects: ModifierEffects,
): Modifier[] {
  const rest = mods.filter((m) => m.id !== id);
  const next = [...rest, { id, weeksLeft: weeks, effects }];
  return next.slice(-MAX_MODIFIERS);
}

/** The product of a multiplicative effect across active modifiers (1 when none set it). */
export function modProduct(
  mods: readonly Modifier[],
  key: Exclude<keyof ModifierEffects, 'morale' | 'skipShare'>,
): number {
  let f = 1;
  for (const m of mods) {
    const v = m.effects[key];
    if (v !== undefined) f *= v;
  }
  return f;
}

/** The sum of an additive effect across active modifiers. */
export function modSum(mods: readonly Modifier[], key: 'morale' | 'skipShare'): number {
  let s = 0;
  for (const m of mods) s += m.effects[key] ?? 0;
  return s;
}

export function tickModifiers(mods: readonly Modifier[]): Modifier[] {
  return mods.filter((m) => m.weeksLeft > 1).map((m) => ({ ...m, weeksLeft: m.weeksLeft - 1 }));
}

export type { CardEffect };
