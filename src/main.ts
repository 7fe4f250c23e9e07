// The composition root of the game: src/entry.ts imports it when the address asks for the game.
import { findScenario } from './content/scenarios.ts';
import { createI18n, languages } from './i18n';
import { holdFocusUntilPlayerActs } from './platform/embed-focus.ts';
import { connectHost, isFramed } from './platform/host-bridge.ts';
import { systemReducedMotion } from './platform/reduced-motion.ts';
import { storagePersistence } from './platform/storage.ts';
import { fullGameHref, type ParsedParams } from './platform/url-params.ts';
import { createGameStore, type GameStore, memoryPersistence, type Phase } from './state/store.ts';
import { renderApp } from './ui/app.ts';
import { renderDebrief } from './ui/debrief/debrief-screen.ts';
import { renderFullGameLink, renderParamNotice } from './ui/embed/embed-ui.ts';
import { renderRun } from './ui/run/run-screen.ts';
import { renderSources } from './ui/sources/sources-screen.ts';
import { defaultLength, renderTitle } from './ui/title/title-screen.ts';
import type { OfficeView, Screen, ViewContext } from './ui/view-context.ts';
import { renderFacilitator } from './ui/workshop/facilitator-screen.ts';
import './main.css';

/** The scenario a link starts when it names a seed or a length but no scenario. */
const DEFAULT_SCENARIO = 'mandate';

export interface MountOptions {
  /** Language code; defaults to English. */
  readonly lang?: string;
  /** Embedded in someone else's page: no site chrome, sound off by default. */
  readonly embed?: boolean;
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
 * notice naming what is wrong) and `?view=facilitator` the facilitator view; neither in an embed.
 */
function openWorkshop(store: GameStore, embed: boolean, { values }: ParsedParams): void {
  if (embed) return;
  if (values.code !== null) {
    store.getState().openCode(values.code, 'link');
    return;
  }
  if (values.view === 'facilitator') store.getState().openFacilitator();
}

/** Starts the game inside `element`. Safe to call more than once on a page. */
export function mount(element: HTMLElement, options: MountOptions = {}): MountedGame {
  const embed = options.embed ?? false;
  const i18n = createI18n(options.lang);
  const saved = storagePersistence();
  const store = createGameStore(saved.available ? saved : memoryPersistence(), embed);
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
  if (options.params) {
    startFromParams(ctx, options.params);
    openWorkshop(store, embed, options.params);
  }
  const releaseFocus =
    embed && isFramed(window) ? holdFocusUntilPlayerActs(window) : () => undefined;
  const removeApp = renderApp(element, ctx, screens);
  const removeNotice = renderParamNotice(element, i18n, options.params?.rejected ?? []);
  const removeLink = embed
    ? renderFullGameLink(element, i18n, fullGameHref(globalThis.location.href))
    : () => undefined;
  const host = connectHost({
    win: window,
    store,
    root: element,
    targetOrigin: options.params?.values.origin ?? null,
    languages,
    language: () => i18n.language,
    setLanguage: (lang) => void i18n.changeLanguage(lang),
    // The workshop's results code joins `run-finished` here: resultsCode: (run, sim) => ...
  });
  let destroyed = false;
  return {
    destroy() {
      if (destroyed) {
        return;
      }
      destroyed = true;
      host.destroy();
      removeLink();
      removeNotice();
      removeApp();
      releaseFocus();
    },
  };
}

/** `?scenario=`, `?seed=` or `?weeks=` start a run at once; `?speed=` and `?autoplay=` set it going. */
function startFromParams(ctx: ViewContext, { values, given }: ParsedParams): void {
  const state = ctx.store.getState();
  state.setSpeed(values.speed);
  if (!given.some((name) => name === 'scenario' || name === 'seed' || name === 'weeks')) return;
  const scenarioId = values.scenario ?? DEFAULT_SCENARIO;
  state.startRun({
    scenarioId,
    weeks: values.weeks ?? defaultLength(findScenario(scenarioId)?.defaultWeeks),
    seed: values.seed ?? ctx.newSeed(),
    mode: scenarioId === 'sandbox' ? 'sandbox' : 'scenario',
  });
  if (values.autoplay) ctx.store.getState().setPlaying(true);
}
