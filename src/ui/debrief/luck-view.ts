/**
 * The debrief's "Luck or policy?" section, the part that loads when a debrief opens: while the
 * run's decisions and the sound policy are replayed on other seeds (in slices, the page stays
 * live) the progress; then the two bands as a picture, the same numbers as a sentence and a
 * table, this run's place, and one plain verdict, announced once. The work stops when the
 * section leaves the page (the debrief closed or drew itself again) and resumes from where it
 * was if the same run's debrief opens again.
 */
import type { I18n } from '../../i18n';
import type { Luck } from '../../sim/index.ts';
import type { LuckProgress } from '../../state/luck.ts';
import { watchLuck } from '../../state/luck.ts';
import type { RunRecord } from '../../state/run-record.ts';
import { el, uid } from '../dom.ts';
import { lang } from '../run/text.ts';
import { tableHead } from '../screen-dom.ts';
import { formatNumber } from '../sources/format.ts';
import { luckChart } from './luck-chart.ts';
import { luckVerdict } from './luck-verdict.ts';
import './luck.css';

/** The parts of the section the first download draws (luck-section.ts); this fills them in. */
export interface LuckParts {
  sec: HTMLElement;
  verdict: HTMLElement;
  body: HTMLElement;
  status: HTMLElement;
  bar: HTMLProgressElement;
}

/** Starts or resumes the work and shows it in `parts` until done or the section leaves the page. */
export function runLuck(parts: LuckParts, i18n: I18n, run: RunRecord, runScore: number): void {
  const { sec, verdict, body, status, bar } = parts;
  const l = lang(i18n);
  const int = (v: number) => formatNumber(l, Math.round(v), 0);
  let watch: { stop(): void } | null = null;
  let observer: MutationObserver | null = null;
  const stop = (): void => {
    watch?.stop();
    watch = null;
    observer?.disconnect();
    observer = null;
  };

  const show = (p: LuckProgress): void => {
    if (!sec.isConnected) {
      stop();
      return;
    }
    if (p.status === 'running') {
      status.textContent = i18n.t('debrief:luck.progress', {
        runs: int(p.total),
        done: int(p.done),
        total: int(p.total),
      });
      bar.max = p.total;
      bar.value = p.done;
      return;
    }
    stop();
    body.replaceChildren();
    body.removeAttribute('aria-busy');
    buildResult(body, i18n, p.luck, runScore);
    verdict.textContent = verdictText(i18n, p.luck);
  };

  if (!sec.isConnected) return;
  const w = watchLuck({ run, runScore, onProgress: show });
  watch = w;
  show(w.progress());
  if (!watch) return;
  // Stop at once when the debrief goes or draws itself again, not a slice later.
  const screen = sec.closest('.vt-screen');
  if (typeof MutationObserver === 'function' && screen) {
    observer = new MutationObserver(() => {
      if (!sec.isConnected) stop();
    });
    observer.observe(screen, { childList: true });
    if (screen.parentElement) observer.observe(screen.parentElement, { childList: true });
  }
}

/** The verdict, in words, with its numbers. */
export function verdictText(i18n: I18n, luck: Luck): string {
  const l = lang(i18n);
  const int = (v: number) => formatNumber(l, Math.round(v), 0);
  const v = luckVerdict(luck);
  return i18n.t(`debrief:luck.verdict.${v}`, {
    count: int(luck.soundAhead * luck.runs),
    ahead: int((1 - luck.soundAhead) * luck.runs),
    runs: int(luck.runs),
    median: int(luck.player.p50),
  });
}

function buildResult(parent: HTMLElement, i18n: I18n, luck: Luck, runScore: number): void {
  const l = lang(i18n);
  const int = (v: number) => formatNumber(l, Math.round(v), 0);
  const runs = int(luck.runs);
  el('p', 'vt-debrief-intro', parent, i18n.t('debrief:luck.intro', { runs }));
  const summaryId = uid('luck-summary');
  const summary = i18n.t('debrief:luck.summary', {
    youLo: int(luck.player.p10),
    youHi: int(luck.player.p90),
    youMid: int(luck.player.p50),
    soundLo: int(luck.sound.p10),
    soundHi: int(luck.sound.p90),
    soundMid: int(luck.sound.p50),
    score: int(runScore),
  });
  parent.append(
    luckChart(luck, runScore, {
      title: i18n.t('debrief:luck.chartTitle', { runs }),
      you: i18n.t('debrief:luck.you'),
      sound: i18n.t('debrief:luck.sound'),
      thisRun: i18n.t('debrief:luck.thisRun', { score: int(runScore) }),
      legend: [
        i18n.t('debrief:luck.legendBand'),
        i18n.t('debrief:luck.legendMedian'),
        i18n.t('debrief:luck.legendRun'),
      ],
      summaryId,
      formatScore: int,
    }),
  );
  const said = el('p', 'vt-luck-summary', parent, summary);
  said.id = summaryId;
  // Read out once, as the picture's name.
  said.setAttribute('aria-hidden', 'true');
  const table = el('table', 'vt-luck-table', parent);
  el('caption', undefined, table, i18n.t('debrief:luck.tableCaption', { runs }));
  tableHead(
    table,
    (['policy', 'p10', 'median', 'p90'] as const).map((k) => i18n.t(`debrief:luck.${k}`)),
  );
  const tbody = el('tbody', undefined, table);
  for (const [key, spread] of [
    ['you', luck.player],
    ['sound', luck.sound],
  ] as const) {
    const tr = el('tr', `is-${key}`, tbody);
    el('th', undefined, tr, i18n.t(`debrief:luck.${key}`)).scope = 'row';
    for (const v of [spread.p10, spread.p50, spread.p90]) el('td', undefined, tr, int(v));
  }
  el(
    'p',
    'vt-luck-place',
    parent,
    i18n.t('debrief:luck.place', {
      score: int(runScore),
      below: int(luck.runPercentile * luck.runs),
      runs,
    }),
  );
}
