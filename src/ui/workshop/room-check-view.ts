/**
 * The facilitator view's learning check: what the room learned, drawn from `roomCheck`'s figures
 * (the view computes none). Below five players it shows how many more are needed and nothing
 * else; from five, the before and after with their intervals, Hake's gain and what it is, each
 * question's before and after as bars with their numbers in text, the attribution item's shift,
 * the prediction gap, retention when later codes were pasted, and what the check does not show;
 * and the download of the check's anonymous answers (the screen's `check-csv` act). The screen
 * loads this module on demand, only for a room where some code concerns the check.
 */
import type { I18n } from '../../i18n';
import type {
  CheckItemId,
  ItemBeforeAfter,
  RoomCheck,
  RoomFigure,
} from '../../state/room-check.ts';
import { checkRows, MIN_CHECKED_CODES, roomCheck } from '../../state/room-check.ts';
import type { Room } from '../../state/workshop.ts';
import { svgEl } from '../charts/svg.ts';
import { el, headedSection } from '../dom.ts';
import { lang } from '../run/text.ts';
import { button, tableHead } from '../screen-dom.ts';
import './room-check.css';

interface Interval {
  readonly low: number;
  readonly high: number;
}

/** The numbers of the section in the facilitator's language, through Intl. */
function formatsOf(i18n: I18n) {
  const l = lang(i18n);
  const percent = new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 });
  const signedPercent = new Intl.NumberFormat(l, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  const signed = new Intl.NumberFormat(l, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const gain = new Intl.NumberFormat(l, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const list = new Intl.ListFormat(l, { type: 'conjunction' });
  const int = new Intl.NumberFormat(l, { maximumFractionDigits: 0 });
  return {
    /** A percentage given on 0..100. */
    pct: (v: number) => percent.format(v / 100),
    signedPct: (v: number) => signedPercent.format(v / 100),
    points: (v: number) =>
      i18n.t('roomcheck:points', {
        count: Math.round(v),
        value: signed.format(v),
      }),
    signed: (v: number) => signed.format(v),
    gain: (v: number) => gain.format(v),
    list: (xs: readonly number[]) => list.format(xs.map((x) => int.format(x))),
    interval: (i: Interval | null, f: (v: number) => string) =>
      i ? i18n.t('roomcheck:interval', { low: f(i.low), high: f(i.high) }) : '',
  };
}
type Formats = ReturnType<typeof formatsOf>;

const itemName = (i18n: I18n, id: CheckItemId): string => i18n.t(`roomcheck:item.${id}`);

const h3 = (parent: HTMLElement, text: string) => el('h3', 'vt-ck-h3', parent, text);
const para = (parent: HTMLElement, text: string, cls = 'vt-ck-p') => el('p', cls, parent, text);

/** The learning check's section, under the room's other results; nothing when no code has one. */
export function buildRoomCheck(
  parent: HTMLElement,
  i18n: I18n,
  room: Pick<Room, 'runs' | 'later'>,
): void {
  const check = roomCheck(room);
  if (!check) return;
  const f = formatsOf(i18n);
  const sec = headedSection(
    parent,
    'vt-fac',
    'vt-fac-check',
    i18n.t('roomcheck:heading'),
    i18n.t('roomcheck:intro'),
  );
  const counts: string[] = [];
  if (check.runs > 0) {
    counts.push(
      check.checked > 0
        ? i18n.t('roomcheck:checked', { count: check.checked, runs: check.runs })
        : i18n.t('roomcheck:none'),
    );
    if (check.checked > 0) counts.push(i18n.t('roomcheck:paired', { count: check.paired }));
  }
  if (check.later > 0) counts.push(i18n.t('roomcheck:later', { count: check.later }));
  if (counts.length > 0) para(sec, counts.join(' '), 'vt-ck-counts');
  if (check.damagedLines.length > 0) {
    para(
      sec,
      i18n.t('roomcheck:damaged', {
        count: check.damagedLines.length,
        lines: f.list(check.damagedLines),
      }),
      'vt-ck-damaged',
    );
  }
  const ba = check.beforeAfter;
  if (ba.kind === 'tooFew') {
    para(sec, i18n.t('roomcheck:tooFew', { count: ba.need }), 'vt-ck-toofew');
  } else {
    buildHeadline(sec, i18n, f, ba);
    buildItems(sec, i18n, f, check.items);
    buildAttribution(sec, i18n, f, check.attribution);
    buildPrediction(sec, i18n, f, check.prediction);
  }
  if (check.retention) buildRetention(sec, i18n, f, check.retention);
  buildHonest(sec, i18n);
  if (checkRows(room.runs, room.later).length > 0) {
    const row = el('div', 'vt-fac-actions vt-ck-export vt-no-print', sec);
    button(row, 'vt-btn', i18n.t('roomcheck:csv'), 'check-csv');
  }
}

function buildHeadline(
  sec: HTMLElement,
  i18n: I18n,
  f: Formats,
  ba: Extract<RoomCheck['beforeAfter'], { kind: 'ready' }>,
): void {
  const dl = el('dl', 'vt-ck-figures', sec);
  const figure = (cls: string, label: string, value: string, sub: string) => {
    const box = el('div', `vt-ck-figure ${cls}`, dl);
    el('dt', 'vt-ck-label', box, label);
    el('dd', 'vt-ck-value', box, value);
    if (sub) el('dd', 'vt-ck-sub', box, sub);
  };
  const correct = (v: number) => i18n.t('roomcheck:correct', { value: f.pct(v) });
  figure(
    'is-before',
    i18n.t('roomcheck:before'),
    correct(ba.before),
    f.interval(ba.beforeInterval, f.pct),
  );
  figure(
    'is-after',
    i18n.t('roomcheck:after'),
    correct(ba.after),
    f.interval(ba.afterInterval, f.pct),
  );
  figure(
    'is-gain',
    i18n.t('roomcheck:gain'),
    ba.gain === null ? i18n.t('roomcheck:gainUndefined') : f.gain(ba.gain),
    f.interval(ba.gainInterval, f.gain),
  );
  para(sec, i18n.t('roomcheck:gainExplain'), 'vt-ck-explain');
  para(sec, i18n.t('roomcheck:from', { count: ba.n }), 'vt-ck-from');
}

/** A bar of 0..100 for a table cell; its number is the cell's text, so the bar is hidden. */
function bar(parent: HTMLElement, value: number, cls: string): void {
  const svg = svgEl('svg', {
    viewBox: '0 0 100 8',
    preserveAspectRatio: 'none',
    'aria-hidden': 'true',
    focusable: 'false',
    class: `vt-ck-bar ${cls}`,
  });
  svgEl('rect', { x: 0, y: 0, width: 100, height: 8, class: 'vt-ck-bar-track' }, svg);
  svgEl('rect', { x: 0, y: 0, width: Math.max(0, Math.min(100, value)), height: 8 }, svg);
  parent.append(svg);
}

function buildItems(
  sec: HTMLElement,
  i18n: I18n,
  f: Formats,
  figure: RoomFigure<{ items: readonly ItemBeforeAfter[] }>,
): void {
  if (figure.kind !== 'ready') return;
  h3(sec, i18n.t('roomcheck:itemsHeading'));
  para(sec, i18n.t('roomcheck:itemsIntro'), 'vt-fac-intro');
  const table = el('table', 'vt-fac-table vt-ck-items', sec);
  tableHead(table, [
    i18n.t('roomcheck:col.item'),
    i18n.t('roomcheck:col.before'),
    i18n.t('roomcheck:col.after'),
    { text: i18n.t('roomcheck:col.change'), cls: 'is-num' },
  ]);
  const body = el('tbody', undefined, table);
  for (const it of figure.items) {
    const tr = el('tr', undefined, body);
    tr.dataset.item = it.item;
    el('th', 'vt-ck-item', tr, itemName(i18n, it.item)).scope = 'row';
    for (const [v, cls] of [
      [it.before, 'is-before'],
      [it.after, 'is-after'],
    ] as const) {
      const td = el('td', 'vt-ck-barcell', tr);
      el('span', 'vt-ck-barnum', td, f.pct(v));
      bar(td, v, cls);
    }
    // The column's heading names the unit, so a phone's narrow table holds the figure alone.
    el('td', 'is-num vt-ck-change', tr, f.signed(it.after - it.before));
  }
  const byChange = [...figure.items].sort((a, b) => b.after - b.before - (a.after - a.before));
  const most = byChange[0];
  const least = byChange.at(-1);
  if (most && least && most !== least) {
    para(
      sec,
      i18n.t('roomcheck:moved', {
        most: itemName(i18n, most.item),
        mostChange: f.points(most.after - most.before),
        least: itemName(i18n, least.item),
        leastChange: f.points(least.after - least.before),
      }),
      'vt-ck-moved',
    );
  }
}

function buildAttribution(
  sec: HTMLElement,
  i18n: I18n,
  f: Formats,
  a: RoomCheck['attribution'],
): void {
  if (a.kind !== 'ready') return;
  h3(sec, i18n.t('roomcheck:attributionHeading'));
  para(
    sec,
    i18n.t('roomcheck:attribution', {
      before: f.pct(a.before),
      after: f.pct(a.after),
      shift: f.points(a.shift),
      interval: f.interval(a.shiftInterval, f.signed),
    }),
    'vt-ck-p vt-ck-attribution',
  );
}

function buildPrediction(
  sec: HTMLElement,
  i18n: I18n,
  f: Formats,
  p: RoomCheck['prediction'],
): void {
  h3(sec, i18n.t('roomcheck:predictionHeading'));
  const box = el('div', 'vt-ck-prediction', sec);
  if (p.kind !== 'ready') {
    para(box, i18n.t('roomcheck:predictionTooFew', { count: p.need }));
    return;
  }
  para(box, i18n.t('roomcheck:predictionIntro'), 'vt-fac-intro');
  const ul = el('ul', 'vt-ck-list', box);
  el(
    'li',
    undefined,
    ul,
    i18n.t('roomcheck:predictionFeatures', {
      gap: f.signedPct(p.features),
      interval: f.interval(p.featuresInterval, f.signedPct),
    }),
  );
  el(
    'li',
    undefined,
    ul,
    i18n.t('roomcheck:predictionIncidents', {
      gap: f.signedPct(p.incidents),
      interval: f.interval(p.incidentsInterval, f.signedPct),
    }),
  );
  const { sure, unsure } = p.bySureness;
  // Each group is shown only when it is as large as any figure must be, so it points at no one.
  if (sure.n >= MIN_CHECKED_CODES && unsure.n >= MIN_CHECKED_CODES) {
    para(
      box,
      i18n.t('roomcheck:predictionSure', {
        sure: f.pct(sure.features),
        sureIncidents: f.pct(sure.incidents),
        unsure: f.pct(unsure.features),
        unsureIncidents: f.pct(unsure.incidents),
      }),
    );
  }
}

function buildRetention(
  sec: HTMLElement,
  i18n: I18n,
  f: Formats,
  r: NonNullable<RoomCheck['retention']>,
): void {
  h3(sec, i18n.t('roomcheck:retentionHeading'));
  const box = el('div', 'vt-ck-retention', sec);
  if (r.kind !== 'ready') {
    para(box, i18n.t('roomcheck:retentionTooFew', { count: r.need }));
    return;
  }
  const text = [
    i18n.t('roomcheck:retention', {
      value: f.pct(r.later),
      interval: f.interval(r.laterInterval, f.pct),
    }),
    r.keptShareOfGain === null
      ? i18n.t('roomcheck:retentionNoGain')
      : i18n.t('roomcheck:retentionKept', {
          kept: f.pct(100 * r.keptShareOfGain),
        }),
    i18n.t('roomcheck:retentionAnonymous'),
  ];
  para(box, text.join(' '));
}

function buildHonest(sec: HTMLElement, i18n: I18n): void {
  const note = el('div', 'vt-ck-honest', sec);
  note.setAttribute('role', 'note');
  h3(note, i18n.t('roomcheck:honestHeading'));
  para(note, i18n.t('roomcheck:honestMeasures'));
  para(note, i18n.t('roomcheck:honestControl'));
}
