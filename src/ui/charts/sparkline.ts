/**
 * The run screen's small line chart: one series over the weeks, its highest value and the
 * first and last week as labels, and a summary for screen readers (role="img"). The series may
 * go below zero (a loss), so the axis spans from the lowest value to the highest, zero included.
 */
import { el } from '../dom.ts';
import { type Frame, linePath, makeScale, maxOf, minOf } from './geometry.ts';
import { endLabels, sparkBox } from './svg.ts';

/** The viewBox; the SVG stretches to the dashboard's width and the strokes keep theirs. */
const BOX: Frame = { width: 120, height: 36, left: 0, right: 0, top: 2, bottom: 2 };

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
  const top = el('span', 'vt-chart-top', box);
  top.setAttribute('aria-hidden', 'true');
  const { svg, line } = sparkBox(
    BOX,
    BOX.height - 0.5,
    { svg: 'vt-chart-svg', axis: 'vt-chart-axis', line: 'vt-chart-line' },
    true,
  );
  box.append(svg);
  const { start, end } = endLabels(box, 'vt-chart-x');

  return {
    el: box,
    draw(values, label, labels) {
      svg.setAttribute('aria-label', label);
      top.textContent = labels.top;
      start.textContent = labels.start;
      end.textContent = labels.end;
      const scale = makeScale(values.length, maxOf(values), BOX, {
        yMin: minOf(values),
        exact: true,
        lone: 'end',
      });
      line.setAttribute('d', linePath(values, scale));
    },
  };
}
