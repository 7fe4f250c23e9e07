/**
 * The page's entry: reads which view the address asks for, then imports only that view's
 * code, so the queue widget and the embed builder never download the game's screens (or
 * Phaser). Each branch is a separate chunk.
 */
import { whenSettled } from './platform/network.ts';
import { registerOffline } from './platform/offline.ts';
import type { ParsedParams } from './platform/url-params.ts';
import { warmType } from './ui/type-warm.ts';

export type View = 'game' | 'widget' | 'embed-builder';

export interface Route {
  view: View;
  lang: string | undefined;
  scenario: string | undefined;
  seed: number | undefined;
  weeks: number | undefined;
  /** 1, 2 or 4: how fast weeks play on by themselves. */
  speed: number;
}

/** Which view the parsed address asks for, and what it starts with. */
export function routeOf({ values }: ParsedParams): Route {
  const view: View =
    values.widget === 'queue'
      ? 'widget'
      : values.view === 'embed-builder'
        ? 'embed-builder'
        : 'game';
  return {
    view,
    lang: values.lang ?? undefined,
    scenario: values.scenario ?? undefined,
    seed: values.seed ?? undefined,
    weeks: values.weeks ?? undefined,
    speed: values.speed,
  };
}

/**
 * The view the address most likely asks for, read without the schema (which decides), so the
 * view's code is fetched alongside the schema's rather than after it: one round trip fewer
 * before the first screen on a slow connection.
 */
export function likelyView(search: string): View {
  const params = new URLSearchParams(search);
  if (params.get('widget') === 'queue') return 'widget';
  return params.get('view') === 'embed-builder' ? 'embed-builder' : 'game';
}

const viewCode = {
  game: () => import('./main.ts'),
  widget: () => import('./widget-main.ts'),
  'embed-builder': () => import('./embed-builder-main.ts'),
} as const;

/**
 * Resolves once the browser has put what index.html shows (the name, and on the title screen its
 * first words) on screen, so it is read before the view's first render, a long task on a slow
 * phone, holds the page up; and so the view taking its place does not beat the browser's own
 * record of that paint. At most `maxMs` later, for a page the browser does not draw (a hidden
 * tab, a frame out of sight).
 */
function shellPainted(maxMs = 250): Promise<void> {
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden' || typeof PerformanceObserver !== 'function') {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      observer.disconnect();
      resolve();
    };
    const timer = setTimeout(done, maxMs);
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/**
 * Takes the page shell (index.html's name and first words) out of `app` as soon as the view has
 * put a screen of its own there: hidden by the shell's style from that moment, it would still
 * say its words twice to anything that reads the page.
 */
function dropShellOnceReplaced(app: HTMLElement): void {
  const shell = app.querySelector(':scope > .vt-boot');
  if (!shell) return;
  const replaced = (): boolean => {
    if (app.childElementCount < 2) return false;
    shell.remove();
    observer.disconnect();
    return true;
  };
  const observer = new MutationObserver(replaced);
  if (!replaced()) observer.observe(app, { childList: true });
}

async function start(app: HTMLElement): Promise<void> {
  const likely = likelyView(globalThis.location.search);
  const early = viewCode[likely]();
  // The game's type while its code is on the way, from the frame after the shell's first, and
  // no longer once the code is in: then the title comes first, and a press on Start must not
  // wait behind the rest (see type-warm.ts).
  if (likely === 'game') {
    const stopWarming = warmType(app.querySelector('.vt-boot') ?? app);
    early.then(stopWarming, stopWarming);
  }
  // A guess the schema overrules leaves this fetch unused: never an unhandled rejection.
  early.catch(() => undefined);
  // Every view reads the address through the one schema, with a notice for a value it refuses.
  const { pageParams } = await import('./platform/url-params.ts');
  const params = pageParams();
  const route = routeOf(params);
  await shellPainted();
  dropShellOnceReplaced(app);
  if (route.view === 'widget') {
    const { startWidget } = await viewCode.widget();
    await startWidget(app, route, params.rejected);
  } else if (route.view === 'embed-builder') {
    const { startEmbedBuilder } = await viewCode['embed-builder']();
    await startEmbedBuilder(app, route, params.rejected);
  } else {
    const { mount } = await viewCode.game();
    if (params.values.embed) document.documentElement.classList.add('vt-embed');
    mount(app, {
      ...(params.values.lang === null ? {} : { lang: params.values.lang }),
      embed: params.values.embed,
      params,
      ownsPage: true,
    });
    // The game keeps working offline once loaded (the worker caches the whole site, widget and
    // builder included). Not from the widget or the builder: a blog's readers should not download
    // the whole game in the background.
    // Once the page has settled (painted, loaded, its requests over, the browser idle): starting
    // the worker holds the page's main thread for a moment, and its precaching (the whole site)
    // would compete with the first screen's own files on a slow connection.
    whenSettled(window, () => registerOffline());
  }
  // The boot check (a classic script) explains a frame where this module never started.
  document.documentElement.dataset.vtStarted = '1';
  document.dispatchEvent(new Event('vt-started'));
}

const app = globalThis.document?.getElementById('app');
if (app) void start(app);
