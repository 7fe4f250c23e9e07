/**
 * Luck or policy? The player's decisions are replayed on other seeds, and the sound policy
 * on the same seeds, so a run can be placed in the spread of its own policy: a low score
 * inside a good band is bad luck; a band below the sound policy's is a bad policy.
 *
 * Replayed on another seed, a week's decisions apply as they were made (levers, hires,
 * layoffs); answers to event cards apply only where the same card is on the table that week,
 * and cards left unanswered take their first choice, as in any headless run.
 *
 * The work is one pair of runs a seed, so a view can spread it over frames (`luckPair`) and
 * fold the pairs at the end (`luckOf`).
 */
import { LUCK_FIRST_SEED } from './limits.ts';
import type { EvidenceReading } from './params.ts';
import type { Spread } from './run.ts';
import { runSummaryScored, spreadOf } from './run.ts';
import type { EventCard, Scenario, WeekDecisions } from './types.ts';

export interface LuckOptions {
  scenario: Scenario;
  weeks: number;
  evidence: EvidenceReading;
  cards: readonly EventCard[];
  /** The player's decisions, one entry a week. */
  decisions: readonly WeekDecisions[];
  /** The sound policy's decisions for the same run length. */
  soundDecisions: readonly WeekDecisions[];
}

/** The seeds the debrief replays on: a fixed set apart from any seed a room would use. */
export function luckSeeds(count: number): number[] {
  return Array.from({ length: count }, (_, i) => LUCK_FIRST_SEED + i);
}

export interface LuckPair {
  seed: number;
  player: number;
  sound: number;
}

/** One seed: the player's decisions and the sound policy's, each scored. */
export function luckPair(o: LuckOptions, seed: number): LuckPair {
  const base = {
    scenario: o.scenario,
    weeks: o.weeks,
    cards: o.cards,
    evidence: o.evidence,
    seed,
  };
  return {
    seed,
    player: runSummaryScored({ ...base, decisions: o.decisions }).score.total,
    sound: runSummaryScored({ ...base, decisions: o.soundDecisions }).score.total,
  };
}

export interface Luck {
  runs: number;
  /** The player's policy over the other seeds. */
  player: Spread;
  /** The sound policy over the same seeds. */
  sound: Spread;
  /** Share of the player's own replays that scored below this run (0 = unluckiest, 1 = luckiest). */
  runPercentile: number;
  /** Share of seeds on which the sound policy outscored the player's decisions. */
  soundAhead: number;
  /** Each band's scores in order, for a chart. */
  playerScores: number[];
  soundScores: number[];
}

/** Folds the pairs and places this run's own score among the player's replays. */
export function luckOf(pairs: readonly LuckPair[], runScore: number): Luck {
  const player = pairs.map((p) => p.player);
  const sound = pairs.map((p) => p.sound);
  const n = Math.max(1, pairs.length);
  return {
    runs: pairs.length,
    player: spreadOf(player),
    sound: spreadOf(sound),
    runPercentile: player.filter((s) => s < runScore).length / n,
    soundAhead: pairs.filter((p) => p.sound > p.player).length / n,
    playerScores: [...player].sort((a, b) => a - b),
    soundScores: [...sound].sort((a, b) => a - b),
  };
}
