// The composition root: the only module that wires the rooms together.
import { createI18n } from './i18n';
import { renderTitleScreen } from './ui/title-screen';
import './main.css';

export interface MountOptions {
  /** Language code; defaults to English. */
  readonly lang?: string;
}

export interface MountedGame {
  /** Removes everything `mount` added and stops every listener it started. */
  destroy(): void;
}

/** Starts the game inside `element`. Safe to call more than once on a page. */
export function mount(element: HTMLElement, options: MountOptions = {}): MountedGame {
  const i18n = createI18n(options.lang);
  const removeTitleScreen = renderTitleScreen(element, i18n);
  let destroyed = false;
  return {
    destroy() {
      if (destroyed) {
        return;
      }
      destroyed = true;
      removeTitleScreen();
    },
  };
}

const app = document.getElementById('app');
if (app) {
  mount(app);
}
