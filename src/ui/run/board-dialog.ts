/**
 * The quarterly board review: each target with its goal, the actual figure and whether it was
 * met (an icon and a word, not colour alone), the verdict, and what it means for next quarter.
 * At the end of a run that stops between reviews, the same dialog gives the board's closing
 * verdict on the weeks since its last review, and reading it opens the debrief.
 */
import type { SimEvent } from '../../sim/index.ts';
import { closingOwed } from '../../state/board.ts';
import type { Interrupt } from '../../state/interrupt.ts';
import type { GameState } from '../../state/store.ts';
import { el, setText } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import { fillBoardTable, weighingText } from './board-table.ts';
import { createModal } from './dialog.ts';
import type { InterruptDialog } from './interrupts.ts';
import { formats } from './text.ts';

type Review = Extract<SimEvent, { kind: 'boardReview' }>;

export function createBoardDialog(
  parent: HTMLElement,
  ctx: ViewContext,
): InterruptDialog<'board' | 'closing'> {
  const { store, i18n } = ctx;
  const f = formats(i18n);
  const review = (s: GameState, week: number): Review | null =>
    s.sim?.lastEvents.find((e): e is Review => e.kind === 'boardReview' && e.week === week) ?? null;
  // Read: the store's next interrupt (a card, the causes opened, or none) takes over.
  const close = () => store.getState().acknowledgeBoard();
  const modal = createModal(parent, 'vt-board', { dismissible: () => true, onDismiss: close });
  const intro = el('p', 'vt-board-intro', modal.body);
  const verdict = el('p', 'vt-verdict', modal.body);
  const table = el('table', 'vt-board-table', modal.body);
  const thead = el('thead', undefined, table);
  const tbody = el('tbody', undefined, table);
  const weighing = el('p', 'vt-board-weighing', modal.body);
  const nextH = el('h3', 'vt-h3', modal.body);
  const next = el('ul', 'vt-next', modal.body);
  const ok = el('button', 'vt-btn vt-btn-primary', modal.body);
  ok.type = 'button';
  ok.addEventListener('click', close);

  const showClosing = (s: GameState): boolean => {
    const c = closingOwed(s.run, s.sim);
    if (!c) return false;
    modal.dialog.dataset.board = 'closing';
    setText(modal.heading, i18n.t('screens:debrief.closingHeading', { count: c.weeks }));
    intro.hidden = false;
    setText(intro, i18n.t('screens:debrief.closingIntro'));
    setText(verdict, i18n.t(`run:board.verdict.${c.verdict}`));
    verdict.dataset.verdict = c.verdict;
    fillBoardTable(i18n, thead, tbody, c.results);
    setText(weighing, weighingText(i18n, c.results));
    // The run is over: no next quarter to tell of.
    nextH.hidden = true;
    next.hidden = true;
    setText(ok, i18n.t('run:premise.closing.toDebrief'));
    if (!modal.isOpen()) modal.open(ok);
    return true;
  };

  return {
    show(interrupt: Extract<Interrupt, { kind: 'board' | 'closing' }> | null, s) {
      if (interrupt?.kind === 'closing' && showClosing(s)) return;
      const r = interrupt?.kind === 'board' ? review(s, interrupt.week) : null;
      if (!r) {
        if (modal.isOpen()) modal.close();
        return;
      }
      modal.dialog.dataset.board = 'review';
      intro.hidden = true;
      nextH.hidden = false;
      next.hidden = false;
      setText(modal.heading, i18n.t('run:board.title', { quarter: f.int(r.quarter) }));
      setText(verdict, i18n.t(`run:board.verdict.${r.verdict}`));
      verdict.dataset.verdict = r.verdict;
      fillBoardTable(i18n, thead, tbody, r.results);
      setText(weighing, weighingText(i18n, r.results));
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
