/**
 * A quiet, non-blocking notice about what the browser keeps, one message at a time, most
 * pressing first: saved data that could not be read (and was kept aside), a save the browser
 * refused, or a browser that keeps nothing at all.
 */
import type { GameState } from '../../state/store.ts';
import { el, type Part, setText } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';

type Message = 'setAside' | 'saveFailed' | 'unavailable' | null;

function messageOf(s: GameState): Message {
  if (s.ui.savedDataSetAside) return 'setAside';
  if (s.ui.storageNoticeDismissed) return null;
  if (s.ui.saveFailed) return 'saveFailed';
  return s.ui.storageAvailable ? null : 'unavailable';
}

export function createStorageNotice(ctx: ViewContext): Part<GameState> {
  const { store, i18n } = ctx;
  const box = el('div', 'vt-notice');
  box.setAttribute('role', 'status');
  const text = el('p', undefined, box);
  const ok = el('button', 'vt-btn', box);
  ok.type = 'button';
  ok.addEventListener('click', () => {
    const s = store.getState();
    if (messageOf(s) === 'setAside') s.dismissSetAsideNotice();
    else s.dismissStorageNotice();
  });
  return {
    el: box,
    update(s) {
      const message = messageOf(s);
      box.hidden = message === null;
      box.dataset.message = message ?? '';
      if (message === 'setAside') {
        setText(text, i18n.t('hardening:notice.setAside'));
        setText(ok, i18n.t('hardening:notice.ok'));
      } else if (message === 'saveFailed') {
        setText(text, i18n.t('hardening:notice.saveFailed'));
        setText(ok, i18n.t('run:notice.dismiss'));
      } else {
        setText(text, i18n.t('run:notice.storage'));
        setText(ok, i18n.t('run:notice.dismiss'));
      }
    },
    destroy() {
      box.remove();
    },
  };
}
