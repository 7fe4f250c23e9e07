/** Neither queue grows without bound: work that waits too long goes stale and is closed (D2). */
import { describe, expect, it } from 'vitest';
import type { Policy, Scenario } from '../../src/sim/index.ts';
import { policyToDecisions, runScenario } from '../../src/sim/index.ts';
import { CARDS, scenario } from './helpers.ts';

describe('queues stay bounded', () => {
  it('ten years of hiring at the weekly limit, funded, never let the integration queue run away', () => {
    const s = scenario('sandbox');
    // The company pays for everything, so the board never ends the run: only the queues are tested.
    const rich: Scenario = { ...s, start: { ...s.start, weeklyBudget: 1e9 } };
    const weeks = 520;
    const hiring: Policy = {
      aiMandate: 1,
      deadlinePressure: 'crunch',
      staffing: Array.from({ length: weeks / 4 }, (_, i) => ({
        week: 1 + 4 * i,
        hire: { junior: 200, mid: 200, senior: 200 },
      })),
    };
    const r = runScenario({
      scenario: rich,
      seed: 3,
      weeks,
      decisions: policyToDecisions(hiring, weeks),
      cards: CARDS,
    });
    expect(r.weeks).toHaveLength(weeks);
    const last = r.weeks[weeks - 1];
    if (!last) throw new Error('no last week');
    // At most a few weeks of what was written that week waits in either queue.
    for (const w of r.weeks.slice(52)) {
      expect(w.integrationQueueLines).toBeLessThan(30 * w.linesWritten + 1);
      expect(w.reviewQueueLines).toBeLessThan(30 * w.linesWritten + 1);
      expect(Number.isFinite(w.integrationQueueLines)).toBe(true);
    }
    expect(last.linesAbandoned).toBeGreaterThan(0);
  });
});
