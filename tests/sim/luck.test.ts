/** Luck or policy: the player's decisions and the sound policy, replayed on the same other seeds. */
import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import { MANDATE_ONLY_POLICY, SOUND_POLICY } from '../../src/content/policies.ts';
import type { Policy } from '../../src/sim/index.ts';
import {
  luckOf,
  luckPair,
  luckSeeds,
  policyToDecisions,
  runScenario,
  scoreRun,
} from '../../src/sim/index.ts';
import { scenario } from './helpers.ts';

const WEEKS = 26;

function luck(policy: Policy, seed: number, count = 30) {
  const s = scenario('mandate');
  const decisions = policyToDecisions(policy, WEEKS);
  const run = runScenario({ scenario: s, seed, weeks: WEEKS, decisions, cards: CARDS });
  const o = {
    scenario: s,
    weeks: WEEKS,
    evidence: 'central' as const,
    cards: CARDS,
    decisions,
    soundDecisions: policyToDecisions(SOUND_POLICY, WEEKS),
  };
  const pairs = luckSeeds(count).map((seed) => luckPair(o, seed));
  return { luck: luckOf(pairs, scoreRun(run).total), pairs };
}

describe('luck or policy', () => {
  it('tells a bad policy apart: the mandate alone sits below the sound policy on nearly every seed', () => {
    const { luck: l } = luck(MANDATE_ONLY_POLICY, 3);
    expect(l.runs).toBe(30);
    expect(l.soundAhead).toBeGreaterThan(0.9);
    expect(l.player.p90).toBeLessThan(l.sound.p10);
  });

  it('the sound policy against itself: the bands coincide and the run lands inside its own band', () => {
    const { luck: l } = luck(SOUND_POLICY, 3);
    expect(l.player).toEqual(l.sound);
    expect(l.soundAhead).toBe(0);
    expect(l.runPercentile).toBeGreaterThan(0);
    expect(l.runPercentile).toBeLessThan(1);
  });

  it('is deterministic and places a run by its own score', () => {
    const a = luck(MANDATE_ONLY_POLICY, 5, 10);
    const b = luck(MANDATE_ONLY_POLICY, 5, 10);
    expect(a.pairs).toEqual(b.pairs);
    const sorted = a.luck.playerScores;
    expect(luckOf(a.pairs, (sorted[0] ?? 0) - 1).runPercentile).toBe(0);
    expect(luckOf(a.pairs, (sorted[sorted.length - 1] ?? 0) + 1).runPercentile).toBe(1);
  });
});
