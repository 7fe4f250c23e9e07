/**
 * Luck or policy? for a finished run: the player's decisions and the sound policy replayed on
 * 100 other seeds (`luckPair` in the model), folded into bands and this run's place in its own.
 *
 * Two hundred runs take seconds, so the work never blocks the page: it goes in slices of whole
 * runs, each slice a task of its own that stops before it would run past `SLICE_BUDGET_MS`,
 * with the browser free to draw and answer input between slices. Progress is observable, the
 * work stops when nobody is watching any more (the debrief closed), and what was done is kept
 * per run: reopening the same run's debrief resumes, or shows the result at once.
 */
import { CARDS } from '../content/cards.ts';
import { SOUND_POLICY } from '../content/policies.ts';
import type { Luck, LuckOptions, LuckPair } from '../sim/index.ts';
import { luckOf, luckSeeds, policyToDecisions, runSummaryScored } from '../sim/index.ts';
import { queueIdleTask } from './idle.ts';
import type { RunRecord } from './run-record.ts';
import { scenarioOf } from './run-record.ts';

/** How many other seeds a run is replayed on. */
export const LUCK_SEEDS = 100;

/**
 * The most one slice may take. The browser calls a task over 50 ms long (it holds up input and
 * frames); a slice stops when the next run, judged by the last one, would end past this. A fifth
 * of those 50 ms, because a player's machine is often busy with something else and then runs a
 * slice several times slower (measured: slices of 16 ms took 35-100 ms on a two-core machine
 * with four other jobs running). One run always goes, so a slice makes progress on any machine.
 *
 * The unit of work is one run, not one seed's pair (`luckPair`): the player's decisions on a
 * seed, then the sound policy on it. A 26-week run takes about 6 ms in Node on a laptop (less in
 * the browser once warm), a 52-week one about 13 ms, so even the longest run's unit stays short
 * (a pair of ten-year sandbox runs would not: about 60 ms).
 */
export const SLICE_BUDGET_MS = 10;

/** Where the slices run: queue a task (returns its cancel) and read a clock in milliseconds. */
export interface LuckScheduler {
  schedule(task: () => void): () => void;
  now(): number;
}

/** The browser's: the next idle task, and the page's clock. */
export const browserScheduler: LuckScheduler = {
  schedule: queueIdleTask,
  now: () => performance.now(),
};

export type LuckProgress =
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; done: number; total: number; luck: Luck };

export interface LuckWatch {
  /** Where the work stands now. */
  progress(): LuckProgress;
  /** Stops watching; the work stops when nobody watches (what is done is kept). */
  stop(): void;
}

export interface LuckRequest {
  run: Pick<RunRecord, 'scenarioId' | 'seed' | 'weeks' | 'decisions'> & {
    evidence?: RunRecord['evidence'];
  };
  /** This run's own score (the debrief's `score.total`). */
  runScore: number;
  /** Called after every slice and once at the end. */
  onProgress?: (p: LuckProgress) => void;
  scheduler?: LuckScheduler;
  /** Seeds to replay on (LUCK_SEEDS when omitted; tests use fewer). */
  seeds?: number;
}

interface Job {
  options: LuckOptions;
  seeds: number[];
  pairs: LuckPair[];
  /** The player's score on the next seed, when its pair is half done. */
  half: number | null;
  /** Each watcher's listener: reads its own progress and tells its view. */
  watchers: Set<() => void>;
  cancel: (() => void) | null;
  scheduler: LuckScheduler;
}

const jobs = new Map<string, Job>();
const MAX_JOBS = 8;

/** The run's identity: scenario, seed, length, reading of the evidence, decisions, seeds. */
export function luckKey(run: LuckRequest['run'], seeds: number): string {
  return JSON.stringify([
    run.scenarioId,
    run.seed,
    run.weeks,
    run.evidence ?? 'central',
    seeds,
    run.decisions,
  ]);
}

function optionsOf(run: LuckRequest['run']): LuckOptions {
  return {
    scenario: scenarioOf(run),
    weeks: run.weeks,
    evidence: run.evidence ?? 'central',
    cards: CARDS,
    decisions: run.decisions,
    soundDecisions: policyToDecisions(SOUND_POLICY, run.weeks),
  };
}

/**
 * One unit of work: the player's decisions on the next seed, or the sound policy on it, which
 * completes the seed's pair. Together the two halves are `luckPair` exactly (a test holds them so).
 */
function workOne(job: Job): void {
  const seed = job.seeds[job.pairs.length];
  if (seed === undefined) return;
  const o = job.options;
  const base = { scenario: o.scenario, weeks: o.weeks, cards: o.cards, evidence: o.evidence, seed };
  if (job.half === null) {
    job.half = runSummaryScored({ ...base, decisions: o.decisions }).score.total;
    return;
  }
  const sound = runSummaryScored({ ...base, decisions: o.soundDecisions }).score.total;
  job.pairs.push({ seed, player: job.half, sound });
  job.half = null;
}

/** Runs units until the next would likely end past the budget; at least one. */
function slice(job: Job): void {
  const { now } = job.scheduler;
  const start = now();
  let last = 0;
  do {
    const t = now();
    workOne(job);
    last = now() - t;
  } while (job.pairs.length < job.seeds.length && now() - start + last <= SLICE_BUDGET_MS);
}

/**
 * Starts (or resumes, or finds done) the luck bands of a run, and watches them. `onProgress`
 * hears every slice; the last call carries the result. Work runs only while someone watches.
 */
export function watchLuck(req: LuckRequest): LuckWatch {
  const count = req.seeds ?? LUCK_SEEDS;
  const key = luckKey(req.run, count);
  let job = jobs.get(key);
  if (!job) {
    if (jobs.size >= MAX_JOBS) {
      for (const [k, j] of jobs) if (j.watchers.size === 0) jobs.delete(k);
    }
    job = {
      options: optionsOf(req.run),
      seeds: luckSeeds(count),
      pairs: [],
      half: null,
      watchers: new Set(),
      cancel: null,
      scheduler: req.scheduler ?? browserScheduler,
    };
    jobs.set(key, job);
  }
  const j = job;
  let result: Luck | null = null;
  const progress = (): LuckProgress => {
    const total = j.seeds.length;
    const done = j.pairs.length;
    if (done < total) return { status: 'running', done, total };
    result ??= luckOf(j.pairs, req.runScore);
    return { status: 'done', done, total, luck: result };
  };
  const listener = (): void => req.onProgress?.(progress());
  const tick = (): void => {
    j.cancel = null;
    if (j.watchers.size === 0) return;
    slice(j);
    if (j.pairs.length < j.seeds.length) j.cancel = j.scheduler.schedule(tick);
    for (const w of [...j.watchers]) w();
  };
  if (j.pairs.length < j.seeds.length) {
    j.watchers.add(listener);
    if (!j.cancel) {
      if (req.scheduler) j.scheduler = req.scheduler;
      j.cancel = j.scheduler.schedule(tick);
    }
  }
  const stop = (): void => {
    j.watchers.delete(listener);
    if (j.watchers.size === 0 && j.cancel) {
      j.cancel();
      j.cancel = null;
    }
  };
  return { progress, stop };
}

/** Forgets every run's replays and stops any work (tests). */
export function clearLuckCache(): void {
  for (const j of jobs.values()) j.cancel?.();
  jobs.clear();
}
