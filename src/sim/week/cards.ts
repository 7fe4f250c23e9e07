/**
 * Event cards in the week: the pending ones are answered first (the player saw their outcome
 * before setting this week's levers), and at most one new card is raised once the week is done.
 */
import { addModifier, pickCard } from '../cards.ts';
import { recruitingCost } from '../costs.ts';
import { mergeLevers } from '../levers.ts';
import { scalePools } from '../origin.ts';
import { V } from '../params.ts';
import { removePeople, requisition } from '../staffing.ts';
import type {
  CardEffect,
  EventCard,
  Levers,
  PerLevel,
  SimState,
  WeekDecisions,
  WeekMetrics,
} from '../types.ts';
import { LEVELS } from '../types.ts';
import { layoffShare, people } from './people.ts';
import type { WeekLedger, WeekWork } from './work.ts';
import { clamp, clamp01, countsOf, loseKnowledge, scaleBatch } from './work.ts';

function applyCardEffect(st: SimState, e: CardEffect, ledger: WeekLedger): number {
  switch (e.kind) {
    case 'setLever':
      st.levers = mergeLevers(st.levers, e.levers);
      return 0;
    case 'morale':
      for (const l of e.level ? [e.level] : LEVELS) {
        st.staff[l].morale = clamp01(st.staff[l].morale + e.delta);
      }
      return 0;
    case 'spend':
      ledger.cards += Math.max(0, e.dollars);
      return 0;
    case 'budget':
      st.weeklyBudget *= Math.max(0, e.factor);
      return 0;
    case 'board':
      st.boardConfidence = clamp01(st.boardConfidence + e.delta);
      return 0;
    case 'ownership':
      st.understoodKloc = clamp(st.understoodKloc + e.delta * st.codebaseKloc, 0, st.codebaseKloc);
      return 0;
    case 'quit': {
      const before = countsOf(st);
      const r = removePeople(st.staff[e.level], e.count);
      st.staff[e.level] = r.cohort;
      const leavers: PerLevel<number> = { junior: 0, mid: 0, senior: 0 };
      leavers[e.level] = r.removed;
      loseKnowledge(st, leavers, before);
      st.totals.quits += r.removed;
      if (e.level === 'senior') st.totals.seniorQuits += r.removed;
      ledger.cardQuits[e.level] += r.removed;
      return r.removed;
    }
    case 'layoff': {
      const n = layoffShare(st, e.share, ledger);
      ledger.cardLaidOff += n;
      return n;
    }
    case 'hire':
      for (const l of LEVELS) {
        const n = people(e.hire[l]);
        st.staff[l] = requisition(st.staff[l], l, n);
        ledger.recruiting += recruitingCost(n);
      }
      return 0;
    case 'raiseLever':
      st.levers = mergeLevers(st.levers, {
        [e.lever]: Math.max(st.levers[e.lever], e.atLeast),
      });
      return 0;
    case 'sharePrice':
      st.boardConfidence = clamp01(st.boardConfidence - V.sharePriceConfidenceHit);
      return 0;
    case 'pipeline':
      st.pipelineLevel = clamp01(st.pipelineLevel + e.delta);
      return 0;
    case 'vulns':
      scalePools(st.openVulns, Math.max(0, e.factor));
      return 0;
    case 'queue': {
      const f = Math.max(0, e.factor);
      st.queue = { human: scaleBatch(st.queue.human, f), ai: scaleBatch(st.queue.ai, f) };
      return 0;
    }
    case 'modifier':
      st.modifiers = addModifier(st.modifiers, e.id, e.weeks, e.effects);
      return 0;
  }
}

export interface DecisionsInput {
  readonly cards: readonly EventCard[];
  readonly decisions: WeekDecisions;
}

export interface DecisionsOutput {
  /** The levers in force this week: a card's, then the player's on top. */
  readonly levers: Levers;
}

/**
 * Answers every pending card (the first choice when no answer was given) and applies its
 * effects, then the player's levers.
 */
export function decisionsPhase(work: WeekWork, input: DecisionsInput): DecisionsOutput {
  const { st, week, events, ledger } = work;
  const choices = input.decisions.choices;
  for (const pending of st.pendingCards) {
    const card = input.cards.find((c) => c.id === pending.cardId);
    if (!card) continue;
    const wanted = choices?.[card.id];
    const choice = card.choices.find((c) => c.id === wanted) ?? card.choices[0];
    if (!choice) continue;
    for (const effect of choice.effects) applyCardEffect(st, effect, ledger);
    events.push({ kind: 'cardResolved', week, cardId: card.id, choiceId: choice.id });
  }
  st.pendingCards = [];
  st.levers = mergeLevers(st.levers, input.decisions.levers);
  return { levers: st.levers };
}

export interface NewCardInput {
  readonly cards: readonly EventCard[];
  readonly metrics: WeekMetrics;
}

/** Raises at most one new card from what the finished week shows. */
export function newCardPhase(work: WeekWork, input: NewCardInput): void {
  const { st, week, rng, events } = work;
  const card = pickCard(input.cards, st, input.metrics, rng);
  if (card) {
    st.pendingCards = [...st.pendingCards, { cardId: card.id, week }];
    st.cardHistory = { ...st.cardHistory, [card.id]: week };
    events.push({ kind: 'card', week, cardId: card.id });
  }
}
