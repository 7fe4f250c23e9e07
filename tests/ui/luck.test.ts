/** Luck or policy in the debrief: the verdict chosen from the numbers, its words, the strips' geometry. */
import { describe, expect, it } from 'vitest';
import { createLoadedI18n } from '../../src/i18n';
import type { Luck, Spread } from '../../src/sim/index.ts';
import { scoreRange, scoreTicks, stackDots } from '../../src/ui/debrief/luck-geometry.ts';
import {
  LUCK_TAIL,
  luckVerdict,
  POLICY_SHARE,
  SAME_MEDIAN_POINTS,
} from '../../src/ui/debrief/luck-verdict.ts';
import { verdictText } from '../../src/ui/debrief/luck-view.ts';

const spread = (p50: number): Spread => ({ mean: p50, p10: p50 - 8, p50, p90: p50 + 8 });

function luck(o: {
  soundAhead: number;
  runPercentile: number;
  you?: number;
  sound?: number;
}): Luck {
  return {
    runs: 100,
    player: spread(o.you ?? 50),
    sound: spread(o.sound ?? 50),
    runPercentile: o.runPercentile,
    soundAhead: o.soundAhead,
    playerScores: [],
    soundScores: [],
  };
}

describe('the luck verdict', () => {
  it('holds its thresholds: three seeds in four, the tenth the band ends at, a few points', () => {
    expect(POLICY_SHARE).toBe(0.75);
    expect(LUCK_TAIL).toBe(0.1);
    expect(SAME_MEDIAN_POINTS).toBe(3);
  });

  it('calls it the policy when the sound policy is ahead on three seeds in four or more', () => {
    expect(luckVerdict(luck({ soundAhead: 0.97, runPercentile: 0.5, you: 30, sound: 60 }))).toBe(
      'policy',
    );
    expect(luckVerdict(luck({ soundAhead: 0.75, runPercentile: 0.5, you: 45, sound: 55 }))).toBe(
      'policy',
    );
    // Even when this run was also unlucky: the policy is the bigger story.
    expect(luckVerdict(luck({ soundAhead: 0.9, runPercentile: 0.02, you: 30, sound: 60 }))).toBe(
      'policy',
    );
    expect(luckVerdict(luck({ soundAhead: 0.74, runPercentile: 0.5, you: 45, sound: 55 }))).toBe(
      'mixed',
    );
  });

  it('calls a policy a point or two behind on most seeds about as good', () => {
    expect(luckVerdict(luck({ soundAhead: 0.95, runPercentile: 0.5, you: 72, sound: 74 }))).toBe(
      'even',
    );
    expect(luckVerdict(luck({ soundAhead: 0.95, runPercentile: 0.5, you: 71, sound: 74 }))).toBe(
      'policy',
    );
  });

  it('calls a run outside its own band luck, bad or good', () => {
    expect(luckVerdict(luck({ soundAhead: 0.5, runPercentile: 0.05 }))).toBe('badLuck');
    expect(luckVerdict(luck({ soundAhead: 0.5, runPercentile: 0.1 }))).toBe('badLuck');
    expect(luckVerdict(luck({ soundAhead: 0.5, runPercentile: 0.11 }))).toBe('even');
    expect(luckVerdict(luck({ soundAhead: 0.5, runPercentile: 0.9 }))).toBe('goodLuck');
    expect(luckVerdict(luck({ soundAhead: 0.1, runPercentile: 0.95, you: 70 }))).toBe('goodLuck');
  });

  it('credits the decisions when they beat the sound policy on most seeds by more than a few points', () => {
    expect(luckVerdict(luck({ soundAhead: 0.1, runPercentile: 0.5, you: 60, sound: 50 }))).toBe(
      'ahead',
    );
    expect(luckVerdict(luck({ soundAhead: 0.25, runPercentile: 0.5, you: 53, sound: 50 }))).toBe(
      'ahead',
    );
    expect(luckVerdict(luck({ soundAhead: 0.1, runPercentile: 0.5, you: 52, sound: 50 }))).toBe(
      'even',
    );
  });

  it('calls the sound policy against itself even, and a lean either way mixed', () => {
    expect(luckVerdict(luck({ soundAhead: 0, runPercentile: 0.5 }))).toBe('even');
    expect(luckVerdict(luck({ soundAhead: 0.6, runPercentile: 0.5, you: 49, sound: 50 }))).toBe(
      'even',
    );
    expect(luckVerdict(luck({ soundAhead: 0.6, runPercentile: 0.5, you: 44, sound: 50 }))).toBe(
      'mixed',
    );
    expect(luckVerdict(luck({ soundAhead: 0.3, runPercentile: 0.5, you: 56, sound: 50 }))).toBe(
      'mixed',
    );
  });

  it.each(['en', 'de', 'es', 'ja'])('says every verdict in %s, with its numbers', async (lang) => {
    const i18n = await createLoadedI18n(lang);
    const cases = [
      luck({ soundAhead: 0.97, runPercentile: 0.5, you: 30, sound: 60 }),
      luck({ soundAhead: 0.5, runPercentile: 0.05, you: 47 }),
      luck({ soundAhead: 0.5, runPercentile: 0.95, you: 47 }),
      luck({ soundAhead: 0.1, runPercentile: 0.5, you: 60 }),
      luck({ soundAhead: 0, runPercentile: 0.5 }),
      luck({ soundAhead: 0.6, runPercentile: 0.5, you: 40 }),
    ];
    const texts = cases.map((c) => verdictText(i18n, c));
    expect(new Set(texts).size).toBe(6);
    for (const t of texts) {
      expect(t).not.toMatch(/\{\{|luck\.verdict/);
      expect(t.length).toBeGreaterThan(20);
    }
    expect(texts[0]).toContain('97');
    expect(texts[1]).toContain('47');
    expect(texts[3]).toContain('90');
  });

  it('reads in English as the design says', async () => {
    const i18n = await createLoadedI18n('en');
    expect(
      verdictText(i18n, luck({ soundAhead: 0.97, runPercentile: 0.5, you: 30, sound: 60 })),
    ).toBe(
      'Your decisions scored below the sound policy on 97 of 100 seeds: the policy, not luck.',
    );
  });
});

describe('the luck strips', () => {
  it('shows a range of whole tens around every score, at least 20 points wide', () => {
    expect(scoreRange([43, 61, 38.5])).toEqual({ lo: 30, hi: 70 });
    expect(scoreRange([])).toEqual({ lo: 0, hi: 100 });
    expect(scoreRange([50, 51])).toEqual({ lo: 40, hi: 60 });
    expect(scoreRange([99, 100])).toEqual({ lo: 80, hi: 100 });
    expect(scoreRange([0.5])).toEqual({ lo: 0, hi: 20 });
    expect(scoreTicks(30, 70)).toEqual([30, 40, 50, 60, 70]);
    expect(scoreTicks(0, 100)).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('stacks close dots above and below the middle, inside the strip', () => {
    const dots = stackDots([10, 10, 10, 50], 2, 10);
    expect(dots).toHaveLength(4);
    expect(dots.map((d) => d.dy)).toEqual([0, -4, 4, 0]);
    const many = stackDots(
      Array.from({ length: 100 }, () => 5),
      2,
      10,
    );
    for (const d of many) expect(Math.abs(d.dy)).toBeLessThanOrEqual(8 + 1e-9);
  });
});
