/**
 * The stock-and-flow item's chart (the bathtub task), drawn from the item's data: pull requests
 * opened and reviewed each week, two lines on one scale. The number waiting is what the player
 * must work out, so it is not drawn. The picture is one image to assistive technology, named by
 * the same figures in words (`check:chart.summary`); the legend is text.
 */
import type { I18n } from '../../i18n';
import type { FlowChart } from '../../state/check.ts';
import { svgEl } from '../charts/svg.ts';
import { el, uid } from '../dom.ts';
import { formats } from '../run/text.ts';

const W = 320;
const H = 150;
const PAD = { left: 30, right: 8, top: 8, bottom: 22 };

/** Draws `chart` into a new figure in `parent`. */
export function drawFlowChart(parent: HTMLElement, i18n: I18n, chart: FlowChart): HTMLElement {
  const f = formats(i18n);
  const fig = el('figure', 'vt-check-chart', parent);
  const cap = el('figcaption', 'vt-check-chart-cap', fig, i18n.t('check:flow.chartTitle'));
  cap.id = uid('check-chart');
  const weeks = chart.arrived.length;
  const top = Math.max(...chart.arrived, ...chart.reviewed);
  // A floor below the lowest value keeps the differences that matter readable.
  const low = Math.max(0, Math.min(...chart.arrived, ...chart.reviewed) - 10);
  const x = (i: number) => PAD.left + (i * (W - PAD.left - PAD.right)) / Math.max(weeks - 1, 1);
  const y = (v: number) => PAD.top + ((top - v) * (H - PAD.top - PAD.bottom)) / (top - low || 1);
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'vt-check-svg' }, fig);
  svg.setAttribute(
    'aria-label',
    i18n.t('check:chart.summary', {
      arrived: chart.arrived.map((n) => f.int(n)).join(', '),
      reviewed: chart.reviewed.map((n) => f.int(n)).join(', '),
      start: f.int(chart.startQueue),
    }),
  );
  for (const v of [low, top]) {
    svgEl(
      'line',
      { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), class: 'vt-check-grid' },
      svg,
    );
    const t = svgEl(
      'text',
      { x: PAD.left - 4, y: y(v) + 4, class: 'vt-check-tick', 'text-anchor': 'end' },
      svg,
    );
    t.textContent = f.int(v);
  }
  for (let i = 0; i < weeks; i++) {
    const t = svgEl(
      'text',
      { x: x(i), y: H - 6, class: 'vt-check-tick', 'text-anchor': 'middle' },
      svg,
    );
    t.textContent = f.int(i + 1);
  }
  const line = (values: readonly number[], cls: string) =>
    svgEl(
      'polyline',
      { points: values.map((v, i) => `${x(i)},${y(v)}`).join(' '), class: cls, fill: 'none' },
      svg,
    );
  line(chart.arrived, 'vt-check-arrived');
  line(chart.reviewed, 'vt-check-reviewed');
  const legend = el('ul', 'vt-check-legend', fig);
  el('li', 'vt-check-key-arrived', legend, i18n.t('check:chart.arrived'));
  el('li', 'vt-check-key-reviewed', legend, i18n.t('check:chart.reviewed'));
  return fig;
}
