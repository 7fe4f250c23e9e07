/**
 * Every figure the run screen shows in more than one place, already rounded as it is shown:
 * the week bar's summary, the office floor's words, the dashboards, the alarms' cause chains and
 * the hints all read them here, so one figure is never two numbers. Counts (lines, features,
 * customers, people, deploys) are whole; shares are percentages, with a decimal only under 10%;
 * days, hours and "weeks of reading" carry one decimal. Views only put them into words and
 * Intl formats (`src/ui/run/figure-text.ts`).
 */
import type { CauseLink, SimEvent, WeekMetrics } from '../sim/index.ts';

/**
 * How a figure is rounded and shown: `count` whole, `share` a percentage, `days` and `hours` a
 * duration, `times` a multiple ("1.8×"), `compact` a whole count written short ("48.9K").
 */
export type FigureKind = 'count' | 'share' | 'days' | 'hours' | 'times' | 'compact';

export interface Figure {
  readonly kind: FigureKind;
  /** The value rounded as shown (a share as a share: 0.7 for 70%). */
  readonly value: number;
  /** Decimal places shown: of the percentage for a share, of the number otherwise. */
  readonly digits: number;
}

/** Under 10% a share keeps one decimal (0.4% is not 0%); above, a whole percentage is enough. */
const SHARE_FINE_BELOW = 0.1;

function roundTo(v: number, digits: number): number {
  const k = 10 ** digits;
  const r = Math.round(v * k) / k;
  // -0 would print as "-0".
  return r === 0 ? 0 : r;
}

/** A raw model value as a figure of `kind`, rounded as it is shown. */
export function figure(kind: FigureKind, raw: number): Figure {
  const v = Number.isFinite(raw) ? raw : 0;
  switch (kind) {
    case 'count':
    case 'compact':
      return { kind, value: roundTo(v, 0), digits: 0 };
    case 'share': {
      const digits = v > 0 && v < SHARE_FINE_BELOW ? 1 : 0;
      return { kind, value: roundTo(v, digits + 2), digits };
    }
    case 'days':
    case 'hours':
    case 'times':
      return { kind, value: roundTo(v, 1), digits: 1 };
  }
}

/**
 * A change between two figures of one kind, as it is shown: a share's change is in percentage
 * points (`points`, a number of points), anything else in the figure's own unit.
 */
export interface FigureChange {
  readonly dir: 'up' | 'down' | 'flat';
  /** The size of the change: a figure of the same kind, or `points` for a share. */
  readonly amount:
    | Figure
    | { readonly kind: 'points'; readonly value: number; readonly digits: number };
}

export function figureChange(now: Figure, prev: Figure): FigureChange {
  // Compared as shown: a change too small to show is no change.
  const diff = now.value - prev.value;
  const dir = diff > 0 ? 'up' : diff < 0 ? 'down' : 'flat';
  if (now.kind === 'share') {
    const digits = Math.max(now.digits, prev.digits);
    return {
      dir,
      amount: { kind: 'points', value: roundTo(Math.abs(diff) * 100, digits), digits },
    };
  }
  return { dir, amount: figure(now.kind, Math.abs(diff)) };
}

/** The dashboards' figures: which metric, and how each is rounded. */
export const DASH_FIGURES = {
  linesWritten: 'compact',
  tokens: 'compact',
  measuredAdoption: 'share',
  featuresShipped: 'count',
  leadTimeDays: 'days',
  changeFailureRate: 'share',
  timeToRestoreHours: 'hours',
  customersAffected: 'count',
  morale: 'share',
  ownership: 'share',
} as const satisfies Partial<Record<keyof WeekMetrics, FigureKind>>;

export type DashKey = keyof typeof DASH_FIGURES;

/** A dashboard metric of a week, as shown. */
export function dashFigure(key: DashKey, m: WeekMetrics): Figure {
  return figure(DASH_FIGURES[key], m[key]);
}

/** How the review queue came out of a week in which more arrived than reviewers could read. */
export type QueueOutcome =
  /** Reviewers read everything at full depth: the week's code fitted their time. */
  | 'read'
  /** Emptied, by reading at less than full depth. */
  | 'skimmed'
  /** Emptied, by skimming and by merging some unread. */
  | 'skimmedSkipped'
  /** Emptied by merging some unread, the rest read at full depth. */
  | 'skipped'
  /** Lines stayed waiting (skimmed and skipped lines said beside them). */
  | 'waiting';

export type Trend = 'growing' | 'shrinking' | 'steady';
export type MoraleBand = 'low' | 'fair' | 'good';

/** A pile within 2% of last week's is steady: smaller changes are noise, not news. */
const STEADY_SHARE = 0.02;

/** The same bands the office uses for faces: below 45% unhappy, from 65% content. */
export function moraleBandOf(morale: number): MoraleBand {
  if (!(morale >= 0.45)) return 'low';
  return morale < 0.65 ? 'fair' : 'good';
}

/** A week's figures, each as every place that shows it shows it. */
export interface WeekFigures {
  readonly week: number;
  readonly engineers: Figure;
  readonly seniors: Figure;
  readonly mids: Figure;
  readonly juniors: Figure;
  readonly onboarding: Figure;
  /** Desks once used and now empty: the floor keeps its biggest team's desks. */
  readonly emptyDesks: Figure;
  readonly morale: Figure;
  readonly moraleBand: MoraleBand;
  readonly ownership: Figure;
  /** Lines waiting for review at the week's end. */
  readonly queueLines: Figure;
  readonly queueTrend: Trend;
  /** What waited for review this week, in weeks of the reviewers' full-depth reading. */
  readonly reviewLoad: Figure;
  /** How deep reviews went (100% = full depth). */
  readonly reviewDepth: Figure;
  /** Lines reviewed at less than full depth. */
  readonly linesSkimmed: Figure;
  /** Lines merged with no review. */
  readonly linesSkipped: Figure;
  readonly queueOutcome: QueueOutcome;
  readonly features: Figure;
  readonly incidents: Figure;
  readonly breaches: Figure;
  readonly deploys: Figure;
  /** Deploys that failed: rolled back or fixed before they reached customers. */
  readonly failedDeploys: Figure;
  readonly changeFailureRate: Figure;
  readonly leadTimeDays: Figure;
  readonly timeToRestoreHours: Figure;
  readonly customersAffected: Figure;
}

/** Reviews at less than this depth count as skimmed: the model's depth is exactly 1 otherwise. */
const FULL_DEPTH = 0.999;

function queueOutcomeOf(m: WeekMetrics, skimmed: boolean, queue: Figure): QueueOutcome {
  const skipped = Math.round(m.linesSkipped) > 0;
  if (queue.value > 0) return 'waiting';
  if (skimmed && skipped) return 'skimmedSkipped';
  if (skimmed) return 'skimmed';
  return skipped ? 'skipped' : 'read';
}

/** The figures of week `m` (the last of `history` when not given), or null before the first week. */
export function weekFigures(
  history: readonly WeekMetrics[],
  at: number = history.length - 1,
): WeekFigures | null {
  const m = history[at];
  if (!m) return null;
  const prev = history[at - 1];
  const count = (v: number) => figure('count', v);
  const engineers = count(m.engineers);
  let peak = 0;
  for (let i = 0; i <= at; i++) peak = Math.max(peak, Math.round(history[i]?.engineers ?? 0));
  let queueTrend: Trend = 'steady';
  if (prev) {
    const diff = m.reviewQueueLines - prev.reviewQueueLines;
    const scale = Math.max(prev.reviewQueueLines, 1);
    if (Math.abs(diff) / scale > STEADY_SHARE) queueTrend = diff > 0 ? 'growing' : 'shrinking';
  }
  const skimmed = m.reviewDepth < FULL_DEPTH && m.linesReviewed > 0;
  const queueLines = count(m.reviewQueueLines);
  const deploys = count(m.deploys);
  return {
    week: m.week,
    engineers,
    seniors: count(m.seniors),
    mids: count(m.mids),
    juniors: count(m.juniors),
    onboarding: count(m.onboarding),
    emptyDesks: count(Math.max(0, peak - engineers.value)),
    morale: figure('share', m.morale),
    moraleBand: moraleBandOf(m.morale),
    ownership: figure('share', m.ownership),
    queueLines,
    queueTrend,
    reviewLoad: figure('times', m.reviewLoad),
    reviewDepth: figure('share', m.reviewDepth),
    linesSkimmed: count(skimmed ? m.linesReviewed : 0),
    linesSkipped: count(m.linesSkipped),
    queueOutcome: queueOutcomeOf(m, skimmed, queueLines),
    features: dashFigure('featuresShipped', m),
    incidents: count(m.incidents),
    breaches: count(m.breaches),
    deploys,
    failedDeploys: count(Math.min(deploys.value, m.changeFailureRate * m.deploys)),
    changeFailureRate: dashFigure('changeFailureRate', m),
    leadTimeDays: dashFigure('leadTimeDays', m),
    timeToRestoreHours: dashFigure('timeToRestoreHours', m),
    customersAffected: dashFigure('customersAffected', m),
  };
}

/** The figures of the week an event happened in. */
export function figuresOfWeek(history: readonly WeekMetrics[], week: number): WeekFigures | null {
  const at = history.findIndex((m) => m.week === week);
  return at < 0 ? null : weekFigures(history, at);
}

/** Cause links whose value is a share; `slowRestore` is hours; the rest are multiples. */
const SHARE_LINKS: ReadonlySet<CauseLink['link']> = new Set([
  'aiVolume',
  'aiVulns',
  'skimmed',
  'skipped',
  'weakTests',
  'lowOwnership',
]);

/**
 * A cause link's figure. The week's own figures win where the link names one (the load and the
 * depth), so the chain says what the summary and the dashboards said of that week.
 */
export function linkFigure(link: CauseLink, week: WeekFigures | null): Figure {
  if (link.link === 'overload' && week) return week.reviewLoad;
  if (link.link === 'skimmed' && week) return week.reviewDepth;
  if (link.link === 'departures') return figure('count', link.value);
  if (SHARE_LINKS.has(link.link)) return figure('share', link.value);
  if (link.link === 'slowRestore') return figure('hours', link.value);
  return figure('times', link.value);
}

/** The alarms' own figures: customers are whole people, restore time in hours. */
export function alarmFigures(e: Extract<SimEvent, { kind: 'incident' } | { kind: 'breach' }>): {
  customers: Figure;
  hours: Figure | null;
} {
  return {
    customers: figure('count', e.customers),
    hours: e.kind === 'incident' ? figure('hours', e.restoreHours) : null,
  };
}
