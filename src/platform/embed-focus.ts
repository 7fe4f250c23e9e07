/**
 * Inside someone else's page, any programmatic focus in the frame takes the keyboard focus
 * away from the host page (the reader's comment box, say) and can scroll it to the frame.
 * Phaser's own `autoFocus` is off (scenes/office.ts), but the screens focus their heading or
 * first control when they appear, and a modal dialog (an event card met while weeks play on
 * by themselves) focuses its first choice: right for a player who is in the game, wrong for a
 * reader who has not touched it yet. So, in a frame, until the player clicks, taps or tabs
 * into the game, focus() does nothing and a modal dialog waits; from then on both behave as
 * usual (the waiting dialog opens at once).
 */
export function holdFocusUntilPlayerActs(win: Window & typeof globalThis): () => void {
  const proto = win.HTMLElement.prototype;
  const dialogProto = win.HTMLDialogElement?.prototype;
  const nativeFocus = proto.focus;
  const nativeShowModal = dialogProto?.showModal;
  let acted = false;
  const waiting = new Set<HTMLDialogElement>();
  const here = () => acted || win.document.hasFocus();

  const act = () => {
    if (acted) return;
    acted = true;
    // After the click that got us here has moved focus where it lands, so the dialog keeps it.
    setTimeout(() => {
      for (const dialog of waiting) {
        if (dialog.isConnected && !dialog.open) nativeShowModal?.call(dialog);
      }
      waiting.clear();
    }, 0);
  };
  const events = ['pointerdown', 'keydown', 'focus'] as const;
  for (const type of events) win.addEventListener(type, act, true);

  proto.focus = function focusOnceThePlayerIsHere(this: HTMLElement, options?: FocusOptions) {
    if (here()) nativeFocus.call(this, options);
  };
  if (dialogProto && nativeShowModal) {
    // A dialog taken off the page meanwhile (its screen left) is not opened later.
    dialogProto.showModal = function showModalOnceThePlayerIsHere(this: HTMLDialogElement) {
      if (here()) nativeShowModal.call(this);
      else waiting.add(this);
    };
  }
  return () => {
    proto.focus = nativeFocus;
    if (dialogProto && nativeShowModal) dialogProto.showModal = nativeShowModal;
    for (const type of events) win.removeEventListener(type, act, true);
    waiting.clear();
  };
}
