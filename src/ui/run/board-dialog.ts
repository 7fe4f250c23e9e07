/**
 * The quarterly board review: each target with its goal, the actual figure and whether it was
 * met (an icon and a word, not colour alone), the verdict, and what it means for next quarter.
 */
import type { BoardTargetResult, SimEvent } from '../../sim/index.ts';
import type { GameState } from '../../state/store.ts';
import { el, setText } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import { createModal } from './dialog.ts';
import type { InterruptDialog } from './interrupts.ts';
import { type Formats, formats } from './text.ts';

type Review = Extract<SimEvent, { kind: 'boardReview' }>;

const AT_MOST: ReadonlySet<BoardTargetResult['target']> = new Set([
  'budget',
  'incidents',
  'breaches',
]);

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

export function createBoardDialog(parent: HTMLElement, ctx: ViewContext): InterruptDialog<'board'> {
  const { store, i18n } = ctx;
  const f = formats(i18n);
  const review = (s: GameState, week: number): Review | null =>
    s.sim?.lastEvents.find((e): e is Review => e.kind === 'boardReview' && e.week === week) ?? null;
  // Read: the store's next interrupt (a card, the causes opened, or none) takes over.
  const close = () => store.getState().acknowledgeBoard();
  const modal = createModal(parent, 'vt-board', { dismissible: () => true, onDismiss: close });
  const verdict = el('p', 'vt-verdict', modal.body);
  const table = el('table', 'vt-board-table', modal.body);
  const thead = el('thead', undefined, table);
  const tbody = el('tbody', undefined, table);
  const nextH = el('h3', 'vt-h3', modal.body);
  const next = el('ul', 'vt-next', modal.body);
  const ok = el('button', 'vt-btn vt-btn-primary', modal.body);
  ok.type = 'button';
  ok.addEventListener('click', close);

  return {
    show(interrupt, s) {
      const r = interrupt ? review(s, interrupt.week) : null;
      if (!r) {
        if (modal.isOpen()) modal.close();
        return;
      }
      setText(modal.heading, i18n.t('run:board.title', { quarter: f.int(r.quarter) }));
      setText(verdict, i18n.t(`run:board.verdict.${r.verdict}`));
      verdict.dataset.verdict = r.verdict;
      thead.replaceChildren();
      const hr = el('tr', undefined, thead);
      for (const k of ['target', 'goal', 'actual', 'result'] as const) {
        const th = el('th', undefined, hr);
        th.scope = 'col';
        th.textContent = i18n.t(`run:board.${k}`);
      }
      tbody.replaceChildren();
      for (const t of r.results) {
        const tr = el('tr', undefined, tbody);
        const th = el('th', undefined, tr);
        th.scope = 'row';
        th.textContent = i18n.t(`run:board.targets.${t.target}`);
        const goal = value(f, t, t.goal);
        el('td', 'vt-num', tr).textContent = AT_MOST.has(t.target)
          ? i18n.t('run:board.atMost', { value: goal })
          : i18n.t('run:board.atLeast', { value: goal });
        el('td', 'vt-num', tr).textContent = value(f, t, t.actual);
        const res = el('td', `vt-result ${t.met ? 'is-met' : 'is-missed'}`, tr);
        const icon = el('span', 'vt-result-icon', res);
        icon.setAttribute('aria-hidden', 'true');
        icon.textContent = t.met ? '✓' : '✗';
        el('span', undefined, res).textContent = i18n.t(
          t.met ? 'run:board.met' : 'run:board.missed',
        );
      }
      setText(nextH, i18n.t('run:board.nextQuarter'));
      next.replaceChildren();
      const before = s.sim?.history[s.sim.history.length - 1]?.weeklyBudget ?? 0;
      const after = s.sim?.state.weeklyBudget ?? 0;
      const budget = f.money(after);
      el('li', undefined, next).textContent =
        after > before + 1
          ? i18n.t('run:board.budgetUp', { budget })
          : after < before - 1
            ? i18n.t('run:board.budgetDown', { budget })
            : i18n.t('run:board.budgetSame', { budget });
      if (r.verdict === 'displeased') {
        el('li', undefined, next).textContent = i18n.t('run:board.pressure');
      }
      el('li', undefined, next).textContent = i18n.t('run:board.confidence', {
        value: f.pct(s.sim?.state.boardConfidence ?? 0),
      });
      setText(ok, i18n.t('run:board.close'));
      if (!modal.isOpen()) modal.open();
    },
    destroy: () => modal.destroy(),
  };
}
