// The metrics phase: the week's row adds up the phases' outputs, adds them to the run's and the
// quarter's totals, and counts a review backlog as lead time (Little's law: lines waiting over
// lines leaving, in working days).
import { describe, expect, it } from 'vitest';
import { V } from '../../../src/sim/index.ts';
import type { MetricsInput } from '../../../src/sim/week/metrics.ts';
import { metricsPhase } from '../../../src/sim/week/metrics.ts';
import { splitBatch } from '../../../src/sim/week/review.ts';
import type { WeekWork } from '../../../src/sim/week/work.ts';
import { poolsOf, workOn } from './fixture.ts';

const none = { lines: 0, units: 0, defects: 0, vulns: 0 };

function inputFor(work: WeekWork): MetricsInput {
  return {
    levers: work.st.levers,
    staffing: { laidOff: 0, arrivals: 0 },
    capability: { adoption: 0.5, measuredAdoption: 0.6, pipelineLevel: 0.2, crunch: false },
    hours: {
      team: 100,
      shortfall: 0,
      overtime: 1,
      writingHoursByLevel: { junior: 0, mid: 0, senior: 0 },
      featureShare: 1,
      writingFactor: 1,
      reviewHours: { senior: 100, mid: 100 },
      seniorLoad: 0.3,
    },
    writing: { humanLines: 10_000, aiLines: 30_000, reworkHours: 10, defectsInjected: 50 },
    review: {
      humanSplit: splitBatch(none, 0, 0),
      aiSplit: splitBatch(none, 0, 0),
      humanCatch: 0.5,
      aiCatch: 0.5,
      depth: 1,
      aiDepth: 1,
      humanDepth: 1,
      load: 0.5,
      capacity: 80_000,
      reviewedLines: 40_000,
      skippedLines: 0,
      linesAbandoned: 0,
      reviewHours: 200,
      defectsCaughtInReview: 20,
    },
    integration: {
      mergedLines: 40_000,
      aiShareMerged: 0.75,
      aiChangeLines: V.aiPrLines,
      testCatch: 0.4,
      escapedDefects: 10,
      escapedDefectPools: poolsOf(10),
      defectsCaught: 30,
      escapedVulnPools: poolsOf(1),
      integrated: 40_000,
      integrationAbandoned: 0,
      integrationCapacity: 60_000,
      featuresShipped: 7,
      deploys: 10,
      changeFailureRate: 0.1,
    },
    ownership: { ownership: 0.8 },
    incidents: { incidents: 2, customersAffected: 1000, typicalRestore: 3 },
    security: { breaches: 1, customersAffected: 5000 },
    attrition: { quits: 1 },
    money: {
      tokens: 1e9,
      computeCost: 6000,
      salaryCost: 400_000,
      investmentCost: 0,
      incidentCost: 60_000,
      breachCost: 0,
      recruitingCost: 4000,
      severanceCost: 0,
      cardCost: 0,
      spend: 470_000,
      counts: { junior: 25, mid: 50, senior: 25 },
    },
  };
}

describe('metricsPhase', () => {
  it('adds the week to the run and quarter totals', () => {
    const work = workOn((st) => {
      st.queue = { human: { ...none }, ai: { ...none } };
    });
    const m = metricsPhase(work, inputFor(work));
    expect(m.customersAffected).toBe(6000);
    expect(m.linesWritten).toBe(40_000);
    expect(work.st.totals.incidents).toBe(2);
    expect(work.st.totals.breaches).toBe(1);
    expect(work.st.totals.quarterLines).toBe(40_000);
    expect(work.st.totals.quarterSpend).toBe(470_000);
    expect(m.engineers).toBe(100);
  });

  it('counts lines left waiting for review as days of lead time', () => {
    const empty = workOn((st) => {
      st.queue = { human: { ...none }, ai: { ...none } };
    });
    const backlog = workOn((st) => {
      st.queue = { human: { ...none, lines: 40_000 }, ai: { ...none } };
    });
    const a = metricsPhase(empty, inputFor(empty));
    const b = metricsPhase(backlog, inputFor(backlog));
    // 40,000 lines waiting, 40,000 leaving a week: one more week of waiting.
    expect(b.leadTimeDays - a.leadTimeDays).toBeCloseTo(V.workDaysPerWeek, 9);
    expect(b.reviewQueueLines).toBe(40_000);
  });
});
