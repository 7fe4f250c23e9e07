/**
 * The learning check on the debrief: the player's prediction beside the truth (and the sound
 * policy's figures on the same seed), then, once the debrief has been read, the offer of the other
 * form; once that is answered or skipped, the player's own before/after, item by item, with the
 * right answer, why it is right, and the part of their run that showed it (the item's figure:
 * `runTrace`). Nothing here when the run was played without the check.
 */
import type { I18n } from '../../i18n';
import {
  CHECK_ITEMS,
  type CheckForm,
  type CheckItem,
  checkResults,
  type ItemResult,
  laterQuery,
  NOT_SURE,
  predictionFigures,
  type RunTrace,
  runTrace,
  sittingForm,
} from '../../state/check.ts';
import { checkOwes } from '../../state/check-owed.ts';
import type { RunRecord, Snapshot } from '../../state/run-record.ts';
import type { GameStore } from '../../state/store.ts';
import { el } from '../dom.ts';
import { figureText } from '../run/figure-text.ts';
import { type Formats, formats, tr } from '../run/text.ts';
import './check.css';

export function buildCheckSection(
  parent: HTMLElement,
  i18n: I18n,
  store: GameStore,
  run: RunRecord,
  sim: Snapshot,
): void {
  const check = run.check;
  if (!check) return;
  const f = formats(i18n);
  const sec = el('section', 'vt-debrief-sec vt-check-sec', parent);
  const h = el('h2', 'vt-debrief-h2', sec, i18n.t('check:flow.debrief.heading'));
  h.id = 'vt-check-sec-h';
  h.tabIndex = -1;
  sec.setAttribute('aria-labelledby', h.id);
  if (check.prediction) {
    const truth = predictionFigures(run, sim);
    el(
      'p',
      'vt-check-guess',
      sec,
      i18n.t('check:flow.debrief.guess', {
        features: f.int(check.prediction.features),
        incidents: f.int(check.prediction.incidents),
        confidence: i18n.t(`check:confidence.${check.prediction.confidence}`, {
          defaultValue: '',
        }),
        realFeatures: f.int(truth.features),
        realIncidents: f.int(truth.incidents),
        soundFeatures: f.int(truth.soundFeatures),
        soundIncidents: f.int(truth.soundIncidents),
      }),
    );
  }
  const replaying = store.getState().replay !== null;
  if (checkOwes(check, 'after') && !replaying) {
    el('p', 'vt-debrief-intro', sec, i18n.t('check:flow.debrief.offer'));
    const start = el('button', 'vt-btn vt-btn-primary vt-check-after', sec);
    start.type = 'button';
    start.textContent = i18n.t('check:flow.debrief.start');
    start.addEventListener('click', () => store.getState().openCheckAfter());
    return;
  }
  if (!check.before && !check.after) return;
  const results = checkResults(check);
  const total = f.int(CHECK_ITEMS.length);
  el(
    'p',
    'vt-check-score',
    sec,
    i18n.t('check:flow.debrief.score', {
      before: f.int(results.beforeRight),
      after: f.int(results.afterRight),
      total,
    }),
  );
  const list = el('ol', 'vt-check-results', sec);
  const forms = { before: sittingForm(check, 'before'), after: sittingForm(check, 'after') };
  for (const r of results.items) drawItem(list, i18n, f, r, forms, runTrace(r.item, sim.history));
  laterOffer(sec, i18n);
}

/**
 * The link to the check taken alone, weeks later: its code, pasted beside the room's, tells the
 * facilitator what stayed. The link keeps this page's address (an embed's frame included).
 */
function laterOffer(sec: HTMLElement, i18n: I18n): void {
  const p = el('p', 'vt-check-later', sec, i18n.t('check:flow.debrief.laterOffer'));
  const a = el('a', undefined, p, i18n.t('check:flow.debrief.laterLink'));
  a.href = `?${laterQuery(i18n.resolvedLanguage ?? i18n.language)}`;
  a.target = '_blank';
  a.rel = 'noopener';
  p.insertBefore(document.createTextNode(' '), a);
}

/** The words of an answer on the form it was given on. */
export function answerText(
  i18n: I18n,
  item: string,
  form: CheckForm,
  choice: string | null,
): string {
  if (choice === null) return i18n.t('check:flow.debrief.skipped');
  if (choice === NOT_SURE) return i18n.t('check:notSure');
  return tr(i18n, `check:items.${item}.${form}.options.${choice}`);
}

/**
 * An item of the results: its concept, the right answer and why, in the words of `form` (the form
 * answered last). The player's own answers go in after the concept.
 */
export function explainItem(
  list: HTMLElement,
  i18n: I18n,
  item: CheckItem,
  form: CheckForm,
): HTMLElement {
  const li = el('li', 'vt-check-result', list);
  li.dataset.item = item.id;
  el('p', 'vt-check-concept', li, tr(i18n, `check:items.${item.id}.concept`));
  el(
    'p',
    'vt-check-answer',
    li,
    i18n.t('check:flow.debrief.answer', {
      answer: tr(i18n, `check:items.${item.id}.${form}.options.${item.right}`),
    }),
  );
  el('p', 'vt-check-why', li, tr(i18n, `check:items.${item.id}.${form}.why`));
  return li;
}

function drawItem(
  list: HTMLElement,
  i18n: I18n,
  f: Formats,
  r: ItemResult,
  forms: { before: CheckForm; after: CheckForm },
  trace: RunTrace | null,
): void {
  const li = explainItem(list, i18n, r.item, forms.after);
  const answers = el('ul', 'vt-check-answers');
  li.insertBefore(answers, li.children[1] ?? null);
  const mark = (right: boolean) =>
    i18n.t(right ? 'check:flow.debrief.right' : 'check:flow.debrief.wrong');
  for (const sitting of ['before', 'after'] as const) {
    const choice = sitting === 'before' ? r.before : r.after;
    const right = sitting === 'before' ? r.beforeRight : r.afterRight;
    const a = el('li', right ? 'vt-check-right' : 'vt-check-wrong', answers);
    a.textContent = `${i18n.t(`check:flow.debrief.${sitting}Answer`, {
      answer: answerText(i18n, r.item.id, forms[sitting], choice),
    })} (${mark(right)})`;
  }
  const run = el('p', 'vt-check-run', li);
  el('strong', undefined, run, i18n.t('check:flow.debrief.inYourRun'));
  run.append(' ', traceText(i18n, f, trace));
}

function traceText(i18n: I18n, f: Formats, trace: RunTrace | null): string {
  if (!trace) return i18n.t('check:flow.debrief.beyond');
  const text = (fig: RunTrace['first']) => figureText(i18n, f, fig);
  return i18n.t(`check:flow.debrief.figures.${trace.figure}`, {
    first: text(trace.first),
    peak: text(trace.peak),
    last: text(trace.last),
    total: trace.total ? text(trace.total) : '',
    peakWeek: f.int(trace.peakWeek),
    lastWeek: f.int(trace.lastWeek),
  });
}
