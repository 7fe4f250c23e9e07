// Usage (run screen, sandbox mode): `const stopSweep = mountSweepPanel(panelElement, ctx);` and `stopSweep()` in the cleanup.
/**
 * The sandbox's sweep: one outcome across the range of one lever, the average and the band
 * the middle 80% of seeds fall in, computed one lever value per task so the page stays
 * responsive. The other levers are the player's current settings.
 */
import type { SweepLever, SweepOutcome, SweepPoint } from '../../sim/index.ts';
import { leverSweep } from '../../state/debrief.ts';
import { queueIdleTask } from '../../state/idle.ts';
import { currentLevers } from '../../state/selectors.ts';
import { lineChart } from '../charts/line-chart.ts';
import { uid } from '../dom.ts';
import { lang } from '../run/text.ts';
import { formatCompact, formatNumber, formatShare } from '../sources/format.ts';
import { tk } from '../sources/text.ts';
import type { ViewContext } from '../view-context.ts';
import {
  runChunked,
  SWEEP_PANEL_LEVERS,
  SWEEP_PANEL_OUTCOMES,
  sweepSeries,
  sweepValues,
} from './sweep-plan.ts';
import '../palette.css';
import '../title/theme.css';
import './sweep.css';

const SEEDS = 10;

/** A labelled select of the sweep's form, its options' words set on each render. */
function sweepSelect(form: HTMLFormElement, id: string, name: string, options: readonly string[]) {
  const field = document.createElement('div');
  field.className = 'vt-sweep-field';
  const text = document.createElement('label');
  const select = document.createElement('select');
  select.name = name;
  select.id = `${id}-${name}`;
  text.htmlFor = select.id;
  for (const o of options) {
    const opt = document.createElement('option');
    opt.value = o;
    select.append(opt);
  }
  field.append(text, select);
  form.append(field);
  return { text, select };
}

/** An outcome's figure in `language`: lead time to a tenth, customers compact, counts whole. */
function formatOutcome(language: string, o: SweepOutcome, v: number): string {
  return o === 'meanLeadTimeDays'
    ? formatNumber(language, v, 1)
    : o === 'customersAffected'
      ? formatCompact(language, v)
      : formatNumber(language, Math.round(v), 0);
}

export function mountSweepPanel(root: HTMLElement, ctx: ViewContext): () => void {
  const { store, i18n } = ctx;
  const id = uid('sweep');
  const panel = document.createElement('section');
  panel.className = 'vt-screen vt-sweep';
  panel.setAttribute('aria-labelledby', `${id}-h`);
  const h = document.createElement('h2');
  h.id = `${id}-h`;
  h.className = 'vt-sweep-h';
  const intro = document.createElement('p');
  intro.className = 'vt-sweep-intro';
  const form = document.createElement('form');
  form.className = 'vt-sweep-form';
  const lever = sweepSelect(form, id, 'lever', SWEEP_PANEL_LEVERS);
  const outcome = sweepSelect(form, id, 'outcome', SWEEP_PANEL_OUTCOMES);
  const runBtn = document.createElement('button');
  runBtn.type = 'submit';
  runBtn.className = 'vt-btn vt-btn-primary vt-sweep-run';
  form.append(runBtn);
  const status = document.createElement('p');
  status.className = 'vt-sweep-status';
  status.setAttribute('aria-live', 'polite');
  const chartBox = document.createElement('div');
  chartBox.className = 'vt-sweep-chart';
  panel.append(h, intro, form, status, chartBox);
  // First in its pane: below the dashboards it sat out of view on a laptop's screen.
  root.prepend(panel);

  let cancel: (() => void) | null = null;
  let points: SweepPoint[] = [];
  let total = 0;

  const fmtOutcome = (o: SweepOutcome, v: number): string => formatOutcome(lang(i18n), o, v);

  const draw = (): void => {
    chartBox.replaceChildren();
    if (points.length === 0) return;
    const lv = lever.select.value as SweepLever;
    const oc = outcome.select.value as SweepOutcome;
    const s = sweepSeries(points);
    // The x axis spans the whole range; points not yet computed are left out of the line.
    const pad = (xs: number[]) => [
      ...xs,
      ...Array(Math.max(0, total - xs.length)).fill(Number.NaN),
    ];
    const outcomeName = tk(i18n, 'screens', `sweep.outcomes.${oc}`);
    const leverName = tk(i18n, 'screens', `sweep.levers.${lv}`);
    const current = currentLevers(store.getState())?.[lv];
    const currentText =
      typeof current === 'number'
        ? i18n.t('screens:sweep.current', { value: formatShare(lang(i18n), current, 0) })
        : '';
    chartBox.append(
      lineChart({
        title: `${outcomeName} · ${leverName}`,
        series: [{ values: pad(s.mean), tone: 'main', label: i18n.t('screens:sweep.mean') }],
        band: { lo: s.lo, hi: s.hi, label: i18n.t('screens:sweep.band') },
        formatY: (v) => fmtOutcome(oc, v),
        xStart: i18n.t('screens:sweep.axisStart'),
        xEnd: i18n.t('screens:sweep.axisEnd'),
        summary: `${i18n.t('screens:sweep.summary', {
          outcome: outcomeName,
          lever: leverName,
          from: fmtOutcome(oc, s.mean[0] ?? 0),
          to: fmtOutcome(oc, s.mean.at(-1) ?? 0),
        })} ${currentText}`,
        ...(typeof current === 'number'
          ? { marker: { at: current, label: formatShare(lang(i18n), current, 0) } }
          : {}),
      }),
    );
    if (currentText) {
      const note = document.createElement('p');
      note.className = 'vt-sweep-current';
      note.textContent = currentText;
      chartBox.append(note);
    }
  };

  const start = (): void => {
    cancel?.();
    const s = store.getState();
    const levers = currentLevers(s);
    if (!s.run || !levers) return;
    const lv = lever.select.value as SweepLever;
    const oc = outcome.select.value as SweepOutcome;
    const { [lv]: _swept, ...others } = levers;
    const values = sweepValues();
    total = values.length;
    points = [];
    status.textContent = i18n.t('screens:sweep.progress', { done: 0, total });
    draw();
    let reveal = true;
    const base = {
      scenarioId: s.run.scenarioId,
      levers: others,
      lever: lv,
      outcome: oc,
      seeds: SEEDS,
      weeks: s.run.weeks,
    };
    cancel = runChunked(
      values,
      (v) => leverSweep({ ...base, values: [v] })[0] as SweepPoint,
      (done, results) => {
        points = results;
        status.textContent =
          done < total
            ? i18n.t('screens:sweep.progress', { done, total })
            : i18n.t('screens:sweep.done', { seeds: SEEDS, points: total, weeks: base.weeks });
        draw();
        // The chart is what the player asked for: its pane scrolls to show it whole once it is
        // drawn (the page itself never scrolls), rather than leaving it under the pane's edge.
        if (reveal) chartBox.scrollIntoView({ block: 'nearest' });
        reveal = false;
      },
      queueIdleTask,
    );
  };

  const render = (): void => {
    panel.lang = lang(i18n);
    h.textContent = i18n.t('screens:sweep.heading');
    intro.textContent = i18n.t('screens:sweep.intro');
    lever.text.textContent = i18n.t('screens:sweep.lever');
    outcome.text.textContent = i18n.t('screens:sweep.outcome');
    for (const o of lever.select.options)
      o.textContent = tk(i18n, 'screens', `sweep.levers.${o.value}`);
    for (const o of outcome.select.options)
      o.textContent = tk(i18n, 'screens', `sweep.outcomes.${o.value}`);
    runBtn.textContent = i18n.t('screens:sweep.run');
    draw();
  };

  const onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    start();
  };
  form.addEventListener('submit', onSubmit);
  const onLanguageChanged = (): void => render();
  i18n.on('languageChanged', onLanguageChanged);
  render();

  return () => {
    cancel?.();
    i18n.off('languageChanged', onLanguageChanged);
    form.removeEventListener('submit', onSubmit);
    panel.remove();
  };
}
