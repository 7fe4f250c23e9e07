/**
 * The page's entry: reads which view the address asks for, then imports only that view's
 * code, so the queue widget and the embed builder never download the game's screens (or
 * Phaser). Each branch is a separate chunk.
 */
import { registerOffline } from './platform/offline.ts';

export type View = 'game' | 'widget' | 'embed-builder';

export interface Route {
  view: View;
  lang: string | undefined;
  scenario: string | undefined;
  seed: number | undefined;
  weeks: number | undefined;
}

/**
 * TEMPORARY: the typed URL parameter schema (platform/url-params.ts) replaces this at merge,
 * with its notices for bad values. Until then a value this does not know is simply ignored.
 */
export function routeOf(search: string): Route {
  const p = new URLSearchParams(search);
  const int = (name: string): number | undefined => {
    const raw = p.get(name);
    return raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : undefined;
  };
  const view: View =
    p.get('widget') === 'queue'
      ? 'widget'
      : p.get('view') === 'embed-builder'
        ? 'embed-builder'
        : 'game';
  return {
    view,
    lang: p.get('lang') ?? undefined,
    scenario: p.get('scenario') ?? undefined,
    seed: int('seed'),
    weeks: int('weeks'),
  };
}

async function start(app: HTMLElement): Promise<void> {
  const route = routeOf(globalThis.location.search);
  if (route.view === 'widget') {
    const { startWidget } = await import('./widget-main.ts');
    await startWidget(app, route);
  } else if (route.view === 'embed-builder') {
    const { startEmbedBuilder } = await import('./embed-builder-main.ts');
    await startEmbedBuilder(app, route);
  } else {
    const [{ mount }, { pageParams }] = await Promise.all([
      import('./main.ts'),
      import('./platform/url-params.ts'),
    ]);
    const params = pageParams();
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
    registerOffline();
  }
  // The boot check (a classic script) explains a frame where this module never started.
  document.documentElement.dataset.vtStarted = '1';
  document.dispatchEvent(new Event('vt-started'));
}

const app = globalThis.document?.getElementById('app');
if (app) void start(app);
