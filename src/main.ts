// The composition root of the game: src/entry.ts imports it when the address asks for the game.
import { createI18n } from './i18n';
import { systemReducedMotion } from './platform/reduced-motion.ts';
import { storagePersistence } from './platform/storage.ts';
import { createGameStore, type GameStore, memoryPersistence, type Phase } from './state/store.ts';
import { renderApp } from './ui/app.ts';
import { renderDebrief } from './ui/debrief/debrief-screen.ts';
import { renderRun } from './ui/run/run-screen.ts';
import { renderSources } from './ui/sources/sources-screen.ts';
import { renderTitle } from './ui/title/title-screen.ts';
import type { OfficeView, Screen, ViewContext } from './ui/view-context.ts';
import { renderFacilitator } from './ui/workshop/facilitator-screen.ts';
import './main.css';

export interface MountOptions {
  /** Language code; defaults to English. */
  readonly lang?: string;
  /** Embedded in someone else's page: no site chrome, sound off by default. */
  readonly embed?: boolean;
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
  const i18n = createI18n(options.lang);
  const saved = storagePersistence();
  const store = createGameStore(saved.available ? saved : memoryPersistence(), embed);
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
  const screens: Record<Phase, Screen> = {
    title: renderTitle,
    run: renderRun,
    debrief: renderDebrief,
    sources: renderSources,
    facilitator: renderFacilitator,
  };
  openWorkshopFromUrl(store, embed);
  const removeApp = renderApp(element, ctx, screens);
  let destroyed = false;
  return {
    destroy() {
      if (destroyed) {
        return;
      }
      destroyed = true;
      removeApp();
    },
  };
}
