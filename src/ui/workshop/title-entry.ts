/**
 * The workshop's way in from the title screen: a button to the facilitator view, and the notice
 * for a results code (from a `?code=` link) that could not be opened.
 */
import { el } from '../dom.ts';
import { button } from '../screen-dom.ts';
import type { ViewContext } from '../view-context.ts';
import { problemText } from './code-text.ts';
import './workshop.css';

export function addWorkshopEntry(
  nav: HTMLElement,
  noticeAfter: HTMLElement,
  ctx: ViewContext,
): () => void {
  const { store, i18n } = ctx;
  const btn = button(nav, 'vt-btn vt-btn-wide');
  btn.dataset.workshop = 'facilitator';
  const name = el('span', 'vt-btn-name', btn);
  const detail = el('span', 'vt-btn-detail', btn);
  const notice = el('div', 'vt-code-notice');
  notice.setAttribute('role', 'alert');
  noticeAfter.after(notice);
  const noticeHead = el('strong', undefined, notice);
  const noticeText = el('p', undefined, notice);
  const dismiss = button(notice, 'vt-btn');

  const render = (): void => {
    name.textContent = i18n.t('workshop:title.link');
    detail.textContent = i18n.t('workshop:title.linkDetail');
    const problem = store.getState().codeProblem;
    notice.hidden = !problem;
    noticeHead.textContent = i18n.t('workshop:notice.heading');
    noticeText.textContent = problem ? problemText(i18n, problem) : '';
    dismiss.textContent = i18n.t('workshop:notice.dismiss');
  };
  const onOpen = (): void => store.getState().openFacilitator();
  const onDismiss = (): void => store.getState().dismissCodeProblem();
  btn.addEventListener('click', onOpen);
  dismiss.addEventListener('click', onDismiss);
  const onLanguageChanged = (): void => render();
  i18n.on('languageChanged', onLanguageChanged);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.codeProblem !== prev.codeProblem) render();
  });
  render();
  return () => {
    unsubscribe();
    i18n.off('languageChanged', onLanguageChanged);
    btn.removeEventListener('click', onOpen);
    dismiss.removeEventListener('click', onDismiss);
    notice.remove();
    btn.remove();
  };
}
