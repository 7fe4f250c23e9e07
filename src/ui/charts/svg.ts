/**
 * The pieces every chart in the game is drawn from, the widget's too: SVG elements, the figure
 * and its caption, the stretched sparkline box and its first/last labels (the legend and the
 * tick labels of a chart with axes are `line-chart.ts`'s). What a chart shows and
 * how it is scaled is `geometry.ts`; the look is each chart's stylesheet, so the pieces take
 * class names and carry no style of their own.
 */
import { el } from '../dom.ts';
import type { Frame } from './geometry.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes, appended to `parent` when given. */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  parent?: Element,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  parent?.append(node);
  return node;
}

/** A chart's <figure> and its caption (the chart's title, read before the picture). */
export function chartFigure(
  cls: string,
  captionCls: string,
  caption?: string,
): { fig: HTMLElement; cap: HTMLElement } {
  const fig = el('figure', cls);
  const cap = el('figcaption', captionCls, fig, caption);
  return { fig, cap };
}

export interface SparkBox {
  readonly svg: SVGSVGElement;
  /** The series' line: set its `d`. */
  readonly line: SVGPathElement;
}

/**
 * A sparkline's SVG: stretched to its box (no aspect ratio kept, strokes keep their width), a
 * baseline at `baseY` and one line. With `labelled` it is the picture screen readers hear (its
 * `aria-label` is the caller's); without, it is decoration beside words that say the same.
 */
export function sparkBox(
  f: Frame,
  baseY: number,
  cls: { svg: string; axis: string; line: string },
  labelled: boolean,
): SparkBox {
  const svg = svgEl('svg', {
    viewBox: `0 0 ${f.width} ${f.height}`,
    preserveAspectRatio: 'none',
    focusable: 'false',
    class: cls.svg,
  });
  svg.setAttribute(labelled ? 'role' : 'aria-hidden', labelled ? 'img' : 'true');
  const base = svgEl('line', { x1: 0, x2: f.width, y1: baseY, y2: baseY, class: cls.axis }, svg);
  const line = svgEl('path', { class: cls.line }, svg);
  for (const node of [base, line]) node.setAttribute('vector-effect', 'non-scaling-stroke');
  return { svg, line };
}

/** The first and last x labels under a sparkline, in HTML (they do not stretch with it). */
export function endLabels(
  parent: HTMLElement,
  cls: string,
): { start: HTMLSpanElement; end: HTMLSpanElement } {
  const axis = el('div', cls, parent);
  axis.setAttribute('aria-hidden', 'true');
  return { start: el('span', undefined, axis), end: el('span', undefined, axis) };
}
