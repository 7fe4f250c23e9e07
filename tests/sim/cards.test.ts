// Event cards: when they fire (conditions, at most one a week, once, cooldown, minWeek, chance),
// how the step answers them (the player's choice, or the first choice when unanswered or unknown),
// and how long the modifiers they leave behind last.
import { describe, expect, it } from 'vitest';
import {
  addModifier,
  conditionHolds,
  MAX_MODIFIERS,
  modProduct,
  modSum,
  pickCard,
  tickModifiers,
  triggerValue,
} from '../../src/sim/cards.ts';
import type { EventCard, SimEvent, SimState, WeekDecisions } from '../../src/sim/index.ts';
import { step, V } from '../../src/sim/index.ts';
import { CARDS, initial, jsonCopy, last, scenario, stepMany } from './helpers.ts';

const sandbox = scenario('sandbox');

/** A card whose only condition is the week number, with a do-nothing first choice. */
function card(id: string, extra: Partial<EventCard> = {}): EventCard {
  return {
    id,
    when: [{ metric: 'week', op: '>=', value: 1 }],
    choices: [
      { id: 'ignore', effects: [] },
      { id: 'act', effects: [{ kind: 'board', delta: 0.05 }] },
    ],
    ...extra,
  };
}

const fired = (events: readonly SimEvent[], id?: string): number[] =>
  events.flatMap((e) =>
    e.kind === 'card' && (id === undefined || e.cardId === id) ? [e.week] : [],
  );

const resolved = (events: readonly SimEvent[]) =>
  events.flatMap((e) => (e.kind === 'cardResolved' ? [[e.cardId, e.choiceId]] : []));

function withPending(state: SimState, cardId: string): SimState {
  return { ...jsonCopy(state), pendingCards: [{ cardId, week: state.week }] };
}

describe('when a card fires', () => {
  it('fires on the first week its conditions hold, read on the week just finished', () => {
    const deck = [card('late', { when: [{ metric: 'week', op: '>=', value: 4 }], once: true })];
    const t = stepMany(sandbox, initial('sandbox', 1), 10, () => ({}), deck);
    expect(fired(t.events)).toEqual([4]);
    expect(last(t.states).cardHistory).toEqual({ late: 4 });
  });

  it('reads levers through the mandate trigger: fires once the mandate is raised', () => {
    const deck = [
      card('mandated', { when: [{ metric: 'mandate', op: '>=', value: 0.5 }], once: true }),
    ];
    const t = stepMany(
      sandbox,
      initial('sandbox', 1),
      8,
      (w) => (w === 5 ? { levers: { aiMandate: 0.6 } } : {}),
      deck,
    );
    expect(fired(t.events)).toEqual([5]);
  });

  it('never fires while any of its conditions fails', () => {
    const deck = [
      card('never', {
        when: [
          { metric: 'week', op: '>=', value: 1 },
          { metric: 'engineers', op: '<', value: 0 },
        ],
        cooldownWeeks: 1,
      }),
    ];
    const t = stepMany(sandbox, initial('sandbox', 1), 20, () => ({}), deck);
    expect(fired(t.events)).toEqual([]);
  });

  it('raises at most one card a week: the first eligible in deck order', () => {
    const deck = [card('a', { cooldownWeeks: 1 }), card('b', { cooldownWeeks: 1 })];
    const t = stepMany(sandbox, initial('sandbox', 1), 12, () => ({}), deck);
    for (let week = 1; week <= 12; week++) {
      expect(t.events.filter((e) => e.kind === 'card' && e.week === week)).toHaveLength(1);
    }
    expect(fired(t.events, 'b')).toEqual([]);
    expect(t.states.every((s) => s.pendingCards.length === 1)).toBe(true);
  });

  it('a once-only card fires once a run, and the next card in the deck gets its turn', () => {
    const deck = [card('a', { once: true }), card('b', { cooldownWeeks: 1 })];
    const t = stepMany(sandbox, initial('sandbox', 1), 30, () => ({}), deck);
    expect(fired(t.events, 'a')).toEqual([1]);
    expect(fired(t.events, 'b')).toEqual(Array.from({ length: 29 }, (_, i) => i + 2));
  });

  it('respects its cooldown, 13 weeks when it names none', () => {
    const every4 = stepMany(sandbox, initial('sandbox', 1), 20, () => ({}), [
      card('c', { cooldownWeeks: 4 }),
    ]);
    expect(fired(every4.events)).toEqual([1, 5, 9, 13, 17]);
    const byDefault = stepMany(sandbox, initial('sandbox', 1), 40, () => ({}), [card('d')]);
    expect(fired(byDefault.events)).toEqual([1, 14, 27, 40]);
  });

  it('waits for its minWeek', () => {
    const deck = [card('m', { minWeek: 6, once: true })];
    const t = stepMany(sandbox, initial('sandbox', 1), 12, () => ({}), deck);
    expect(fired(t.events)).toEqual([6]);
  });

  it('fires by chance from the run PRNG: never at 0, some weeks at one half, replayably', () => {
    const never = stepMany(sandbox, initial('sandbox', 1), 30, () => ({}), [
      card('z', { chance: 0, cooldownWeeks: 1 }),
    ]);
    expect(fired(never.events)).toEqual([]);
    const deck = [card('h', { chance: 0.5, cooldownWeeks: 1 })];
    const once = fired(stepMany(sandbox, initial('sandbox', 9), 60, () => ({}), deck).events);
    const again = fired(stepMany(sandbox, initial('sandbox', 9), 60, () => ({}), deck).events);
    expect(once.length).toBeGreaterThan(15);
    expect(once.length).toBeLessThan(45);
    expect(again).toEqual(once);
  });

  it('pickCard skips a card that is still pending', () => {
    const t = stepMany(sandbox, initial('sandbox', 1), 1, () => ({}), []);
    const state = withPending(last(t.states), 'a');
    const metrics = last(t.weeks);
    const rng = { s: state.rng };
    expect(pickCard([card('a', { cooldownWeeks: 1 })], state, metrics, rng)).toBeNull();
    expect(pickCard([card('a'), card('b')], state, metrics, rng)?.id).toBe('b');
  });

  it('reads conditions with each operator, from metrics and from the state', () => {
    const t = stepMany(sandbox, initial('sandbox', 1), 2, () => ({}), []);
    const state = last(t.states);
    const m = last(t.weeks);
    const engineers = m.engineers;
    expect(conditionHolds({ metric: 'engineers', op: '>', value: engineers - 1 }, state, m)).toBe(
      true,
    );
    expect(conditionHolds({ metric: 'engineers', op: '>', value: engineers }, state, m)).toBe(
      false,
    );
    expect(conditionHolds({ metric: 'engineers', op: '>=', value: engineers }, state, m)).toBe(
      true,
    );
    expect(conditionHolds({ metric: 'engineers', op: '<', value: engineers }, state, m)).toBe(
      false,
    );
    expect(conditionHolds({ metric: 'engineers', op: '<=', value: engineers }, state, m)).toBe(
      true,
    );
    expect(triggerValue('mandate', state, m)).toBe(state.levers.aiMandate);
    expect(triggerValue('totalIncidents', state, m)).toBe(state.totals.incidents);
    expect(triggerValue('leaderboardWeeks', state, m)).toBe(state.leaderboardWeeks);
  });
});

describe('answering a card', () => {
  const start = () => last(stepMany(sandbox, initial('sandbox', 5), 3, () => ({}), []).states);

  it('an unanswered pending card takes its first choice, and its effects apply', () => {
    const state = withPending(start(), 'leaderboard-gamed');
    const r = step(state, {}, CARDS);
    expect(resolved(r.events)).toEqual([['leaderboard-gamed', 'keep']]);
    expect(r.state.modifiers.map((m) => m.id)).toContain('tokenmaxxing');
    expect(r.state.pendingCards.some((p) => p.cardId === 'leaderboard-gamed')).toBe(false);
  });

  it('`leaderboard-gamed` answered `replace` turns the leaderboard off', () => {
    // Let the leaderboard scenario run until the card fires, then answer it.
    let state = initial('leaderboard', 2);
    for (
      let i = 0;
      i < 20 && !state.pendingCards.some((p) => p.cardId === 'leaderboard-gamed');
      i++
    ) {
      state = step(state, {}, CARDS).state;
    }
    expect(state.pendingCards.map((p) => p.cardId)).toContain('leaderboard-gamed');
    expect(state.levers.leaderboard).toBe(true);
    const replaced = step(state, { choices: { 'leaderboard-gamed': 'replace' } }, CARDS);
    expect(resolved(replaced.events)).toContainEqual(['leaderboard-gamed', 'replace']);
    expect(replaced.state.levers.leaderboard).toBe(false);
    expect(replaced.state.leaderboardWeeks).toBe(0);
    // The same week, kept: the leaderboard stays and keeps inflating tokens.
    const kept = step(state, { choices: { 'leaderboard-gamed': 'keep' } }, CARDS);
    expect(kept.state.levers.leaderboard).toBe(true);
    expect(replaced.metrics.tokens).toBeLessThan(kept.metrics.tokens);
  });

  it('`breach` answered `security-review` turns the security review on and pays for it', () => {
    const state = withPending(start(), 'breach');
    expect(state.levers.securityReview).toBe(false);
    const r = step(state, { choices: { breach: 'security-review' } }, CARDS);
    expect(resolved(r.events)).toEqual([['breach', 'security-review']]);
    expect(r.state.levers.securityReview).toBe(true);
    expect(r.metrics.investmentCost).toBeGreaterThanOrEqual(V.securityReviewWeeklyCost);
    // It stays on the next week without being asked again.
    expect(step(r.state, {}, CARDS).state.levers.securityReview).toBe(true);
  });

  it('`board-capex` answered `fund-pipeline` raises investment to at least 70%, never lowers it', () => {
    const fund = (investment: number) => {
      const state = withPending(
        { ...start(), levers: { ...start().levers, pipelineInvestment: investment } },
        'board-capex',
      );
      return step(state, { choices: { 'board-capex': 'fund-pipeline' } }, CARDS).state.levers
        .pipelineInvestment;
    };
    expect(fund(0)).toBe(0.7);
    expect(fund(0.4)).toBe(0.7);
    expect(fund(1)).toBe(1);
  });

  it("`board-capex` answered `all-in` lets the market's verdict reach the board (F9: shares -9%)", () => {
    const state = withPending(start(), 'board-capex');
    const allIn = step(state, { choices: { 'board-capex': 'all-in' } }, CARDS).state;
    const hold = step(state, { choices: { 'board-capex': 'hold' } }, CARDS).state;
    // The board's cheer (+0.10) less the share price's fall (F9) against holding (-0.04).
    expect(allIn.boardConfidence - hold.boardConfidence).toBeCloseTo(
      0.1 - V.sharePriceConfidenceHit + 0.04,
      1,
    );
    expect(V.sharePriceConfidenceHit).toBeCloseTo(0.09, 9);
  });

  it('an unknown choice id falls back to the first choice, exactly as if unanswered', () => {
    const state = withPending(start(), 'breach');
    const bogus = step(state, { choices: { breach: 'no-such-choice' } }, CARDS);
    const unanswered = step(state, {}, CARDS);
    expect(resolved(bogus.events)).toEqual([['breach', 'patch']]);
    expect(bogus.state.levers.securityReview).toBe(false);
    expect(bogus).toEqual(unanswered);
  });

  it('answers for cards that are not pending change nothing', () => {
    const state = start();
    const answered = step(state, { choices: { breach: 'security-review', nope: 'x' } }, CARDS);
    expect(answered).toEqual(step(state, {}, CARDS));
    expect(resolved(answered.events)).toEqual([]);
  });

  it('a pending card missing from the deck is dropped without effect', () => {
    const state = withPending(start(), 'retired-card');
    const r = step(state, {}, CARDS);
    expect(resolved(r.events)).toEqual([]);
    expect(r.state.pendingCards.some((p) => p.cardId === 'retired-card')).toBe(false);
  });
});

describe('modifiers', () => {
  const slow: EventCard = {
    id: 'slow',
    when: [{ metric: 'week', op: '>=', value: 1 }],
    once: true,
    choices: [
      { id: 'no', effects: [] },
      {
        id: 'yes',
        effects: [{ kind: 'modifier', id: 'halfHours', weeks: 3, effects: { writingHours: 0.5 } }],
      },
    ],
  };
  const answer: (w: number) => WeekDecisions = (w) => (w === 2 ? { choices: { slow: 'yes' } } : {});

  it('act for exactly their weeks, then expire', () => {
    // The card fires in week 1 and is answered before week 2: the modifier covers weeks 2, 3, 4.
    const t = stepMany(sandbox, initial('sandbox', 3), 6, answer, [slow]);
    const left = t.states.map((s) => s.modifiers.find((m) => m.id === 'halfHours')?.weeksLeft);
    expect(left).toEqual([undefined, 2, 1, undefined, undefined, undefined]);

    // In its first week and in its last, it halves the hours written, all else equal.
    const afterWeek1 = t.states[0] as SimState;
    const firstWeek = step(afterWeek1, answer(2), [slow]);
    const firstControl = step(afterWeek1, {}, [slow]);
    expect(firstWeek.metrics.linesWritten / firstControl.metrics.linesWritten).toBeCloseTo(0.5, 9);
    const afterWeek3 = t.states[2] as SimState;
    const lastWeek = step(afterWeek3, {}, [slow]);
    const lastControl = step(
      { ...afterWeek3, modifiers: afterWeek3.modifiers.filter((m) => m.id !== 'halfHours') },
      {},
      [slow],
    );
    expect(lastWeek.metrics.linesWritten / lastControl.metrics.linesWritten).toBeCloseTo(0.5, 9);
  });

  it('re-adding a modifier refreshes it instead of stacking, and the list is capped', () => {
    let mods = addModifier([], 'x', 3, { tokens: 2 });
    mods = addModifier(mods, 'x', 5, { tokens: 2 });
    expect(mods).toEqual([{ id: 'x', weeksLeft: 5, effects: { tokens: 2 } }]);
    expect(modProduct(mods, 'tokens')).toBe(2);
    for (let i = 0; i < MAX_MODIFIERS + 5; i++) mods = addModifier(mods, `m${i}`, 2, {});
    expect(mods).toHaveLength(MAX_MODIFIERS);
    expect(mods.map((m) => m.id)).toContain(`m${MAX_MODIFIERS + 4}`);
  });

  it('combine: multipliers multiply, offsets add, and none means no effect', () => {
    const mods = [
      { id: 'a', weeksLeft: 2, effects: { tokens: 2, morale: 0.05 } },
      { id: 'b', weeksLeft: 1, effects: { tokens: 0.6, morale: -0.02, skipShare: 0.3 } },
    ];
    expect(modProduct(mods, 'tokens')).toBeCloseTo(1.2, 12);
    expect(modSum(mods, 'morale')).toBeCloseTo(0.03, 12);
    expect(modProduct(mods, 'reviewCapacity')).toBe(1);
    expect(modSum(mods, 'skipShare')).toBeCloseTo(0.3, 12);
    expect(modProduct([], 'attrition')).toBe(1);
    expect(modSum([], 'morale')).toBe(0);
    expect(tickModifiers(mods)).toEqual([{ id: 'a', weeksLeft: 1, effects: mods[0]?.effects }]);
  });
});
