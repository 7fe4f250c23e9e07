import { describe, expect, it } from 'vitest';
import type { CauseLink, WeekMetrics } from '../../src/sim/index.ts';
import {
  figure,
  figureChange,
  linkFigure,
  moraleBandOf,
  weekFigures,
} from '../../src/state/figures.ts';

const week = (patch: Partial<WeekMetrics>): WeekMetrics =>
  ({
    week: 1,
    engineers: 100,
    juniors: 25,
    mids: 50,
    seniors: 25,
    onboarding: 0,
    morale: 0.7,
    ownership: 0.8,
    reviewQueueLines: 10_000,
    reviewLoad: 1.2,
    reviewDepth: 1,
    linesReviewed: 40_000,
    linesSkipped: 0,
    featuresShipped: 4.6,
    deploys: 17.6,
    changeFailureRate: 0.21,
    leadTimeDays: 3.04,
    timeToRestoreHours: 2.26,
    customersAffected: 0,
    incidents: 0,
    breaches: 0,
    ...patch,
  }) as WeekMetrics;

const value = (w: ReturnType<typeof weekFigures>, k: 'engineers' | 'emptyDesks') => w?.[k].value;

describe('the figures the run screen shows', () => {
  it('has none before the first week', () => {
    expect(weekFigures([])).toBeNull();
  });

  it('keeps counts whole: lines, features, people, deploys', () => {
    const w = weekFigures([week({ reviewQueueLines: 48_922.6, featuresShipped: 4.6 })]);
    expect(w?.queueLines.value).toBe(48_923);
    expect(w?.features.value).toBe(5);
    expect(w?.deploys.value).toBe(18);
    expect(w?.failedDeploys.value).toBe(4);
  });

  it('rounds shares to whole percentages, with a decimal under 10%', () => {
    expect(figure('share', 0.7049)).toEqual({ kind: 'share', value: 0.7, digits: 0 });
    expect(figure('share', 0.0437)).toEqual({ kind: 'share', value: 0.044, digits: 1 });
    expect(figure('days', 3.04).value).toBe(3);
    expect(figure('times', 1.8249).value).toBe(1.8);
  });

  it('says a change of a share in percentage points, compared as shown', () => {
    const c = figureChange(figure('share', 0.54), figure('share', 0.7));
    expect(c).toEqual({ dir: 'down', amount: { kind: 'points', value: 16, digits: 0 } });
    expect(figureChange(figure('share', 0.701), figure('share', 0.699)).dir).toBe('flat');
    expect(figureChange(figure('count', 5.4), figure('count', 4.6)).dir).toBe('flat');
  });

  it('counts the empty desks left by the biggest team the floor has had', () => {
    const w = weekFigures([
      week({ engineers: 100 }),
      week({ engineers: 104 }),
      week({ engineers: 90, seniors: 20, mids: 46, juniors: 24 }),
    ]);
    expect(value(w, 'engineers')).toBe(90);
    expect(value(w, 'emptyDesks')).toBe(14);
  });

  it('says whether the review queue grows, shrinks or holds', () => {
    const trend = (a: number, b: number) =>
      weekFigures([week({ reviewQueueLines: a }), week({ reviewQueueLines: b })])?.queueTrend;
    expect(trend(10_000, 12_000)).toBe('growing');
    expect(trend(10_000, 8_000)).toBe('shrinking');
    expect(trend(10_000, 10_100)).toBe('steady');
    expect(weekFigures([week({})])?.queueTrend).toBe('steady');
  });

  it('says how a queue that emptied emptied: by skimming, skipping, or reading in full', () => {
    const outcome = (patch: Partial<WeekMetrics>) =>
      weekFigures([week({ reviewQueueLines: 0, ...patch })])?.queueOutcome;
    expect(outcome({ reviewLoad: 0.8 })).toBe('read');
    expect(outcome({ reviewLoad: 1.6, reviewDepth: 0.62 })).toBe('skimmed');
    expect(outcome({ reviewLoad: 1.6, linesSkipped: 900 })).toBe('skipped');
    expect(outcome({ reviewLoad: 2.4, reviewDepth: 0.5, linesSkipped: 900 })).toBe(
      'skimmedSkipped',
    );
    expect(weekFigures([week({ reviewQueueLines: 20 })])?.queueOutcome).toBe('waiting');
  });

  it("gives a cause chain the week's own load and depth", () => {
    const w = weekFigures([week({ reviewLoad: 1.8249, reviewDepth: 0.548 })]);
    const link = (l: CauseLink['link'], v: number): CauseLink => ({
      link: l,
      value: v,
      sources: [],
    });
    expect(linkFigure(link('overload', 1.8249), w)).toEqual(w?.reviewLoad);
    expect(linkFigure(link('overload', 1.8249), w)?.value).toBe(1.8);
    expect(linkFigure(link('skimmed', 0.548), w)?.value).toBe(0.55);
    expect(linkFigure(link('departures', 2.6), null)).toEqual(figure('count', 3));
  });

  it('bands morale as the faces on the floor do', () => {
    expect(moraleBandOf(0.3)).toBe('low');
    expect(moraleBandOf(Number.NaN)).toBe('low');
    expect(moraleBandOf(0.5)).toBe('fair');
    expect(moraleBandOf(0.65)).toBe('good');
  });

  it("reports this week's outages and breaches", () => {
    const w = weekFigures([week({ incidents: 2, breaches: 1 })]);
    expect(w?.incidents.value).toBe(2);
    expect(w?.breaches.value).toBe(1);
  });
});
