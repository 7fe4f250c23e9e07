/**
 * The quarterly board review: each target with its goal, the actual figure and whether it was
 * met (an icon and a word, not colour alone), the verdict, and what it means for next quarter.
 */
import type { SimEvent } from '../../sim/index.ts';
import type { GameState } from '../../state/store.ts';
import { el, setText } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import { fillBoardTable } from './board-table.ts';
import { createModal } from './dialog.ts';
import { formats } from './text.ts';

type Review = Extract<SimEvent, { kind: 'boardReview' }>;

export interface BoardDialog {
  /** True when this week's review has not been read yet. */
  owed(s: GameState): boolean;
  update(s: GameState): void;
  isOpen(): boolean;
  destroy(): void;
}

export function createBoardDialog(
  parent: HTMLElement,
  ctx: ViewContext,
  onClosed: () => void,
): BoardDialog {
  const { i18n } = ctx;
  const f = formats(i18n);
  let readWeek = -1;
  const review = (s: GameState): Review | null =>
    (s.sim?.lastEvents.find((e) => e.kind === 'boardReview') as Review | undefined) ?? null;
  const owed = (s: GameState): boolean => {
    const r = review(s);
    return r !== null && r.week !== readWeek && s.phase === 'run';
  };
  const close = () => {
    const r = review(latest);
    if (r) readWeek = r.week;
    modal.close();
    onClosed();
  };
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
  let latest: GameState;

  return {
    owed,
    isOpen: modal.isOpen,
    update(s) {
      latest = s;
      const r = review(s);
      if (!r || !owed(s)) {
        if (modal.isOpen()) modal.close();
        return;
      }
      setText(modal.heading, i18n.t('run:board.title', { quarter: f.int(r.quarter) }));
      setText(verdict, i18n.t(`run:board.verdict.${r.verdict}`));
      verdict.dataset.verdict = r.verdict;
      fillBoardTable(i18n, thead, tbody, r.results);
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
