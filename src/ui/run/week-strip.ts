/**
 * What the week changed, in one line under a blog frame's office floor: features shipped,
 * incidents, and how much reading came to review, each with its change from the week before.
 * The frame's landscape layout shows it where the week bar's sentence has no room
 * (run-frame.css); the sentence stays the live region, so the strip is read, not announced.
 * The same figures, rounded the same way, as everywhere else (`state/figures.ts`).
 */
import {
  type Figure,
  type FigureChange,
  figureChange,
  type WeekFigures,
  weekFigures,
} from '../../state/figures.ts';
import { el, setText } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import { changeText, figureNumber } from './figure-text.ts';
import { follow, type Part } from './part.ts';
import { formats } from './text.ts';

type StripKey = 'features' | 'incidents' | 'reviewLoad';
const KEYS: readonly StripKey[] = ['features', 'incidents', 'reviewLoad'];

export function createWeekStrip(ctx: ViewContext): Part {
  const { store, i18n } = ctx;
  const f = formats(i18n);
  const strip = el('ul', 'vt-week-strip');
  const items = new Map(
    KEYS.map((k) => {
      const item = el('li', 'vt-week-strip-item', strip);
      item.dataset.figure = k;
      const text = el('span', undefined, item);
      const change = el('span', 'vt-week-strip-change', item);
      return [k, { item, text, change }] as const;
    }),
  );
  // A count's change as a bare number ("+2"); the strip's labels carry the units.
  const amountText = (c: FigureChange): string =>
    c.amount.kind === 'points' ? changeText(i18n, f, c) : figureNumber(f, c.amount);
  const draw = (now: WeekFigures | null, prev: WeekFigures | null): void => {
    strip.hidden = now === null;
    if (!now) return;
    for (const k of KEYS) {
      const part = items.get(k);
      if (!part) continue;
      const fig: Figure = now[k];
      const value = figureNumber(f, fig);
      setText(part.text, i18n.t(`run:strip.${k}`, { value }));
      const c = prev ? figureChange(fig, prev[k]) : null;
      part.item.dataset.dir = c?.dir ?? 'flat';
      setText(
        part.change,
        c && c.dir !== 'flat' ? i18n.t(`run:strip.change.${c.dir}`, { amount: amountText(c) }) : '',
      );
    }
  };
  return follow(
    store,
    strip,
    (s) => s.sim?.history,
    (history) => {
      const h = history ?? [];
      draw(weekFigures(h), weekFigures(h, h.length - 2));
    },
  );
}
