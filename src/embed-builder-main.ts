/** The composition root of the embed builder (`?view=embed-builder`): no game screens, no Phaser. */
import { createI18n, loadLanguage } from './i18n';
import { writeClipboard } from './platform/clipboard.ts';
import { setPageDescription } from './platform/page-meta.ts';
import { renderParamNotice } from './ui/embed/embed-ui.ts';
import { renderEmbedBuilder } from './ui/embed-builder/embed-builder.ts';

export async function startEmbedBuilder(
  root: HTMLElement,
  o: { lang?: string | undefined },
  rejected: readonly string[] = [],
): Promise<{ destroy(): void }> {
  const i18n = createI18n(o.lang);
  // A language other than English is fetched first; if it cannot be, the view shows in English.
  const lang = o.lang;
  if (lang) {
    // Resolved again once the text is in (i18next settled on English while it was missing).
    await loadLanguage(i18n, lang, ['common', 'content', 'embed', 'settings', 'widget']).then(
      () => i18n.changeLanguage(lang),
      () => i18n.changeLanguage('en'),
    );
  }
  document.title = i18n.t('widget:builder.title');
  setPageDescription(document, i18n.t('widget:builder.intro'));
  const remove = renderEmbedBuilder(root, {
    i18n,
    gameBase: new URL('./', globalThis.location.href).href,
    copyText: writeClipboard,
  });
  // A parameter the address got wrong is named once, as in the game.
  const removeNotice = renderParamNotice(root, i18n, rejected);
  return {
    destroy() {
      removeNotice();
      remove();
    },
  };
}
