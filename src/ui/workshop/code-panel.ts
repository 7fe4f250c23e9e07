/**
 * The workshop's parts of the debrief: the run's results code with copy buttons and a link that
 * reopens this debrief anywhere, and, for a run replayed from a code, a bar saying so with the
 * ways out (start your own run, back to the room).
 */
import type { I18n } from '../../i18n';
import type { RunRecord } from '../../state/run-record.ts';
import type { GameStore } from '../../state/store.ts';
import { codeOfRecord } from '../../state/workshop.ts';
import { el, uid } from '../dom.ts';
import { readingName } from '../reading-name.ts';
import { button } from '../screen-dom.ts';
import { copyAndSay } from './clipboard.ts';
import './workshop.css';

/** `?code=…` resolved against the page, so a copied link opens the same build. */
export function codeLink(code: string): string {
  const a = document.createElement('a');
  a.href = `?code=${encodeURIComponent(code)}`;
  return a.href;
}

export function buildReplayBar(parent: HTMLElement, i18n: I18n, store: GameStore): void {
  const replay = store.getState().replay;
  if (!replay) return;
  const bar = el('div', 'vt-replay-bar', parent);
  bar.setAttribute('role', 'note');
  const reading = store.getState().run?.evidence ?? 'central';
  el(
    'p',
    'vt-replay-text',
    bar,
    replay.from === 'reading'
      ? i18n.t('workshop:replay.reading', { reading: readingName(i18n, reading) })
      : i18n.t('workshop:replay.banner'),
  );
  const own = button(bar, 'vt-btn vt-btn-primary', i18n.t('workshop:replay.own'));
  own.dataset.workshop = 'own';
  own.addEventListener('click', () => {
    const { run } = store.getState();
    if (!run) return;
    store.getState().startRun({
      scenarioId: run.scenarioId,
      weeks: run.weeks,
      seed: run.seed,
      mode: 'scenario',
      evidence: run.evidence,
      // The reader of someone else's run has seen no title: the brief comes first.
      brief: true,
    });
  });
  const back = button(
    bar,
    'vt-btn',
    replay.from === 'facilitator'
      ? i18n.t('workshop:replay.backRoom')
      : replay.from === 'reading'
        ? i18n.t('workshop:replay.backPlayed')
        : i18n.t('workshop:replay.backTitle'),
  );
  back.dataset.workshop = 'back';
  back.addEventListener('click', () => store.getState().closeReplay());
}

export function buildCodePanel(parent: HTMLElement, i18n: I18n, record: RunRecord): void {
  const id = uid('code');
  const code = codeOfRecord(record);
  const sec = el('section', 'vt-debrief-sec vt-code-panel', parent);
  sec.setAttribute('aria-labelledby', `${id}-h`);
  el('h2', 'vt-debrief-h2', sec, i18n.t('workshop:code.heading')).id = `${id}-h`;
  el('p', 'vt-debrief-intro', sec, i18n.t('workshop:code.intro'));
  const row = el('div', 'vt-code-row', sec);
  const label = el('label', 'vt-code-label', row, i18n.t('workshop:code.label'));
  label.htmlFor = `${id}-field`;
  const field = el('input', 'vt-field vt-code-field', row);
  field.id = `${id}-field`;
  field.readOnly = true;
  field.value = code;
  field.spellcheck = false;
  field.addEventListener('focus', () => field.select());
  const copy = button(row, 'vt-btn vt-btn-primary', i18n.t('workshop:code.copy'));
  const copyLinkBtn = button(row, 'vt-btn', i18n.t('workshop:code.copyLink'));
  const link = el('a', 'vt-code-link', sec, i18n.t('workshop:code.link'));
  link.href = `?code=${encodeURIComponent(code)}`;
  const status = el('p', 'vt-code-status', sec);
  status.setAttribute('role', 'status');
  const run = (text: string, ok: string) =>
    copyAndSay(text, field, code, status, { ok, failed: i18n.t('workshop:code.copyFailed') });
  copy.addEventListener('click', () => void run(code, i18n.t('workshop:code.copied')));
  copyLinkBtn.addEventListener(
    'click',
    () => void run(codeLink(code), i18n.t('workshop:code.linkCopied')),
  );
}
