/**
 * The widget's one chart: two lanes over the same weeks, the review queue above and the
 * features shipped below, each on its own scale (they are different units) with its latest
 * value beside its name. The x axis spans the whole run, so the lines grow as weeks play.
 * Lines are told apart by colour and by dash; the figure's summary is what a screen reader hears.
 */
import { type Frame, linePath, makeScale, maxOf } from '../charts/geometry.ts';
import { chartFigure, endLabels, sparkBox } from '../charts/svg.ts';
import { el, setText } from '../dom.ts';
import type { ChartData } from './queue-model.ts';

/** Each lane's viewBox; the SVG stretches to its box and the strokes keep their width. */
const LANE: Frame = { width: 200, height: 50, left: 0, right: 0, top: 3, bottom: 2 };

export interface WidgetChartText {
  title: string;
  queue: string;
  features: string;
  queueValue: string;
  featuresValue: string;
  start: string;
  end: string;
  summary: string;
}

export interface WidgetChart {
  readonly el: HTMLElement;
  draw(data: ChartData, weeks: number, text: WidgetChartText): void;
}

function lane(parent: HTMLElement, tone: 'queue' | 'features') {
  const wrap = el('div', `vt-wg-lane is-${tone}`, parent);
  const label = el('p', 'vt-wg-lane-label', wrap);
  const name = el('span', 'vt-wg-lane-name', label);
  const value = el('span', 'vt-wg-lane-value', label);
  const { svg, line } = sparkBox(
    LANE,
    LANE.height - LANE.bottom,
    { svg: 'vt-wg-lane-svg', axis: 'vt-wg-axis', line: 'vt-wg-line' },
    false,
  );
  wrap.append(svg);
  return { name, value, path: line };
}

export function createWidgetChart(): WidgetChart {
  const { fig, cap } = chartFigure('vt-wg-chart', 'vt-wg-chart-title');
  const body = el('div', 'vt-wg-chart-body', fig);
  body.setAttribute('role', 'img');
  const queue = lane(body, 'queue');
  const features = lane(body, 'features');
  const { start, end } = endLabels(fig, 'vt-wg-x');

  return {
    el: fig,
    draw(data, weeks, text) {
      setText(cap, text.title);
      body.setAttribute('aria-label', text.summary);
      setText(queue.name, text.queue);
      setText(features.name, text.features);
      setText(queue.value, data.queue.length > 0 ? text.queueValue : '');
      setText(features.value, data.features.length > 0 ? text.featuresValue : '');
      setText(start, text.start);
      setText(end, text.end);
      // The x scale covers the whole run (weeks points), so week w sits where it will stay.
      const n = Math.max(2, weeks);
      queue.path.setAttribute('d', linePath(data.queue, makeScale(n, maxOf(data.queue), LANE)));
      features.path.setAttribute(
        'd',
        linePath(data.features, makeScale(n, maxOf(data.features), LANE)),
      );
    },
  };
}
