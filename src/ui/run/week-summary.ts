/**
 * The week bar's summary: the week just played in one sentence (features, incidents, breaches,
 * where the review went) with the board's notices, spoken once in a polite live region.
 */
import { type WeekFigures, weekFigures } from '../../state/figures.ts';
import type { GameState } from '../../state/store.ts';
import { el, uid } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import { boardNoticeHeadlines } from './alarms.ts';
import { queueClause } from './figure-text.ts';
import { follow, type Part } from './part.ts';
import { formats } from './text.ts';

/** The summary, and `announce` to say other words (a refused week) in its live region. */
export interface WeekSummary extends Part {
  announce(text: string): void;
}

export function createWeekSummary(ctx: ViewContext): WeekSummary {
  const { store, i18n } = ctx;
  const f = formats(i18n);
  const live = el('p', 'vt-summary');
  live.id = uid('summary');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  live.dataset.hint = 'reviewQueue';

  const announce = (text: string): void => {
    // Clear first so the same words are announced again.
    live.textContent = '';
    requestAnimationFrame(() => {
      live.textContent = text;
    });
  };
  const summarise = (s: GameState): string => {
    const m = weekFigures(s.sim?.history ?? []);
    if (!m) return '';
    const week = weekSummary(m);
    const board = boardNoticeHeadlines(i18n, s).join(' ');
    return board ? i18n.t('run:week.summaryWithNotice', { summary: week, notice: board }) : week;
  };
  // The same figures, rounded the same way, as the dashboards and the floor's words.
  const weekSummary = (m: WeekFigures): string => {
    const start = i18n.t('run:week.summaryStart', { week: f.int(m.week) });
    const features = i18n.t('run:week.summaryFeatures', {
      count: m.features.value,
      formatted: f.int(m.features.value),
    });
    const incidents = i18n.t('run:week.summaryIncidents', {
      count: m.incidents.value,
      formatted: f.int(m.incidents.value),
    });
    const queue = queueClause(i18n, f, m);
    if (m.breaches.value > 0) {
      const breaches = i18n.t('run:week.summaryBreaches', {
        count: m.breaches.value,
        formatted: f.int(m.breaches.value),
      });
      return i18n.t('run:week.summaryWithBreaches', {
        start,
        features,
        incidents,
        breaches,
        queue,
      });
    }
    return i18n.t('run:week.summary', { start, features, incidents, queue });
  };

  // The live region speaks each week played once; drawn again (a new language, the run screen
  // back from the sources screen or continued) it shows the last week's words without speaking.
  const part = follow(
    store,
    live,
    (s) => s.sim,
    (_sim, s, changed) => {
      if (changed && (s.sim?.state.week ?? 0) > 0) announce(summarise(s));
      else if (!changed) live.textContent = summarise(s);
    },
  );
  return { ...part, announce };
}
