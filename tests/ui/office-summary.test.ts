import { describe, expect, it } from 'vitest';
import type { WeekMetrics } from '../../src/sim/index.ts';
import { moraleBandOf, officeFacts } from '../../src/ui/run/office-summary.ts';

const week = (patch: Partial<WeekMetrics>): WeekMetrics =>
  ({
    engineers: 100,
    juniors: 25,
    mids: 50,
    seniors: 25,
    onboarding: 0,
    morale: 0.7,
    reviewQueueLines: 10_000,
    incidents: 0,
    breaches: 0,
    ...patch,
  }) as WeekMetrics;

describe('the office floor in words', () => {
  it('says nothing before the first week', () => {
    expect(officeFacts([])).toBeNull();
  });

  it('counts the empty desks left by the biggest team the floor has had', () => {
    const facts = officeFacts([
      week({ engineers: 100 }),
      week({ engineers: 104 }),
      week({ engineers: 90, seniors: 20, mids: 46, juniors: 24 }),
    ]);
    expect(facts).toMatchObject({
      engineers: 90,
      seniors: 20,
      mids: 46,
      juniors: 24,
      emptyDesks: 14,
    });
  });

  it('says whether the review queue grows, shrinks or holds', () => {
    const trend = (a: number, b: number) =>
      officeFacts([week({ reviewQueueLines: a }), week({ reviewQueueLines: b })])?.queueTrend;
    expect(trend(10_000, 12_000)).toBe('growing');
    expect(trend(10_000, 8_000)).toBe('shrinking');
    expect(trend(10_000, 10_100)).toBe('steady');
    expect(officeFacts([week({})])?.queueTrend).toBe('steady');
  });

  it('bands morale as the faces on the floor do', () => {
    expect(moraleBandOf(0.3)).toBe('low');
    expect(moraleBandOf(Number.NaN)).toBe('low');
    expect(moraleBandOf(0.5)).toBe('fair');
    expect(moraleBandOf(0.65)).toBe('good');
  });

  it("reports this week's outages and breaches", () => {
    expect(officeFacts([week({ incidents: 2, breaches: 1 })])).toMatchObject({
      incidents: 2,
      breaches: 1,
    });
  });
});
