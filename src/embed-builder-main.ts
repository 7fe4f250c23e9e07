/** The composition root of the embed builder (`?view=embed-builder`): no game screens, no Phaser. */
import { createI18n, loadLanguage } from './i18n';
import { writeClipboard } from './platform/clipboard.ts';
import { renderEmbedBuilder } from './ui/embed-builder/embed-builder.ts';

export async function startEmbedBuilder(
  root: HTMLElement,
  o: { lang?: string | undefined },
): Promise<{ destroy(): void }> {
  const i18n = createI18n(o.lang);
  // A language other than English is fetched first; if it cannot be, the view shows in English.
  if (o.lang) {
    await loadLanguage(i18n, o.lang, ['common', 'content', 'settings', 'widget']).catch(() =>
      i18n.changeLanguage('en'),
    );
  }
  document.title = i18n.t('widget:builder.title');
  const remove = renderEmbedBuilder(root, {
    i18n,
    gameBase: new URL('./', globalThis.location.href).href,
    copyText: writeClipboard,
  });
  return { destroy: remove };
}
