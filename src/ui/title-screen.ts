import type { I18n } from '../i18n';
import './title-screen.css';

/**
 * Renders the title screen into `root` and keeps its text in the current language.
 * Returns a function that removes it and stops listening.
 */
export function renderTitleScreen(root: HTMLElement, i18n: I18n): () => void {
  const screen = document.createElement('section');
  screen.className = 'vt-title-screen';
  const title = document.createElement('h1');
  title.className = 'vt-title';
  const tagline = document.createElement('p');
  tagline.className = 'vt-tagline';
  screen.append(title, tagline);

  const render = (): void => {
    screen.lang = i18n.resolvedLanguage ?? i18n.language;
    title.textContent = i18n.t('title');
    tagline.textContent = i18n.t('tagline');
  };
  render();
  i18n.on('languageChanged', render);
  root.append(screen);

  return () => {
    i18n.off('languageChanged', render);
    screen.remove();
  };
}
