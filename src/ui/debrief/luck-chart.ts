/**
 * The "Luck or policy?" picture: two strips of dots, one for the player's decisions and one for
 * the sound policy, each dot a replay's score on another seed, the middle 80% (p10-p90) shaded,
 * the median a thick line, and this run's score a dashed line across both. Strips are named in
 * the picture and drawn apart by fill (solid dots and band edge against hollow dots and a dashed
 * edge), never by colour alone. The figure's text alternative is the caller's (a sentence and a
 * table beside it); the sentence names the picture.
 */
import type { Luck, Spread } from '../../sim/index.ts';
import { linear } from '../charts/geometry.ts';
import { chartLegend } from '../charts/line-chart.ts';
import { chartFigure, svgEl } from '../charts/svg.ts';
import { el } from '../dom.ts';
import { scoreRange, scoreTicks, stackDots } from './luck-geometry.ts';

/** A strip's frame, in viewBox units; the SVG scales to the figure's width, text stays HTML. */
const W = 320;
const PAD = 6;
const STRIP_H = 40;
const RADIUS = 2.3;

export interface LuckChartText {
  title: string;
  you: string;
  sound: string;
  thisRun: string;
  legend: readonly string[];
  /** The id of the sentence that says what the picture shows (its accessible name). */
  summaryId: string;
  formatScore(v: number): string;
}

/** Places an HTML label at `pct` of the width, kept inside the figure near either end. */
function placeAt(node: HTMLElement, pct: number): void {
  if (pct > 60) {
    node.style.right = `${(100 - pct).toFixed(2)}%`;
    node.classList.add('is-end');
  } else {
    node.style.left = `${pct.toFixed(2)}%`;
  }
}

export function luckChart(l: Luck, runScore: number, text: LuckChartText): HTMLElement {
  const { fig } = chartFigure('vt-lc vt-luck-chart', 'vt-lc-title', text.title);

  const { lo, hi } = scoreRange([...l.playerScores, ...l.soundScores, runScore]);
  const ticks = scoreTicks(lo, hi);
  const x = linear(lo, hi, PAD, W - PAD);
  const pct = (v: number) => (x(v) / W) * 100;

  // One picture for screen readers, named by the sentence printed under it (which they then skip).
  const plot = el('div', 'vt-luck-plot', fig);
  plot.setAttribute('role', 'img');
  plot.setAttribute('aria-labelledby', text.summaryId);

  const runRow = el('div', 'vt-luck-runrow', plot);
  placeAt(el('div', 'vt-luck-run-label', runRow, text.thisRun), pct(runScore));

  const strip = (name: string, tone: 'you' | 'sound', spread: Spread, scores: number[]) => {
    el('div', `vt-luck-name is-${tone}`, plot, name);
    const svg = svgEl('svg', {
      viewBox: `0 0 ${W} ${STRIP_H}`,
      class: `vt-luck-svg vt-luck-strip is-${tone}`,
      'aria-hidden': 'true',
      focusable: 'false',
    });
    for (const t of ticks) {
      svgEl('line', { x1: x(t), x2: x(t), y1: 0, y2: STRIP_H, class: 'vt-lc-grid' }, svg);
    }
    svgEl(
      'rect',
      {
        x: x(spread.p10),
        y: 2,
        width: Math.max(1, x(spread.p90) - x(spread.p10)),
        height: STRIP_H - 4,
        rx: 3,
        class: 'vt-luck-band',
      },
      svg,
    );
    for (const d of stackDots(scores.map(x), RADIUS, STRIP_H / 2 - 2)) {
      svgEl(
        'circle',
        {
          cx: d.x.toFixed(1),
          cy: (STRIP_H / 2 + d.dy).toFixed(1),
          r: RADIUS,
          class: 'vt-luck-dot',
        },
        svg,
      );
    }
    svgEl(
      'line',
      { x1: x(spread.p50), x2: x(spread.p50), y1: 0, y2: STRIP_H, class: 'vt-luck-median' },
      svg,
    );
    svgEl(
      'line',
      { x1: x(runScore), x2: x(runScore), y1: 0, y2: STRIP_H, class: 'vt-luck-run' },
      svg,
    );
    plot.append(svg);
  };
  strip(text.you, 'you', l.player, l.playerScores);
  strip(text.sound, 'sound', l.sound, l.soundScores);

  const axis = el('div', 'vt-luck-axis', plot);
  for (const t of ticks) {
    const tick = el('div', 'vt-luck-tick', axis, text.formatScore(t));
    tick.style.left = `${pct(t).toFixed(2)}%`;
  }

  const swatches = ['is-band', 'is-median', 'is-run'];
  const items = text.legend.map((t, i) => ({ cls: swatches[i] ?? '', text: t }));
  chartLegend(fig, 'vt-lc-legend vt-luck-legend', items);
  return fig;
}
