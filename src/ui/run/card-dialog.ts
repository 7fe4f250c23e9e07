/**
 * The event card: title, body and its two or three choices from the locale files. A card
 * must be answered (Escape does not dismiss it); the chosen outcome is shown before play goes on.
 */
import type { EventCard } from '../../sim/index.ts';
import { cardById } from '../../state/selectors.ts';
import type { GameState } from '../../state/store.ts';
import { el, setText } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import { createModal } from './dialog.ts';
import { tr } from './text.ts';

export interface CardDialog {
  /** The card that still needs an answer now, if any. */
  owed(s: GameState): EventCard | null;
  /** Opens, updates or closes the dialog; `allowed` is false while another dialog goes first. */
  update(s: GameState, allowed: boolean): void;
  isOpen(): boolean;
  destroy(): void;
}

export function createCardDialog(parent: HTMLElement, ctx: ViewContext): CardDialog {
  const { store, i18n } = ctx;
  let answered: { cardId: string; choiceId: string } | null = null;
  const modal = createModal(parent, 'vt-card', {
    dismissible: () => answered !== null,
    onDismiss: () => done(),
  });
  modal.dialog.dataset.hint = 'card';
  const body = el('p', 'vt-card-body', modal.body);
  const prompt = el('p', 'vt-card-prompt', modal.body);
  const choices = el('div', 'vt-choices', modal.body);
  const outcome = el('div', 'vt-outcome', modal.body);
  const chosen = el('p', 'vt-chosen', outcome);
  const outcomeText = el('p', undefined, outcome);
  const cont = el('button', 'vt-btn vt-btn-primary', outcome);
  cont.type = 'button';
  let shown: string | null = null;

  const owed = (s: GameState): EventCard | null => {
    for (const p of s.sim?.state.pendingCards ?? []) {
      if (s.draft.choices[p.cardId] === undefined) return cardById(p.cardId) ?? null;
    }
    return null;
  };
  const done = () => {
    answered = null;
    shown = null;
    modal.close();
    update(store.getState(), true);
  };
  cont.addEventListener('click', done);

  const render = (card: EventCard): void => {
    const base = `content:cards.${card.id}`;
    setText(modal.heading, tr(i18n, `${base}.title`));
    setText(body, tr(i18n, `${base}.body`));
    setText(prompt, i18n.t('run:card.choose'));
    if (shown !== card.id) {
      choices.replaceChildren();
      for (const c of card.choices) {
        const b = el('button', 'vt-btn vt-choice', choices);
        b.type = 'button';
        b.dataset.choice = c.id;
        b.addEventListener('click', () => {
          answered = { cardId: card.id, choiceId: c.id };
          store.getState().answerCard(card.id, c.id);
        });
      }
      shown = card.id;
    }
    for (const b of choices.querySelectorAll<HTMLButtonElement>('button')) {
      setText(b, tr(i18n, `${base}.choices.${b.dataset.choice}.label`));
    }
    const isAnswered = answered?.cardId === card.id;
    prompt.hidden = isAnswered;
    choices.hidden = isAnswered;
    outcome.hidden = !isAnswered;
    if (isAnswered && answered) {
      const key = `${base}.choices.${answered.choiceId}`;
      setText(chosen, i18n.t('run:card.chosen', { choice: tr(i18n, `${key}.label`) }));
      setText(outcomeText, tr(i18n, `${key}.outcome`));
      setText(cont, i18n.t('run:card.continue'));
    }
  };

  const update = (s: GameState, allowed: boolean): void => {
    const card = answered ? (cardById(answered.cardId) ?? null) : owed(s);
    if (!card || !allowed || s.phase !== 'run') {
      if (modal.isOpen() && !card) modal.close();
      return;
    }
    const wasOpen = modal.isOpen();
    const wasAnswered = outcome.hidden === false;
    render(card);
    if (!wasOpen) {
      modal.open(choices.querySelector('button'));
    } else if (answered && !wasAnswered) {
      cont.focus();
    }
  };

  return {
    owed,
    update,
    isOpen: modal.isOpen,
    destroy: () => modal.destroy(),
  };
}
