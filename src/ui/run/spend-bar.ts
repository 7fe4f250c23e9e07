/**
 * Spend to date in the week bar: every cost the model billed against the budget to date, its
 * state in colour, icon and words (within, heading over, over, past the board's warning line),
 * said once to screen readers when it changes, and a breakdown by cost line that opens from it.
 */
import type { CostLine, SpendState, SpendStatus } from '../../state/spend.ts';
import { COST_LINES, spendStatus } from '../../state/spend.ts';
import { el, setText, uid } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import { follow, type Part } from './part.ts';
import { formats } from './text.ts';
import './spend.css';

/** The icon beside each state's words: never the only sign, always with them. */
const ICON: Record<SpendState, string> = {
  within: '✓',
  heading: '▲',
  over: '!',
  warning: '‼',
};

export function createSpendBar(ctx: ViewContext): Part {
  const { store, i18n } = ctx;
  const f = formats(i18n);
  const root = el('div', 'vt-spend-wrap');
  const box = el('details', 'vt-spend', root);
  const summary = el('summary', 'vt-spend-summary', box);
  const line = el('span', 'vt-spend-line', summary);
  // The line in a few words, for a frame too small for the sentence (run-frame.css), which then
  // stays for screen readers; this one is for the eye only.
  const short = el('span', 'vt-spend-short', summary);
  short.setAttribute('aria-hidden', 'true');
  // The state's icon and words kept together, so a narrow bar wraps them as one.
  const flag = el('span', 'vt-spend-flag', summary);
  const icon = el('span', 'vt-spend-icon', flag);
  icon.setAttribute('aria-hidden', 'true');
  const stateWords = el('span', 'vt-spend-state', flag);
  const body = el('div', 'vt-spend-body', box);
  const bodyId = uid('spend-body');
  body.id = bodyId;
  const detail = el('p', 'vt-spend-detail', body);
  const table = el('table', 'vt-spend-table', body);
  const caption = el('caption', undefined, table);
  const headRow = el('tr', undefined, el('thead', undefined, table));
  const heads = [
    el('th', undefined, headRow),
    el('th', undefined, headRow),
    el('th', undefined, headRow),
  ];
  for (const th of heads) th.scope = 'col';
  const tbody = el('tbody', undefined, table);
  const rows = new Map<CostLine, { tr: HTMLTableRowElement; cells: HTMLElement[] }>();
  for (const k of COST_LINES) {
    const tr = el('tr', undefined, tbody);
    tr.dataset.line = k;
    const th = el('th', undefined, tr);
    th.scope = 'row';
    rows.set(k, { tr, cells: [th, el('td', 'vt-num', tr), el('td', 'vt-num', tr)] });
  }
  const footRow = el('tr', 'vt-spend-total', el('tfoot', undefined, table));
  const footHead = el('th', undefined, footRow);
  footHead.scope = 'row';
  const footWeek = el('td', 'vt-num', footRow);
  const footRun = el('td', 'vt-num', footRow);
  const board = el('p', 'vt-spend-board', body);
  const live = el('p', 'vt-visually-hidden', root);
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');

  // Escape closes the open breakdown and leaves focus on what opened it.
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !box.open) return;
    e.stopPropagation();
    box.open = false;
    summary.focus();
  });

  const stateText = (st: SpendStatus): string => i18n.t(`run:spend.state.${st.state}`);
  const lineText = (st: SpendStatus): string =>
    i18n.t('run:spend.toDate', {
      spent: f.money(st.spent),
      budget: f.money(st.budget),
      ratio: f.pct(st.ratio),
    });

  let shown: SpendState | null = null;
  const draw = (st: SpendStatus | null): void => {
    const budget = store.getState().sim?.state.weeklyBudget ?? 0;
    table.hidden = !st;
    board.hidden = !st;
    // Before the first week the state keeps its place, unseen and unread: the bar (and the office
    // floor under it) keeps its height when the first week's spend arrives.
    flag.style.visibility = st ? '' : 'hidden';
    flag.setAttribute('aria-hidden', String(!st));
    box.dataset.state = st?.state ?? 'none';
    if (!st) {
      setText(icon, ICON.within);
      setText(stateWords, i18n.t('run:spend.state.within'));
      setText(line, i18n.t('run:spend.none', { budget: f.money(budget) }));
      setText(short, i18n.t('run:spend.shortNone', { budget: f.money(budget) }));
      setText(detail, i18n.t('run:spend.noneDetail'));
      return;
    }
    setText(icon, ICON[st.state]);
    setText(line, lineText(st));
    setText(short, i18n.t('run:spend.short', { ratio: f.pct(st.ratio) }));
    setText(stateWords, stateText(st));
    const over = st.spent - st.budget;
    setText(
      detail,
      over > 0
        ? i18n.t('run:spend.detailOver', { amount: f.money(over) })
        : i18n.t('run:spend.detailWithin', { amount: f.money(-over) }),
    );
    setText(caption, i18n.t('run:spend.caption'));
    setText(heads[0] as HTMLElement, i18n.t('run:spend.line'));
    setText(heads[1] as HTMLElement, i18n.t('run:spend.week', { week: f.int(st.week) }));
    setText(heads[2] as HTMLElement, i18n.t('run:spend.run'));
    for (const k of COST_LINES) {
      const row = rows.get(k);
      if (!row) continue;
      const [name, week, run] = row.cells as [HTMLElement, HTMLElement, HTMLElement];
      setText(name, i18n.t(`run:spend.lines.${k}`));
      setText(week, f.money(st.weekLines[k]));
      setText(run, f.money(st.runLines[k]));
    }
    setText(footHead, i18n.t('run:spend.total'));
    setText(footWeek, f.money(st.weekSpent));
    setText(footRun, f.money(st.spent));
    setText(
      board,
      i18n.t('run:spend.board', {
        ratio: f.pct(st.boardRatio),
        warn: f.pct(st.warnRatio),
        cut: f.pct(st.cutRatio),
        replace: f.pct(st.replaceRatio),
        weekBudget: f.money(st.weekBudget),
        grace: f.int(st.graceWeeks),
      }),
    );
  };

  const part = follow(
    store,
    root,
    (s) => spendStatus(s),
    (st, _s, changed) => {
      draw(st);
      // Said once when the state changes between weeks; a first draw or a new language is quiet.
      const now = st?.state ?? null;
      if (changed && st && now !== (shown ?? 'within')) {
        live.textContent = i18n.t('run:spend.announce', {
          state: stateText(st),
          line: lineText(st),
        });
      }
      shown = now;
    },
  );
  summary.setAttribute('aria-controls', bodyId);
  return part;
}
