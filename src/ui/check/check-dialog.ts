/**
 * The learning check's sittings as a dialog, drawn from the store's `check` interrupt: before
 * week 1 ("Before you start: six quick questions") and after the debrief's reveal (the other
 * form). Its heading takes focus as it opens, so the questions are read from the top; "Done"
 * gives the answers chosen, "Skip" gives none, and the run goes on either way. Escape does
 * nothing: the player says which they mean.
 */

import { sittingForm } from '../../state/check.ts';
import type { Interrupt } from '../../state/interrupt.ts';
import type { GameState } from '../../state/store.ts';
import { el, setText, uid } from '../dom.ts';
import { createModal } from '../run/dialog.ts';
import type { InterruptDialog } from '../run/interrupts.ts';
import type { ViewContext } from '../view-context.ts';
import { createSitting } from './check-sitting.ts';
import './check.css';

export function createCheckDialog(parent: HTMLElement, ctx: ViewContext): InterruptDialog<'check'> {
  const { store, i18n } = ctx;
  const modal = createModal(parent, 'vt-check', { dismissible: () => false });
  const eyebrow = el('p', 'vt-check-eyebrow');
  modal.dialog.insertBefore(eyebrow, modal.heading);
  const intro = el('p', 'vt-check-intro', modal.body);
  intro.id = uid('check-intro');
  modal.dialog.setAttribute('aria-describedby', intro.id);
  const sitting = createSitting(modal.body, i18n);
  const actions = el('div', 'vt-check-actions', modal.body);
  const done = el('button', 'vt-btn vt-btn-primary vt-check-done', actions);
  done.type = 'button';
  const skip = el('button', 'vt-btn vt-check-skip', actions);
  skip.type = 'button';
  const skipNote = el('p', 'vt-check-note', modal.body);
  done.addEventListener('click', () => store.getState().answerCheck(sitting.answers()));
  skip.addEventListener('click', () => store.getState().answerCheck(null));
  let shown: 'before' | 'after' | null = null;

  const draw = (which: 'before' | 'after'): void => {
    setText(eyebrow, i18n.t('check:flow.eyebrow'));
    setText(modal.heading, i18n.t(`check:flow.${which}.title`));
    setText(intro, i18n.t(`check:flow.${which}.intro`));
    setText(done, i18n.t('check:flow.done'));
    setText(skip, i18n.t('check:flow.skip'));
    setText(skipNote, i18n.t('check:flow.skipNote'));
  };

  return {
    show(interrupt: Extract<Interrupt, { kind: 'check' }> | null, s: GameState) {
      const check = s.run?.check;
      if (!interrupt || !check) {
        shown = null;
        if (modal.isOpen()) modal.close();
        return;
      }
      if (shown !== interrupt.sitting) {
        sitting.reset(sittingForm(check, interrupt.sitting));
        shown = interrupt.sitting;
      } else {
        sitting.relabel();
      }
      draw(interrupt.sitting);
      if (!modal.isOpen()) {
        modal.open();
        modal.dialog.scrollTop = 0;
      }
    },
    destroy: () => modal.destroy(),
  };
}
