/**
 * The composition root of the queue widget (`?widget=queue`): its i18n, its own small store
 * and the view, without the game's screens, the office scene or Phaser.
 */
import { createI18n, loadLanguage } from './i18n';
import { setPageDescription } from './platform/page-meta.ts';
import { systemReducedMotion } from './platform/reduced-motion.ts';
import { createWidgetStore, type WidgetOptions } from './state/widget-store.ts';
import { renderParamNotice } from './ui/embed/embed-ui.ts';
import { renderQueueWidget, WEEK_MS } from './ui/widget/queue-widget.ts';

export interface WidgetStartOptions {
  lang?: string | undefined;
  scenario?: string | undefined;
  seed?: number | undefined;
  weeks?: number | undefined;
  /** `?speed=`: weeks play 1, 2 or 4 times faster than the calm default. */
  speed?: number | undefined;
}

/** The full game in the same language and scenario, for the "open the full game" link. */
export function fullGameUrl(base: string, o: WidgetStartOptions): string {
  const url = new URL('./', base);
  if (o.lang) url.searchParams.set('lang', o.lang);
  if (o.scenario) url.searchParams.set('scenario', o.scenario);
  return url.href;
}

export async function startWidget(
  root: HTMLElement,
  o: WidgetStartOptions,
  rejected: readonly string[] = [],
): Promise<{ destroy(): void }> {
  const i18n = createI18n(o.lang);
  // A language other than English is fetched first; if it cannot be, the view shows in English.
  const lang = o.lang;
  if (lang) {
    // Resolved again once the text is in (i18next settled on English while it was missing).
    await loadLanguage(i18n, lang, ['common', 'embed', 'run', 'widget']).then(
      () => i18n.changeLanguage(lang),
      () => i18n.changeLanguage('en'),
    );
  }
  const motion = systemReducedMotion();
  const options: WidgetOptions = { scenarioId: o.scenario, seed: o.seed, weeks: o.weeks };
  const store = createWidgetStore(options);
  document.title = i18n.t('widget:queue.title');
  setPageDescription(document, i18n.t('widget:queue.description'));
  const remove = renderQueueWidget(root, {
    store,
    i18n,
    reducedMotion: () => motion?.matches ?? false,
    gameUrl: fullGameUrl(globalThis.location.href, o),
    weekMs: WEEK_MS / (o.speed ?? 1),
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
