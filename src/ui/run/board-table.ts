/**
 * The board's targets as a table: each with its goal, the actual figure and whether it was met
 * (an icon and a word, not colour alone). The quarterly review's dialog and the debrief's
 * closing verdict both draw it.
 */
import type { I18n } from '../../i18n';
import type { BoardTargetResult } from '../../sim/index.ts';
import { BOARD_LIMITS } from '../../state/board.ts';
import { el } from '../dom.ts';
import { type Formats, formats } from './text.ts';
import './board-table.css';

function value(f: Formats, r: BoardTargetResult, v: number): string {
  switch (r.target) {
    case 'adoption':
      return f.pct(v);
    case 'lines':
      return f.compact(v);
    case 'features':
      return f.dec(v, 1);
    case 'budget':
      return f.money(v);
    default:
      return f.int(v);
  }
}

/** Fills `thead` and `tbody` with the targets' header row and one row a target. */
export function fillBoardTable(
  i18n: I18n,
  thead: HTMLElement,
  tbody: HTMLElement,
  results: readonly BoardTargetResult[],
): void {
  const f = formats(i18n);
  thead.replaceChildren();
  const hr = el('tr', undefined, thead);
  for (const k of ['target', 'goal', 'actual', 'result'] as const) {
    const th = el('th', undefined, hr);
    th.scope = 'col';
    th.textContent = i18n.t(`run:board.${k}`);
  }
  tbody.replaceChildren();
  for (const t of results) {
    const tr = el('tr', undefined, tbody);
    const th = el('th', undefined, tr);
    th.scope = 'row';
    th.textContent = i18n.t(`run:board.targets.${t.target}`);
    const goal = value(f, t, t.goal);
    el('td', 'vt-num', tr).textContent = BOARD_LIMITS.has(t.target)
      ? i18n.t('run:board.atMost', { value: goal })
      : i18n.t('run:board.atLeast', { value: goal });
    el('td', 'vt-num', tr).textContent = value(f, t, t.actual);
    const res = el('td', `vt-result ${t.met ? 'is-met' : 'is-missed'}`, tr);
    const icon = el('span', 'vt-result-icon', res);
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = t.met ? '✓' : '✗';
    el('span', undefined, res).textContent = i18n.t(t.met ? 'run:board.met' : 'run:board.missed');
  }
}
