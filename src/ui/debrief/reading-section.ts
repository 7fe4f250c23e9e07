/**
 * The debrief's evidence reading: which reading the run used (always said, with a line on what it
 * means), a notice when its results code was made on an older model, and buttons that replay the
 * same seed, scenario, weeks and decisions at the other readings, and back to the run as played.
 */
import type { I18n } from '../../i18n';
import {
  CURRENT_MODEL,
  modelVersionOf,
  otherReadings,
  parseReading,
  playedOnOlderModel,
  readingOf,
} from '../../state/reading.ts';
import type { GameStore } from '../../state/store.ts';
import { el, uid } from '../dom.ts';
import { readingName } from '../reading-name.ts';
import { lang } from '../run/text.ts';
import { button } from '../screen-dom.ts';
import { formatNumber } from '../sources/format.ts';
import './reading.css';

export function buildReading(parent: HTMLElement, i18n: I18n, store: GameStore): void {
  const { run, replay, readingOrigin } = store.getState();
  if (!run) return;
  const id = uid('reading');
  const l = lang(i18n);
  const shown = readingOf(run);
  const played = readingOf(readingOrigin?.run ?? run);
  const sec = el('section', 'vt-debrief-sec vt-debrief-reading', parent);
  sec.setAttribute('aria-labelledby', `${id}-h`);
  sec.dataset.reading = shown;
  const h2 = el('h2', 'vt-debrief-h2', sec, i18n.t('screens:debrief.readingHeading'));
  h2.id = `${id}-h`;
  h2.tabIndex = -1;

  const used = el('p', 'vt-reading-used', sec);
  const chip = el('span', `vt-reading-chip is-${shown}`, used, readingName(i18n, shown));
  chip.setAttribute('aria-hidden', 'true');
  el(
    'span',
    undefined,
    used,
    i18n.t('screens:debrief.readingUsed', { reading: readingName(i18n, shown) }),
  );
  el('p', 'vt-reading-explain', sec, i18n.t(`screens:debrief.readingExplain.${shown}`));

  if (replay?.from === 'reading' && readingOrigin) {
    el(
      'p',
      'vt-reading-replayed',
      sec,
      i18n.t('screens:debrief.replayedAt', {
        reading: readingName(i18n, shown),
        played: readingName(i18n, played),
      }),
    );
  }
  if (playedOnOlderModel(run)) {
    const older = el(
      'p',
      'vt-reading-older',
      sec,
      i18n.t('screens:debrief.olderModel', {
        version: formatNumber(l, modelVersionOf(run), 0),
        current: formatNumber(l, CURRENT_MODEL, 0),
      }),
    );
    older.setAttribute('role', 'note');
  }

  el('p', 'vt-debrief-intro vt-reading-compare', sec, i18n.t('screens:debrief.readingCompare'));
  const actions = el('div', 'vt-reading-actions', sec);
  for (const r of otherReadings(shown)) {
    const back = replay?.from === 'reading' && r === played;
    const btn = button(
      actions,
      `vt-btn${back ? ' vt-btn-primary' : ''}`,
      back
        ? i18n.t('screens:debrief.backToPlayed', { reading: readingName(i18n, r) })
        : i18n.t(`screens:debrief.replayAt.${r}`),
    );
    btn.dataset.reading = r;
  }
  actions.addEventListener('click', (e) => {
    const btn = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-reading]');
    const reading = parseReading(btn?.dataset.reading ?? '');
    if (!reading) return;
    const doc = sec.ownerDocument;
    if (!store.getState().replayAtReading(reading)) return;
    // The debrief is drawn again for the other run: its reading section takes the focus, so a
    // keyboard or screen reader user hears which reading is shown now.
    doc.querySelector<HTMLElement>('.vt-debrief-reading h2')?.focus({ preventScroll: false });
  });
}
