/**
 * The debrief, derived: the run's score, the dynamics it showed, the same seed and
 * scenario replayed under the sound policy ("what if"), and how far the board's
 * view drifted from what customers felt. Pure functions of the run record and its
 * snapshot, memoised by run identity so views may call them on every render.
 */
import { CARDS } from '../content/cards.ts';
import { DYNAMIC_SOURCES } from '../content/dynamic-sources.ts';
import { SOUND_POLICY } from '../content/policies.ts';
import type {
  DynamicFinding,
  DynamicId,
  Levers,
  QuarterReview,
  Reference,
  RunSummary,
  Score,
  ScoreMeasures,
  SimEvent,
  SourceId,
  SweepLever,
  SweepOutcome,
  SweepPoint,
  WeekMetrics,
} from '../sim/index.ts';
import {
  closingVerdict,
  createInitialState,
  detectDynamics,
  foldWeeks,
  policyToDecisions,
  runScenario,
  SummaryBuilder,
  scoreMeasures,
  scoreRun,
  sweep,
  V,
  weeksSinceReview,
} from '../sim/index.ts';
import type { RunRecord, Snapshot } from './run-record.ts';
import { scenarioOf } from './run-record.ts';

export interface WhatIf {
  summary: RunSummary;
  score: Score;
  weeks: WeekMetrics[];
}

/** The board's dashboard against reality, over the run. Multiples are against the team's pre-run pace. */
export interface VanityVsValue {
  board: {
    /** Lines written a week in the last quarter of the run, as a multiple of the pre-run pace. */
    linesX: number;
    /** Tokens consumed over the run. */
    tokens: number;
    /** Adoption as the board's dashboard showed it in the run's last week (0..1). */
    measuredAdoption: number;
  };
  reality: {
    /** Features shipped a week in the last quarter, as a multiple of the pre-run pace. */
    featuresX: number;
    /** "Start" is the team's week before the player's first decision; "end" the last quarter's mean. */
    leadTimeStartDays: number;
    leadTimeEndDays: number;
    changeFailureRateStart: number;
    changeFailureRateEnd: number;
    customersAffected: number;
  };
  /** How many of the run's last weeks the "after" figures average (a quarter, or the whole run). */
  afterWeeks: number;
  /** linesX / featuresX: 1 when the two dashboards tell the same story. */
  divergence: number;
  /** What the debrief says of it, by the detectors' own threshold (D1, D13). */
  verdict: DivergenceVerdict;
}

export type DivergenceVerdict = 'even' | 'up' | 'down';

/**
 * The board's numbers ran ahead of customers' ("up") only past the gap at which D1 and D13 call
 * it so, and behind them past its inverse: one threshold, so the board section and the findings
 * never disagree about the same run.
 */
export function divergenceVerdict(divergence: number): DivergenceVerdict {
  if (divergence >= V.dynGapRatio) return 'up';
  if (divergence <= 1 / V.dynGapRatio) return 'down';
  return 'even';
}

/** The board's answers to overspending, in the order they came. */
export type OverspendStep = Extract<
  SimEvent,
  { kind: 'budgetWarning' } | { kind: 'boardCuts' } | { kind: 'replaced' }
>;

/** How a run ended before its weeks were played: the board replaced the player. */
export interface EarlyEnd {
  /** The week the board replaced the player: the run's last. */
  week: number;
  /** Spend to date over budget to date that week (1 = on budget). */
  ratio: number;
  /** The weeks the run was meant to last. */
  plannedWeeks: number;
  /** The warning and cuts that came before, and the replacement itself. */
  steps: OverspendStep[];
}

/** The board's verdict on the weeks after its last review, for a run that ended between reviews. */
export interface ClosingReview extends QuarterReview {
  /** The weeks it judges: those since the last review (all of a run shorter than a quarter). */
  weeks: number;
}

export interface Debrief {
  /** Set when the board ended the run early; null when the run was played to its end. */
  earlyEnd: EarlyEnd | null;
  /** Set when a run played to its end stopped between the board's reviews. */
  closing: ClosingReview | null;
  score: Score;
  /** What each score component was computed from, to show beside the points. */
  measures: ScoreMeasures;
  summary: RunSummary;
  findings: DynamicFinding[];
  whatIf: WhatIf;
  vanityVsValue: VanityVsValue;
}

const mean = (ws: readonly WeekMetrics[], f: (w: WeekMetrics) => number) =>
  ws.length > 0 ? ws.reduce((s, w) => s + f(w), 0) / ws.length : 0;

export function summaryOf(weeks: readonly WeekMetrics[]): RunSummary {
  const b = new SummaryBuilder();
  for (const w of weeks) b.add(w);
  return b.result();
}

/** A played run's summary and score, as the debrief computes them (the host bridge reports them). */
export function runResult(
  sim: Snapshot,
  plannedWeeks: number,
): { summary: RunSummary; score: Score } {
  const summary = summaryOf(sim.history);
  const score = scoreRun({ weeks: sim.history, summary, final: sim.state, plannedWeeks });
  return { summary, score };
}

export function vanityVsValue(weeks: readonly WeekMetrics[], reference: Reference): VanityVsValue {
  const late = weeks.slice(Math.max(0, weeks.length - V.quarterWeeks));
  const x = (v: number, ref: number) => (ref > 0 ? v / ref : 1);
  const linesX = x(
    mean(late, (w) => w.linesWritten),
    reference.linesPerWeek,
  );
  const featuresX = x(
    mean(late, (w) => w.featuresShipped),
    reference.featuresPerWeek,
  );
  const divergence = featuresX > 0 ? linesX / featuresX : linesX;
  return {
    board: {
      linesX,
      tokens: weeks.reduce((s, w) => s + w.tokens, 0),
      measuredAdoption: weeks.at(-1)?.measuredAdoption ?? 0,
    },
    reality: {
      featuresX,
      leadTimeStartDays: reference.leadTimeDays,
      leadTimeEndDays: mean(late, (w) => w.leadTimeDays),
      changeFailureRateStart: reference.changeFailureRate,
      changeFailureRateEnd: mean(late, (w) => w.changeFailureRate),
      customersAffected: weeks.reduce((s, w) => s + w.customersAffected, 0),
    },
    afterWeeks: late.length,
    divergence,
    verdict: divergenceVerdict(divergence),
  };
}

/** Whether, when and why the board replaced the player; null for a run played to its end. */
export function earlyEndOf(
  run: Pick<RunRecord, 'weeks'>,
  events: readonly SimEvent[],
): EarlyEnd | null {
  const replaced = events.find(
    (e): e is Extract<SimEvent, { kind: 'replaced' }> => e.kind === 'replaced',
  );
  if (!replaced) return null;
  const steps = events.filter(
    (e): e is OverspendStep =>
      e.kind === 'budgetWarning' || e.kind === 'boardCuts' || e.kind === 'replaced',
  );
  return { week: replaced.week, ratio: replaced.ratio, plannedWeeks: run.weeks, steps };
}

/** The levers in force each week of the run (index 0 = week 1), replayed from its record. */
export function leversByWeek(run: RunRecord, weeks: number = run.decisions.length): Levers[] {
  const scenario = scenarioOf(run);
  const out: Levers[] = [];
  foldWeeks({
    scenario,
    start: createInitialState(scenario, run.seed, run.evidence),
    weeks,
    decisionsFor: (week) => run.decisions[week - 1],
    cards: CARDS,
    onWeek: (r) => out.push(r.state.levers),
  });
  return out;
}

const whatIfCache = new Map<string, WhatIf>();

/** The same seed, scenario, run length and reading of the evidence played with the sound policy. */
export function whatIfOf(
  run: Pick<RunRecord, 'seed' | 'scenarioId' | 'weeks'> & { evidence?: RunRecord['evidence'] },
): WhatIf {
  const evidence = run.evidence ?? 'central';
  const key = `${run.scenarioId}:${run.seed}:${run.weeks}:${evidence}`;
  const hit = whatIfCache.get(key);
  if (hit) return hit;
  const r = runScenario({
    scenario: scenarioOf(run),
    seed: run.seed,
    weeks: run.weeks,
    decisions: policyToDecisions(SOUND_POLICY, run.weeks),
    cards: CARDS,
    evidence,
  });
  const out: WhatIf = { summary: r.summary, score: scoreRun(r), weeks: r.weeks };
  if (whatIfCache.size >= 8) whatIfCache.clear();
  whatIfCache.set(key, out);
  return out;
}

let last: { key: string; decisions: RunRecord['decisions']; json: string; value: Debrief } | null =
  null;

/** The run's identity: seed, scenario, length, and how many weeks are decided and played. */
export const debriefKey = (run: RunRecord, sim: Snapshot) =>
  `${run.scenarioId}:${run.seed}:${run.weeks}:${run.evidence ?? 'central'}:${run.decisions.length}:${sim.history.length}`;

/**
 * Memoised on the run's identity: the same key and the same decisions (the same array, or
 * equal ones when a second run of the same seed reaches the same week) return the same object.
 */
export function debriefOf(run: RunRecord, sim: Snapshot): Debrief {
  const key = debriefKey(run, sim);
  if (last?.key === key && last.decisions === run.decisions) return last.value;
  const json = JSON.stringify(run.decisions);
  if (last?.key === key && last.json === json) {
    last.decisions = run.decisions;
    return last.value;
  }
  const summary = summaryOf(sim.history);
  const scored = { weeks: sim.history, summary, final: sim.state, plannedWeeks: run.weeks };
  const earlyEnd = earlyEndOf(run, sim.events);
  const value: Debrief = {
    earlyEnd,
    closing: earlyEnd ? null : closingOf(sim),
    score: scoreRun(scored),
    measures: scoreMeasures(scored),
    summary,
    findings: detectDynamics(sim.history, sim.events, sim.state.reference, {
      levers: leversByWeek(run, sim.history.length),
    }),
    whatIf: whatIfOf(run),
    vanityVsValue: vanityVsValue(sim.history, sim.state.reference),
  };
  last = { key, decisions: run.decisions, json, value };
  return value;
}

/** The board's verdict on the weeks since its last review, when the run ended between reviews. */
export function closingOf(sim: Snapshot): ClosingReview | null {
  const last = sim.history.at(-1);
  const review = last ? closingVerdict(sim.state, last) : null;
  return review ? { ...review, weeks: weeksSinceReview(sim.state) } : null;
}

export interface LeverSweepOptions {
  scenarioId: string;
  /** The levers the other points hold (the sandbox's current settings). */
  levers: Partial<Levers>;
  lever: SweepLever;
  outcome: SweepOutcome;
  /** Lever values; eight from 0 to 1 when omitted. */
  values?: readonly number[];
  /** Seeds firstSeed, firstSeed + 1, ... (10 from 1 when omitted). */
  firstSeed?: number;
  seeds?: number;
  weeks?: number;
}

export const DEFAULT_SWEEP_VALUES: readonly number[] = Array.from({ length: 8 }, (_, i) => i / 7);

const sweepCache = new Map<string, SweepPoint[]>();

/**
 * The sandbox's sweep chart: an outcome across one lever's range, every other lever as set,
 * event cards in play, spread over seeds. Memoised on its inputs (views may call it on render).
 */
export function leverSweep(o: LeverSweepOptions): SweepPoint[] {
  const values = o.values ?? DEFAULT_SWEEP_VALUES;
  const first = o.firstSeed ?? 1;
  const seeds = Array.from({ length: o.seeds ?? 10 }, (_, i) => first + i);
  const weeks = o.weeks ?? 26;
  const key = JSON.stringify([o.scenarioId, o.levers, o.lever, o.outcome, values, seeds, weeks]);
  const hit = sweepCache.get(key);
  if (hit) return hit;
  const points = sweep({
    scenario: scenarioOf(o),
    basePolicy: { ...o.levers },
    lever: o.lever,
    values,
    seeds,
    weeks,
    outcome: o.outcome,
    cards: CARDS,
  });
  if (sweepCache.size >= 16) sweepCache.clear();
  sweepCache.set(key, points);
  return points;
}

/** The reported facts and studies behind a dynamic the debrief names, in the order to cite them. */
export const sourcesOfFinding = (id: DynamicId): readonly SourceId[] => DYNAMIC_SOURCES[id];

const CITED: ReadonlySet<string> = new Set(Object.values(DYNAMIC_SOURCES).flat());

/** Whether a value from the page (a button's data) names a fact or study a finding cites. */
export function isCitedSource(value: string | undefined): value is SourceId {
  return value !== undefined && CITED.has(value);
}

/** Forgets memoised debriefs (tests; a new language needs no reset: nothing here is text). */
export function clearDebriefCache(): void {
  last = null;
  whatIfCache.clear();
  sweepCache.clear();
}
