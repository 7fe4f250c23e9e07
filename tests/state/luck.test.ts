/** Luck or policy in the debrief's state: slices within a time budget, progress, stop, cache. */
import { afterEach, describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import { MANDATE_ONLY_POLICY, SOUND_POLICY } from '../../src/content/policies.ts';
import { luckOf, luckPair, luckSeeds, policyToDecisions } from '../../src/sim/index.ts';
import type { LuckProgress, LuckScheduler } from '../../src/state/luck.ts';
import {
  clearLuckCache,
  LUCK_SEEDS,
  luckKey,
  SLICE_BUDGET_MS,
  watchLuck,
} from '../../src/state/luck.ts';
import { scenario } from '../sim/helpers.ts';

/** A scheduler with a queue the test drains by hand, and a clock each replay moves on. */
function fakeScheduler(msPerCall = 0) {
  const queue: Array<() => void> = [];
  let clock = 0;
  const s: LuckScheduler & { queue: typeof queue; tick(): void; drain(): number } = {
    queue,
    schedule(task) {
      queue.push(task);
      return () => {
        const i = queue.indexOf(task);
        if (i >= 0) queue.splice(i, 1);
      };
    },
    // Every reading of the clock moves it on: a replay measured by two readings "takes" msPerCall.
    now: () => {
      clock += msPerCall;
      return clock;
    },
    tick() {
      queue.shift()?.();
    },
    drain() {
      let tasks = 0;
      while (queue.length > 0) {
        s.tick();
        tasks++;
      }
      return tasks;
    },
  };
  return s;
}

const run = (policy = MANDATE_ONLY_POLICY, weeks: 12 | 26 = 12) => ({
  scenarioId: 'mandate',
  seed: 3,
  weeks,
  decisions: policyToDecisions(policy, weeks),
});

afterEach(() => clearLuckCache());

describe('luck or policy, computed in slices', () => {
  it('replays 100 seeds by default, one run a task when runs are slow, reporting after each', () => {
    expect(LUCK_SEEDS).toBe(100);
    // Each run "takes" 20 ms (two clock readings of 10): one run a slice under the budget, so a
    // seed (the player's decisions, then the sound policy) takes two tasks.
    const sched = fakeScheduler(10);
    const seen: LuckProgress[] = [];
    const w = watchLuck({
      run: run(),
      runScore: 40,
      seeds: 5,
      scheduler: sched,
      onProgress: (p) => seen.push(p),
    });
    expect(w.progress()).toEqual({ status: 'running', done: 0, total: 5 });
    expect(seen).toHaveLength(0);
    expect(sched.queue).toHaveLength(1);
    sched.tick();
    expect(w.progress()).toMatchObject({ status: 'running', done: 0 });
    sched.tick();
    expect(w.progress()).toMatchObject({ status: 'running', done: 1 });
    expect(sched.drain()).toBe(8);
    expect(seen.map((p) => p.done)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4, 5]);
    const last = seen.at(-1);
    expect(last?.status).toBe('done');
    if (last?.status === 'done') {
      expect(last.luck.runs).toBe(5);
      expect(last.luck.playerScores).toHaveLength(5);
    }
  });

  it('gives what the model gives: the two halves of a seed are its luckPair', () => {
    const sched = fakeScheduler(1);
    const r = run();
    const w = watchLuck({ run: r, runScore: 40, seeds: 4, scheduler: sched });
    sched.drain();
    const p = w.progress();
    const o = {
      scenario: scenario('mandate'),
      weeks: r.weeks,
      evidence: 'central' as const,
      cards: CARDS,
      decisions: r.decisions,
      soundDecisions: policyToDecisions(SOUND_POLICY, r.weeks),
    };
    const pairs = luckSeeds(4).map((seed) => luckPair(o, seed));
    expect(p.status === 'done' && p.luck).toEqual(luckOf(pairs, 40));
  });

  it('fits several quick replays in a slice, never more than the budget allows', () => {
    // A replay "takes" 2 ms: a 24 ms slice holds several, and at least one always runs.
    const sched = fakeScheduler(1);
    const seen: number[] = [];
    watchLuck({
      run: run(),
      runScore: 40,
      seeds: 12,
      scheduler: sched,
      onProgress: (p) => seen.push(p.done),
    });
    const tasks = sched.drain();
    expect(tasks).toBeLessThan(24);
    expect(tasks).toBeGreaterThan(1);
    const perTask = seen.map((d, i) => d - (seen[i - 1] ?? 0));
    // A seed is two runs of 2 ms of the clock each, and a reading per loop: inside the budget.
    for (const n of perTask) expect(n * 2 * 2).toBeLessThanOrEqual(SLICE_BUDGET_MS);
    expect(seen.at(-1)).toBe(12);
  });

  it('runs a replay a slice even when one takes longer than the budget', () => {
    const sched = fakeScheduler(SLICE_BUDGET_MS);
    watchLuck({ run: run(), runScore: 40, seeds: 3, scheduler: sched });
    expect(sched.drain()).toBe(6);
  });

  it('stops when nobody watches, keeps what it did, and resumes where it stopped', () => {
    const sched = fakeScheduler(10);
    const first = watchLuck({ run: run(), runScore: 40, seeds: 4, scheduler: sched });
    for (let i = 0; i < 4; i++) sched.tick();
    first.stop();
    expect(sched.queue).toHaveLength(0);
    expect(first.progress()).toMatchObject({ status: 'running', done: 2 });

    const seen: number[] = [];
    const again = watchLuck({
      run: run(),
      runScore: 40,
      seeds: 4,
      scheduler: sched,
      onProgress: (p) => seen.push(p.done),
    });
    expect(again.progress()).toMatchObject({ done: 2 });
    expect(sched.drain()).toBe(4);
    expect(seen).toEqual([2, 3, 3, 4]);
  });

  it('keeps going while another view still watches, and tells each its own place', () => {
    const sched = fakeScheduler(10);
    const low = watchLuck({ run: run(), runScore: -1, seeds: 3, scheduler: sched });
    const high = watchLuck({ run: run(), runScore: 101, seeds: 3, scheduler: sched });
    expect(sched.queue).toHaveLength(1);
    low.stop();
    sched.drain();
    const a = low.progress();
    const b = high.progress();
    expect(a.status === 'done' && a.luck.runPercentile).toBe(0);
    expect(b.status === 'done' && b.luck.runPercentile).toBe(1);
  });

  it('remembers a finished run: the same run is done at once, without a task', () => {
    const sched = fakeScheduler(10);
    watchLuck({ run: run(), runScore: 40, seeds: 3, scheduler: sched });
    sched.drain();
    const again = watchLuck({ run: run(), runScore: 40, seeds: 3, scheduler: sched });
    expect(again.progress().status).toBe('done');
    expect(sched.queue).toHaveLength(0);
    // Other decisions are another run.
    const other = watchLuck({ run: run(SOUND_POLICY), runScore: 40, seeds: 3, scheduler: sched });
    expect(other.progress()).toMatchObject({ status: 'running', done: 0 });
  });

  it('keys a run by scenario, seed, length, reading of the evidence and decisions', () => {
    const base = run();
    const k = luckKey(base, 100);
    expect(luckKey({ ...base }, 100)).toBe(k);
    expect(luckKey({ ...base, evidence: 'central' }, 100)).toBe(k);
    expect(luckKey({ ...base, evidence: 'low' }, 100)).not.toBe(k);
    expect(luckKey({ ...base, seed: 4 }, 100)).not.toBe(k);
    expect(luckKey({ ...base, scenarioId: 'signoff' }, 100)).not.toBe(k);
    expect(luckKey({ ...base, weeks: 26 }, 100)).not.toBe(k);
    expect(luckKey({ ...base, decisions: base.decisions.slice(0, 11) }, 100)).not.toBe(k);
  });

  it('the sound policy against itself: the same bands, and never behind', () => {
    const sched = fakeScheduler(10);
    const w = watchLuck({ run: run(SOUND_POLICY), runScore: 50, seeds: 6, scheduler: sched });
    sched.drain();
    const p = w.progress();
    expect(p.status).toBe('done');
    if (p.status === 'done') {
      expect(p.luck.player).toEqual(p.luck.sound);
      expect(p.luck.soundAhead).toBe(0);
    }
  });
});
