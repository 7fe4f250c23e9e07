/**
 * Where the debrief mounts "Luck or policy?": the section, its heading and an empty progress, drawn
 * at once in place; the replays, the picture and the verdict (luck-view.ts) load when a debrief
 * opens, not with the title screen.
 */
import type { I18n } from '../../i18n';
import type { RunRecord } from '../../state/run-record.ts';
import { el, headedSection, uid } from '../dom.ts';

/** Mounts the section at the end of `parent` (the debrief's body) and starts or resumes the work. */
export function mountLuck(parent: HTMLElement, i18n: I18n, run: RunRecord, runScore: number): void {
  const sec = headedSection(
    parent,
    'vt-debrief',
    'vt-debrief-luck',
    i18n.t('debrief:luck.heading'),
  );
  // The verdict comes first and is announced once, when it is known; the progress is not read
  // out at every step.
  const verdict = el('p', 'vt-luck-verdict', sec);
  verdict.setAttribute('role', 'status');
  const body = el('div', 'vt-luck-body', sec);
  body.setAttribute('aria-busy', 'true');
  const status = el('p', 'vt-luck-progress', body);
  status.id = uid('luck-progress');
  const bar = el('progress', 'vt-luck-bar', body);
  bar.setAttribute('aria-labelledby', status.id);
  import('./luck-view.ts').then(
    (m) => m.runLuck({ sec, verdict, body, status, bar }, i18n, run, runScore),
    // Offline with the file not cached: no half-drawn section.
    () => sec.remove(),
  );
}
