import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../src/content/scenarios.ts';
import { createInitialState } from '../../src/sim/index.ts';
import { createWidgetStore } from '../../src/state/widget-store.ts';
import {
  blocksFor,
  chartData,
  MAX_BLOCKS,
  niceUnit,
  queueNow,
} from '../../src/ui/widget/queue-model.ts';

describe('the widget queue picture', () => {
  it('picks 1-2-5 units', () => {
    expect([0, 1, 1.2, 3, 7, 10, 11, 4_100, 50_000].map(niceUnit)).toEqual([
      1, 1, 2, 5, 10, 10, 20, 5_000, 50_000,
    ]);
  });

  it('draws both rows on one scale, the larger row fitting in MAX_BLOCKS', () => {
    const b = blocksFor(140_000, 32_000);
    expect(b.unit).toBe(5_000);
    expect(b.waiting).toBe(28);
    expect(b.reviewed).toBe(6);
  });

  it('shows anything above zero as at least one block, and nothing as none', () => {
    expect(blocksFor(0, 0)).toEqual({ unit: 1, waiting: 0, reviewed: 0 });
    expect(blocksFor(1, 1_000_000).waiting).toBe(1);
    expect(blocksFor(Number.NaN, -5)).toEqual({ unit: 1, waiting: 0, reviewed: 0 });
  });

  it('never draws more than MAX_BLOCKS, and more lines never draw fewer blocks', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (w, r) => {
          const b = blocksFor(w, r);
          expect(b.waiting).toBeLessThanOrEqual(MAX_BLOCKS);
          expect(b.reviewed).toBeLessThanOrEqual(MAX_BLOCKS);
          // On one scale: the row with more lines never has fewer blocks.
          if (w > r) expect(b.waiting).toBeGreaterThanOrEqual(b.reviewed);
          if (r > w) expect(b.reviewed).toBeGreaterThanOrEqual(b.waiting);
        },
      ),
    );
  });

  it('before week 1 shows the baseline week: the start queue, the reference week reviewed', () => {
    const scenario = findScenario('mandate');
    if (!scenario) throw new Error('mandate scenario missing');
    const state = createInitialState(scenario, 1);
    const now = queueNow(state, undefined);
    expect(now.week).toBe(0);
    expect(now.reviewedLines).toBe(state.reference.linesPerWeek);
    expect(now.waitingLines).toBe(state.queue.human.lines + state.queue.ai.lines);
  });

  it('after a week shows that week: the queue, the lines reviewed and the weeks they amount to', () => {
    const store = createWidgetStore({ weeks: 6 });
    for (let i = 0; i < 6; i++) store.getState().playWeek();
    const { sim } = store.getState();
    const last = sim.history.at(-1);
    if (!last) throw new Error('no week played');
    const now = queueNow(sim.state, last);
    expect(now).toEqual({
      week: 6,
      waitingLines: last.reviewQueueLines,
      reviewedLines: last.linesReviewed,
      weeksOfReview: last.reviewQueueLines / last.linesReviewed,
      featuresShipped: last.featuresShipped,
    });
    expect(chartData(sim.history)).toEqual({
      queue: sim.history.map((m) => m.reviewQueueLines),
      features: sim.history.map((m) => m.featuresShipped),
    });
  });
});
