/** The composition root of the embed builder (`?view=embed-builder`): no game screens, no Phaser. */
import { createI18n } from './i18n';
import { writeClipboard } from './platform/clipboard.ts';
import { renderEmbedBuilder } from './ui/embed-builder/embed-builder.ts';

export function startEmbedBuilder(
  root: HTMLElement,
  o: { lang?: string | undefined },
): { destroy(): void } {
  const i18n = createI18n(o.lang);
  document.title = i18n.t('widget:builder.title');
  const remove = renderEmbedBuilder(root, {
    i18n,
    gameBase: new URL('./', globalThis.location.href).href,
    copyText: writeClipboard,
  });
  return { destroy: remove };
}
