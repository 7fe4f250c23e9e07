/**
 * The title screen: the game's name and hook, a new run (scenario, length, guided hints:
 * `title-new-run.ts`), continue a saved run, the sandbox, the sources screen (`title-ways-in.ts`)
 * and the language. In an embed, the start card instead (`title-start-card.ts`).
 */
import type { I18n } from '../../i18n';
import { createLanguageSelect } from '../language-select.ts';
import { createStorageNotice } from '../run/notice.ts';
import type { Screen } from '../view-context.ts';
import '../palette.css';
import './theme.css';
import './title.css';
import { el, screenSection } from '../dom.ts';
import { buildNewRunForm } from './title-new-run.ts';
import { renderStartCard } from './title-start-card.ts';
import { buildWaysIn } from './title-ways-in.ts';

export const renderTitle: Screen = (root, ctx) => {
  // A blog's frame opens on one card, ready to start: the rest is a link away.
  if (ctx.embed) return renderStartCard(root, ctx);
  const { i18n } = ctx;
  const { screen, id } = screenSection('title-screen');
  screen.classList.toggle('vt-reduced', ctx.reducedMotion());
  const stopMotion = ctx.onMotionChange(() =>
    screen.classList.toggle('vt-reduced', ctx.reducedMotion()),
  );
  // Only a notice about saved data belongs here: "nothing will be kept" waits for the run.
  const notice = createStorageNotice(ctx, true);
  screen.append(notice.el);
  const inner = el('div', 'vt-title-inner', screen);

  // --- Hero ---
  const hero = el('header', 'vt-title-hero', inner);
  const h1 = el('h1', 'vt-title-name', hero);
  h1.id = `${id}-h`;
  const hook = el('p', 'vt-title-hook', hero);
  const motif = el('div', 'vt-title-motif', hero);
  motif.setAttribute('role', 'img');
  for (let i = 0; i < 12; i++) {
    const bar = el('span', 'vt-title-bar', motif);
    bar.style.setProperty('--i', String(i));
  }

  const newRun = buildNewRunForm(inner, id, ctx);
  const waysIn = buildWaysIn(inner, hook, id, ctx);
  const language = createLanguageSelect(ctx, 'vt-title-lang');
  inner.append(language.el);

  const render = (t: I18n = i18n): void => {
    screen.lang = t.resolvedLanguage ?? t.language;
    h1.textContent = t.t('title');
    hook.textContent = t.t('screens:title.hook');
    motif.setAttribute('aria-label', t.t('screens:title.motif'));
    newRun.render(t);
    waysIn.render(t);
    language.render();
  };

  const onLanguageChanged = (): void => {
    render();
    notice.relabel();
  };
  i18n.on('languageChanged', onLanguageChanged);

  render();
  root.append(screen);

  return () => {
    stopMotion();
    i18n.off('languageChanged', onLanguageChanged);
    newRun.destroy();
    waysIn.destroy();
    language.destroy();
    notice.destroy();
    screen.remove();
  };
};
