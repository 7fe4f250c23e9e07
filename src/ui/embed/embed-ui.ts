/**
 * What an embed adds around the screens: the notice naming each URL parameter that was not
 * understood (shown once, dismissible), and, inside someone else's page, a small link that
 * opens the full game in a new tab. Neither ever shows a raw parameter value: only names
 * from the schema reach the page.
 */
import type { I18n } from '../../i18n';
import { el } from '../dom.ts';
import './embed.css';

/** Lists each refused parameter by name, with one button that closes the notice for good. */
export function renderParamNotice(
  root: HTMLElement,
  i18n: I18n,
  paramNames: readonly string[],
): () => void {
  if (paramNames.length === 0) return () => undefined;
  const box = el('div', 'vt-param-notice');
  box.setAttribute('role', 'status');
  const lines = paramNames.map((param) => ({ param, p: el('p', 'vt-param-notice-line', box) }));
  const ok = el('button', 'vt-param-notice-ok', box);
  ok.type = 'button';
  const text = () => {
    for (const { param, p } of lines) p.textContent = i18n.t('embed:notice.param', { param });
    ok.textContent = i18n.t('embed:notice.dismiss');
  };
  text();
  const close = () => {
    i18n.off('languageChanged', text);
    box.remove();
  };
  ok.addEventListener('click', close);
  i18n.on('languageChanged', text);
  root.append(box);
  return close;
}

/** The small "open the full game" link of an embed: a new tab, with no handle back to us. */
export function renderFullGameLink(root: HTMLElement, i18n: I18n, href: string): () => void {
  const link = el('a', 'vt-open-full');
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener';
  const label = el('span', 'vt-open-full-label', link);
  const hint = el('span', 'vt-visually-hidden', link);
  const text = () => {
    label.textContent = i18n.t('embed:openFull');
    hint.textContent = ` ${i18n.t('embed:openFullHint')}`;
  };
  text();
  i18n.on('languageChanged', text);
  root.append(link);
  return () => {
    i18n.off('languageChanged', text);
    link.remove();
  };
}
