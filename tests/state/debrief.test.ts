/**
 * The debrief's derived views (score, findings, what-if, vanity vs value), and the
 * English text the debrief and model card need: every dynamic, cause link, score
 * component, source, parameter and unit has its words, and no words are left over.
 */
import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import { BASELINE_POLICY, MANDATE_ONLY_POLICY, SOUND_POLICY } from '../../src/content/policies.ts';
import type { Policy } from '../../src/sim/index.ts';
import { policyToDecisions, runScenario, scoreRun } from '../../src/sim/index.ts';
import {
  clearDebriefCache,
  DEFAULT_SWEEP_VALUES,
  debriefOf,
  leverSweep,
  leversByWeek,
  whatIfOf,
} from '../../src/state/debrief.ts';
import type { RunLength, RunRecord } from '../../src/state/run-record.ts';
import { replay, scenarioOf } from '../../src/state/run-record.ts';

function record(
  policy: Policy,
  weeks: RunLength = 26,
  seed = 11,
  scenarioId = 'sandbox',
): RunRecord {
  return { seed, scenarioId, weeks, mode: 'sandbox', decisions: policyToDecisions(policy, weeks) };
}

describe('debriefOf', () => {
  it('scores the run, lists its dynamics, and shows the board drifting from reality', () => {
    clearDebriefCache();
    const run = record(MANDATE_ONLY_POLICY);
    const d = debriefOf(run, replay(run));
    expect(d.score.total).toBeGreaterThanOrEqual(0);
    expect(d.score.total).toBeLessThanOrEqual(100);
    expect(d.findings.map((f) => f.id)).toContain('D1');
    expect(d.summary.weeks).toBe(26);
    expect(d.vanityVsValue.board.linesX).toBeGreaterThan(2);
    expect(d.vanityVsValue.board.tokens).toBeGreaterThan(0);
    expect(d.vanityVsValue.divergence).toBeGreaterThan(1.5);
    expect(d.vanityVsValue.reality.leadTimeEndDays).toBeGreaterThan(
      d.vanityVsValue.reality.leadTimeStartDays,
    );
    expect(d.vanityVsValue.reality.changeFailureRateEnd).toBeGreaterThan(
      d.vanityVsValue.reality.changeFailureRateStart,
    );
    expect(d.vanityVsValue.verdict).toBe('up');
    expect(d.vanityVsValue.afterWeeks).toBe(13);
    // Ended on the second review: no closing verdict to add.
    expect(d.closing).toBeNull();
  });

  it('"before" is the week before the first decision, not the first weeks the player changed', () => {
    clearDebriefCache();
    const run = record({ aiMandate: 1, deadlinePressure: 'crunch' }, 26);
    const sim = replay(run);
    const d = debriefOf(run, sim);
    expect(d.vanityVsValue.reality.leadTimeStartDays).toBe(sim.state.reference.leadTimeDays);
    expect(d.vanityVsValue.reality.changeFailureRateStart).toBe(
      sim.state.reference.changeFailureRate,
    );
    expect(sim.history[0]?.changeFailureRate).not.toBe(sim.state.reference.changeFailureRate);
  });

  it("a run that ends between reviews gets the board's verdict on its last weeks", () => {
    clearDebriefCache();
    const run = record(MANDATE_ONLY_POLICY, 12);
    const d = debriefOf(run, replay(run));
    expect(d.closing?.weeks).toBe(12);
    expect(d.closing?.results.map((r) => r.target)).toContain('features');
  });

  it('scores the run exactly as scoreRun scores the same run played headless', () => {
    const run = record(MANDATE_ONLY_POLICY, 12, 4);
    const direct = runScenario({
      scenario: scenarioOf(run),
      seed: 4,
      weeks: 12,
      decisions: run.decisions,
      cards: CARDS,
    });
    expect(debriefOf(run, replay(run)).score).toEqual(scoreRun(direct));
  });

  it('the what-if is the sound policy on the same seed, scenario and run length', () => {
    const run = record(BASELINE_POLICY, 12, 5, 'mandate');
    const direct = runScenario({
      scenario: scenarioOf(run),
      seed: 5,
      weeks: 12,
      decisions: policyToDecisions(SOUND_POLICY, 12),
      cards: CARDS,
    });
    const w = whatIfOf(run);
    expect(w.summary).toEqual(direct.summary);
    expect(w.weeks).toEqual(direct.weeks);
    expect(w.score).toEqual(scoreRun(direct));
    expect(debriefOf(run, replay(run)).whatIf.summary).toEqual(direct.summary);
  });

  it('beside a mandate-only run, the sound what-if scores higher', () => {
    const run = record(MANDATE_ONLY_POLICY, 52, 21);
    const d = debriefOf(run, replay(run));
    expect(d.whatIf.score.total).toBeGreaterThan(d.score.total);
  });

  it('is memoised by run identity, and a new decision gives a new debrief', () => {
    clearDebriefCache();
    const run = record(MANDATE_ONLY_POLICY, 12);
    const sim = replay(run);
    const a = debriefOf(run, sim);
    expect(debriefOf({ ...run }, { ...sim })).toBe(a);
    const shorter = { ...run, decisions: run.decisions.slice(0, 6) };
    const b = debriefOf(shorter, replay(shorter));
    expect(b).not.toBe(a);
    expect(b.summary.weeks).toBe(6);
    expect(b.whatIf).toBe(a.whatIf);
  });

  it('reads the levers of each week, cards and scripted moves included', () => {
    const run = record({ aiMandate: 0.5, changes: [{ week: 3, seniorSignoff: true }] }, 12);
    const levers = leversByWeek(run);
    expect(levers).toHaveLength(12);
    expect(levers[0]?.aiMandate).toBe(0.5);
    expect(levers[1]?.seniorSignoff).toBe(false);
    expect(levers[2]?.seniorSignoff).toBe(true);
  });

  it('a run with no weeks played yet has an empty but well-formed debrief', () => {
    const run: RunRecord = { ...record(BASELINE_POLICY, 12), decisions: [] };
    const d = debriefOf(run, replay(run));
    expect(d.findings).toEqual([]);
    expect(Number.isFinite(d.score.total)).toBe(true);
    expect(d.vanityVsValue.board.tokens).toBe(0);
  });
});

describe('debriefOf memo', () => {
  it('two runs of the same seed and length with different decisions get their own debriefs', () => {
    clearDebriefCache();
    const a = record(MANDATE_ONLY_POLICY, 12);
    const b = record(SOUND_POLICY, 12);
    const da = debriefOf(a, replay(a));
    const db = debriefOf(b, replay(b));
    expect(db).not.toBe(da);
    expect(db.summary).not.toEqual(da.summary);
    expect(debriefOf({ ...b, decisions: structuredClone(b.decisions) }, replay(b))).toBe(db);
  });
});

describe('leverSweep', () => {
  it('charts an outcome across a lever with the other levers as set, memoised', () => {
    clearDebriefCache();
    const o = {
      scenarioId: 'sandbox',
      levers: { aiMandate: 0.85 },
      lever: 'seniorReviewShare',
      outcome: 'incidents',
    } as const;
    const points = leverSweep(o);
    expect(points).toHaveLength(DEFAULT_SWEEP_VALUES.length);
    expect(points[0]?.value).toBe(0);
    expect(points.at(-1)?.value).toBe(1);
    for (const p of points) expect(p.p10).toBeLessThanOrEqual(p.p90);
    expect(leverSweep({ ...o, levers: { aiMandate: 0.85 } })).toBe(points);
    expect(leverSweep({ ...o, levers: { aiMandate: 0 } })).not.toEqual(points);
  });

  it('the debrief carries the measures behind the score', () => {
    const run = record(MANDATE_ONLY_POLICY, 12);
    const d = debriefOf(run, replay(run));
    expect(d.measures.featuresVsReference).toBeGreaterThan(0);
    expect(d.measures.incidentsPerWeek).toBeGreaterThanOrEqual(0);
  });
});
