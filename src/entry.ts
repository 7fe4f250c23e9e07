/**
 * The page's entry: reads which view the address asks for, then imports only that view's
 * code, so the queue widget and the embed builder never download the game's screens (or
 * Phaser). Each branch is a separate chunk.
 */

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
    const { mount } = await import('./main.ts');
    mount(
      app,
      route.lang === undefined ? { ownsPage: true } : { lang: route.lang, ownsPage: true },
    );
  }
}

const app = globalThis.document?.getElementById('app');
if (app) void start(app);
