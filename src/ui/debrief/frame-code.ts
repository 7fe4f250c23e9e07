/**
 * When the host page's sandbox lets the frame open no tab: the run's results code in a read-only
 * field, with the debrief's own copy buttons (the Clipboard API, else the selection copy) and one
 * line saying how to reach the full debrief with it. A dialog over the frame's debrief, so it fits
 * the smallest frame without pushing anything out of view.
 */
import type { I18n } from '../../i18n';
import { el, setText, uid } from '../dom.ts';
import { createModal } from '../run/dialog.ts';
import { button } from '../screen-dom.ts';
import { copyAndSay } from '../workshop/clipboard.ts';
import { fullDebriefHref } from './full-debrief-link.ts';

export interface CodeDialog {
  /** Shows `code` with the field focused and selected; closing gives focus back to what had it. */
  open(code: string): void;
  /** Writes the dialog's words in the current language. */
  text(): void;
  destroy(): void;
}

export function createCodeDialog(parent: HTMLElement, i18n: I18n): CodeDialog {
  const id = uid('frame-code');
  const modal = createModal(parent, 'vt-fd-code', {
    dismissible: () => true,
    onDismiss: () => modal.close(),
  });
  const how = el('p', 'vt-fd-code-how', modal.body);
  const row = el('div', 'vt-fd-code-row', modal.body);
  const label = el('label', 'vt-fd-code-label', row);
  label.htmlFor = `${id}-field`;
  const field = el('input', 'vt-field vt-fd-code-field', row);
  field.id = `${id}-field`;
  field.readOnly = true;
  field.spellcheck = false;
  field.autocomplete = 'off';
  const copy = button(row, 'vt-btn vt-btn-primary');
  const copyLink = button(row, 'vt-btn');
  const status = el('p', 'vt-fd-code-status', modal.body);
  status.setAttribute('role', 'status');
  // Beside the title, so the smallest frame has room for the rest.
  const close = button(modal.dialog, 'vt-btn vt-fd-code-close');
  modal.heading.after(close);
  let code = '';

  const text = (): void => {
    setText(modal.heading, i18n.t('workshop:code.heading'));
    setText(how, i18n.t('debrief:frame.codeHow'));
    setText(label, i18n.t('workshop:code.label'));
    setText(copy, i18n.t('workshop:code.copy'));
    setText(copyLink, i18n.t('workshop:code.copyLink'));
    setText(close, i18n.t('settings:notice.close'));
  };
  const run = (value: string, ok: string) =>
    copyAndSay(value, field, code, status, { ok, failed: i18n.t('workshop:code.copyFailed') });
  const onFocus = (): void => field.select();
  const onCopy = (): void => void run(code, i18n.t('workshop:code.copied'));
  const onCopyLink = (): void => {
    const href = fullDebriefHref(document.baseURI, code, i18n.resolvedLanguage ?? i18n.language);
    void run(href, i18n.t('workshop:code.linkCopied'));
  };
  const onClose = (): void => modal.close();
  field.addEventListener('focus', onFocus);
  copy.addEventListener('click', onCopy);
  copyLink.addEventListener('click', onCopyLink);
  close.addEventListener('click', onClose);
  text();

  return {
    open(value) {
      code = value;
      field.value = value;
      status.textContent = '';
      modal.open(field);
    },
    text,
    destroy() {
      field.removeEventListener('focus', onFocus);
      copy.removeEventListener('click', onCopy);
      copyLink.removeEventListener('click', onCopyLink);
      close.removeEventListener('click', onClose);
      modal.destroy();
    },
  };
}
