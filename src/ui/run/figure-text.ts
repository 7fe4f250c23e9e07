/**
 * The run screen's figures in words: each figure from `src/state/figures.ts` written the one way
 * every place writes it (counts whole, shares as percentages, a share's change in points), and
 * the sentences more than one place says (how the review queue came out of the week).
 */
import type { Figure, FigureChange, WeekFigures } from '../../state/figures.ts';
import type { ViewContext } from '../view-context.ts';
import type { Formats } from './text.ts';

type I18n = ViewContext['i18n'];

/** The figure as a bare number: "70%", "1,6", "48.923" (a template adds its unit). */
export function figureNumber(f: Formats, fig: Figure): string {
  switch (fig.kind) {
    case 'count':
      return f.int(fig.value);
    case 'compact':
      return f.compact(fig.value);
    case 'share':
      return f.pct(fig.value, fig.digits);
    default:
      return f.dec(fig.value, fig.digits);
  }
}

/** The figure with its unit: "2.5 days", "3.1 h", "1.8×". */
export function figureText(i18n: I18n, f: Formats, fig: Figure): string {
  const value = figureNumber(f, fig);
  switch (fig.kind) {
    case 'days':
      return i18n.t('run:dash.unit.days', { value });
    case 'hours':
      return i18n.t('run:dash.unit.hours', { value });
    case 'times':
      return i18n.t('run:figures.times', { value });
    default:
      return value;
  }
}

/** The size of a change: a share's in percentage points ("16 points"), the rest in their unit. */
export function changeText(i18n: I18n, f: Formats, change: FigureChange): string {
  const a = change.amount;
  if (a.kind === 'points') {
    return i18n.t('run:figures.points', { count: a.value, value: f.dec(a.value, a.digits) });
  }
  return figureText(i18n, f, a);
}

/** How the review queue came out of the week, as a clause: where the week's excess went. */
export function queueClause(i18n: I18n, f: Formats, w: WeekFigures): string {
  const values = {
    count: w.reviewLoad.value,
    weeks: figureNumber(f, w.reviewLoad),
    depth: figureNumber(f, w.reviewDepth),
    lines: figureNumber(f, w.queueLines),
    skimmed: figureNumber(f, w.linesSkimmed),
    skipped: figureNumber(f, w.linesSkipped),
  };
  switch (w.queueOutcome) {
    case 'read':
      return i18n.t('run:figures.queue.read', values);
    case 'skimmed':
      return i18n.t('run:figures.queue.skimmed', values);
    case 'skipped':
      return i18n.t('run:figures.queue.skipped', values);
    case 'skimmedSkipped':
      return i18n.t('run:figures.queue.skimmedSkipped', values);
    case 'waiting':
      return i18n.t('run:figures.queue.waiting', values);
  }
}

/**
 * Why a change failure rate stands beside few or no outages: a failed deploy is rolled back or
 * fixed before customers meet it, an outage is a defect that surfaced in production later.
 */
export function failuresClause(i18n: I18n, f: Formats, w: WeekFigures): string {
  if (w.failedDeploys.value === 0) return i18n.t('run:figures.failures.none');
  const values = {
    count: w.incidents.value,
    failed: figureNumber(f, w.failedDeploys),
    deploys: figureNumber(f, w.deploys),
    incidents: figureNumber(f, w.incidents),
  };
  return w.incidents.value === 0
    ? i18n.t('run:figures.failures.caught', values)
    : i18n.t('run:figures.failures.some', values);
}
