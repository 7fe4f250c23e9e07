/**
 * A small SVG line chart for the debrief and the sandbox: one or more series over the same
 * x points (the player's run and the what-if overlaid, say), an optional shaded band, y ticks
 * and first/last x labels. The figure carries a text summary for screen readers; series are
 * told apart by colour and by dash, never by colour alone.
 */

import { el } from '../dom.ts';
import { bandPath, FRAME, isolatedPoints, linePath, makeScale, maxOf, ticks } from './geometry.ts';
import { chartFigure, svgEl } from './svg.ts';
import './charts.css';

export interface ChartSeries {
  values: readonly number[];
  /** Style: 'main' (amber, solid), 'alt' (teal, dashed), 'muted' (grey, dotted). */
  tone: 'main' | 'alt' | 'muted';
  label: string;
}

export interface ChartSpec {
  title: string;
  series: readonly ChartSeries[];
  band?: { lo: readonly number[]; hi: readonly number[]; label: string };
  /** Text for a y value (tick labels). */
  formatY(v: number): string;
  /** The values count whole things: the y ticks stay on whole numbers. */
  wholeY?: boolean;
  /** Labels under the first and last x points. */
  xStart: string;
  xEnd: string;
  /** What a screen reader hears instead of the picture. */
  summary: string;
  /** A vertical marker at a fraction (0..1) of the x range, e.g. the player's own setting. */
  marker?: { at: number; label: string };
}

/** An SVG text label; `anchor` 'end' right-aligns it on `x`. */
function svgText(
  parent: Element,
  x: number,
  y: number,
  cls: string,
  text: string,
  anchor?: 'start' | 'end',
): SVGTextElement {
  const node = svgEl('text', { x, y, class: cls }, parent);
  if (anchor) node.setAttribute('text-anchor', anchor);
  node.textContent = text;
  return node;
}

/**
 * The legend under a chart: one item per series, its class drawing the swatch. Hidden from
 * screen readers, which hear the chart's own summary instead.
 */
export function chartLegend(
  parent: HTMLElement,
  cls: string,
  items: ReadonlyArray<{ cls: string; text: string }>,
): HTMLUListElement {
  const legend = el('ul', cls, parent);
  legend.setAttribute('aria-hidden', 'true');
  for (const item of items) el('li', item.cls, legend, item.text);
  return legend;
}

/** Builds the chart as a <figure>; call again to redraw with new data. */
export function lineChart(spec: ChartSpec): HTMLElement {
  const { fig } = chartFigure('vt-lc', 'vt-lc-title', spec.title);
  const n = Math.max(0, ...spec.series.map((s) => s.values.length), spec.band?.hi.length ?? 0);
  const scale = makeScale(
    n,
    maxOf(...spec.series.map((s) => s.values), spec.band?.hi ?? []),
    FRAME,
    {
      whole: spec.wholeY ?? false,
    },
  );
  const svg = svgEl('svg', {
    viewBox: `0 0 ${FRAME.width} ${FRAME.height}`,
    role: 'img',
    'aria-label': spec.summary,
    class: 'vt-lc-svg',
  });
  for (const t of ticks(scale.yMax, undefined, spec.wholeY)) {
    const y = scale.y(t);
    const cls = t === 0 ? 'vt-lc-axis' : 'vt-lc-grid';
    svgEl('line', { x1: FRAME.left, x2: FRAME.width - FRAME.right, y1: y, y2: y, class: cls }, svg);
    svgText(svg, FRAME.left - 4, y + 3.5, 'vt-lc-tick', spec.formatY(t), 'end');
  }
  if (spec.band && spec.band.hi.length > 0) {
    svgEl('path', { d: bandPath(spec.band.lo, spec.band.hi, scale), class: 'vt-lc-band' }, svg);
  }
  for (const s of spec.series) {
    const line = { d: linePath(s.values, scale), class: `vt-lc-line is-${s.tone}`, fill: 'none' };
    svgEl('path', line, svg);
    for (const i of isolatedPoints(s.values)) {
      const dot = { cx: scale.x(i), cy: scale.y(s.values[i] ?? 0), r: 2.5 };
      svgEl('circle', { ...dot, class: `vt-lc-dot is-${s.tone}` }, svg);
    }
  }
  if (spec.marker) drawMarker(svg, spec.marker, scale.x(markerIndex(spec.marker.at, n)));
  const xLabelY = FRAME.height - 4;
  svgText(svg, FRAME.left, xLabelY, 'vt-lc-tick', spec.xStart);
  svgText(svg, FRAME.width - FRAME.right, xLabelY, 'vt-lc-tick', spec.xEnd, 'end');
  fig.append(svg);

  if (spec.series.length > 1 || spec.band) {
    const items = spec.series.map((s) => ({ cls: `is-${s.tone}`, text: s.label }));
    if (spec.band) items.push({ cls: 'is-band', text: spec.band.label });
    chartLegend(fig, 'vt-lc-legend', items);
  }
  return fig;
}

/** The marker's fraction of the x range (clamped to it) as a point index. */
function markerIndex(at: number, n: number): number {
  return Math.max(0, Math.min(1, at)) * Math.max(0, n - 1);
}

/** The vertical marker and its label, turned to the left when near the right edge. */
function drawMarker(svg: SVGSVGElement, marker: { label: string }, x: number): void {
  const y1 = FRAME.top;
  const y2 = FRAME.height - FRAME.bottom;
  svgEl('line', { x1: x, x2: x, y1, y2, class: 'vt-lc-marker' }, svg);
  const nearEnd = x > FRAME.width * 0.7;
  const cls = 'vt-lc-tick vt-lc-marker-label';
  svgText(
    svg,
    nearEnd ? x - 3 : x + 3,
    FRAME.top + 8,
    cls,
    marker.label,
    nearEnd ? 'end' : 'start',
  );
}
