/**
 * The event card: title, body and its two or three choices from the locale files. A card
 * must be answered (Escape does not dismiss it); the chosen outcome is shown before play goes on.
 * Which card is up, and whether it is answered, is the store's `card` interrupt.
 */
import type { EventCard } from '../../sim/index.ts';
import { cardHintsDue, type Hint } from '../../state/hints.ts';
import { cardById } from '../../state/selectors.ts';
import { el, setText } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import { createModal } from './dialog.ts';
import type { InterruptDialog } from './interrupts.ts';
import { tr } from './text.ts';
import '../hints/hints.css';
import './card-hints.css';

export function createCardDialog(parent: HTMLElement, ctx: ViewContext): InterruptDialog<'card'> {
  const { store, i18n } = ctx;
  const answered = (): boolean => {
    const i = store.getState().interrupt;
    return i?.kind === 'card' && i.choiceId !== null;
  };
  const goOn = () => store.getState().closeCard();
  const modal = createModal(parent, 'vt-card', { dismissible: answered, onDismiss: goOn });
  modal.dialog.dataset.hint = 'card';
  const body = el('p', 'vt-card-body', modal.body);
  // The guided run's hints for this card, inside it: a hint behind a modal could not be read.
  const hintBox = el('div', 'vt-card-hint', modal.body);
  hintBox.hidden = true;
  const hintLabel = el('span', 'vt-hint-label', hintBox);
  let hints: { cardId: string; shown: readonly Hint[] } | null = null;
  const prompt = el('p', 'vt-card-prompt', modal.body);
  const choices = el('div', 'vt-choices', modal.body);
  const outcome = el('div', 'vt-outcome', modal.body);
  const chosen = el('p', 'vt-chosen', outcome);
  const outcomeText = el('p', undefined, outcome);
  const cont = el('button', 'vt-btn vt-btn-primary', outcome);
  cont.type = 'button';
  cont.addEventListener('click', goOn);

  /** The choices' buttons, built once per card (a relabel keeps the one in focus). */
  const buildChoices = (card: EventCard): void => {
    if (choices.dataset.card === card.id) return;
    choices.dataset.card = card.id;
    choices.replaceChildren();
    for (const c of card.choices) {
      const b = el('button', 'vt-btn vt-choice', choices);
      b.type = 'button';
      b.dataset.choice = c.id;
      b.addEventListener('click', () => store.getState().answerCard(card.id, c.id));
    }
  };

  const render = (card: EventCard, choiceId: string | null): void => {
    const base = `content:cards.${card.id}`;
    setText(modal.heading, tr(i18n, `${base}.title`));
    setText(body, tr(i18n, `${base}.body`));
    setText(prompt, i18n.t('run:card.choose'));
    buildChoices(card);
    for (const b of choices.querySelectorAll<HTMLButtonElement>('button')) {
      setText(b, tr(i18n, `${base}.choices.${b.dataset.choice}.label`));
    }
    setText(hintLabel, i18n.t('screens:hints.label'));
    for (const [i, p] of [...hintBox.querySelectorAll('p')].entries()) {
      const h = hints?.shown[i];
      if (h) setText(p, tr(i18n, h.key));
    }
    hintBox.hidden = choiceId !== null || !hints?.shown.length;
    prompt.hidden = choiceId !== null;
    choices.hidden = choiceId !== null;
    outcome.hidden = choiceId === null;
    if (choiceId !== null) {
      const key = `${base}.choices.${choiceId}`;
      setText(chosen, i18n.t('run:card.chosen', { choice: tr(i18n, `${key}.label`) }));
      setText(outcomeText, tr(i18n, `${key}.outcome`));
      setText(cont, i18n.t('run:card.continue'));
    }
  };

  /** The hints due when a card opens are kept for it while it is up, and counted as seen. */
  const takeHints = (cardId: string, s: Parameters<typeof cardHintsDue>[0]): void => {
    const shown = cardHintsDue(s);
    hints = { cardId, shown };
    hintBox.replaceChildren(hintLabel);
    for (const _ of shown) el('p', 'vt-card-hint-text', hintBox);
    for (const h of shown) store.getState().markHintSeen(h.id);
  };

  return {
    show(interrupt, s) {
      const card = interrupt ? cardById(interrupt.cardId) : undefined;
      // Another card after this one opens afresh, its first choice in focus.
      if (modal.isOpen() && (!card || choices.dataset.card !== card.id)) modal.close();
      if (!interrupt || !card) {
        hints = null;
        return;
      }
      const wasOpen = modal.isOpen();
      const wasAnswered = outcome.hidden === false;
      if (hints?.cardId !== card.id) takeHints(card.id, s);
      render(card, interrupt.choiceId);
      if (!wasOpen) {
        modal.open(interrupt.choiceId === null ? choices.querySelector('button') : cont);
      } else if (interrupt.choiceId !== null && !wasAnswered) {
        cont.focus();
      }
    },
    destroy: () => modal.destroy(),
  };
}
