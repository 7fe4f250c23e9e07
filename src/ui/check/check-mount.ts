/**
 * The learning check's second sitting over the debrief: the dialog follows the store's `check`
 * interrupt there, from `box` (kept in the debrief's screen through its redraws), as the run
 * screen's dialogs do. Once it closes, the debrief has been drawn again with the player's
 * before/after, and focus goes to its heading.
 */
import { follow } from '../run/part.ts';
import type { ViewContext } from '../view-context.ts';
import { focusCheckSection, lazyDialog, loadCheckDialog } from './check-lazy.ts';

export function mountCheckDialog(
  box: HTMLElement,
  ctx: ViewContext,
  screen: HTMLElement,
): () => void {
  const dialog = lazyDialog('check', loadCheckDialog, box, ctx);
  let open = false;
  const part = follow(
    ctx.store,
    box,
    (s) => s.interrupt,
    (i, s) => {
      dialog.show(i?.kind === 'check' ? i : null, s);
      const wasOpen = open;
      open = i?.kind === 'check';
      if (wasOpen && !open) focusCheckSection(screen);
    },
  );
  return () => {
    dialog.destroy();
    part.destroy();
  };
}
