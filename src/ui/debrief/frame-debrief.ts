/**
 * The debrief inside someone else's page (embed mode): what fits a frame from 320x240 up with no
 * scrolling. The score as the full debrief shows it, the run's strongest dynamic in one sentence,
 * the player's features and incidents beside the sound policy's on the same seed, "Play again",
 * and "Open the full debrief", a new tab on the run's results code (or, where the host page's
 * sandbox lets no tab open, the code to copy).
 */
import type { I18n } from '../../i18n';
import type { Debrief } from '../../state/debrief.ts';
import { debriefOf } from '../../state/debrief.ts';
import { codeOfRecord } from '../../state/workshop.ts';
import { el, screenSection } from '../dom.ts';
import { lang } from '../run/text.ts';
import { button } from '../screen-dom.ts';
import { formatNumber } from '../sources/format.ts';
import type { Screen } from '../view-context.ts';
import { strongestLine } from './debrief-text.ts';
import { followRun } from './follow-run.ts';
import { createCodeDialog } from './frame-code.ts';
import { fullDebriefHref, openDetached } from './full-debrief-link.ts';
import { playAgain } from './play-again.ts';
import { fillWhatIfTable, whatIfRows } from './whatif-rows.ts';
import '../palette.css';
import '../title/theme.css';
import './frame-debrief.css';

/** The measures the frame sets beside the sound policy's, of the full debrief's what-if rows. */
const FRAME_ROWS = ['score', 'features', 'incidents'] as const;

function buildScore(parent: HTMLElement, i18n: I18n, d: Debrief, id: string): void {
  const head = el('header', 'vt-fd-head', parent);
  const h1 = el('h1', 'vt-fd-h1', head, i18n.t('screens:debrief.heading'));
  h1.id = `${id}-h`;
  h1.tabIndex = -1;
  const score = el('p', 'vt-fd-score', head);
  el('span', 'vt-fd-score-label', score, i18n.t('screens:debrief.scoreHeading'));
  el('strong', 'vt-fd-total', score, formatNumber(lang(i18n), Math.round(d.score.total), 0));
  el('span', 'vt-fd-outof', score, i18n.t('screens:debrief.scoreOutOf'));
}

export const renderFrameDebrief: Screen = (root, ctx) => {
  const { store, i18n } = ctx;
  const { screen, id } = screenSection('frame-debrief');
  root.append(screen);
  const main = el('div', 'vt-fd-main', screen);
  const codeDialog = createCodeDialog(screen, i18n);
  let code = '';

  const onClick = (e: MouseEvent): void => {
    const target = e.target as HTMLElement;
    if (target.closest('[data-act="again"]')) {
      // A reader who opened a results code has not seen the run's brief.
      playAgain(store, { brief: store.getState().replay !== null });
      return;
    }
    const open = target.closest<HTMLAnchorElement>('a[data-act="full"]');
    if (!open) return;
    e.preventDefault();
    if (!openDetached(window, open.href)) codeDialog.open(code);
  };
  screen.addEventListener('click', onClick);

  const render = (): void => {
    const { run, sim } = store.getState();
    main.replaceChildren();
    screen.lang = lang(i18n);
    if (!run || !sim) return;
    const d = debriefOf(run, sim);
    code = codeOfRecord(run);
    buildScore(main, i18n, d, id);
    el('p', 'vt-fd-finding', main, strongestLine(i18n, d.findings));
    const table = el('table', 'vt-fd-compare', main);
    el('caption', 'vt-visually-hidden', table, i18n.t('debrief:whatIf.heading'));
    fillWhatIfTable(table, i18n, whatIfRows(i18n, d, FRAME_ROWS));
    const actions = el('nav', 'vt-fd-actions', main);
    actions.setAttribute('aria-label', i18n.t('debrief:frame.actions'));
    button(actions, 'vt-btn vt-btn-primary', i18n.t('screens:debrief.playAgain'), 'again');
    const full = el('a', 'vt-btn vt-fd-open', actions);
    full.dataset.act = 'full';
    full.href = fullDebriefHref(document.baseURI, code, lang(i18n));
    full.target = '_blank';
    full.rel = 'noopener';
    el('span', undefined, full, i18n.t('debrief:frame.openFull'));
    el('span', 'vt-visually-hidden', full, ` ${i18n.t('embed:openFullHint')}`);
    codeDialog.text();
  };

  const stopFollowing = followRun(screen, ctx, render);

  return () => {
    stopFollowing();
    screen.removeEventListener('click', onClick);
    codeDialog.destroy();
    screen.remove();
  };
};
