/**
 * Two dashboards side by side: what the board sees (lines, tokens, adoption as measured) and
 * what is real (features, lead time, failures, recovery, customers, morale). Each figure shows
 * its trend against last week and a small chart, with a table of the same figures beside.
 */
import type { WeekMetrics } from '../../sim/index.ts';
import {
  DASH_FIGURES,
  type DashKey,
  dashFigure,
  figureChange,
  figure as toFigure,
  weekFigures,
} from '../../state/figures.ts';
import { createLineChart, type LineChart } from '../charts/sparkline.ts';
import { el, setText, uid } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import { changeText, failuresClause, figureText } from './figure-text.ts';
import { follow, type Part } from './part.ts';
import { createQuarterTargets } from './quarter-targets.ts';
import './words.css';
import { type Formats, formats, lang } from './text.ts';
import './dashboards.css';

type Key = DashKey;

interface MetricDef {
  key: Key;
  /** Which way is better for the people living with it; none for the board's vanity figures. */
  better?: 'up' | 'down';
}

const BOARD: readonly MetricDef[] = [
  { key: 'linesWritten' },
  { key: 'tokens' },
  { key: 'measuredAdoption' },
];
const REALITY: readonly MetricDef[] = [
  { key: 'featuresShipped', better: 'up' },
  { key: 'leadTimeDays', better: 'down' },
  { key: 'changeFailureRate', better: 'down' },
  { key: 'timeToRestoreHours', better: 'down' },
  { key: 'customersAffected', better: 'down' },
  { key: 'morale', better: 'up' },
  { key: 'ownership', better: 'up' },
];

/** A tile's name; ownership came later than the others, so its name lives apart. */
function metricLabel(ctx: ViewContext, key: Key): string {
  return key === 'ownership'
    ? ctx.i18n.t('access:dash.ownership')
    : ctx.i18n.t(`run:dash.metric.${key}`);
}

export function createDashboards(ctx: ViewContext): Part {
  const { store, i18n } = ctx;
  const f = formats(i18n);
  const root = el('div', 'vt-dashboards');
  // The board's targets for the quarter under way sit on its dashboard from week 1.
  const quarter = createQuarterTargets(ctx);
  const boards = [
    board(root, ctx, f, 'board', BOARD, quarter.el),
    board(root, ctx, f, 'reality', REALITY),
  ];
  // The figures are the weeks played: a week, a new run or a replay redraws them; a draft does not.
  const figures = follow(
    store,
    root,
    (s) => s.sim?.history ?? NO_WEEKS,
    (history) => {
      for (const b of boards) b(history);
    },
  );
  return {
    el: root,
    relabel() {
      figures.relabel();
      quarter.relabel();
    },
    destroy() {
      quarter.destroy();
      figures.destroy();
    },
  };
}

const NO_WEEKS: readonly WeekMetrics[] = [];

/** A metric's value as every place on the run screen shows it (`src/state/figures.ts`). */
function fmt(ctx: ViewContext, f: Formats, key: Key, v: number): string {
  return figureText(ctx.i18n, f, toFigure(DASH_FIGURES[key], v));
}

/**
 * A tile's trend against last week: an arrow's shape and words, with colour (`judged`) only as a
 * third cue. No last week is the first; a change too small to show in the figure's own precision
 * is no change.
 */
function trendOf(
  ctx: ViewContext,
  f: Formats,
  def: MetricDef,
  now: ReturnType<typeof dashFigure>,
  before: ReturnType<typeof dashFigure> | null,
): { arrow: string; words: string; judged: '' | 'better' | 'worse' } {
  const { i18n } = ctx;
  // Against last week, compared as shown: an arrow's shape and words, with colour only as a third
  // cue. A share's change is in percentage points.
  const change = before ? figureChange(now, before) : null;
  const dir = change?.dir ?? 'first';
  const arrow = dir === 'up' ? '▲' : dir === 'down' ? '▼' : dir === 'flat' ? '■' : '';
  const amount = change ? changeText(i18n, f, change) : '';
  let words =
    dir === 'up'
      ? i18n.t('run:dash.trend.up', { delta: amount })
      : dir === 'down'
        ? i18n.t('run:dash.trend.down', { delta: amount })
        : dir === 'flat'
          ? i18n.t('run:dash.trend.flat')
          : i18n.t('run:dash.trend.first');
  let judged: '' | 'better' | 'worse' = '';
  if (def.better && (dir === 'up' || dir === 'down')) {
    judged = dir === def.better ? 'better' : 'worse';
    words = i18n.t('run:dash.trend.judged', {
      change: words,
      judgement: i18n.t(judged === 'better' ? 'run:dash.trend.better' : 'run:dash.trend.worse'),
    });
  }
  return { arrow, words, judged };
}

function board(
  parent: HTMLElement,
  ctx: ViewContext,
  f: Formats,
  which: 'board' | 'reality',
  defs: readonly MetricDef[],
  /** Drawn under the tiles (the board's quarter); it follows the store by itself. */
  extra?: HTMLElement,
): (history: readonly WeekMetrics[]) => void {
  const { i18n } = ctx;
  const section = el('section', `vt-dash vt-dash-${which}`, parent);
  const h = el('h2', 'vt-h2', section);
  h.id = uid('dash-h');
  section.setAttribute('aria-labelledby', h.id);
  if (which === 'board') section.dataset.hint = 'board';
  const note = el('p', 'vt-dash-note', section);
  const empty = el('p', 'vt-dash-empty', section);
  const grid = el('ul', 'vt-tiles', section);
  const tiles = defs.map((def) => {
    const li = el('li', 'vt-tile', grid);
    li.dataset.hint = def.key;
    const name = el('span', 'vt-tile-name', li);
    const value = el('span', 'vt-tile-value', li);
    const trend = el('span', 'vt-trend', li);
    const arrow = el('span', 'vt-trend-arrow', trend);
    arrow.setAttribute('aria-hidden', 'true');
    const delta = el('span', undefined, trend);
    const chart: LineChart = createLineChart();
    li.append(chart.el);
    // A failure rate beside few or no outages needs its why: failed deploys were rolled back.
    const why = def.key === 'changeFailureRate' ? el('span', 'vt-tile-note', li) : null;
    return { def, li, name, value, trend, arrow, delta, chart, why };
  });
  if (extra) section.append(extra);
  const details = el('details', 'vt-dash-table', section);
  const summary = el('summary', undefined, details);
  const scroller = el('div', 'vt-table-scroll', details);
  const table = el('table', undefined, scroller);
  const caption = el('caption', undefined, table);
  const thead = el('thead', undefined, table);
  const tbody = el('tbody', undefined, table);
  // The table is written only while open, and a week adds its row: rebuilding every row each
  // week made a ten-year sandbox run slower week by week.
  let shown: readonly WeekMetrics[] = [];
  let tableLang = '';
  let tableRows: readonly WeekMetrics[] = [];
  const addRow = (m: WeekMetrics): void => {
    const tr = el('tr', undefined, tbody);
    const th = el('th', undefined, tr);
    th.scope = 'row';
    th.textContent = f.int(m.week);
    for (const t of tiles) {
      const td = el('td', 'vt-num', tr);
      td.textContent = fmt(ctx, f, t.def.key, m[t.def.key]);
    }
  };
  const syncTable = (): void => {
    if (!details.open) return;
    const language = lang(i18n);
    const n = tableRows.length;
    // Another run, a replay or another language: the rows drawn are no longer these weeks'.
    if (
      language !== tableLang ||
      n > shown.length ||
      (n > 0 && shown[n - 1] !== tableRows[n - 1])
    ) {
      tableLang = language;
      tableRows = [];
      thead.replaceChildren();
      tbody.replaceChildren();
      const hr = el('tr', undefined, thead);
      const wk = el('th', undefined, hr);
      wk.scope = 'col';
      wk.textContent = i18n.t('run:dash.table.week');
      for (const t of tiles) {
        const th = el('th', undefined, hr);
        th.scope = 'col';
        th.textContent = metricLabel(ctx, t.def.key);
      }
    }
    for (let i = tableRows.length; i < shown.length; i++) {
      const m = shown[i];
      if (m) addRow(m);
    }
    tableRows = shown;
  };
  details.addEventListener('toggle', syncTable);

  return (history) => {
    const heading = i18n.t(which === 'board' ? 'run:dash.board' : 'run:dash.reality');
    setText(h, heading);
    setText(note, i18n.t(which === 'board' ? 'run:dash.boardNote' : 'run:dash.realityNote'));
    setText(empty, i18n.t('run:dash.empty'));
    empty.hidden = history.length > 0;
    grid.hidden = history.length === 0;
    details.hidden = history.length === 0;
    const last = history[history.length - 1];
    const prev = history[history.length - 2];
    const firstWeek = history[0]?.week ?? 1;
    const lastWeek = last?.week ?? 1;
    const figures = weekFigures(history);
    for (const t of tiles) {
      const label = metricLabel(ctx, t.def.key);
      setText(t.name, label);
      if (!last) continue;
      const v = last[t.def.key];
      const now = dashFigure(t.def.key, last);
      setText(t.value, figureText(i18n, f, now));
      const before = prev ? dashFigure(t.def.key, prev) : null;
      const { arrow, words, judged } = trendOf(ctx, f, t.def, now, before);
      setText(t.arrow, arrow);
      t.trend.dataset.judged = judged;
      setText(t.delta, words);
      if (t.why && figures) setText(t.why, failuresClause(i18n, f, figures));
      const values = history.map((m) => m[t.def.key]);
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      t.chart.draw(
        values,
        i18n.t('run:dash.chart', {
          metric: label,
          weeks: f.int(history.length),
          first: fmt(ctx, f, t.def.key, values[0] ?? 0),
          last: fmt(ctx, f, t.def.key, v),
          min: fmt(ctx, f, t.def.key, lo),
          max: fmt(ctx, f, t.def.key, hi),
        }),
        {
          top: fmt(ctx, f, t.def.key, hi),
          start: i18n.t('run:dash.weekShort', { week: f.int(firstWeek) }),
          end: lastWeek > firstWeek ? i18n.t('run:dash.weekShort', { week: f.int(lastWeek) }) : '',
        },
      );
    }
    setText(summary, i18n.t('run:dash.table.show'));
    setText(caption, i18n.t('run:dash.table.caption', { heading }));
    shown = history;
    syncTable();
  };
}
