/**
 * The one plain sentence "Luck or policy?" ends on, chosen from the numbers. Pure, so it is
 * tested in Node.
 */
import type { Luck } from '../../sim/index.ts';

/**
 * The sound policy ahead on at least this share of the seeds is the policy, not luck. Were the
 * two policies equally good, it would be ahead on about half of 100 paired seeds, give or take
 * five; three in four is five of those steps away, which chance alone gives less than once in
 * 100,000 tries, and "three seeds in four" is also what a player reads as "nearly always".
 */
export const POLICY_SHARE = 0.75;

/**
 * A run in the bottom (or top) tenth of its own decisions' replays is called bad (or good) luck.
 * A tenth is where the chart's shaded band (p10-p90) ends, so the verdict and the picture agree:
 * a run outside the band is luck, one inside it is what the decisions usually bring.
 */
export const LUCK_TAIL = 0.1;

/**
 * Medians closer than this many points (out of 100) are "about as well", even when one policy is
 * ahead on most seeds: a few points is what the same policy moves by from one seed to the next,
 * well inside either band (about ten points wide).
 */
export const SAME_MEDIAN_POINTS = 3;

export type LuckVerdict =
  /** The sound policy outscored the decisions on most seeds. */
  | 'policy'
  /** This run landed in the bottom tenth of its own decisions' replays. */
  | 'badLuck'
  /** ... in the top tenth. */
  | 'goodLuck'
  /** The decisions outscored the sound policy on most seeds. */
  | 'ahead'
  /** The medians within a few points, and this run inside its band. */
  | 'even'
  /** One policy ahead on more seeds, but not on nearly all: some policy, some luck. */
  | 'mixed';

/**
 * The policy comes first: a run of a clearly worse policy is not rescued or sunk by luck. Clearly
 * worse is both: behind on most seeds, and by more than a few points at the median (a policy a
 * point or two behind on every seed is, to a player, as good). Then this run's place in its own
 * band, then which policy did better.
 */
export function luckVerdict(
  l: Pick<Luck, 'soundAhead' | 'runPercentile' | 'player' | 'sound'>,
): LuckVerdict {
  const gap = l.player.p50 - l.sound.p50;
  if (l.soundAhead >= POLICY_SHARE && -gap >= SAME_MEDIAN_POINTS) return 'policy';
  if (l.runPercentile <= LUCK_TAIL) return 'badLuck';
  if (l.runPercentile >= 1 - LUCK_TAIL) return 'goodLuck';
  if (l.soundAhead <= 1 - POLICY_SHARE && gap >= SAME_MEDIAN_POINTS) return 'ahead';
  if (Math.abs(gap) < SAME_MEDIAN_POINTS) return 'even';
  return 'mixed';
}
