/**
 * A quiet, non-blocking notice about what the browser keeps, one message at a time, most
 * pressing first: saved data that could not be read (and was kept aside), a save the browser
 * refused, or a browser that keeps nothing at all. In a blog's frame (a sandboxed frame keeps
 * nothing) "nothing is kept" is one short line over the game, which goes at the reader's first
 * press in the run: it must not take a row of a 240 px frame, nor need a click of its own.
 */
import type { GameState } from '../../state/store.ts';
import { el, setText } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import { follow, type Part } from './part.ts';

type Message = 'setAside' | 'saveFailed' | 'unavailable' | null;

function messageOf(s: GameState): Message {
  if (s.ui.savedDataSetAside) return 'setAside';
  if (s.ui.storageNoticeDismissed) return null;
  if (s.ui.saveFailed) return 'saveFailed';
  return s.ui.storageAvailable ? null : 'unavailable';
}

/** `setAsideOnly`: the title screen's notice, where "nothing will be kept" waits for the run. */
export function createStorageNotice(ctx: ViewContext, setAsideOnly = false): Part {
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
  const framed = ctx.embed && !setAsideOnly;
  box.classList.toggle('vt-notice-frame', framed);
  const draw = (message: Message): void => {
    box.hidden = message === null;
    box.dataset.message = message ?? '';
    if (framed && message === 'unavailable') {
      setText(text, i18n.t('embed:notice.storage'));
      setText(ok, i18n.t('embed:notice.dismiss'));
    } else if (message === 'setAside') {
      setText(text, i18n.t('hardening:notice.setAside'));
      setText(ok, i18n.t('hardening:notice.ok'));
    } else if (message === 'saveFailed') {
      setText(text, i18n.t('hardening:notice.saveFailed'));
      setText(ok, i18n.t('run:notice.dismiss'));
    } else {
      setText(text, i18n.t('run:notice.storage'));
      setText(ok, i18n.t('run:notice.dismiss'));
    }
  };
  const shown = (s: GameState): Message => {
    const message = messageOf(s);
    return setAsideOnly && message !== 'setAside' ? null : message;
  };
  const part = follow(store, box, shown, draw);
  if (!framed) return part;
  // The first press in the run once it has begun (the brief's own Start is the press that shows
  // the run, not one made in it) reads as "seen".
  const doc = box.ownerDocument;
  const seen = (): void => {
    const s = store.getState();
    if (s.interrupt?.kind === 'brief' || messageOf(s) !== 'unavailable') return;
    doc.removeEventListener('pointerdown', seen, true);
    doc.removeEventListener('keydown', seen, true);
    s.dismissStorageNotice();
  };
  doc.addEventListener('pointerdown', seen, true);
  doc.addEventListener('keydown', seen, true);
  return {
    ...part,
    destroy() {
      doc.removeEventListener('pointerdown', seen, true);
      doc.removeEventListener('keydown', seen, true);
      part.destroy();
    },
  };
}
