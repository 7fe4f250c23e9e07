/**
 * A notice above whatever screen shows, for what the player should know but need not act on
 * (a language that could not be loaded, a `?lang=` the game does not speak). It stays until
 * closed, across screen changes.
 */
import { el } from './dom.ts';
import './notice.css';

/** Shows `text` at the top of `root`; returns a function that removes it. */
export function showNotice(root: HTMLElement, text: string, closeLabel: string): () => void {
  const box = el('div', 'vt-app-notice');
  box.setAttribute('role', 'status');
  el('p', undefined, box, text);
  const close = el('button', 'vt-app-notice-close', box, closeLabel);
  close.type = 'button';
  const remove = (): void => {
    close.removeEventListener('click', remove);
    box.remove();
  };
  close.addEventListener('click', remove);
  root.prepend(box);
  return remove;
}
