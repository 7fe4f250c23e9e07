// Usage (run screen): `const stopHints = mountHints(runRoot, ctx, reveal);` after mounting, `stopHints()` in the cleanup; mark targets with `data-hint="<anchor>"` (the names are `HintAnchor` in src/content/hints.ts).
/**
 * The guided run's hints on screen: one short sentence at a time, pointing at the element marked
 * `data-hint="<anchor>"`. Which hint, when and in what order is data (`src/content/hints.ts`,
 * read through `src/state/hints.ts`); this file draws it and moves the highlight.
 * "Got it" closes it; "Hide hints" turns them all off. A hint whose target is out of sight (on
 * another tab of a phone's run screen) has the screen bring it into view (`reveal`).
 */
import { tr } from '../../i18n/tr.ts';
import { type WeekFigures, weekFigures } from '../../state/figures.ts';
import { type Hint, hintDue, hintInput, hintsActive } from '../../state/hints.ts';
import { figureNumber } from '../run/figure-text.ts';
import { formats } from '../run/text.ts';
import type { ViewContext } from '../view-context.ts';
import { hintPlacement } from './hint-placement.ts';
import './hints.css';

/** Weeks a hint stays up if the player plays on without closing it. */
const HINT_WEEKS = 2;

/** The hint's box, hidden, appended to `root`: a label, the sentence, "Got it" and "Hide hints". */
function createHintBox(root: HTMLElement) {
  const box = document.createElement('aside');
  box.className = 'vt-hint';
  box.hidden = true;
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  const label = document.createElement('span');
  label.className = 'vt-hint-label';
  const text = document.createElement('p');
  text.className = 'vt-hint-text';
  const actions = document.createElement('div');
  actions.className = 'vt-hint-actions';
  const ok = document.createElement('button');
  ok.type = 'button';
  ok.className = 'vt-hint-ok';
  const hide = document.createElement('button');
  hide.type = 'button';
  hide.className = 'vt-hint-hide';
  actions.append(ok, hide);
  box.append(label, text, actions);
  root.append(box);
  return { box, label, text, ok, hide };
}

export function mountHints(
  root: HTMLElement,
  ctx: ViewContext,
  reveal: (target: HTMLElement) => void = () => {},
): () => void {
  const { store, i18n } = ctx;
  const { box, label, text, ok, hide } = createHintBox(root);
  // A floating hint that would cover what it points at moves to the top of the screen.
  const place = hintPlacement(box);

  const f = formats(i18n);
  let current: Hint | null = null;
  // The week's figures when the hint came up: its numbers are that week's, as the summary said.
  let figures: WeekFigures | null = null;
  let shownAtWeek = 0;

  const renderText = (): void => {
    label.textContent = i18n.t('screens:hints.label');
    ok.textContent = i18n.t('screens:hints.dismiss');
    hide.textContent = i18n.t('screens:hints.hideAll');
    const weeks = figures ? { weeks: figureNumber(f, figures.reviewLoad) } : {};
    text.textContent = current ? tr(i18n, current.key, weeks) : '';
  };

  const close = (): void => {
    place.cancel();
    current = null;
    box.hidden = true;
    place.clearAnchor();
  };

  const show = (hint: Hint, week: number): void => {
    current = hint;
    shownAtWeek = week;
    figures = weekFigures(store.getState().sim?.history ?? []);
    renderText();
    box.hidden = false;
    const target = hint.anchor
      ? root.querySelector<HTMLElement>(`[data-hint="${hint.anchor}"]`)
      : null;
    place.pointAt(target);
    if (target) reveal(target);
    place.schedule();
    store.getState().markHintSeen(hint.id);
  };

  const update = (): void => {
    const s = store.getState();
    // The run's brief comes first: the hints wait for the run to start.
    if (s.interrupt?.kind === 'brief') return;
    if (!hintsActive(s)) {
      close();
      return;
    }
    // Behind a dialog a hint can be neither read nor closed: it steps aside until the dialog goes.
    if (s.interrupt !== null) {
      place.cancel();
      box.hidden = true;
      return;
    }
    const week = hintInput(s)?.week ?? 0;
    const next = hintDue(s);
    if (next) show(next, week);
    else if (current && week - shownAtWeek >= HINT_WEEKS) close();
    else if (current && box.hidden) {
      box.hidden = false;
      place.schedule();
    }
  };

  const onOk = (): void => close();
  const onHide = (): void => {
    close();
    store.getState().setHintsOn(false);
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && current) {
      e.stopPropagation();
      close();
    }
  };
  ok.addEventListener('click', onOk);
  hide.addEventListener('click', onHide);
  box.addEventListener('keydown', onKey);
  const onLanguageChanged = (): void => renderText();
  i18n.on('languageChanged', onLanguageChanged);
  // The first hint waits for the run screen's first frame: the screen is usable sooner, and the
  // hint's anchor is built by then. Changes wait for it too: the store change that drew this
  // screen (a run's start) reaches this listener as well, added while the store told its own.
  let waiting = true;
  const unsubscribe = store.subscribe((s, prev) => {
    if (waiting) return;
    const moved =
      s.sim !== prev.sim ||
      s.phase !== prev.phase ||
      s.run?.mode !== prev.run?.mode ||
      s.interrupt !== prev.interrupt;
    if (moved || s.ui.hintsOn !== prev.ui.hintsOn) update();
  });
  let first = 0;
  const firstFrame = requestAnimationFrame(() => {
    first = window.setTimeout(() => {
      waiting = false;
      update();
    }, 0);
  });

  return () => {
    cancelAnimationFrame(firstFrame);
    clearTimeout(first);
    place.cancel();
    unsubscribe();
    i18n.off('languageChanged', onLanguageChanged);
    ok.removeEventListener('click', onOk);
    hide.removeEventListener('click', onHide);
    box.removeEventListener('keydown', onKey);
    place.clearAnchor();
    box.remove();
  };
}
