/**
 * The room's results, drawn: the ranked table, the room's charts over time, the spread of
 * outcomes and who tried what. Each builder takes the replayed room and appends to a parent.
 */
import type { I18n } from '../../i18n';
import type { ScoreComponent, WeekMetrics } from '../../sim/index.ts';
import { modelVersionOf, playedOnOlderModel, readingOf } from '../../state/reading.ts';
import type { RoomRun, Spread3 } from '../../state/workshop.ts';
import { ROOM_SCORE_COMPONENTS, roomSpread, TRIED_COLUMNS } from '../../state/workshop.ts';
import { linear } from '../charts/geometry.ts';
import { lineChart } from '../charts/line-chart.ts';
import { svgEl } from '../charts/svg.ts';
import { el, headedSection } from '../dom.ts';
import { readingName } from '../reading-name.ts';
import { lang } from '../run/text.ts';
import { button, tableHead } from '../screen-dom.ts';
import { formatCompact, formatNumber, formatShare } from '../sources/format.ts';
import { tk } from '../sources/text.ts';

export function teamName(i18n: I18n, r: Pick<RoomRun, 'name' | 'line'>): string {
  return r.name || i18n.t('workshop:facilitator.unnamed', { line: r.line });
}

const componentName = (i18n: I18n, c: string): string =>
  tk(i18n, 'debrief', `score.components.${c}.name`, {}, c);

const section = (parent: HTMLElement, cls: string, heading: string, intro?: string) =>
  headedSection(parent, 'vt-fac', cls, heading, intro);

/**
 * A table's scrolling box: a wide table scrolls sideways on a phone, so the box takes the
 * keyboard focus (arrow keys scroll it) and is named after its section's heading.
 */
function scrollable(sec: HTMLElement): HTMLDivElement {
  const wrap = el('div', 'vt-fac-tablewrap', sec);
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', sec.querySelector('h2')?.textContent ?? '');
  return wrap;
}

export function buildRanking(
  parent: HTMLElement,
  i18n: I18n,
  runs: readonly RoomRun[],
  room: { scenarioId: string; seed: number; weeks: number },
  /** The room mixes model versions or readings: each run's are shown in a column of their own. */
  showModel = false,
): void {
  const l = lang(i18n);
  const sec = section(
    parent,
    'vt-fac-ranking',
    i18n.t('workshop:facilitator.rankHeading'),
    i18n.t('workshop:facilitator.rankIntro'),
  );
  const wrap = scrollable(sec);
  const table = el('table', 'vt-fac-table', wrap);
  const num = (text: string) => ({ text, cls: 'is-num' });
  tableHead(table, [
    num(i18n.t('workshop:facilitator.col.rank')),
    i18n.t('workshop:facilitator.col.team'),
    ...(showModel ? [i18n.t('workshop:facilitator.col.model')] : []),
    num(i18n.t('workshop:facilitator.col.score')),
    ...ROOM_SCORE_COMPONENTS.map((c) => num(componentName(i18n, c))),
    { text: i18n.t('workshop:facilitator.col.open'), cls: 'vt-no-print' },
  ]);
  const body = el('tbody', undefined, table);
  const int = (v: number) => formatNumber(l, Math.round(v), 0);
  let anyOther = false;
  for (const r of runs) {
    const tr = el('tr', undefined, body);
    tr.dataset.rank = String(r.rank);
    el('td', 'is-num', tr, int(r.rank));
    const name = el('th', 'vt-fac-team', tr, teamName(i18n, r));
    name.scope = 'row';
    const { record } = r;
    const other =
      record.scenarioId !== room.scenarioId ||
      record.seed !== room.seed ||
      record.weeks !== room.weeks;
    if (other) {
      anyOther = true;
      el('span', 'vt-fac-other', name, ' *');
    }
    if (showModel) {
      const older = playedOnOlderModel(record);
      const reading = readingOf(record);
      const cell = el(
        'td',
        `vt-fac-model${older ? ' is-older' : ''}`,
        tr,
        i18n.t(older ? 'workshop:facilitator.modelCellOld' : 'workshop:facilitator.modelCell', {
          version: int(modelVersionOf(record)),
          reading: readingName(i18n, reading),
        }),
      );
      cell.dataset.reading = reading;
    }
    el('td', 'is-num vt-fac-score', tr, int(r.score.total));
    for (const c of ROOM_SCORE_COMPONENTS) el('td', 'is-num', tr, int(r.score.components[c]));
    const cell = el('td', 'vt-no-print', tr);
    const open = button(cell, 'vt-btn vt-btn-small', i18n.t('workshop:facilitator.open'));
    open.dataset.openCode = r.code;
    open.setAttribute(
      'aria-label',
      i18n.t('workshop:facilitator.openNamed', { name: teamName(i18n, r) }),
    );
  }
  if (anyOther) el('p', 'vt-fac-other-note', sec, i18n.t('workshop:facilitator.otherRun'));
}

const ROOM_CHARTS: ReadonlyArray<{
  id: 'reviewQueue' | 'incidents' | 'features';
  metric: keyof WeekMetrics;
}> = [
  { id: 'reviewQueue', metric: 'reviewQueueLines' },
  { id: 'incidents', metric: 'incidents' },
  { id: 'features', metric: 'featuresShipped' },
];

export function buildRoomCharts(parent: HTMLElement, i18n: I18n, runs: readonly RoomRun[]): void {
  const l = lang(i18n);
  const sec = section(
    parent,
    'vt-fac-charts',
    i18n.t('workshop:facilitator.chartsHeading'),
    i18n.t('workshop:facilitator.chartsIntro'),
  );
  const grid = el('div', 'vt-fac-chartgrid', sec);
  const top = runs[0];
  const bottom = runs.length > 1 ? runs.at(-1) : undefined;
  if (!top) return;
  const n = Math.max(...runs.map((r) => r.weeks.length));
  for (const c of ROOM_CHARTS) {
    const values = runs.map((r) => r.weeks.map((w) => Number(w[c.metric])));
    const lo: number[] = [];
    const hi: number[] = [];
    for (let i = 0; i < n; i++) {
      const at = values.map((v) => v[i]).filter((v): v is number => v !== undefined);
      lo.push(Math.min(...at));
      hi.push(Math.max(...at));
    }
    const f = (v: number) => formatCompact(l, v);
    const title = i18n.t(`workshop:facilitator.chart.${c.id}`);
    const series = [
      ...runs.slice(1, bottom ? -1 : undefined).map((_, i) => ({
        values: values[i + 1] ?? [],
        tone: 'muted' as const,
        label: '',
      })),
      ...(bottom
        ? [
            {
              values: values.at(-1) ?? [],
              tone: 'alt' as const,
              label: i18n.t('workshop:facilitator.chart.bottom', { name: teamName(i18n, bottom) }),
            },
          ]
        : []),
      {
        values: values[0] ?? [],
        tone: 'main' as const,
        label: i18n.t('workshop:facilitator.chart.top', { name: teamName(i18n, top) }),
      },
    ];
    const fig = lineChart({
      title,
      series,
      band: { lo, hi, label: i18n.t('workshop:facilitator.chart.band') },
      formatY: f,
      xStart: i18n.t('workshop:facilitator.chart.weekAxis', { week: 1 }),
      xEnd: i18n.t('workshop:facilitator.chart.weekAxis', { week: n }),
      summary: i18n.t('workshop:facilitator.chart.summary', {
        title,
        lo: f(lo.at(-1) ?? 0),
        hi: f(hi.at(-1) ?? 0),
        top: f(values[0]?.at(-1) ?? 0),
        bottom: f(values.at(-1)?.at(-1) ?? 0),
      }),
    });
    fig.dataset.chart = c.id;
    // The other teams are thin lines inside the band; the legend names the band, not each of them.
    for (const li of fig.querySelectorAll('.vt-lc-legend li.is-muted')) li.remove();
    grid.append(fig);
  }
}

/** One row of the spread: each team's score a dot on 0..100, the range a bar, the median a tick. */
function dotRow(values: readonly number[], s: Spread3, label: string): SVGSVGElement {
  const w = 300;
  const h = 22;
  const x = linear(0, 100, 6, w - 6);
  const svg = svgEl('svg', { viewBox: `0 0 ${w} ${h}`, role: 'img', 'aria-label': label });
  svg.classList.add('vt-dots');
  const line = (x1: number, x2: number, y1: number, y2: number, cls: string) =>
    svgEl('line', { x1, x2, y1, y2, class: cls }, svg);
  line(x(0), x(100), h / 2, h / 2, 'vt-dots-axis');
  line(x(s.min), x(s.max), h / 2, h / 2, 'vt-dots-range');
  for (const v of values) svgEl('circle', { cx: x(v), cy: h / 2, r: 4, class: 'vt-dots-dot' }, svg);
  line(x(s.median), x(s.median), 2, h - 2, 'vt-dots-median');
  return svg;
}

export function buildSpread(parent: HTMLElement, i18n: I18n, runs: readonly RoomRun[]): void {
  const l = lang(i18n);
  const sec = section(
    parent,
    'vt-fac-spread',
    i18n.t('workshop:facilitator.spreadHeading'),
    i18n.t('workshop:facilitator.spreadIntro'),
  );
  const spread = roomSpread(runs);
  const list = el('ul', 'vt-spread', sec);
  const int = (v: number) => formatNumber(l, Math.round(v), 0);
  const rows: Array<{ key: 'total' | ScoreComponent; name: string }> = [
    { key: 'total', name: i18n.t('workshop:facilitator.spreadTotal') },
    ...ROOM_SCORE_COMPONENTS.map((c) => ({ key: c, name: componentName(i18n, c) })),
  ];
  for (const row of rows) {
    const s = spread[row.key];
    const values = runs.map((r) =>
      row.key === 'total' ? r.score.total : r.score.components[row.key],
    );
    const li = el('li', 'vt-spread-row', list);
    el('span', 'vt-spread-name', li, row.name);
    const text = i18n.t('workshop:facilitator.spreadRow', {
      name: row.name,
      min: int(s.min),
      median: int(s.median),
      max: int(s.max),
    });
    li.append(dotRow(values, s, text));
    el(
      'span',
      'vt-spread-figures',
      li,
      `${int(s.min)} · ${int(s.median)} · ${int(s.max)}`,
    ).setAttribute('aria-hidden', 'true');
  }
}

export function buildTried(parent: HTMLElement, i18n: I18n, runs: readonly RoomRun[]): void {
  const l = lang(i18n);
  const sec = section(parent, 'vt-fac-tried', i18n.t('workshop:facilitator.triedHeading'));
  const wrap = scrollable(sec);
  const table = el('table', 'vt-fac-table vt-fac-tried-table', wrap);
  // The table shows the highest mandate a team set; the final one is left to the CSV.
  const cols = TRIED_COLUMNS.filter(
    (c): c is Exclude<(typeof TRIED_COLUMNS)[number], 'finalMandate'> => c !== 'finalMandate',
  );
  tableHead(table, [
    i18n.t('workshop:facilitator.col.team'),
    ...cols.map((c) => ({ text: i18n.t(`workshop:facilitator.tried.${c}`), cls: 'is-num' })),
    i18n.t('workshop:facilitator.tried.answers'),
  ]);
  const body = el('tbody', undefined, table);
  for (const r of runs) {
    const tr = el('tr', undefined, body);
    el('th', 'vt-fac-team', tr, teamName(i18n, r)).scope = 'row';
    const t = r.tried;
    const share = (v: number) => formatShare(l, v, 0);
    const int = (v: number) => formatNumber(l, v, 0);
    const cells: Record<(typeof cols)[number], string> = {
      maxMandate: share(t.maxMandate),
      signoffWeeks: int(t.signoffWeeks),
      leaderboardWeeks: int(t.leaderboardWeeks),
      crunchWeeks: int(t.crunchWeeks),
      securityWeeks: int(t.securityWeeks),
      meanPipeline: share(t.meanPipeline),
      meanSeniorReview: share(t.meanSeniorReview),
      hired: int(t.hired),
      laidOff: int(t.laidOff),
    };
    for (const c of cols) el('td', 'is-num', tr, cells[c]);
    const answers = el('td', 'vt-fac-answers', tr);
    answers.textContent = t.answers
      .map((a) =>
        tk(i18n, 'content', `cards.${a.cardId}.choices.${a.choiceId}.label`, {}, a.choiceId),
      )
      .join('; ');
  }
}
