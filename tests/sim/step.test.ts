// The weekly step: untrusted levers are clamped, hiring and layoffs move people and money the
// way the player was told, sign-off and the leaderboard act through their own channels, and the
// step never touches the state it was given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Levers, SimState, WeekDecisions, WeekMetrics } from '../../src/sim/index.ts';
import {
  createInitialState,
  headcount,
  LEVELS,
  MAX_STAFFING_CHANGE,
  mergeLevers,
  step,
  totalHeadcount,
  V,
} from '../../src/sim/index.ts';
import { HIRING_DELAY, SALARY } from '../../src/sim/staffing.ts';
import { CARDS, deepFreeze, initial, jsonCopy, scenario, stepMany } from './helpers.ts';

const sandbox = scenario('sandbox');

const LEVERS: Levers = {
  aiMandate: 0.5,
  leaderboard: false,
  seniorReviewShare: 0.3,
  seniorSignoff: false,
  deadlinePressure: 'normal',
  pipelineInvestment: 0.2,
  securityReview: false,
};

/** Runs `weeks` weeks of the sandbox with no event cards, so only the decisions differ. */
function quiet(seed: number, weeks: number, decide: (w: number) => WeekDecisions = () => ({})) {
  return stepMany(sandbox, initial('sandbox', seed), weeks, decide, []);
}

/**
 * What a week spent beyond salaries, compute, investment, incidents, and the recruiting that
 * backfills the week's departures (layoffs are not backfilled): severance, with no cards in play.
 */
const otherSpend = (m: WeekMetrics, spentBefore: number) =>
  m.budgetSpent -
  spentBefore -
  m.salaryCost -
  m.computeCost -
  m.investmentCost -
  m.incidentCost -
  m.quits * V.recruitingCost;

/** A week without the money a requisition bills, which alone may differ before the hires arrive. */
const unbilled = (m: WeekMetrics) => ({ ...m, budgetSpent: 0, spend: 0, recruitingCost: 0 });

describe('mergeLevers', () => {
  it('returns the current levers when there is no change', () => {
    expect(mergeLevers(LEVERS, undefined)).toBe(LEVERS);
    expect(mergeLevers(LEVERS, {})).toEqual(LEVERS);
  });

  it('clamps shares into [0, 1]', () => {
    const out = mergeLevers(LEVERS, {
      aiMandate: 1.5,
      seniorReviewShare: -0.2,
      pipelineInvestment: 7,
    });
    expect(out).toEqual({ ...LEVERS, aiMandate: 1, seniorReviewShare: 0, pipelineInvestment: 1 });
  });

  it('ignores NaN, infinities and values of the wrong type, keeping the old value', () => {
    const junk = {
      aiMandate: Number.NaN,
      seniorReviewShare: Number.POSITIVE_INFINITY,
      pipelineInvestment: '0.9',
      leaderboard: 'true',
      seniorSignoff: 1,
      securityReview: null,
      deadlinePressure: 'panic',
    } as unknown as Partial<Levers>;
    expect(mergeLevers(LEVERS, junk)).toEqual(LEVERS);
  });

  it('applies valid values of every lever', () => {
    const next: Levers = {
      aiMandate: 0.85,
      leaderboard: true,
      seniorReviewShare: 0.45,
      seniorSignoff: true,
      deadlinePressure: 'crunch',
      pipelineInvestment: 1,
      securityReview: true,
    };
    expect(mergeLevers(LEVERS, next)).toEqual(next);
  });

  it('whatever it is given, every lever stays valid', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...(Object.keys(LEVERS) as string[]), 'other'),
          fc.oneof(fc.anything(), fc.double(), fc.constantFrom('relaxed', 'crunch', true, false)),
        ),
        (change) => {
          const out = mergeLevers(LEVERS, change as Partial<Levers>);
          for (const k of ['aiMandate', 'seniorReviewShare', 'pipelineInvestment'] as const) {
            expect(out[k]).toBeGreaterThanOrEqual(0);
            expect(out[k]).toBeLessThanOrEqual(1);
          }
          for (const k of ['leaderboard', 'seniorSignoff', 'securityReview'] as const) {
            expect(typeof out[k]).toBe('boolean');
          }
          expect(['relaxed', 'normal', 'crunch']).toContain(out.deadlinePressure);
          expect(Object.keys(out).sort()).toEqual(Object.keys(LEVERS).sort());
        },
      ),
    );
  });
});

describe('hiring', () => {
  it('costs recruiting money in the week the requisitions open, and nothing else changes yet', () => {
    const hired = quiet(1, 1, () => ({ hire: { junior: 2, senior: 3 } }));
    const control = quiet(1, 1);
    const [h, c] = [hired.weeks[0], control.weeks[0]] as [WeekMetrics, WeekMetrics];
    expect(h.budgetSpent - c.budgetSpent).toBeCloseTo(5 * V.recruitingCost, 3);
    expect(h.recruitingCost - c.recruitingCost).toBeCloseTo(5 * V.recruitingCost, 3);
    expect(unbilled(h)).toEqual(unbilled(c));
  });

  it.each(LEVELS)('adds %s people only once the hiring delay has passed', (level) => {
    const delay = HIRING_DELAY[level];
    const weeks = delay + 2;
    const hired = quiet(4, weeks, (w) => (w === 1 ? { hire: { [level]: 4 } } : {}));
    const control = quiet(4, weeks);
    // Until they arrive, the week is exactly the control's but for the recruiting bill.
    for (let w = 1; w < delay; w++) {
      const [h, c] = [hired.weeks[w - 1], control.weeks[w - 1]] as [WeekMetrics, WeekMetrics];
      expect(unbilled(h), `week ${w}`).toEqual(unbilled(c));
    }
    // Then they arrive together, on top of any backfill the control run sees that week.
    const arrived = (events: typeof hired.events) =>
      events
        .filter((e) => e.kind === 'arrival' && e.week === delay && e.level === level)
        .reduce((n, e) => n + ('count' in e ? e.count : 0), 0);
    expect(arrived(hired.events) - arrived(control.events)).toBe(4);
    const atArrival = hired.weeks[delay - 1] as WeekMetrics;
    const controlAtArrival = control.weeks[delay - 1] as WeekMetrics;
    const before = hired.weeks[delay - 2] as WeekMetrics;
    expect(atArrival.arrivals).toBe(controlAtArrival.arrivals + 4);
    expect(atArrival.onboarding).toBe(controlAtArrival.onboarding + 4);
    expect(atArrival.engineers).toBe(before.engineers + atArrival.arrivals - atArrival.quits);
  });

  it(`opens at most ${MAX_STAFFING_CHANGE} requisitions a level a week, and charges only for those`, () => {
    const hired = quiet(1, 1, () => ({ hire: { mid: 10_000 } }));
    const control = quiet(1, 1);
    const extra = (hired.weeks[0]?.budgetSpent ?? 0) - (control.weeks[0]?.budgetSpent ?? 0);
    expect(extra).toBeCloseTo(MAX_STAFFING_CHANGE * V.recruitingCost, 3);
    const pipeline = hired.states[0]?.staff.mid.pipeline ?? [];
    expect(pipeline.reduce((a, b) => a + b, 0)).toBe(MAX_STAFFING_CHANGE);
  });

  it('ignores negative, fractional and non-numeric hires', () => {
    const odd = { junior: -5, mid: 2.7, senior: Number.NaN };
    const hired = quiet(1, 1, () => ({ hire: odd }));
    const extra = (hired.weeks[0]?.budgetSpent ?? 0) - (quiet(1, 1).weeks[0]?.budgetSpent ?? 0);
    expect(extra).toBeCloseTo(2 * V.recruitingCost, 3);
  });
});

describe('layoffs', () => {
  const cut = { junior: 3, mid: 4, senior: 2 };
  const start = initial('sandbox', 2);
  const laid = step(start, { layoff: cut }, []);
  const control = step(start, {}, []);

  it('remove the people, and say so in the week', () => {
    expect(laid.metrics.laidOff).toBe(9);
    expect(laid.events).toContainEqual({ kind: 'layoff', week: 1, count: 9 });
    expect(laid.metrics.engineers).toBe(totalHeadcount(start.staff) - 9 - laid.metrics.quits);
    for (const l of LEVELS) {
      const before = start.staff[l].active;
      expect(laid.state.staff[l].active).toBeLessThanOrEqual(before - cut[l]);
    }
    expect(laid.state.totals.laidOff).toBe(9);
  });

  it('cost severance: weeks of salary for each person let go', () => {
    const severance = LEVELS.reduce((s, l) => s + cut[l] * SALARY[l] * V.severanceWeeks, 0);
    expect(otherSpend(laid.metrics, start.budgetSpent)).toBeCloseTo(severance, 3);
    expect(otherSpend(control.metrics, start.budgetSpent)).toBeCloseTo(0, 3);
    expect(laid.metrics.budgetSpent).toBeGreaterThan(control.metrics.budgetSpent);
  });

  it('lower morale and leave fear behind', () => {
    expect(laid.metrics.morale).toBeLessThan(control.metrics.morale);
    for (const l of LEVELS) {
      expect(laid.state.staff[l].morale).toBeLessThan(control.state.staff[l].morale);
    }
    expect(laid.state.layoffFear).toBeGreaterThan(control.state.layoffFear);
  });

  it('lower ownership: knowledge leaves with the people', () => {
    expect(laid.metrics.ownership).toBeLessThan(control.metrics.ownership);
    expect(laid.state.understoodKloc).toBeLessThan(control.state.understoodKloc);
  });

  it('cannot remove more people than there are, nor charge severance for them', () => {
    const all = step(start, { layoff: { senior: MAX_STAFFING_CHANGE } }, []);
    const seniors = headcount(start.staff.senior);
    expect(seniors).toBeGreaterThan(0);
    expect(all.metrics.seniors).toBe(0);
    expect(all.metrics.laidOff).toBe(seniors);
    expect(otherSpend(all.metrics, start.budgetSpent)).toBeCloseTo(
      seniors * SALARY.senior * V.severanceWeeks,
      3,
    );
  });
});

describe('senior sign-off on AI code', () => {
  /** An all-AI team with a large AI review queue waiting: only AI lines are in play. */
  function aiBacklog(seniorReviewShare: number): SimState {
    const s = jsonCopy(initial('sandbox', 6));
    s.adoption = 1;
    s.levers = { ...s.levers, aiMandate: 1, seniorReviewShare };
    s.queue.ai = { lines: 400_000, units: 4_000, defects: 10_000, vulns: 400 };
    return s;
  }

  it('reviews fewer AI lines than open review, but at a higher depth, and skips none', () => {
    const s = aiBacklog(0.3);
    const on = step(s, { levers: { seniorSignoff: true } }, []);
    const off = step(s, { levers: { seniorSignoff: false } }, []);
    expect(off.metrics.aiLines).toBe(off.metrics.linesWritten);
    expect(on.metrics.linesReviewed).toBeLessThan(off.metrics.linesReviewed);
    expect(on.metrics.reviewDepth).toBeGreaterThan(off.metrics.reviewDepth);
    expect(on.metrics.reviewDepth).toBeGreaterThanOrEqual(V.signoffDepthFloor);
    expect(off.metrics.linesSkipped).toBeGreaterThan(0);
    expect(on.metrics.linesSkipped).toBe(0);
    expect(on.metrics.reviewQueueLines).toBeGreaterThan(off.metrics.reviewQueueLines);
  });

  it('routes AI code to seniors only: with no senior review time, no AI line gets through', () => {
    const s = aiBacklog(0);
    const on = step(s, { levers: { seniorSignoff: true } }, []);
    const off = step(s, { levers: { seniorSignoff: false } }, []);
    expect(on.metrics.linesReviewed).toBe(0);
    expect(on.metrics.linesSkipped).toBe(0);
    expect(off.metrics.linesReviewed).toBeGreaterThan(0);
  });
});

describe('the usage leaderboard', () => {
  const run = (leaderboard: boolean) =>
    quiet(3, 8, (w) => (w === 1 ? { levers: { aiMandate: 0.6, leaderboard } } : {}));
  const on = run(true);
  const off = run(false);

  it('does not change real adoption', () => {
    expect(on.weeks.map((m) => m.adoption)).toEqual(off.weeks.map((m) => m.adoption));
  });

  it('raises token use and measured adoption every week', () => {
    on.weeks.forEach((m, i) => {
      const o = off.weeks[i] as WeekMetrics;
      expect(m.tokens).toBeGreaterThan(o.tokens);
      expect(m.computeCost).toBeGreaterThan(o.computeCost);
      expect(m.measuredAdoption).toBeGreaterThan(m.adoption);
      expect(o.measuredAdoption).toBe(o.adoption);
    });
  });
});

describe('deadline pressure decides how review gives way', () => {
  function overloaded(pressure: Levers['deadlinePressure']) {
    const s = jsonCopy(initial('sandbox', 8));
    s.queue.human = { lines: 300_000, units: 3_000, defects: 6_000, vulns: 120 };
    return step(s, { levers: { deadlinePressure: pressure } }, []);
  }

  it('relaxed teams skip nothing and let the queue wait; crunch skims and skips', () => {
    const relaxed = overloaded('relaxed');
    const crunch = overloaded('crunch');
    expect(relaxed.metrics.linesSkipped).toBe(0);
    expect(crunch.metrics.linesSkipped).toBeGreaterThan(0);
    expect(crunch.metrics.reviewDepth).toBeLessThan(relaxed.metrics.reviewDepth);
    expect(relaxed.metrics.reviewQueueLines).toBeGreaterThan(crunch.metrics.reviewQueueLines);
  });
});

describe('purity of the step', () => {
  it('never mutates the state or the decisions it is given', () => {
    const sc = scenario('layoffs');
    let state = createInitialState(sc, 21);
    const plan: Record<number, WeekDecisions> = {
      1: { levers: { aiMandate: 1, leaderboard: true, deadlinePressure: 'crunch' } },
      3: { hire: { junior: 5, senior: 2 }, layoff: { mid: 3 } },
      6: { levers: { seniorSignoff: true, securityReview: true, pipelineInvestment: 0.7 } },
    };
    for (let w = 1; w <= 40; w++) {
      const choices = Object.fromEntries(
        state.pendingCards.map((p) => [p.cardId, w % 2 === 0 ? 'no-such-choice' : '']),
      );
      for (const c of CARDS) if (w % 3 === 0) choices[c.id] = c.choices[1]?.id ?? '';
      const decisions = deepFreeze({ ...plan[w], choices });
      const snapshot = JSON.stringify(state);
      deepFreeze(state);
      const r = step(state, decisions, CARDS);
      expect(JSON.stringify(state)).toBe(snapshot);
      expect(r.state).not.toBe(state);
      expect(r.state.week).toBe(w);
      expect(r.state.last).toEqual(r.metrics);
      state = r.state;
    }
  });

  it('is a function of its inputs: the same state and decisions give the same week', () => {
    const s = initial('mandate', 13);
    const d: WeekDecisions = { levers: { aiMandate: 0.9 }, hire: { mid: 2 } };
    expect(step(jsonCopy(s), d, CARDS)).toEqual(step(s, d, CARDS));
  });
});
