/**
 * What the full debrief and the frame's debrief both do once built: draw now, draw again when
 * the language, the run or its state changes (a "play again" from this screen, a language
 * switch), and start the reader at the screen's heading.
 */
import type { ViewContext } from '../view-context.ts';

/** Draws with `render` and keeps it drawn; returns how to stop following. */
export function followRun(
  screen: HTMLElement,
  { store, i18n }: Pick<ViewContext, 'store' | 'i18n'>,
  render: () => void,
): () => void {
  const onLanguageChanged = (): void => render();
  i18n.on('languageChanged', onLanguageChanged);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.sim !== prev.sim || s.run !== prev.run) render();
  });
  render();
  screen.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  return () => {
    unsubscribe();
    i18n.off('languageChanged', onLanguageChanged);
  };
}
