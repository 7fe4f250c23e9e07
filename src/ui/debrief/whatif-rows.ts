/**
 * The what-if comparison's rows: each measure of the player's run beside the same seed under the
 * sound policy, as text in the language, and which side did better. The full debrief shows every
 * row; the frame's debrief a few of them, from the same rule.
 */
import type { I18n } from '../../i18n';
import type { RunSummary } from '../../sim/index.ts';
import type { Debrief } from '../../state/debrief.ts';
import { el } from '../dom.ts';
import { lang } from '../run/text.ts';
import { tableHead } from '../screen-dom.ts';
import { formatCompact, formatMoney, formatNumber } from '../sources/format.ts';
import { tk } from '../sources/text.ts';

export const WHAT_IF_ROWS = [
  'score',
  'features',
  'incidents',
  'breaches',
  'customers',
  'leadTime',
  'restore',
  'quits',
  'spent',
] as const;
export type WhatIfRowKey = (typeof WHAT_IF_ROWS)[number];

export interface WhatIfRow {
  key: WhatIfRowKey;
  you: string;
  sound: string;
  /** The side with the better figure; null when they are level. */
  better: 'you' | 'sound' | null;
}

type RowSpec = [(s: RunSummary) => number, (v: number) => string, 'higher' | 'lower'];

/** The rows named by `keys` (every row when omitted), in that order. */
export function whatIfRows(
  i18n: I18n,
  d: Debrief,
  keys: readonly WhatIfRowKey[] = WHAT_IF_ROWS,
): WhatIfRow[] {
  const l = lang(i18n);
  const int = (v: number) => formatNumber(l, Math.round(v), 0);
  const specs: Record<Exclude<WhatIfRowKey, 'score'>, RowSpec> = {
    features: [(s) => s.featuresShipped, int, 'higher'],
    incidents: [(s) => s.incidents, int, 'lower'],
    breaches: [(s) => s.breaches, int, 'lower'],
    customers: [(s) => s.customersAffected, (v) => formatCompact(l, v), 'lower'],
    leadTime: [
      (s) => s.meanLeadTimeDays,
      (v) => i18n.t('screens:debrief.days', { value: formatNumber(l, v, 1) }),
      'lower',
    ],
    restore: [
      (s) => s.meanTimeToRestoreHours,
      (v) => i18n.t('screens:debrief.hours', { value: formatNumber(l, v, 1) }),
      'lower',
    ],
    quits: [(s) => s.quits, int, 'lower'],
    spent: [(s) => s.budgetSpent, (v) => formatMoney(l, v, true), 'lower'],
  };
  return keys.map((key) => {
    const [va, vb, show, better] =
      key === 'score'
        ? [d.score.total, d.whatIf.score.total, int, 'higher']
        : [specs[key][0](d.summary), specs[key][0](d.whatIf.summary), specs[key][1], specs[key][2]];
    const youWins = better === 'higher' ? va > vb : va < vb;
    const soundWins = better === 'higher' ? vb > va : vb < va;
    return {
      key,
      you: show(va),
      sound: show(vb),
      better: youWins ? 'you' : soundWins ? 'sound' : null,
    };
  });
}

/** Fills `table` with a head (measure, your run, the sound policy) and one row per entry. */
export function fillWhatIfTable(
  table: HTMLTableElement,
  i18n: I18n,
  rows: readonly WhatIfRow[],
): void {
  tableHead(table, [
    i18n.t('screens:debrief.metric'),
    { text: i18n.t('screens:debrief.you'), cls: 'is-you' },
    { text: i18n.t('screens:debrief.sound'), cls: 'is-sound' },
  ]);
  const tbody = el('tbody', undefined, table);
  for (const row of rows) {
    const tr = el('tr', undefined, tbody);
    tr.dataset.row = row.key;
    const th = el('th', undefined, tr, tk(i18n, 'screens', `debrief.row.${row.key}`));
    th.scope = 'row';
    el('td', `is-you${row.better === 'you' ? ' is-better' : ''}`, tr, row.you);
    el('td', `is-sound${row.better === 'sound' ? ' is-better' : ''}`, tr, row.sound);
  }
}
