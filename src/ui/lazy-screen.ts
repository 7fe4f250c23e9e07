/**
 * A screen in a chunk of its own, fetched when its phase comes (the app's `prepare` waits for
 * `load()`), so a player who never opens it never downloads it. Should the fetch fail (offline
 * before the worker cached it), `fallback` draws instead, and the next visit to the phase tries
 * again.
 */
import { el, uid } from './dom.ts';
import { button } from './screen-dom.ts';
import type { Screen } from './view-context.ts';
import './title/theme.css';

export interface LazyScreen {
  /** Starts the fetch; null once loaded (nothing to wait for). */
  load(): Promise<void> | null;
  readonly screen: Screen;
}

export function lazyScreen(load: () => Promise<Screen>, fallback: Screen): LazyScreen {
  let loaded: Screen | null = null;
  let loading: Promise<void> | null = null;
  return {
    load() {
      if (loaded) return null;
      loading ??= load().then(
        (s) => {
          loaded = s;
        },
        () => {
          loading = null;
        },
      );
      return loading;
    },
    screen: (root, ctx) => (loaded ?? fallback)(root, ctx),
  };
}

/** A screen whose code could not be fetched: says so, and the way back to the title. */
export const renderLoadFailed: Screen = (root, ctx) => {
  const { i18n, store } = ctx;
  const screen = el('section', 'vt-screen vt-load-failed', root);
  const h = el('h1', undefined, screen, i18n.t('screens:common.loadFailed'));
  h.id = uid('load-failed');
  screen.setAttribute('aria-labelledby', h.id);
  const back = button(screen, 'vt-btn', i18n.t('screens:common.backToTitle'));
  back.addEventListener('click', () => store.getState().toTitle());
  return () => screen.remove();
};
