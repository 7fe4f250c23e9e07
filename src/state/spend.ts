/**
 * Spend as the model bills it, for the week bar, its breakdown and the debrief: spend to date
 * against budget to date (every cost included, the debrief's own ratio), how that stands
 * against the board's lines, the bill by cost line, and where an overrun went. Every figure is
 * read from the sim's state and week rows; nothing here prices anything itself.
 */
import type { WeekMetrics } from '../sim/index.ts';
import { createInitialState, runningCosts, spendRatio, V } from '../sim/index.ts';
import type { RunRecord, Snapshot } from './run-record.ts';
import { scenarioOf } from './run-record.ts';

/** The lines the week's bill is made of, in the order the breakdown lists them. */
export const COST_LINES = [
  'salaries',
  'compute',
  'investment',
  'incidents',
  'breaches',
  'recruiting',
  'severance',
  'cards',
] as const;
export type CostLine = (typeof COST_LINES)[number];
export type CostLines = Record<CostLine, number>;

const NO_COST: CostLines = {
  salaries: 0,
  compute: 0,
  investment: 0,
  incidents: 0,
  breaches: 0,
  recruiting: 0,
  severance: 0,
  cards: 0,
};

/** A week's bill by line; the lines add up to the week's `spend`. */
export function costLinesOf(m: WeekMetrics): CostLines {
  return {
    salaries: m.salaryCost,
    compute: m.computeCost,
    investment: m.investmentCost,
    incidents: m.incidentCost - m.breachCost,
    breaches: m.breachCost,
    recruiting: m.recruitingCost,
    severance: m.severanceCost,
    cards: m.cardCost,
  };
}

function addLines(a: CostLines, b: CostLines): CostLines {
  const out = { ...a };
  for (const k of COST_LINES) out[k] += b[k];
  return out;
}

/**
 * Whole dollars per line that add up exactly to the total, by default the rounded sum (largest
 * remainder), so a table of rounded lines never disagrees with the total printed under it.
 */
export function wholeDollars(
  lines: CostLines,
  total: number = Math.round(COST_LINES.reduce((a, k) => a + lines[k], 0)),
): { lines: CostLines; total: number } {
  const exact = COST_LINES.map((k) => lines[k]);
  const floors = exact.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - (floors[i] ?? 0) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  const out = { ...NO_COST };
  COST_LINES.forEach((k, i) => {
    out[k] = floors[i] ?? 0;
  });
  return { lines: out, total };
}

/**
 * Where spend to date stands: `within` the budget to date; `heading` over (still within, but
 * the last week cost more than its budget); `over` the budget to date; `warning` past the
 * board's warning line by the board's own reading, once the board reads it.
 */
export type SpendState = 'within' | 'heading' | 'over' | 'warning';

export interface SpendStatus {
  state: SpendState;
  /** Spend to date, every cost included, in whole dollars: the sum of `runLines`. */
  spent: number;
  /** Budget to date: the weekly budgets of the weeks played. */
  budget: number;
  /** Spend to date over budget to date: the debrief's cost figure. */
  ratio: number;
  /** The board's reading: operating spend to date (breaches and severance left out) over budget. */
  boardRatio: number;
  /** The board's lines on its reading: a warning, then cuts, then replacing the player. */
  warnRatio: number;
  cutRatio: number;
  replaceRatio: number;
  /** The first week the board reads spend to date. */
  graceWeeks: number;
  /** The week last played, its budget, its bill by line and its total (whole dollars). */
  week: number;
  weekBudget: number;
  weekLines: CostLines;
  weekSpent: number;
  /** The run's bill to date by line (whole dollars). */
  runLines: CostLines;
}

const statusMemo = new WeakMap<Snapshot, SpendStatus>();

/** Spend to date and its breakdown, once a week has been played; null before. */
export function spendStatus(s: { sim: Snapshot | null }): SpendStatus | null {
  const sim = s.sim;
  const last = sim?.history[sim.history.length - 1];
  if (!sim || !last) return null;
  const memo = statusMemo.get(sim);
  if (memo) return memo;
  const st = sim.state;
  const run = wholeDollars(
    sim.history.map(costLinesOf).reduce(addLines, NO_COST),
    Math.round(st.budgetSpent),
  );
  const week = wholeDollars(costLinesOf(last));
  const ratio = st.budgetToDate > 0 ? st.budgetSpent / st.budgetToDate : 0;
  const boardRatio = spendRatio(st);
  // The board reads spend to date only once its first weeks are past (the grace weeks).
  const boardReads = last.week >= V.overspendGraceWeeks;
  const state: SpendState =
    boardReads && boardRatio > V.overspendWarnRatio
      ? 'warning'
      : ratio > 1
        ? 'over'
        : last.spend > last.weeklyBudget
          ? 'heading'
          : 'within';
  const out: SpendStatus = {
    state,
    spent: run.total,
    budget: st.budgetToDate,
    ratio,
    boardRatio,
    warnRatio: V.overspendWarnRatio,
    cutRatio: V.overspendCutRatio,
    replaceRatio: V.overspendReplaceRatio,
    graceWeeks: V.overspendGraceWeeks,
    week: last.week,
    weekBudget: last.weeklyBudget,
    weekLines: week.lines,
    weekSpent: week.total,
    runLines: run.lines,
  };
  statusMemo.set(sim, out);
  return out;
}

export interface OverrunLine {
  line: CostLine | 'headroom';
  /** Whole dollars; negative for a line that cost less than the organisation taken over. */
  amount: number;
}

/** Where the money beyond the budget went, for the debrief. */
export interface Overrun {
  /** Spend beyond the budget to date, whole dollars: the sum of `lines`. */
  overrun: number;
  spent: number;
  budget: number;
  weeks: number;
  /** What the organisation the player took over cost a week, as the model bills it. */
  baseWeekly: number;
  /**
   * Each line's spend beyond what the organisation taken over would have cost over as many
   * weeks, biggest first, then the headroom the budget left over that organisation (negative
   * when it started under budget). They add up to the overrun.
   */
  lines: OverrunLine[];
}

/** The run's overrun by cost line; null when the run ended within its budget. */
export function overrunOf(run: RunRecord, sim: Snapshot): Overrun | null {
  const weeks = sim.history.length;
  const st = sim.state;
  if (weeks === 0 || st.budgetSpent <= st.budgetToDate) return null;
  const start = createInitialState(scenarioOf(run), run.seed, run.evidence);
  const base = runningCosts(start, start.levers);
  const baseLines: CostLines = {
    ...NO_COST,
    salaries: base.salaries,
    compute: base.compute,
    investment: base.pipeline + base.security,
  };
  const baseWeekly = COST_LINES.reduce((a, k) => a + baseLines[k], 0);
  const spent = sim.history.map(costLinesOf).reduce(addLines, NO_COST);
  const beyond = { ...NO_COST };
  for (const k of COST_LINES) beyond[k] = spent[k] - baseLines[k] * weeks;
  // The headroom rides along as one more line so the rounding keeps the sum exact.
  const headroom = baseWeekly * weeks - st.budgetToDate;
  const spentWhole = Math.round(st.budgetSpent);
  const budgetWhole = Math.round(st.budgetToDate);
  const whole = wholeDollars(
    { ...beyond, cards: beyond.cards + headroom },
    spentWhole - budgetWhole,
  );
  const cards = Math.round(beyond.cards);
  const lines: OverrunLine[] = COST_LINES.map((line) => ({
    line,
    amount: line === 'cards' ? cards : whole.lines[line],
  }))
    .filter((l) => l.amount !== 0)
    .sort((a, b) => b.amount - a.amount);
  lines.push({ line: 'headroom', amount: whole.lines.cards - cards });
  return {
    overrun: whole.total,
    spent: spentWhole,
    budget: budgetWhole,
    weeks,
    baseWeekly,
    lines,
  };
}
