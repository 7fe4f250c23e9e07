/**
 * A small SVG line chart for the debrief and the sandbox: one or more series over the same
 * x points (the player's run and the what-if overlaid, say), an optional shaded band, y ticks
 * and first/last x labels. The figure carries a text summary for screen readers; series are
 * told apart by colour and by dash, never by colour alone.
 */
import { bandPath, FRAME, isolatedPoints, linePath, makeScale, maxOf, ticks } from './geometry.ts';
import './charts.css';

const SVG = 'http://www.w3.org/2000/svg';

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
  /** Labels under the first and last x points. */
  xStart: string;
  xEnd: string;
  /** What a screen reader hears instead of the picture. */
  summary: string;
  /** A vertical marker at a fraction (0..1) of the x range, e.g. the player's own setting. */
  marker?: { at: number; label: string };
}

function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/** Builds the chart as a <figure>; call again to redraw with new data. */
export function lineChart(spec: ChartSpec): HTMLElement {
  const fig = document.createElement('figure');
  fig.className = 'vt-lc';
  const cap = document.createElement('figcaption');
  cap.className = 'vt-lc-title';
  cap.textContent = spec.title;
  fig.append(cap);

  const n = Math.max(0, ...spec.series.map((s) => s.values.length), spec.band?.hi.length ?? 0);
  const scale = makeScale(n, maxOf(...spec.series.map((s) => s.values), spec.band?.hi ?? []));
  const svg = svgEl('svg', {
    viewBox: `0 0 ${FRAME.width} ${FRAME.height}`,
    role: 'img',
    'aria-label': spec.summary,
    class: 'vt-lc-svg',
  });
  for (const t of ticks(scale.yMax)) {
    const y = scale.y(t);
    svg.append(
      svgEl('line', {
        x1: String(FRAME.left),
        x2: String(FRAME.width - FRAME.right),
        y1: String(y),
        y2: String(y),
        class: t === 0 ? 'vt-lc-axis' : 'vt-lc-grid',
      }),
    );
    const label = svgEl('text', {
      x: String(FRAME.left - 4),
      y: String(y + 3.5),
      class: 'vt-lc-tick',
      'text-anchor': 'end',
    });
    label.textContent = spec.formatY(t);
    svg.append(label);
  }
  if (spec.band && spec.band.hi.length > 0) {
    svg.append(
      svgEl('path', { d: bandPath(spec.band.lo, spec.band.hi, scale), class: 'vt-lc-band' }),
    );
  }
  for (const s of spec.series) {
    svg.append(
      svgEl('path', {
        d: linePath(s.values, scale),
        class: `vt-lc-line is-${s.tone}`,
        fill: 'none',
      }),
    );
    for (const i of isolatedPoints(s.values)) {
      svg.append(
        svgEl('circle', {
          cx: String(scale.x(i)),
          cy: String(scale.y(s.values[i] ?? 0)),
          r: '2.5',
          class: `vt-lc-dot is-${s.tone}`,
        }),
      );
    }
  }
  if (spec.marker) {
    const x = scale.x(Math.max(0, Math.min(1, spec.marker.at)) * Math.max(0, n - 1));
    svg.append(
      svgEl('line', {
        x1: String(x),
        x2: String(x),
        y1: String(FRAME.top),
        y2: String(FRAME.height - FRAME.bottom),
        class: 'vt-lc-marker',
      }),
    );
    const t = svgEl('text', {
      x: String(x + 3),
      y: String(FRAME.top + 8),
      class: 'vt-lc-tick vt-lc-marker-label',
      'text-anchor': x > FRAME.width * 0.7 ? 'end' : 'start',
    });
    if (x > FRAME.width * 0.7) t.setAttribute('x', String(x - 3));
    t.textContent = spec.marker.label;
    svg.append(t);
  }
  const xl = svgEl('text', {
    x: String(FRAME.left),
    y: String(FRAME.height - 4),
    class: 'vt-lc-tick',
  });
  xl.textContent = spec.xStart;
  const xr = svgEl('text', {
    x: String(FRAME.width - FRAME.right),
    y: String(FRAME.height - 4),
    class: 'vt-lc-tick',
    'text-anchor': 'end',
  });
  xr.textContent = spec.xEnd;
  svg.append(xl, xr);
  fig.append(svg);

  if (spec.series.length > 1 || spec.band) {
    const legend = document.createElement('ul');
    legend.className = 'vt-lc-legend';
    legend.setAttribute('aria-hidden', 'true');
    for (const s of spec.series) {
      const li = document.createElement('li');
      li.className = `is-${s.tone}`;
      li.textContent = s.label;
      legend.append(li);
    }
    if (spec.band) {
      const li = document.createElement('li');
      li.className = 'is-band';
      li.textContent = spec.band.label;
      legend.append(li);
    }
    fig.append(legend);
  }
  return fig;
}
