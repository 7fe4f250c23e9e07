/**
 * Each card choice's outcome says what the model will do with it, no more and no other. The table
 * was written by reading every English outcome (`cards.<id>.choices.<choice>.outcome`) against the
 * choice's effects in `src/content/cards.ts` and what they do in `src/sim/week/`: `effects` pins
 * the effects as read, and `mentions` lists the ones the outcome speaks of. A changed effect fails
 * here until its outcome is read again (in all four languages) and the row updated; an outcome may
 * leave an effect unsaid, but never speak of one the choice does not have.
 */
import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import type { CardEffect } from '../../src/sim/index.ts';

/** One effect in a line: its kind, what it acts on, and by how much. */
function describeEffect(e: CardEffect): string[] {
  switch (e.kind) {
    case 'setLever':
    case 'hire':
      return Object.entries(e.kind === 'setLever' ? e.levers : e.hire).map(
        ([k, v]) => `${e.kind}:${k} ${String(v)}`,
      );
    case 'raiseLever':
      return [`raiseLever:${e.lever} >=${e.atLeast}`];
    case 'morale':
      return [`morale${e.level ? `:${e.level}` : ''} ${e.delta}`];
    case 'quit':
      return [`quit:${e.level} ${e.count}`];
    case 'modifier':
      return Object.entries(e.effects).map(([k, v]) => `modifier:${k} x${v} ${e.weeks}w`);
    case 'sharePrice':
      return ['sharePrice'];
    case 'spend':
      return [`spend ${e.dollars}`];
    case 'layoff':
      return [`layoff ${e.share}`];
    default:
      return [`${e.kind} ${'delta' in e ? e.delta : e.factor}`];
  }
}

/** What an outcome may name: an effect's line up to its amount ("modifier:writingHours"). */
const kindOf = (line: string): string => line.split(' ')[0] ?? line;

interface Row {
  readonly effects: readonly string[];
  readonly mentions: readonly string[];
}

const TABLE: Record<string, Row> = {
  'breach.patch': { effects: ['spend 200000'], mentions: ['spend'] },
  'breach.security-review': {
    effects: ['setLever:securityReview true', 'spend 100000'],
    mentions: ['setLever:securityReview', 'spend'],
  },
  'breach.audit': {
    effects: ['vulns 0.5', 'spend 500000', 'modifier:writingHours x0.8 2w'],
    mentions: ['vulns', 'spend', 'modifier:writingHours'],
  },
  'outage-deep-dive.move-on': {
    effects: ['board 0.02', 'morale -0.03'],
    mentions: ['board', 'morale'],
  },
  'outage-deep-dive.deep-dive': {
    effects: [
      'modifier:writingHours x0.7 1w',
      'modifier:reviewCatch x1.15 10w',
      'modifier:incidentRisk x0.9 10w',
    ],
    mentions: ['modifier:writingHours', 'modifier:reviewCatch', 'modifier:incidentRisk'],
  },
  'outage-deep-dive.signoff': {
    effects: ['setLever:seniorSignoff true', 'board 0.05'],
    mentions: ['setLever:seniorSignoff', 'board'],
  },
  'senior-quits.let-go': { effects: ['quit:senior 1'], mentions: ['quit:senior'] },
  'senior-quits.counter-offer': {
    effects: ['spend 80000', 'morale:senior 0.1'],
    mentions: ['spend', 'morale:senior'],
  },
  'senior-quits.lighten-load': {
    effects: ['morale:senior 0.06', 'modifier:reviewCapacity x0.85 8w'],
    mentions: ['morale:senior', 'modifier:reviewCapacity'],
  },
  'leaderboard-gamed.keep': {
    effects: ['board 0.03', 'morale -0.03', 'modifier:tokens x1.3 13w'],
    mentions: ['board', 'morale', 'modifier:tokens'],
  },
  'leaderboard-gamed.replace': {
    effects: ['setLever:leaderboard false', 'board -0.03', 'modifier:morale x0.03 26w'],
    mentions: ['setLever:leaderboard', 'board', 'modifier:morale'],
  },
  'leaderboard-gamed.cap-tokens': {
    effects: ['morale -0.02', 'modifier:tokens x0.6 26w'],
    mentions: ['morale', 'modifier:tokens'],
  },
  // "Nothing changes": the stale pull requests it names are closed by the model every week.
  'review-backlog.push-on': { effects: [], mentions: [] },
  'review-backlog.fix-it-week': {
    effects: ['modifier:writingHours x0.3 1w', 'modifier:reviewCapacity x1.6 1w', 'board -0.02'],
    mentions: ['modifier:writingHours', 'modifier:reviewCapacity', 'board'],
  },
  'review-backlog.rubber-stamp': {
    effects: ['modifier:skipShare x0.3 6w'],
    mentions: ['modifier:skipShare'],
  },
  'board-capex.hold': { effects: ['board -0.04'], mentions: ['board'] },
  'board-capex.all-in': {
    effects: ['setLever:aiMandate 0.95', 'board 0.1', 'sharePrice', 'budget 0.97'],
    mentions: ['setLever:aiMandate', 'board', 'sharePrice', 'budget'],
  },
  'board-capex.fund-pipeline': {
    effects: ['raiseLever:pipelineInvestment >=0.7', 'board -0.06'],
    mentions: ['raiseLever:pipelineInvestment', 'board'],
  },
  'velocity-brag.celebrate': {
    effects: ['board 0.08', 'morale 0.02'],
    mentions: ['board', 'morale'],
  },
  'velocity-brag.measure-outcomes': {
    effects: ['board -0.03', 'modifier:reviewCatch x1.05 26w', 'modifier:incidentRisk x0.95 26w'],
    mentions: ['board', 'modifier:reviewCatch', 'modifier:incidentRisk'],
  },
  'board-cuts.push-back': { effects: ['board -0.08'], mentions: ['board'] },
  'board-cuts.comply': { effects: ['layoff 0.1', 'board 0.12'], mentions: ['layoff', 'board'] },
  'board-cuts.trim-spend': {
    effects: ['budget 0.97', 'morale -0.03', 'board 0.04'],
    mentions: ['budget', 'morale', 'board'],
  },
  'burnout.push-through': { effects: ['morale -0.02'], mentions: ['morale'] },
  'burnout.relax-deadlines': {
    effects: ['setLever:deadlinePressure relaxed', 'board -0.04'],
    mentions: ['setLever:deadlinePressure', 'board'],
  },
  'burnout.bonus': { effects: ['spend 150000', 'morale 0.08'], mentions: ['spend', 'morale'] },
};

const choices = CARDS.flatMap((card) =>
  card.choices.map((c) => [`${card.id}.${c.id}`, c.effects] as const),
);

describe('card outcomes against their effects', () => {
  it('the table has a row for every choice in the deck, and no other', () => {
    expect(Object.keys(TABLE).sort()).toEqual(choices.map(([id]) => id).sort());
  });

  it.each(choices)('%s: its effects are the ones its outcome was read against', (id, effects) => {
    expect(effects.flatMap(describeEffect), `reread cards.${id}.outcome`).toEqual(
      TABLE[id]?.effects,
    );
  });

  it.each(Object.entries(TABLE))('%s: its outcome speaks only of effects it has', (_id, row) => {
    const kinds = new Set(row.effects.map(kindOf));
    for (const m of row.mentions) expect(kinds, m).toContain(m);
  });
});
