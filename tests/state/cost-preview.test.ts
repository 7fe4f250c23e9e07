// The controls' cost preview is the model's own bill: for several states, the preview's
// compute, pipeline, security and salary lines equal what the next step() bills for them.
//
// The comparison that is exact: the preview prices the people here now, while the week bills
// compute on the headcount after arrivals and layoffs and salaries on the headcount after
// quits. So each case steps a week in which nobody arrives, is laid off or quits (the test
// checks that, rather than assuming it), with no card pending; then the headcounts agree and
// every line must match to the last bit. Crunch changes no billed line in the model; it is
// here to show the preview does not drift under it either.
import { describe, expect, it } from 'vitest';
import type { Levers, SimState } from '../../src/sim/index.ts';
import { createInitialState, step } from '../../src/sim/index.ts';
import { leverCosts } from '../../src/state/selectors.ts';
import type { GameState } from '../../src/state/store.ts';
import { scenario } from '../sim/helpers.ts';

type PreviewInput = Pick<GameState, 'sim' | 'draft'>;

function previewFor(state: SimState, levers: Partial<Levers>): PreviewInput {
  return {
    sim: { state, history: [], events: [], lastEvents: [] },
    draft: {
      levers,
      hire: { junior: 0, mid: 0, senior: 0 },
      layoff: { junior: 0, mid: 0, senior: 0 },
      choices: {},
    },
  } as unknown as PreviewInput;
}

const cases: Array<[string, (s: SimState) => SimState, Partial<Levers>]> = [
  ['the mandate as it starts', (s) => s, {}],
  [
    'a card that doubles token use',
    (s) => ({ ...s, modifiers: [{ id: 'probe', weeksLeft: 3, effects: { tokens: 2 } }] }),
    {},
  ],
  ['the leaderboard on', (s) => s, { leaderboard: true }],
  [
    'crunch, full pipeline investment and security review',
    (s) => s,
    {
      deadlinePressure: 'crunch',
      pipelineInvestment: 1,
      securityReview: true,
    },
  ],
  ['a mandate raised from scratch', (s) => ({ ...s, adoption: 0 }), { aiMandate: 1 }],
];

describe('the cost preview', () => {
  it.each(cases)('bills exactly what the next week bills: %s', (_name, prepare, levers) => {
    // A week with no arrivals, quits or layoffs: try seeds until the model gives one.
    let checked = false;
    for (let seed = 1; seed <= 40 && !checked; seed++) {
      const state = prepare(createInitialState(scenario('mandate'), seed));
      const preview = leverCosts(previewFor(state, levers));
      const r = step(state, { levers }, []);
      if (r.metrics.arrivals + r.metrics.quits + r.metrics.laidOff > 0) continue;
      checked = true;
      expect(preview).not.toBeNull();
      if (!preview) return;
      expect(preview.compute).toBe(r.metrics.computeCost);
      expect(preview.pipeline + preview.security).toBe(r.metrics.investmentCost);
      expect(preview.salaries).toBe(r.metrics.salaryCost);
      expect(preview.compute + preview.pipeline + preview.security + preview.salaries).toBe(
        r.metrics.computeCost + r.metrics.investmentCost + r.metrics.salaryCost,
      );
    }
    expect(checked).toBe(true);
  });

  it('follows a card that multiplies token use, as the week does', () => {
    const state = createInitialState(scenario('mandate'), 1);
    const plain = leverCosts(previewFor(state, {}));
    const doubled = leverCosts(
      previewFor(
        { ...state, modifiers: [{ id: 'probe', weeksLeft: 3, effects: { tokens: 2 } }] },
        {},
      ),
    );
    expect(doubled?.compute).toBeCloseTo((plain?.compute ?? 0) * 2, 6);
  });
});
