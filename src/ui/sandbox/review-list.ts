/**
 * The debrief of a sandbox: the board's quarterly reviews in one list (quarter, week, targets met,
 * verdict), read from the run's events. A run to the end sums them up here rather than stopping
 * for each (`src/state/run-to-end.ts`); a sandbox played by hand gets the same list.
 */
import type { I18n } from '../../i18n';
import type { SimEvent } from '../../sim/index.ts';
import { el, headedSection } from '../dom.ts';
import { formats } from '../run/text.ts';

export function buildReviewList(
  parent: HTMLElement,
  i18n: I18n,
  events: readonly SimEvent[],
): void {
  const f = formats(i18n);
  const sec = headedSection(
    parent,
    'vt-debrief',
    'vt-sandbox-reviews',
    i18n.t('screens:sandboxReviews.heading'),
    i18n.t('screens:sandboxReviews.intro'),
  );
  const reviews = events.flatMap((e) => (e.kind === 'boardReview' ? [e] : []));
  if (reviews.length === 0) {
    el('p', undefined, sec, i18n.t('screens:sandboxReviews.none'));
    return;
  }
  const list = el('ol', 'vt-sandbox-review-list', sec);
  for (const r of reviews) {
    el(
      'li',
      `is-${r.verdict}`,
      list,
      i18n.t('screens:sandboxReviews.line', {
        quarter: f.int(r.quarter),
        week: f.int(r.week),
        met: f.int(r.results.filter((x) => x.met).length),
        count: f.int(r.results.length),
        verdict: i18n.t(`run:board.verdict.${r.verdict}`),
      }),
    );
  }
}
