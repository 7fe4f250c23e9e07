/**
 * The event deck, as data. Each card's text lives under `cards.<id>` in the
 * locale files (title, body, and `choices.<choiceId>.label|outcome`).
 *
 * Order matters: when several cards could fire in a week, the first wins.
 * The first choice of every card is the status quo ("carry on"), because an
 * unanswered card (a headless run, a player who lets weeks play on) takes it:
 * the model should never make a bold move nobody chose.
 */
import type { EventCard } from '../sim/index.ts';

/** Keeps the deck's card and choice ids as literal types (see `WrittenDeck`). */
const deck = <const T extends readonly EventCard[]>(cards: T): T => cards;

const WRITTEN = deck([
  {
    // A major breach linked to AI code (F7).
    id: 'breach',
    when: [{ metric: 'breaches', op: '>=', value: 1 }],
    cooldownWeeks: 1,
    choices: [
      { id: 'patch', effects: [{ kind: 'spend', dollars: 200_000 }] },
      {
        id: 'security-review',
        effects: [
          { kind: 'setLever', levers: { securityReview: true } },
          { kind: 'spend', dollars: 100_000 },
        ],
      },
      {
        id: 'audit',
        effects: [
          { kind: 'vulns', factor: 0.5 },
          { kind: 'spend', dollars: 500_000 },
          { kind: 'modifier', id: 'securityAudit', weeks: 2, effects: { writingHours: 0.8 } },
        ],
      },
    ],
  },
  {
    // A run of high-blast-radius incidents; the real company called a mandatory deep dive, then required sign-off (F10).
    id: 'outage-deep-dive',
    when: [
      { metric: 'incidents', op: '>=', value: 1 },
      { metric: 'totalIncidents', op: '>=', value: 3 },
    ],
    cooldownWeeks: 13,
    choices: [
      {
        id: 'move-on',
        effects: [
          { kind: 'board', delta: 0.02 },
          { kind: 'morale', delta: -0.03 },
        ],
      },
      {
        id: 'deep-dive',
        effects: [
          { kind: 'modifier', id: 'deepDive', weeks: 1, effects: { writingHours: 0.7 } },
          {
            kind: 'modifier',
            id: 'deepDiveLessons',
            weeks: 10,
            effects: { reviewCatch: 1.15, incidentRisk: 0.9 },
          },
        ],
      },
      {
        id: 'signoff',
        effects: [
          { kind: 'setLever', levers: { seniorSignoff: true } },
          { kind: 'board', delta: 0.05 },
        ],
      },
    ],
  },
  {
    // Seniors buried in AI review start to leave (D6).
    id: 'senior-quits',
    when: [
      { metric: 'seniorMorale', op: '<', value: 0.5 },
      { metric: 'seniorLoad', op: '>', value: 0.35 },
    ],
    cooldownWeeks: 8,
    choices: [
      { id: 'let-go', effects: [{ kind: 'quit', level: 'senior', count: 1 }] },
      {
        id: 'counter-offer',
        effects: [
          { kind: 'spend', dollars: 80_000 },
          { kind: 'morale', level: 'senior', delta: 0.1 },
        ],
      },
      {
        id: 'lighten-load',
        effects: [
          { kind: 'morale', level: 'senior', delta: 0.06 },
          { kind: 'modifier', id: 'reviewRelief', weeks: 8, effects: { reviewCapacity: 0.85 } },
        ],
      },
    ],
  },
  {
    // Tokenmaxxing: the leaderboard is being gamed (F11).
    id: 'leaderboard-gamed',
    when: [{ metric: 'leaderboardWeeks', op: '>=', value: 4 }],
    cooldownWeeks: 13,
    choices: [
      {
        id: 'keep',
        effects: [
          { kind: 'board', delta: 0.03 },
          { kind: 'morale', delta: -0.03 },
          { kind: 'modifier', id: 'tokenmaxxing', weeks: 13, effects: { tokens: 1.3 } },
        ],
      },
      {
        id: 'replace',
        effects: [
          { kind: 'setLever', levers: { leaderboard: false } },
          { kind: 'board', delta: -0.03 },
          { kind: 'modifier', id: 'outcomeMetric', weeks: 26, effects: { morale: 0.03 } },
        ],
      },
      {
        id: 'cap-tokens',
        effects: [
          { kind: 'morale', delta: -0.02 },
          { kind: 'modifier', id: 'tokenCap', weeks: 26, effects: { tokens: 0.6 } },
        ],
      },
    ],
  },
  {
    // The review queue is out of hand (F5, D2).
    id: 'review-backlog',
    when: [
      { metric: 'reviewLoad', op: '>', value: 1.6 },
      { metric: 'reviewQueueLines', op: '>', value: 60_000 },
    ],
    cooldownWeeks: 10,
    choices: [
      { id: 'push-on', effects: [] },
      {
        id: 'fix-it-week',
        effects: [
          {
            kind: 'modifier',
            id: 'fixItWeek',
            weeks: 1,
            effects: { writingHours: 0.3, reviewCapacity: 1.6 },
          },
          { kind: 'board', delta: -0.02 },
        ],
      },
      {
        id: 'rubber-stamp',
        effects: [{ kind: 'modifier', id: 'lowRiskSkip', weeks: 6, effects: { skipShare: 0.3 } }],
      },
    ],
  },
  {
    // The board asks whether AI spending is paying off (F9: capital spending, share price).
    id: 'board-capex',
    when: [{ metric: 'adoption', op: '>=', value: 0.5 }],
    minWeek: 6,
    once: true,
    choices: [
      { id: 'hold', effects: [{ kind: 'board', delta: -0.04 }] },
      {
        id: 'all-in',
        effects: [
          { kind: 'setLever', levers: { aiMandate: 0.95 } },
          { kind: 'board', delta: 0.1 },
          { kind: 'sharePrice' },
          { kind: 'budget', factor: 0.97 },
        ],
      },
      {
        id: 'fund-pipeline',
        effects: [
          { kind: 'raiseLever', lever: 'pipelineInvestment', atLeast: 0.7 },
          { kind: 'board', delta: -0.06 },
        ],
      },
    ],
  },
  {
    // Everyone feels faster while lead time grows (S5, D14).
    id: 'velocity-brag',
    when: [
      { metric: 'perceivedVelocity', op: '>', value: 1.25 },
      { metric: 'leadTimeDays', op: '>', value: 6 },
    ],
    once: true,
    choices: [
      {
        id: 'celebrate',
        effects: [
          { kind: 'board', delta: 0.08 },
          { kind: 'morale', delta: 0.02 },
        ],
      },
      {
        id: 'measure-outcomes',
        effects: [
          { kind: 'board', delta: -0.03 },
          {
            kind: 'modifier',
            id: 'outcomeFocus',
            weeks: 26,
            effects: { reviewCatch: 1.05, incidentRisk: 0.95 },
          },
        ],
      },
    ],
  },
  {
    // The board, unhappy, wants headcount cut to pay for AI (F8, F9).
    id: 'board-cuts',
    when: [{ metric: 'boardConfidence', op: '<', value: 0.35 }],
    once: true,
    choices: [
      { id: 'push-back', effects: [{ kind: 'board', delta: -0.08 }] },
      {
        id: 'comply',
        effects: [
          { kind: 'layoff', share: 0.1 },
          { kind: 'board', delta: 0.12 },
        ],
      },
      {
        id: 'trim-spend',
        effects: [
          { kind: 'budget', factor: 0.97 },
          { kind: 'morale', delta: -0.03 },
          { kind: 'board', delta: 0.04 },
        ],
      },
    ],
  },
  {
    // Burnout: overtime, pages and pressure have worn the team down (S6).
    id: 'burnout',
    when: [{ metric: 'morale', op: '<', value: 0.45 }],
    cooldownWeeks: 10,
    choices: [
      { id: 'push-through', effects: [{ kind: 'morale', delta: -0.02 }] },
      {
        id: 'relax-deadlines',
        effects: [
          { kind: 'setLever', levers: { deadlinePressure: 'relaxed' } },
          { kind: 'board', delta: -0.04 },
        ],
      },
      {
        id: 'bonus',
        effects: [
          { kind: 'spend', dollars: 150_000 },
          { kind: 'morale', delta: 0.08 },
        ],
      },
    ],
  },
]);

/**
 * The deck with its ids as literal types, for `src/i18n/content-keys.ts`, which builds each card's
 * text keys from them and checks them against English at compile time. Everything else reads
 * `CARDS`, typed wide, so a card's id stays a `string` where it is matched against run data.
 */
export type WrittenDeck = typeof WRITTEN;

export const CARDS: readonly EventCard[] = WRITTEN;
