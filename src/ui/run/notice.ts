/** A quiet, non-blocking notice, shown once, when the browser will keep nothing. */
import type { GameState } from '../../state/store.ts';
import type { ViewContext } from '../view-context.ts';
import { el, type Part, setText } from './dom.ts';

export function createStorageNotice(ctx: ViewContext): Part<GameState> {
  const { store, i18n } = ctx;
  const box = el('div', 'vt-notice');
  box.setAttribute('role', 'status');
  const text = el('p', undefined, box);
  const ok = el('button', 'vt-btn', box);
  ok.type = 'button';
  ok.addEventListener('click', () => store.getState().dismissStorageNotice());
  return {
    el: box,
    update(s) {
      box.hidden = s.ui.storageAvailable || s.ui.storageNoticeDismissed;
      setText(text, i18n.t('run:notice.storage'));
      setText(ok, i18n.t('run:notice.dismiss'));
    },
    destroy() {
      box.remove();
    },
  };
}
