/**
 * The hiring outlook under the staffing table: when a hire asked for now would arrive and be
 * productive (flagged when that is after the run's last week), and everyone already on the
 * way, with the draft's layoffs. The weeks come from the store's `hiringOutlook`.
 */
import type { I18n } from '../../i18n';
import type { Level } from '../../sim/index.ts';
import type { HireTiming, HiringOutlook, PendingHire, PendingLayoff } from '../../state/hiring.ts';
import { el, setText } from '../dom.ts';
import type { Formats } from './text.ts';

/** The line, with a note when they arrive or become productive only after the run's last week. */
function withLateNote(
  i18n: I18n,
  f: Formats,
  line: string,
  t: Pick<HireTiming, 'arrivesAfterEnd' | 'productiveAfterEnd'>,
  lastWeek: number,
): string {
  const late = t.arrivesAfterEnd
    ? 'arrivesAfterEnd'
    : t.productiveAfterEnd
      ? 'productiveAfterEnd'
      : null;
  if (!late) return line;
  const note = i18n.t(`run:hiring.${late}`, { weeks: f.int(lastWeek) });
  return i18n.t('run:hiring.withNote', { line, note });
}

/** One line per level: "Seniors: arrive in week 10, fully productive by week 20", with a warning. */
export function drawTiming(
  i18n: I18n,
  f: Formats,
  o: HiringOutlook,
  items: ReadonlyMap<Level, HTMLElement>,
): void {
  for (const [level, li] of items) {
    const t = o.timing[level];
    const base = i18n.t('run:hiring.timing', {
      level: i18n.t(`run:controls.staffing.levels.${level}`),
      arrival: f.int(t.arrival),
      productive: f.int(t.productive),
    });
    li.classList.toggle('is-late', t.arrivesAfterEnd || t.productiveAfterEnd);
    setText(li, withLateNote(i18n, f, base, t, o.lastWeek));
  }
}

function hireText(i18n: I18n, f: Formats, h: PendingHire, lastWeek: number): string {
  const people = i18n.t(`run:hiring.people.${h.level}`, { count: h.count });
  // The count picks the verb's form: "1 senior arrives", "5 seniors arrive".
  const values = {
    people,
    count: h.count,
    arrival: f.int(h.arrival),
    productive: f.int(h.productive),
  };
  return withLateNote(i18n, f, i18n.t(`run:hiring.stage.${h.stage}`, values), h, lastWeek);
}

function layoffText(i18n: I18n, f: Formats, l: PendingLayoff): string {
  return i18n.t('run:hiring.leave', {
    count: l.count,
    people: i18n.t(`run:hiring.people.${l.level}`, { count: l.count }),
    week: f.int(l.week),
    amount: f.money(l.severance),
  });
}

/** The list of hires on the way and layoffs to come, or a line saying there are none. */
export function drawOnTheWay(i18n: I18n, f: Formats, o: HiringOutlook, list: HTMLElement): void {
  const texts: Array<{ text: string; late: boolean; kind: string }> = [
    ...o.pending.map((h) => ({
      text: hireText(i18n, f, h, o.lastWeek),
      late: h.arrivesAfterEnd || h.productiveAfterEnd,
      kind: h.stage,
    })),
    ...o.layoffs.map((l) => ({ text: layoffText(i18n, f, l), late: false, kind: 'layoff' })),
  ];
  if (texts.length === 0)
    texts.push({ text: i18n.t('run:hiring.nobody'), late: false, kind: 'none' });
  const same =
    list.children.length === texts.length &&
    texts.every((t, i) => list.children[i]?.textContent === t.text);
  if (same) return;
  list.replaceChildren(
    ...texts.map((t) => {
      const li = el('li', t.late ? 'is-late' : undefined, undefined, t.text);
      li.dataset.kind = t.kind;
      return li;
    }),
  );
}
