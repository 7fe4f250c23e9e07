/**
 * The run screen's dialogs: the store's `interrupt` says which one is up (the run's brief, the
 * board's review or closing verdict, a card, or the causes the player opened), and this shows it and closes the others. Closing one
 * goes through a store action, and the store's next interrupt opens the next dialog.
 */
import type { Interrupt } from '../../state/interrupt.ts';
import type { GameState } from '../../state/store.ts';
import { lazyDialog, loadCheckDialog, loadPredictionDialog } from '../check/check-lazy.ts';
import { el } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import { createCauseDialog } from './alarms.ts';
import { createBoardDialog } from './board-dialog.ts';
import { createBriefDialog } from './brief-dialog.ts';
import { createCardDialog } from './card-dialog.ts';
import { follow, type Part } from './part.ts';

/** One of the dialogs, drawing one kind of interrupt. */
export interface InterruptDialog<K extends Interrupt['kind']> {
  /** Opens on `interrupt`, drawn in the current words, or closes when null. */
  show(interrupt: Extract<Interrupt, { kind: K }> | null, s: GameState): void;
  destroy(): void;
}

/**
 * The dialogs in one box at the end of `parent`, which must be in the page already: an
 * interrupt owed at once (a continued run's card) opens a modal, and only a dialog in the
 * document can.
 */
export function createInterrupts(parent: HTMLElement, ctx: ViewContext): Part {
  const box = el('div', 'vt-interrupts', parent);
  const brief = createBriefDialog(box, ctx);
  const board = createBoardDialog(box, ctx);
  const card = createCardDialog(box, ctx);
  const cause = createCauseDialog(ctx, box);
  // The learning check's two, fetched with the run screen when the run has the check on.
  const check = lazyDialog('check', loadCheckDialog, box, ctx);
  const prediction = lazyDialog('prediction', loadPredictionDialog, box, ctx);
  check.warm();
  prediction.warm();
  const show = (i: Interrupt | null, s: GameState): void => {
    // The others close first, so focus goes back before the next dialog takes it.
    if (i?.kind !== 'brief') brief.show(null, s);
    if (i?.kind !== 'check') check.show(null, s);
    if (i?.kind !== 'prediction') prediction.show(null, s);
    if (i?.kind !== 'board' && i?.kind !== 'closing') board.show(null, s);
    if (i?.kind !== 'card') card.show(null, s);
    if (i?.kind !== 'cause') cause.show(null, s);
    if (i?.kind === 'brief') brief.show(i, s);
    else if (i?.kind === 'check') check.show(i, s);
    else if (i?.kind === 'prediction') prediction.show(i, s);
    else if (i?.kind === 'board' || i?.kind === 'closing') board.show(i, s);
    else if (i?.kind === 'card') card.show(i, s);
    else if (i?.kind === 'cause') cause.show(i, s);
  };
  const part = follow(ctx.store, box, (s) => s.interrupt, show);
  return {
    el: box,
    relabel: part.relabel,
    destroy() {
      brief.destroy();
      board.destroy();
      card.destroy();
      cause.destroy();
      check.destroy();
      prediction.destroy();
      part.destroy();
    },
  };
}
