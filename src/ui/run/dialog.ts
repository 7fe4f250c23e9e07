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
  options: {
    dismissible: () => boolean;
    onDismiss?: () => void;
    /**
     * Shown in the page rather than over it (`show()`, not `showModal()`): an embed's cover card,
     * which must be seen before the reader acts, when a modal would wait (platform/embed-focus.ts).
     */
    modeless?: boolean;
  },
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
  // In the page, opened by its attribute: `show()` would move focus into it, and in a frame that
  // takes the host page's focus before the reader acts (platform/embed-focus.ts).
  const show = () => (options.modeless ? dialog.setAttribute('open', '') : dialog.showModal());
  const onClose = () => {
    // Closed by the browser while an answer is still owed: bring it back.
    if (wanted && dialog.isConnected) show();
  };
  // Escape on a dialog that needs an answer does nothing (browsers may force a cancel through
  // after repeated presses; `onClose` covers that). A dialog shown in the page gets no cancel
  // event: Escape dismisses it here.
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    if (!options.dismissible()) e.preventDefault();
    else if (options.modeless) {
      e.preventDefault();
      options.onDismiss?.();
    }
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
        show();
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
