/**
 * The office floor in words: what the picture shows (who sits at the desks, the empty ones,
 * morale, the review pile and whether it grows, this week's alarms and the board's notices about
 * spending), for screen readers and
 * anyone who cannot read the picture. Not a live region: the week bar announces each week once.
 */
import type { WeekMetrics } from '../../sim/index.ts';
import type { GameState } from '../../state/store.ts';
import { el, setText, uid } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import { boardNoticeTexts } from './alarms.ts';
import { follow, type Part } from './part.ts';
import { formats } from './text.ts';

export type Trend = 'growing' | 'shrinking' | 'steady';
export type MoraleBand = 'low' | 'fair' | 'good';

/** What the floor shows after a week, as numbers. */
export interface OfficeFacts {
  readonly engineers: number;
  readonly seniors: number;
  readonly mids: number;
  readonly juniors: number;
  readonly onboarding: number;
  /** Desks once used and now empty: the floor keeps its biggest team's desks. */
  readonly emptyDesks: number;
  readonly morale: number;
  readonly moraleBand: MoraleBand;
  readonly queueLines: number;
  readonly queueTrend: Trend;
  readonly incidents: number;
  readonly breaches: number;
}

/** A pile within 2% of last week's is steady: smaller changes are noise, not news. */
const STEADY_SHARE = 0.02;

/** The same bands the office uses for faces: below 45% unhappy, from 65% content. */
export function moraleBandOf(morale: number): MoraleBand {
  if (!(morale >= 0.45)) return 'low';
  return morale < 0.65 ? 'fair' : 'good';
}

export function officeFacts(history: readonly WeekMetrics[]): OfficeFacts | null {
  const m = history[history.length - 1];
  if (!m) return null;
  const prev = history[history.length - 2];
  const engineers = Math.round(m.engineers);
  const peak = history.reduce((most, w) => Math.max(most, Math.round(w.engineers)), 0);
  let queueTrend: Trend = 'steady';
  if (prev) {
    const diff = m.reviewQueueLines - prev.reviewQueueLines;
    const scale = Math.max(prev.reviewQueueLines, 1);
    if (Math.abs(diff) / scale > STEADY_SHARE) queueTrend = diff > 0 ? 'growing' : 'shrinking';
  }
  return {
    engineers,
    seniors: Math.round(m.seniors),
    mids: Math.round(m.mids),
    juniors: Math.round(m.juniors),
    onboarding: Math.round(m.onboarding),
    emptyDesks: Math.max(0, peak - engineers),
    morale: m.morale,
    moraleBand: moraleBandOf(m.morale),
    queueLines: m.reviewQueueLines,
    queueTrend,
    incidents: m.incidents,
    breaches: m.breaches,
  };
}

export function createOfficeSummary(ctx: ViewContext): Part {
  const { store, i18n } = ctx;
  const f = formats(i18n);
  const box = el('section', 'vt-office-words vt-visually-hidden');
  box.id = uid('office-summary');
  const heading = el('h3', undefined, box);
  heading.id = uid('office-words');
  box.setAttribute('aria-labelledby', heading.id);
  const empty = el('p', undefined, box);
  const list = el('ul', undefined, box);
  const items = Array.from({ length: 5 }, () => el('li', undefined, list));
  // The board's notices of the week, when it sent any: a line in the list only in such a week.
  const notices = el('li');

  const draw = (s: GameState): void => {
    setText(heading, i18n.t('access:office.heading'));
    const facts = officeFacts(s.sim?.history ?? []);
    empty.hidden = facts !== null;
    list.hidden = facts === null;
    setText(empty, i18n.t('access:office.none'));
    if (!facts) return;
    const headcount = i18n.t('access:office.headcount', {
      count: facts.engineers,
      total: f.int(facts.engineers),
      seniors: f.int(facts.seniors),
      mids: f.int(facts.mids),
      juniors: f.int(facts.juniors),
    });
    const lines = [
      facts.onboarding > 0
        ? i18n.t('access:office.withOnboarding', {
            headcount,
            onboarding: i18n.t('access:office.onboarding', {
              count: facts.onboarding,
              formatted: f.int(facts.onboarding),
            }),
          })
        : headcount,
      i18n.t('access:office.emptyDesks', {
        count: facts.emptyDesks,
        formatted: f.int(facts.emptyDesks),
      }),
      i18n.t('access:office.morale', {
        value: f.pct(facts.morale),
        band: i18n.t(`access:office.moraleBand.${facts.moraleBand}`),
      }),
      i18n.t('access:office.queue', {
        lines: f.int(facts.queueLines),
        trend: i18n.t(`access:office.queueTrend.${facts.queueTrend}`),
      }),
      i18n.t('access:office.alarms', {
        count: facts.incidents + facts.breaches,
        incidents: i18n.t('access:office.incidents', {
          count: facts.incidents,
          formatted: f.int(facts.incidents),
        }),
        breaches: i18n.t('access:office.breaches', {
          count: facts.breaches,
          formatted: f.int(facts.breaches),
        }),
      }),
    ];
    // Text is set only where it changed (`setText`), so nothing is read out again for nothing.
    const board = boardNoticeTexts(i18n, f, s).join(' ');
    lines.forEach((line, i) => {
      const item = items[i];
      if (item) setText(item, line);
    });
    setText(notices, board);
    if (board === '') notices.remove();
    else if (!notices.isConnected) list.append(notices);
  };
  // What the floor shows changes with the week played, and only then.
  return follow(
    store,
    box,
    (s) => s.sim,
    (_sim, s) => draw(s),
  );
}
