/**
 * A small line chart drawn as SVG by hand: one series over the weeks, its highest value and
 * the first and last week as labels, and a summary for screen readers (role="img").
 */
import { el } from '../dom.ts';

const SVG = 'http://www.w3.org/2000/svg';
const W = 120;
const H = 36;

export interface LineChart {
  readonly el: HTMLElement;
  /** Redraws the series; `label` is the accessible summary, `top`/`start`/`end` the axis labels. */
  draw(
    values: readonly number[],
    label: string,
    axis: { top: string; start: string; end: string },
  ): void;
}

export function createLineChart(): LineChart {
  const box = el('figure', 'vt-chart');
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('role', 'img');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('vt-chart-svg');
  const base = document.createElementNS(SVG, 'line');
  base.setAttribute('x1', '0');
  base.setAttribute('x2', String(W));
  base.setAttribute('y1', String(H - 0.5));
  base.setAttribute('y2', String(H - 0.5));
  base.classList.add('vt-chart-axis');
  const line = document.createElementNS(SVG, 'polyline');
  line.classList.add('vt-chart-line');
  svg.append(base, line);
  for (const node of [base, line]) node.setAttribute('vector-effect', 'non-scaling-stroke');
  const top = el('span', 'vt-chart-top', box);
  box.append(svg);
  const axis = el('div', 'vt-chart-x', box);
  const start = el('span', undefined, axis);
  const end = el('span', undefined, axis);
  for (const n of [top, axis]) n.setAttribute('aria-hidden', 'true');

  return {
    el: box,
    draw(values, label, labels) {
      svg.setAttribute('aria-label', label);
      top.textContent = labels.top;
      start.textContent = labels.start;
      end.textContent = labels.end;
      const max = Math.max(0, ...values);
      const min = Math.min(0, ...values);
      const span = max - min || 1;
      const n = values.length;
      const x = (i: number) => (n <= 1 ? W : (i / (n - 1)) * W);
      const y = (v: number) => H - 2 - ((v - min) / span) * (H - 4);
      line.setAttribute(
        'points',
        values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' '),
      );
    },
  };
}
