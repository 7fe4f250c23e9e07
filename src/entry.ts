/**
 * The page's entry: reads which view the address asks for, then imports only that view's
 * code, so the queue widget and the embed builder never download the game's screens (or
 * Phaser). Each branch is a separate chunk.
 */
import { registerOffline } from './platform/offline.ts';
import type { ParsedParams } from './platform/url-params.ts';

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

async function start(app: HTMLElement): Promise<void> {
  // Every view reads the address through the one schema, with a notice for a value it refuses.
  const { pageParams } = await import('./platform/url-params.ts');
  const params = pageParams();
  const route = routeOf(params);
  if (route.view === 'widget') {
    const { startWidget } = await import('./widget-main.ts');
    await startWidget(app, route, params.rejected);
  } else if (route.view === 'embed-builder') {
    const { startEmbedBuilder } = await import('./embed-builder-main.ts');
    await startEmbedBuilder(app, route, params.rejected);
  } else {
    const { mount } = await import('./main.ts');
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
