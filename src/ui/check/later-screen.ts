/**
 * The learning check taken alone, weeks after a session (`?check=later`, the link on the
 * facilitator's handout and the player's debrief): six questions on a form drawn afresh, then
 * the player's own answers beside the right ones and why, and a code to give the facilitator, who
 * pastes it beside the room's codes for retention. No run, no name, nothing sent anywhere.
 */
import {
  CHECK_ITEMS,
  type CheckAnswer,
  laterCode,
  laterForm,
  scoreSitting,
} from '../../state/check.ts';
import { el, screenSection, setText } from '../dom.ts';
import { formats } from '../run/text.ts';
import { button } from '../screen-dom.ts';
import type { Screen } from '../view-context.ts';
import { copyAndSay } from '../workshop/clipboard.ts';
import { answerText, explainItem } from './check-section.ts';
import { createSitting } from './check-sitting.ts';
import '../palette.css';
import '../title/theme.css';
import './check.css';

export const renderLaterCheck: Screen = (root, ctx) => {
  const { store, i18n } = ctx;
  const { screen, id } = screenSection('later');
  root.append(screen);
  const form = laterForm(ctx.newSeed());
  // The answers once given: the screen then shows them and the code instead of the questions.
  let given: CheckAnswer[] | null = null;
  // Whether the code reached the clipboard, once the player has pressed Copy.
  let copied: boolean | null = null;

  const render = (): void => {
    screen.lang = i18n.resolvedLanguage ?? i18n.language;
    screen.replaceChildren();
    const page = el('div', 'vt-later-inner', screen);
    el('p', 'vt-check-eyebrow', page, i18n.t('check:flow.eyebrow'));
    const h = el('h1', 'vt-later-h1', page, i18n.t('check:later.title'));
    h.id = `${id}-h`;
    h.tabIndex = -1;
    if (given) drawResults(page, given);
    else drawQuestions(page);
  };

  // The questions are built once, so a change of language keeps what is chosen.
  const questions = el('form', 'vt-later-form');
  questions.setAttribute('aria-labelledby', `${id}-h`);
  const sitting = createSitting(questions, i18n);
  sitting.reset(form);
  const done = el(
    'button',
    'vt-btn vt-btn-primary vt-check-done',
    el('div', 'vt-check-actions', questions),
  );
  done.type = 'submit';
  questions.addEventListener('submit', (e) => {
    e.preventDefault();
    given = sitting.answers();
    render();
    screen.scrollTop = 0;
    screen.querySelector<HTMLElement>('h2')?.focus();
  });

  const drawQuestions = (page: HTMLElement): void => {
    el('p', 'vt-check-intro', page, i18n.t('check:later.intro'));
    sitting.relabel();
    setText(done, i18n.t('check:later.done'));
    page.append(questions);
  };

  const drawResults = (page: HTMLElement, answers: CheckAnswer[]): void => {
    const f = formats(i18n);
    const score = scoreSitting(form, answers);
    const h2 = el('h2', 'vt-debrief-h2', page, i18n.t('check:later.resultHeading'));
    h2.tabIndex = -1;
    el(
      'p',
      'vt-check-score',
      page,
      i18n.t('check:later.score', {
        right: f.int(score.correct),
        total: f.int(CHECK_ITEMS.length),
      }),
    );
    const code = laterCode({ form, answers });
    const codeBox = el('div', 'vt-later-code', page);
    const label = el('label', undefined, codeBox);
    el('span', undefined, label, i18n.t('check:later.codeLabel'));
    const field = el('input', 'vt-field vt-code-field', label);
    field.readOnly = true;
    field.spellcheck = false;
    field.value = code;
    const copy = button(codeBox, 'vt-btn', i18n.t('workshop:code.copy'));
    const status = el('p', 'vt-check-note', codeBox);
    status.setAttribute('role', 'status');
    const said = { ok: i18n.t('workshop:code.copied'), failed: i18n.t('workshop:code.copyFailed') };
    if (copied !== null) setText(status, copied ? said.ok : said.failed);
    copy.addEventListener('click', () => {
      void copyAndSay(code, field, code, status, said).then((ok) => {
        copied = ok;
      });
    });
    el('p', 'vt-check-note', codeBox, i18n.t('check:later.codeNote'));
    const list = el('ol', 'vt-check-results', page);
    CHECK_ITEMS.forEach((item, n) => {
      const choice = answers.find((a) => a.item === item.id)?.choice ?? null;
      const right = score.items[n]?.outcome === 'correct';
      const li = explainItem(list, i18n, item, form);
      const mine = el('p', right ? 'vt-check-right' : 'vt-check-wrong', undefined);
      mine.textContent = `${i18n.t('check:later.yourAnswer', {
        answer: answerText(i18n, item.id, form, choice),
      })} (${i18n.t(right ? 'check:flow.debrief.right' : 'check:flow.debrief.wrong')})`;
      li.insertBefore(mine, li.children[1] ?? null);
    });
    const back = button(page, 'vt-btn', i18n.t('screens:common.backToTitle'));
    back.addEventListener('click', () => store.getState().toTitle());
  };

  render();
  const onLanguageChanged = (): void => render();
  i18n.on('languageChanged', onLanguageChanged);
  return () => {
    i18n.off('languageChanged', onLanguageChanged);
    screen.remove();
  };
};
