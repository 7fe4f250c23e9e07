/**
 * The week bar: which week of how many, the evidence reading when not the central one, spend to
 * date, the play controls (`week-bar-play.ts`), a few settings (`week-bar-settings.ts`), and the
 * week's outcome announced in a polite live region (`week-summary.ts`), and in a blog's frame
 * the week's figures as a strip (`week-strip.ts`).
 */
import { shallow } from 'zustand/vanilla/shallow';
import type { GameState } from '../../state/store.ts';
import { el, setText } from '../dom.ts';
import { readingName } from '../reading-name.ts';
import type { ViewContext } from '../view-context.ts';
import { follow, type Part } from './part.ts';
import { createSpendBar } from './spend-bar.ts';
import { formats } from './text.ts';
import { createPlayControls } from './week-bar-play.ts';
import { createBarSettings } from './week-bar-settings.ts';
import { createWeekStrip } from './week-strip.ts';
import { createWeekSummary } from './week-summary.ts';
import './week-bar.css';

/** What the bar draws: the week, the reading, and the player's settings (not the draft). */
const barSlice = (s: GameState) => ({
  run: s.run,
  week: s.sim?.state.week ?? 0,
  playing: s.ui.playing,
  speed: s.ui.speed,
  muted: s.ui.muted,
  shortcuts: s.ui.shortcuts,
  autoResume: s.ui.autoResume,
  reducedMotion: s.ui.reducedMotion,
});

export function createWeekBar(ctx: ViewContext): Part {
  const { store, i18n } = ctx;
  const f = formats(i18n);
  const bar = el('div', 'vt-weekbar');
  const week = el('p', 'vt-week', bar);
  // The evidence reading, said only when it is not the central one: a small labelled badge.
  // On a phone only the reading's name shows; "Evidence:" stays for screen readers.
  const badge = el('p', 'vt-reading-badge', bar);
  badge.hidden = true;
  const badgeBefore = el('span', 'vt-sr-phone', badge);
  const badgeName = el('span', undefined, badge);
  const badgeAfter = el('span', 'vt-sr-phone', badge);
  // Spend to date against budget to date, and its breakdown by cost line.
  const spend = createSpendBar(ctx);
  bar.append(spend.el);
  const main = el('div', 'vt-weekbar-main', bar);
  const summary = createWeekSummary(ctx);
  const controls = createPlayControls(ctx, main, summary.announce);
  const settings = createBarSettings(ctx, main);
  bar.append(summary.el);
  // A blog frame's landscape layout shows the week as a strip of figures in the sentence's place.
  const strip = ctx.embed ? createWeekStrip(ctx) : null;
  if (strip) bar.append(strip.el);

  const draw = (slice: ReturnType<typeof barSlice>): void => {
    const { run, week: current } = slice;
    const shown = Math.min(run?.weeks ?? 0, current + 1);
    setText(week, i18n.t('run:week.label', { week: f.int(shown), weeks: f.int(run?.weeks ?? 0) }));
    const reading = run?.evidence ?? 'central';
    badge.hidden = reading === 'central';
    badge.dataset.reading = reading;
    if (reading !== 'central') {
      const name = readingName(i18n, reading);
      // The sentence split around the name, so each language keeps its own word order.
      const mark = '\u0000';
      const [before = '', after = ''] = i18n
        .t('run:week.evidenceBadge', { reading: mark })
        .split(mark);
      setText(badgeBefore, before);
      setText(badgeName, name);
      setText(badgeAfter, after);
      badge.title = i18n.t('run:week.evidenceBadgeTitle', { reading: name });
    }
    controls.draw(slice);
    settings.draw(slice);
  };
  const part = follow(store, bar, barSlice, draw, shallow);

  return {
    el: bar,
    relabel() {
      part.relabel();
      summary.relabel();
      strip?.relabel();
      spend.relabel();
    },
    destroy() {
      summary.destroy();
      strip?.destroy();
      spend.destroy();
      controls.destroy();
      settings.destroy();
      part.destroy();
    },
  };
}
