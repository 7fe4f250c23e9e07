/**
 * A real modal `<dialog>`: `showModal()` makes the rest of the page inert, so focus stays
 * inside while it is open. A dialog that needs an answer refuses Escape, and is shown again
 * should the browser close it anyway.
 */
import { el, uid } from '../dom.ts';
import './dialogs.css';

export interface Modal {
  readonly dialog: HTMLDialogElement;
  readonly heading: HTMLHeadingElement;
  readonly body: HTMLDivElement;
  readonly isOpen: () => boolean;
  open(focus?: HTMLElement | null): void;
  close(): void;
  destroy(): void;
}

export function createModal(
  parent: HTMLElement,
  className: string,
  options: { dismissible: () => boolean; onDismiss?: () => void },
): Modal {
  const dialog = el('dialog', `vt-dialog ${className}`, parent);
  const heading = el('h2', 'vt-dialog-title', dialog);
  heading.id = uid('dialog-h');
  // The title takes focus when nothing else should, so a long dialog is read from its top.
  heading.tabIndex = -1;
  dialog.setAttribute('aria-labelledby', heading.id);
  const body = el('div', 'vt-dialog-body', dialog);
  let wanted = false;
  let returnTo: Element | null = null;

  const onCancel = (e: Event) => {
    if (!options.dismissible()) {
      e.preventDefault();
      return;
    }
    e.preventDefault();
    options.onDismiss?.();
  };
  const onClose = () => {
    // Closed by the browser while an answer is still owed: bring it back.
    if (wanted && dialog.isConnected) dialog.showModal();
  };
  // Escape on a dialog that needs an answer does nothing (browsers may force a cancel through
  // after repeated presses; `onClose` covers that).
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !options.dismissible()) e.preventDefault();
  };
  dialog.addEventListener('keydown', onKey);
  dialog.addEventListener('cancel', onCancel);
  dialog.addEventListener('close', onClose);

  return {
    dialog,
    heading,
    body,
    isOpen: () => dialog.open,
    open(focus) {
      wanted = true;
      if (!dialog.open) {
        returnTo = document.activeElement;
        dialog.showModal();
      }
      (focus ?? heading).focus();
    },
    close() {
      wanted = false;
      if (dialog.open) dialog.close();
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
      returnTo = null;
    },
    destroy() {
      wanted = false;
      dialog.removeEventListener('keydown', onKey);
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onClose);
      if (dialog.open) dialog.close();
      dialog.remove();
    },
  };
}
