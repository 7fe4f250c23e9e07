// The composition root of the game: src/entry.ts imports it when the address asks for the game.
import type { Resource } from 'i18next';
import { type Language, resolveLanguage, textDirection } from './content/languages.ts';
import { findScenario } from './content/scenarios.ts';
import {
  createI18n,
  DEFAULT_NAMESPACE,
  type I18n,
  isLoaded,
  languages,
  loadLanguage,
} from './i18n';
import { holdFocusUntilPlayerActs } from './platform/embed-focus.ts';
import { connectHost, isFramed } from './platform/host-bridge.ts';
import { browserLanguages, readLangParam } from './platform/language.ts';
import { mayPrefetch, whenSettled } from './platform/network.ts';
import { setPageDescription } from './platform/page-meta.ts';
import { systemReducedMotion } from './platform/reduced-motion.ts';
import { storagePersistence } from './platform/storage.ts';
import { fullGameHref, type ParsedParams } from './platform/url-params.ts';
import { createGameStore, type GameStore, memoryPersistence, type Phase } from './state/store.ts';
import { codeOfRecord } from './state/workshop.ts';
import { type Prepare, renderApp } from './ui/app.ts';
import { renderDebrief } from './ui/debrief/debrief-screen.ts';
import { renderFullGameLink, renderParamNotice } from './ui/embed/embed-ui.ts';
import { type LazyScreen, lazyScreen, renderLoadFailed } from './ui/lazy-screen.ts';
import { showNotice } from './ui/notice.ts';
import { renderRun } from './ui/run/run-screen.ts';
import { renderSources } from './ui/sources/sources-screen.ts';
import { defaultLength } from './ui/title/title-new-run.ts';
import { renderTitle } from './ui/title/title-screen.ts';
import type { OfficeView, Screen, ViewContext } from './ui/view-context.ts';
import './main.css';

/** The scenario a link starts when it names a seed or a length but no scenario. */
const DEFAULT_SCENARIO = 'mandate';

export interface MountOptions {
  /** Language code, as `?lang=` would give it; defaults to the page's own `?lang=`. */
  readonly lang?: string;
  /** Embedded in someone else's page: no site chrome, sound off by default. */
  readonly embed?: boolean;
  /** The game is the whole page: `lang` and `dir` go on <html> too. */
  readonly ownsPage?: boolean;
  /** Tests only: text that replaces or adds to the bundled resources (e.g. a pseudo-locale). */
  readonly resources?: Resource;
  /** The page's URL parameters: what to start, and the notices for those not understood. */
  readonly params?: ParsedParams;
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
 * `?code=…` opens a results code's debrief (a refused code leaves the title screen up with a
 * notice naming what is wrong; in an embed, the frame's debrief) and `?view=facilitator` the
 * facilitator view (not in an embed); `?check=later` the learning check taken alone.
 */
function openWorkshop(store: GameStore, embed: boolean, { values }: ParsedParams): void {
  if (values.code !== null) {
    store.getState().openCode(values.code, 'link');
    return;
  }
  if (values.check === 'later') store.getState().openLaterCheck();
  else if (!embed && values.view === 'facilitator') store.getState().openFacilitator();
}

/** What every screen is handed: the store, the words, and the ways to the office and to motion. */
function viewContext(store: GameStore, i18n: ViewContext['i18n'], embed: boolean): ViewContext {
  const motion = systemReducedMotion();
  const onMotionChange = (listener: () => void): (() => void) => {
    motion?.addEventListener('change', listener);
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.ui.reducedMotion !== prev.ui.reducedMotion) listener();
    });
    return () => {
      motion?.removeEventListener('change', listener);
      unsubscribe();
    };
  };
  const ctx: ViewContext = {
    store,
    i18n,
    embed,
    reducedMotion: () => (motion?.matches ?? false) || store.getState().ui.reducedMotion,
    onMotionChange,
    // The office floor (and Phaser with it) loads on demand, apart from the first download.
    mountOffice: async (parent: HTMLElement): Promise<OfficeView> => {
      const office = await import('./scenes/office.ts');
      return office.mountOffice(parent, store, {
        reducedMotion: ctx.reducedMotion,
        onMotionChange,
      });
    },
    newSeed,
  };
  return ctx;
}

/**
 * The facilitator's view (`?view=facilitator`): a workshop's own screen, with the room's ranking
 * and its QR code, in a chunk of its own that a player never downloads.
 */
const facilitator = lazyScreen(
  () => import('./ui/workshop/facilitator-screen.ts').then((m) => m.renderFacilitator),
  renderLoadFailed,
);

/** The learning check taken alone (`?check=later`), a chunk of its own too. */
const laterCheck = lazyScreen(
  () => import('./ui/check/later-screen.ts').then((m) => m.renderLaterCheck),
  renderLoadFailed,
);

/** The screens in chunks of their own, fetched when their phase comes. */
const LAZY_SCREENS: Partial<Record<Phase, LazyScreen>> = {
  facilitator,
  later: laterCheck,
};

const SCREENS: Record<Phase, Screen> = {
  title: renderTitle,
  run: renderRun,
  debrief: renderDebrief,
  sources: renderSources,
  facilitator: facilitator.screen,
  later: laterCheck.screen,
};

/**
 * The debrief in an embed: the frame's own (`ui/debrief/frame-debrief.ts`), loaded once a run
 * ends, so a reader who only looks pays nothing for it; the full-page debrief should it fail to.
 */
const frameDebrief = lazyScreen(
  () => import('./ui/debrief/frame-debrief.ts').then((m) => m.renderFrameDebrief),
  renderDebrief,
);

/**
 * What a screen waits for before it draws. The title needs only the first download; the other
 * screens also read the long namespaces (causes, debrief, model card), fetched in the background
 * once the title shows. An embed's debrief is the frame's own, a chunk of its own fetched when a
 * run ends; the facilitator's view is a chunk of its own too.
 */
function screenPreparer(i18n: I18n, embed: boolean, failedToLoad: () => void): Prepare {
  return (phase) => {
    const text =
      phase === 'title' || isLoaded(i18n, i18n.language)
        ? null
        : loadLanguage(i18n, i18n.language).catch(failedToLoad);
    const lazy = embed && phase === 'debrief' ? frameDebrief : LAZY_SCREENS[phase];
    const code = lazy?.load() ?? null;
    return text && code ? Promise.all([text, code]).then(() => {}) : (text ?? code);
  };
}

/** Starts the game inside `element`. Safe to call more than once on a page. */
export function mount(element: HTMLElement, options: MountOptions = {}): MountedGame {
  const embed = options.embed ?? false;
  const saved = storagePersistence();
  // The schema has read `?lang=` when the page's parameters come in; else it is read here.
  const param = options.lang ?? (options.params ? null : readLangParam());
  let rejectedParam: string | null = null;
  const store = createGameStore(saved.available ? saved : memoryPersistence(), embed, (choice) => {
    const resolved = resolveLanguage({ param, saved: choice, browser: browserLanguages() });
    rejectedParam = resolved.rejectedParam;
    return resolved.language;
  });
  // English is bundled, so the instance is ready now; another language is loaded before showing.
  const i18n = createI18n(undefined, options.resources);
  const ctx = viewContext(store, i18n, embed);
  if (options.params) {
    startFromParams(ctx, options.params);
    openWorkshop(store, embed, options.params);
  }
  const releaseFocus =
    embed && isFramed(window) ? holdFocusUntilPlayerActs(window) : () => undefined;
  let removeNotice: () => void = () => undefined;
  let removeLink: () => void = () => undefined;
  const host = connectHost({
    win: window,
    store,
    root: element,
    targetOrigin: options.params?.values.origin ?? null,
    languages,
    language: () => i18n.language,
    // Through the store, as the switcher does: the language's text is fetched, then shown.
    setLanguage: (lang) => void store.getState().setLanguage(lang),
    // The results code, as the debrief shows it: a host page can collect a room's runs.
    resultsCode: (run) => codeOfRecord(run),
  });
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
      // The address names the page: the facilitator's link describes the workshop view.
      const facilitator = !embed && options.params?.values.view === 'facilitator';
      setPageDescription(
        document,
        i18n.t(facilitator ? 'workshop:facilitator.intro' : 'common:description'),
      );
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
  const prepare = screenPreparer(i18n, embed, failedToLoad);
  // The office floor's module (Phaser with it), once the title idles, so a run's screen need not
  // fetch it. Not in an embed: a blog's reader who never plays should not pay for it (the full
  // game's offline worker fetches these files anyway). Not on a slow or metered connection.
  const preloadOffice = (): void => {
    if (destroyed || embed) return;
    // On <html>, for tests: whether the prefetch was held back, is waiting, or was made.
    if (options.ownsPage) document.documentElement.dataset.vtPrefetch = 'made';
    import('./scenes/office.ts').catch(() => {});
  };
  let cancelPreload: () => void = () => undefined;
  const start = (): void => {
    if (destroyed) return;
    markLanguage(i18n.language);
    // The rest of the language's text, asked for before the title is drawn so it arrives while
    // the title draws: it is small, and a run's screen waits for it, so a player who starts at
    // once should not wait for the fetch too.
    loadLanguage(i18n, i18n.language).catch(() => {});
    removeApp = renderApp(
      element,
      ctx,
      embed ? { ...SCREENS, debrief: frameDebrief.screen } : SCREENS,
      prepare,
    );
    removeNotice = renderParamNotice(element, i18n, options.params?.rejected ?? []);
    if (embed)
      removeLink = renderFullGameLink(element, i18n, fullGameHref(globalThis.location.href));
    // Once the title has painted and the page's own requests are over, so it never competes
    // with what the player is waiting for.
    if (!embed) {
      const allowed = mayPrefetch();
      if (options.ownsPage)
        document.documentElement.dataset.vtPrefetch = allowed ? 'waiting' : 'off';
      if (allowed) cancelPreload = whenSettled(window, preloadOffice);
    }
    takeShellPress(element, store);
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
      cancelPreload();
      unsubscribe();
      for (const close of notices) close();
      host.destroy();
      removeLink();
      removeNotice();
      removeApp?.();
      releaseFocus();
    },
  };
}

/** Set on <html> by the page shell's Start button (scripts/vite-page-shell.ts). */
const SHELL_START_PRESSED = 'data-vt-start-pressed';

/**
 * A press on the page shell's Start, before the game was ready, starts the run the title screen
 * offers now, as a press on the title's own Start would.
 */
function takeShellPress(element: HTMLElement, store: GameStore): void {
  const root = document.documentElement;
  if (!root.hasAttribute(SHELL_START_PRESSED)) return;
  root.removeAttribute(SHELL_START_PRESSED);
  if (store.getState().phase !== 'title') return;
  element.querySelector<HTMLFormElement>('form.vt-title-start')?.requestSubmit();
}

/**
 * `?scenario=`, `?seed=` or `?weeks=` start a run at once, on its brief; `?speed=` and
 * `?autoplay=` set it going once the player starts it.
 */
function startFromParams(ctx: ViewContext, { values, given }: ParsedParams): void {
  const state = ctx.store.getState();
  state.setSpeed(values.speed);
  if (given.includes('evidence')) state.setLinkReading(values.evidence);
  // `later` is the check alone, no run: openWorkshop opens it.
  if (values.check === 'later') return;
  if (values.check) state.setLinkCheck(true);
  if (!given.some((name) => name === 'scenario' || name === 'seed' || name === 'weeks')) return;
  const scenarioId = values.scenario ?? DEFAULT_SCENARIO;
  state.startRun({
    scenarioId,
    weeks: values.weeks ?? defaultLength(findScenario(scenarioId)?.defaultWeeks),
    seed: values.seed ?? ctx.newSeed(),
    mode: scenarioId === 'sandbox' ? 'sandbox' : 'scenario',
    evidence: values.evidence,
    // Whoever follows a link (a room's QR code, an embed) has seen no title: the brief comes first.
    brief: true,
    checkPlayer: values.check ? ctx.newSeed() : undefined,
  });
  if (values.autoplay) ctx.store.getState().setPlaying(true);
}
