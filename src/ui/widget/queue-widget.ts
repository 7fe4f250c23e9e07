/**
 * The queue widget (`?widget=queue`): the review queue alone, for a blog post. Lines waiting
 * against lines reviewed as two rows of blocks on one scale, the AI mandate and the senior
 * time for review as sliders, and one chart of the queue and the features shipped, week by
 * week. Weeks play on by themselves at a calm pace (not under reduced motion) and pause on
 * request. Plain DOM and SVG: no Phaser, no office scene.
 */
import type { I18n } from '../../i18n';
import { SYSTEM_CLOCK, startAutoplay, widgetAutoplay } from '../../state/autoplay.ts';
import { runOver } from '../../state/run-record.ts';
import type { WidgetLever, WidgetState, WidgetStore } from '../../state/widget-store.ts';
import { WIDGET_LEVERS } from '../../state/widget-store.ts';
import { el, fieldFor, LEVER_FIELD, setText, uid } from '../dom.ts';
import { type Formats, formats } from '../run/text.ts';
import { blocksFor, chartData, queueNow } from './queue-model.ts';
import { createWidgetChart } from './widget-chart.ts';
import '../palette.css';
import './widget.css';

export interface QueueWidgetDeps {
  store: WidgetStore;
  i18n: I18n;
  /** The system's or the host's wish for less motion: then nothing plays until asked. */
  reducedMotion(): boolean;
  /** Where "open the full game" leads (a new tab). */
  gameUrl: string;
  /** Milliseconds between weeks while playing. */
  weekMs?: number;
}

/** One week every 1.6 s: slow enough to read the numbers as they change. */
export const WEEK_MS = 1600;
/** While playing, the live region speaks every few weeks, not every week. */
const ANNOUNCE_EVERY = 4;

const LEVER_KEYS = {
  aiMandate: 'run:controls.aiMandate.label',
  seniorReviewShare: 'run:controls.seniorReviewShare.label',
} as const satisfies Record<WidgetLever, string>;

/** The queue's two rows of blocks on one scale, and its words; returns its drawing. */
function createQueue(
  box: HTMLElement,
  weekLine: HTMLElement,
  i18n: I18n,
  f: Formats,
): (s: WidgetState) => void {
  const queue = el('div', 'vt-wg-queue', box);
  queue.setAttribute('role', 'img');
  const rows = (['waiting', 'reviewed'] as const).map((kind) => {
    const row = el('div', `vt-wg-row is-${kind}`, queue);
    const label = el('p', 'vt-wg-row-label', row);
    const name = el('span', 'vt-wg-row-name', label);
    const value = el('span', 'vt-wg-row-value', label);
    const blocks = el('div', 'vt-wg-blocks', row);
    return { kind, name, value, blocks };
  });
  const unit = el('p', 'vt-wg-unit', queue);
  const renderQueue = (s: WidgetState): void => {
    const now = queueNow(s.sim.state, s.sim.history.at(-1));
    const b = blocksFor(now.waitingLines, now.reviewedLines);
    setText(
      weekLine,
      s.sim.state.week === 0
        ? i18n.t('widget:queue.weekZero')
        : i18n.t('widget:queue.week', { week: s.sim.state.week, weeks: s.weeks }),
    );
    for (const r of rows) {
      const count = r.kind === 'waiting' ? b.waiting : b.reviewed;
      setText(
        r.name,
        i18n.t(r.kind === 'waiting' ? 'widget:queue.waiting' : 'widget:queue.reviewed'),
      );
      setText(
        r.value,
        i18n.t('widget:queue.lines', {
          lines: f.int(r.kind === 'waiting' ? now.waitingLines : now.reviewedLines),
        }),
      );
      while (r.blocks.childElementCount > count) r.blocks.lastElementChild?.remove();
      while (r.blocks.childElementCount < count) el('span', 'vt-wg-block', r.blocks);
      r.blocks.dataset.count = String(count);
    }
    setText(
      unit,
      [
        i18n.t('widget:queue.unit', { lines: f.int(b.unit) }),
        i18n.t('widget:queue.weeksOfReview', { weeks: f.dec(now.weeksOfReview) }),
      ].join(i18n.t('run:separator')),
    );
    queue.setAttribute(
      'aria-label',
      `${i18n.t('widget:queue.picture')}. ${i18n.t('widget:queue.summary', {
        waiting: f.int(now.waitingLines),
        weeks: f.dec(now.weeksOfReview),
        reviewed: f.int(now.reviewedLines),
      })}`,
    );
  };
  return renderQueue;
}

/** The lever sliders, each setting its lever in the store as it moves. */
function createSliders(leverBox: HTMLElement, store: WidgetStore, noteId: string) {
  return WIDGET_LEVERS.map((name) => {
    const wrap = el('div', 'vt-wg-lever', leverBox);
    const top = el('div', 'vt-wg-lever-head', wrap);
    const label = el('label', 'vt-wg-lever-label', top);
    const input = fieldFor(label, 'vt-wg-range', `widget-${name}`, LEVER_FIELD);
    input.dataset.lever = name;
    input.setAttribute('aria-describedby', noteId);
    const out = el('output', 'vt-wg-lever-value', top);
    out.htmlFor.add(input.id);
    wrap.append(input);
    const onInput = () => store.getState().setLever(name, Number(input.value) / 100);
    input.addEventListener('input', onInput);
    return { name, label, input, out, onInput };
  });
}

/** The chart of the queue and the features shipped, week by week, with its words. */
function drawChart(
  chart: ReturnType<typeof createWidgetChart>,
  i18n: I18n,
  f: Formats,
  s: WidgetState,
): void {
  const data = chartData(s.sim.history);
  const week = s.sim.state.week;
  chart.draw(data, s.weeks, {
    title: i18n.t('widget:queue.chartTitle'),
    queue: i18n.t('widget:queue.chartQueue'),
    features: i18n.t('widget:queue.chartFeatures'),
    queueValue: f.compact(data.queue.at(-1) ?? 0),
    featuresValue: f.dec(data.features.at(-1) ?? 0),
    start: i18n.t('widget:queue.weekShort', { week: 1 }),
    end: i18n.t('widget:queue.weekShort', { week: s.weeks }),
    summary:
      week === 0
        ? i18n.t('widget:queue.chartEmpty')
        : i18n.t('widget:queue.chartSummary', {
            week,
            queueFirst: f.int(data.queue[0] ?? 0),
            queueLast: f.int(data.queue.at(-1) ?? 0),
            featuresFirst: f.dec(data.features[0] ?? 0),
            featuresLast: f.dec(data.features.at(-1) ?? 0),
          }),
  });
}

/** What the live region says after a week: the end, or the week while paused or every few. */
function weekAnnouncement(i18n: I18n, f: Formats, s: WidgetState): string | null {
  const week = s.sim.state.week;
  const last = s.sim.history.at(-1);
  if (last && runOver(s.sim, s.weeks)) {
    return i18n.t('widget:queue.announceEnd', {
      weeks: week,
      waiting: f.int(last.reviewQueueLines),
    });
  }
  if (last && (!s.playing || week % ANNOUNCE_EVERY === 0)) {
    return i18n.t('widget:queue.announceWeek', {
      week,
      waiting: f.int(last.reviewQueueLines),
      features: f.dec(last.featuresShipped),
    });
  }
  return null;
}

export function renderQueueWidget(root: HTMLElement, deps: QueueWidgetDeps): () => void {
  const { store, i18n } = deps;
  const f = formats(i18n);
  const weekMs = deps.weekMs ?? WEEK_MS;
  const reduced = deps.reducedMotion();
  if (reduced) store.getState().setPlaying(false);

  const box = el('section', 'vt-screen vt-widget');
  box.classList.toggle('vt-reduced', reduced);
  const headingId = uid('widget-h');
  box.setAttribute('aria-labelledby', headingId);

  const head = el('header', 'vt-wg-head', box);
  const h1 = el('h1', 'vt-wg-title', head);
  h1.id = headingId;
  const weekLine = el('p', 'vt-wg-week', head);

  // --- The queue: two rows of blocks on one scale ---
  const renderQueue = createQueue(box, weekLine, i18n, f);

  // --- Levers ---
  const controls = el('form', 'vt-wg-controls', box);
  controls.noValidate = true;
  const leverBox = el('fieldset', 'vt-wg-levers', controls);
  const legend = el('legend', 'vt-visually-hidden', leverBox);
  const nextNote = el('p', 'vt-wg-note', leverBox);
  nextNote.id = uid('widget-note');
  const sliders = createSliders(leverBox, store, nextNote.id);
  const buttons = el('div', 'vt-wg-buttons', controls);
  const playBtn = el('button', 'vt-wg-btn vt-wg-play', buttons);
  playBtn.type = 'button';
  const restartBtn = el('button', 'vt-wg-btn', buttons);
  restartBtn.type = 'button';
  const link = el('a', 'vt-wg-link', controls);
  link.href = deps.gameUrl;
  link.target = '_blank';
  link.rel = 'noopener';
  const linkText = el('span', undefined, link);
  link.append(document.createTextNode(' '));
  const linkNote = el('span', 'vt-visually-hidden', link);

  // --- The chart ---
  const chart = createWidgetChart();
  box.append(chart.el);

  const live = el('p', 'vt-visually-hidden', box);
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');

  // --- Rendering from the store ---
  const renderChart = (s: WidgetState): void => drawChart(chart, i18n, f, s);

  const renderControls = (s: WidgetState): void => {
    for (const sl of sliders) {
      setText(sl.label, i18n.t(LEVER_KEYS[sl.name]));
      const pct = Math.round(s.levers[sl.name] * 100);
      if (sl.input.value !== String(pct)) sl.input.value = String(pct);
      const shown = f.pct(s.levers[sl.name]);
      setText(sl.out, shown);
      sl.input.setAttribute('aria-valuetext', shown);
    }
    setText(playBtn, i18n.t(s.playing ? 'widget:queue.pause' : 'widget:queue.play'));
    playBtn.disabled = !s.playing && runOver(s.sim, s.weeks);
    setText(restartBtn, i18n.t('widget:queue.restart'));
  };

  const renderStatic = (): void => {
    box.lang = i18n.resolvedLanguage ?? i18n.language;
    setText(h1, i18n.t('widget:queue.title'));
    setText(linkText, i18n.t('widget:queue.openGame'));
    setText(linkNote, i18n.t('widget:queue.newTab'));
    setText(legend, i18n.t('widget:queue.levers'));
    setText(nextNote, i18n.t('widget:queue.nextWeek'));
  };

  const renderAll = (): void => {
    const s = store.getState();
    renderStatic();
    renderQueue(s);
    renderChart(s);
    renderControls(s);
  };

  const announce = (text: string): void => setText(live, text);

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.sim !== prev.sim) {
      renderQueue(s);
      renderChart(s);
      const said = weekAnnouncement(i18n, f, s);
      if (said !== null) announce(said);
    }
    if (s.levers !== prev.levers || s.playing !== prev.playing || s.sim !== prev.sim) {
      renderControls(s);
    }
    if (s.playing !== prev.playing) {
      const week = s.sim.state.week;
      if (!runOver(s.sim, s.weeks)) {
        announce(
          i18n.t(s.playing ? 'widget:queue.announcePlaying' : 'widget:queue.announcePaused', {
            week,
          }),
        );
      }
    }
  });

  const onPlay = (): void => {
    const s = store.getState();
    s.setPlaying(!s.playing);
  };
  playBtn.addEventListener('click', onPlay);
  const onRestart = (): void => {
    const s = store.getState();
    s.restart();
    if (!deps.reducedMotion()) s.setPlaying(true);
  };
  restartBtn.addEventListener('click', onRestart);
  const onSubmit = (e: Event): void => e.preventDefault();
  controls.addEventListener('submit', onSubmit);
  const onLanguage = (): void => renderAll();
  i18n.on('languageChanged', onLanguage);

  renderAll();
  root.append(box);
  // Time: the same scheduler as the game's autoplay, at the widget's calm pace.
  const stopAutoplay = startAutoplay(store, widgetAutoplay(weekMs), SYSTEM_CLOCK);

  return () => {
    stopAutoplay();
    unsubscribe();
    i18n.off('languageChanged', onLanguage);
    for (const sl of sliders) sl.input.removeEventListener('input', sl.onInput);
    playBtn.removeEventListener('click', onPlay);
    restartBtn.removeEventListener('click', onRestart);
    controls.removeEventListener('submit', onSubmit);
    box.remove();
  };
}
