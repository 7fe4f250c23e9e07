/**
 * The board's targets as a table: each with its goal, the actual figure and whether it was met
 * (an icon and a word, not colour alone). The quarterly review's dialog, the closing verdict (in
 * its dialog and the debrief) draw it; the brief and the dashboard's quarter use its wording.
 */
import type { I18n } from '../../i18n';
import type { BoardTargetResult } from '../../sim/index.ts';
import {
  BOARD_LIMITS,
  BOARD_VERDICT_SHARES,
  BOARD_WEIGHTS,
  weighedTargets,
} from '../../state/board.ts';
import { el } from '../dom.ts';
import { type Formats, formats } from './text.ts';
import './board-table.css';

type Target = BoardTargetResult['target'];

/** A target's figure (a goal or an actual) in its own unit. */
export function targetFigure(f: Formats, target: Target, v: number): string {
  switch (target) {
    case 'adoption':
      return f.pct(v);
    // Lines and features are counted whole. The board's features goal is whole, so showing the
    // features shipped rounded down never shows a missed goal as reached, or the other way.
    case 'lines':
      return f.compact(Math.round(v));
    case 'features':
      return f.int(Math.floor(v));
    // The quarter's spend in millions: exact to the dollar it is too wide beside three columns.
    case 'budget':
      return f.moneyShort(v);
    default:
      return f.int(v);
  }
}

/** A target's goal in words: "at least 80%", "at most 3". */
export function targetGoal(i18n: I18n, f: Formats, target: Target, goal: number): string {
  const value = targetFigure(f, target, goal);
  return BOARD_LIMITS.has(target)
    ? i18n.t('run:board.atMost', { value })
    : i18n.t('run:board.atLeast', { value });
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
    // The result's words in a span of their own: a phone shows its marks alone (board-table.css).
    if (k === 'result') el('span', 'vt-sr-phone', th, i18n.t(`run:board.${k}`));
    else th.textContent = i18n.t(`run:board.${k}`);
  }
  tbody.replaceChildren();
  for (const t of results) {
    const tr = el('tr', undefined, tbody);
    const th = el('th', undefined, tr);
    th.scope = 'row';
    th.textContent = i18n.t(`run:board.targets.${t.target}`);
    el('td', 'vt-num', tr).textContent = targetGoal(i18n, f, t.target, t.goal);
    el('td', 'vt-num', tr).textContent = targetFigure(f, t.target, t.actual);
    const res = el('td', `vt-result ${t.met ? 'is-met' : 'is-missed'}`, tr);
    const icon = el('span', 'vt-result-icon', res);
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = t.met ? '✓' : '✗';
    el('span', 'vt-sr-phone', res, i18n.t(t.met ? 'run:board.met' : 'run:board.missed'));
  }
}

/**
 * How the board came to its verdict: the weights of the targets met out of all, each target's
 * weight, and the share each verdict needs. Without it a verdict of "satisfied" beside three
 * missed targets reads as a contradiction; with it, as the board watching its own dashboard.
 */
export function weighingText(i18n: I18n, results: readonly BoardTargetResult[]): string {
  const f = formats(i18n);
  const { met, total } = weighedTargets(results);
  const lang = i18n.resolvedLanguage ?? i18n.language;
  const weights = new Intl.ListFormat(lang, { type: 'conjunction' }).format(
    results.map((r) =>
      i18n.t('run:board.weight', {
        target: i18n.t(`run:board.targets.${r.target}`),
        weight: f.int(BOARD_WEIGHTS[r.target]),
      }),
    ),
  );
  return i18n.t('run:board.weighing', {
    met: f.int(met),
    total: f.int(total),
    weights,
    pleased: f.pct(BOARD_VERDICT_SHARES.pleased),
    satisfied: f.pct(BOARD_VERDICT_SHARES.satisfied),
    concerned: f.pct(BOARD_VERDICT_SHARES.concerned),
  });
}
