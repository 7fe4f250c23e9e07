// The composition root of the game: src/entry.ts imports it when the address asks for the game.
import type { Resource } from 'i18next';
import { type Language, resolveLanguage, textDirection } from './content/languages.ts';
import { createI18n, DEFAULT_NAMESPACE, isLoaded, loadLanguage } from './i18n';
import { browserLanguages, readLangParam } from './platform/language.ts';
import { systemReducedMotion } from './platform/reduced-motion.ts';
import { storagePersistence } from './platform/storage.ts';
import { createGameStore, type GameStore, memoryPersistence, type Phase } from './state/store.ts';
import { type Prepare, renderApp } from './ui/app.ts';
import { renderDebrief } from './ui/debrief/debrief-screen.ts';
import { showNotice } from './ui/notice.ts';
import { renderRun } from './ui/run/run-screen.ts';
import { renderSources } from './ui/sources/sources-screen.ts';
import { renderTitle } from './ui/title/title-screen.ts';
import type { OfficeView, Screen, ViewContext } from './ui/view-context.ts';
import { renderFacilitator } from './ui/workshop/facilitator-screen.ts';
import './main.css';

export interface MountOptions {
  /** Language code, as `?lang=` would give it; defaults to the page's own `?lang=`. */
  readonly lang?: string;
  /** Embedded in someone else's page: no site chrome, sound off by default. */
  readonly embed?: boolean;
  /** The game is the whole page: `lang` and `dir` go on <html> too. */
  readonly ownsPage?: boolean;
  /** Tests only: text that replaces or adds to the bundled resources (e.g. a pseudo-locale). */
  readonly resources?: Resource;
}

export interface MountedGame {
  /** Removes everything `mount` added and stops every listener it started. */
  destroy(): void;
}

/** A fresh 32-bit seed from the browser's cryptographic randomness. */
function newSeed(): number {
  const out = new Uint32Array(1);
  globalThis.crypto.getRandomValues(out);
  return out[0] ?? 1;
}

/**
 * `?view=facilitator` opens the facilitator view and `?code=…` a results code's debrief.
 * Stand-in until the typed URL parameter schema reads these (it validates `view` and `code`).
 */
function openWorkshopFromUrl(store: GameStore, embed: boolean): void {
  if (embed) return;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(globalThis.location?.search ?? '');
  } catch {
    return;
  }
  const code = params.get('code');
  if (code !== null) {
    // A refused code leaves the title screen up with a notice naming what is wrong.
    store.getState().openCode(code, 'link');
    return;
  }
  if (params.get('view') === 'facilitator') store.getState().openFacilitator();
}

/** Starts the game inside `element`. Safe to call more than once on a page. */
export function mount(element: HTMLElement, options: MountOptions = {}): MountedGame {
  const embed = options.embed ?? false;
  const saved = storagePersistence();
  const param = options.lang ?? readLangParam();
  let rejectedParam: string | null = null;
  const store = createGameStore(saved.available ? saved : memoryPersistence(), embed, (choice) => {
    const resolved = resolveLanguage({ param, saved: choice, browser: browserLanguages() });
    rejectedParam = resolved.rejectedParam;
    return resolved.language;
  });
  // English is bundled, so the instance is ready now; another language is loaded before showing.
  const i18n = createI18n(undefined, options.resources);
  const motion = systemReducedMotion();
  const ctx: ViewContext = {
    store,
    i18n,
    embed,
    reducedMotion: () => (motion?.matches ?? false) || store.getState().ui.reducedMotion,
    // The office floor (and Phaser with it) loads on demand, apart from the first download.
    mountOffice: async (parent: HTMLElement): Promise<OfficeView> => {
      const office = await import('./scenes/office.ts');
      return office.mountOffice(parent, store, { reducedMotion: ctx.reducedMotion });
    },
    newSeed,
  };
  const screens: Record<Phase, Screen> = {
    title: renderTitle,
    run: renderRun,
    debrief: renderDebrief,
    sources: renderSources,
    facilitator: renderFacilitator,
  };
  openWorkshopFromUrl(store, embed);
  let destroyed = false;
  let removeApp: (() => void) | null = null;
  const notices: Array<() => void> = [];
  const notify = (text: string): void => {
    if (!destroyed) notices.push(showNotice(element, text, i18n.t('settings:notice.close')));
  };
  const failedToLoad = (): void => notify(i18n.t('settings:language.loadFailed'));
  const markLanguage = (language: string): void => {
    const dir = textDirection(language);
    element.lang = language;
    element.dir = dir;
    if (options.ownsPage) {
      document.documentElement.lang = language;
      document.documentElement.dir = dir;
    }
  };
  /** Loads `language` and switches to it; on failure the game stays in the language it had. */
  const apply = async (language: Language): Promise<void> => {
    try {
      await loadLanguage(i18n, language);
    } catch {
      failedToLoad();
      return;
    }
    // A later switch may have overtaken this one while its text was loading.
    if (destroyed || store.getState().ui.language !== language) return;
    await i18n.changeLanguage(language);
    markLanguage(language);
  };
  // The title needs only the first download; the other screens also read the long namespaces
  // (causes, debrief, model card), fetched in the background once the title shows.
  const prepare: Prepare = (phase) =>
    phase === 'title' || isLoaded(i18n, i18n.language)
      ? null
      : loadLanguage(i18n, i18n.language).catch(failedToLoad);
  const preload = (): void => {
    if (!destroyed) loadLanguage(i18n, i18n.language).catch(() => {});
  };
  const start = (): void => {
    if (destroyed) return;
    markLanguage(i18n.language);
    removeApp = renderApp(element, ctx, screens, prepare);
    // Once the title is up and the browser idle, so it never competes with the first paint.
    if (typeof globalThis.requestIdleCallback === 'function') {
      globalThis.requestIdleCallback(preload, { timeout: 2000 });
    } else {
      setTimeout(preload, 500);
    }
    if (rejectedParam !== null) {
      const language = i18n.t(`settings:language.names.${store.getState().ui.language}`);
      notify(i18n.t('settings:language.unknownParam', { value: rejectedParam, language }));
    }
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.ui.language !== prev.ui.language) void apply(s.ui.language);
  });
  const first = store.getState().ui.language;
  if (i18n.hasResourceBundle(first, DEFAULT_NAMESPACE)) {
    // Bundled (English, or resources handed in): render at once, with no flash of other text.
    void i18n.changeLanguage(first);
    start();
  } else {
    // Nothing is drawn until the language's text is in, so no English flashes before it.
    void apply(first).finally(start);
  }
  return {
    destroy() {
      if (destroyed) {
        return;
      }
      destroyed = true;
      unsubscribe();
      for (const close of notices) close();
      removeApp?.();
    },
  };
}
