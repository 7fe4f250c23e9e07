/**
 * A run that ended over budget: where the money beyond the budget went, line by line against
 * the organisation the player took over, biggest first, adding up to the overrun.
 */
import type { I18n } from '../../i18n';
import type { RunRecord, Snapshot } from '../../state/run-record.ts';
import { overrunOf } from '../../state/spend.ts';
import { el, headedSection } from '../dom.ts';
import { lang } from '../run/text.ts';
import { tableHead } from '../screen-dom.ts';
import { formatMoney, formatNumber } from '../sources/format.ts';

export function buildOverrun(parent: HTMLElement, i18n: I18n, run: RunRecord, sim: Snapshot): void {
  const o = overrunOf(run, sim);
  if (!o) return;
  const l = lang(i18n);
  const money = (v: number) => formatMoney(l, v);
  const sec = headedSection(
    parent,
    'vt-debrief',
    'vt-debrief-overrun',
    i18n.t('screens:overrun.heading'),
    i18n.t('screens:overrun.intro', {
      spent: money(o.spent),
      budget: money(o.budget),
      weeks: formatNumber(l, o.weeks, 0),
      overrun: money(o.overrun),
      base: money(o.baseWeekly),
    }),
  );
  const table = el('table', 'vt-whatif vt-overrun-table', sec);
  tableHead(table, [i18n.t('screens:overrun.line'), i18n.t('screens:overrun.amount')]);
  const tbody = el('tbody', undefined, table);
  for (const line of o.lines) {
    const tr = el('tr', undefined, tbody);
    tr.dataset.line = line.line;
    const name =
      line.line === 'headroom'
        ? i18n.t('screens:overrun.headroom')
        : i18n.t(`run:spend.lines.${line.line}`);
    const th = el('th', undefined, tr, name);
    th.scope = 'row';
    el('td', undefined, tr, money(line.amount));
  }
  const foot = el('tr', 'vt-overrun-total', el('tfoot', undefined, table));
  const th = el('th', undefined, foot, i18n.t('screens:overrun.total'));
  th.scope = 'row';
  el('td', undefined, foot, money(o.overrun));
}
