/**
 * The office floor in words: what the picture shows (who sits at the desks, the empty ones,
 * morale, the review pile and whether it grows, this week's alarms and the board's notices about
 * spending), for screen readers and
 * anyone who cannot read the picture. Not a live region: the week bar announces each week once.
 */
import { weekFigures } from '../../state/figures.ts';
import type { GameState } from '../../state/store.ts';
import { el, setText, uid } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import { boardNoticeTexts } from './alarms.ts';
import { figureNumber, queueClause } from './figure-text.ts';
import { follow, type Part } from './part.ts';
import { formats } from './text.ts';

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
  const items = Array.from({ length: 6 }, () => el('li', undefined, list));
  // The board's notices of the week, when it sent any: a line in the list only in such a week.
  const notices = el('li');

  const draw = (s: GameState): void => {
    setText(heading, i18n.t('access:office.heading'));
    const facts = weekFigures(s.sim?.history ?? []);
    empty.hidden = facts !== null;
    list.hidden = facts === null;
    setText(empty, i18n.t('access:office.none'));
    if (!facts) return;
    const headcount = i18n.t('access:office.headcount', {
      count: facts.engineers.value,
      total: figureNumber(f, facts.engineers),
      seniors: figureNumber(f, facts.seniors),
      mids: figureNumber(f, facts.mids),
      juniors: figureNumber(f, facts.juniors),
    });
    const lines = [
      facts.onboarding.value > 0
        ? i18n.t('access:office.withOnboarding', {
            headcount,
            onboarding: i18n.t('access:office.onboarding', {
              count: facts.onboarding.value,
              formatted: figureNumber(f, facts.onboarding),
            }),
          })
        : headcount,
      i18n.t('access:office.emptyDesks', {
        count: facts.emptyDesks.value,
        formatted: figureNumber(f, facts.emptyDesks),
      }),
      i18n.t('access:office.morale', {
        value: figureNumber(f, facts.morale),
        band: i18n.t(`access:office.moraleBand.${facts.moraleBand}`),
      }),
      i18n.t('access:office.queue', {
        lines: figureNumber(f, facts.queueLines),
        trend: i18n.t(`access:office.queueTrend.${facts.queueTrend}`),
      }),
      // Where the week's code went: read, skimmed, skipped or left waiting, as the week bar says.
      i18n.t('access:office.review', { clause: queueClause(i18n, f, facts) }),
      i18n.t('access:office.alarms', {
        count: facts.incidents.value + facts.breaches.value,
        incidents: i18n.t('access:office.incidents', {
          count: facts.incidents.value,
          formatted: figureNumber(f, facts.incidents),
        }),
        breaches: i18n.t('access:office.breaches', {
          count: facts.breaches.value,
          formatted: figureNumber(f, facts.breaches),
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
