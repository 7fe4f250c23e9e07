/**
 * The office floor's key: what each mark the floor draws means (the sheets and diamonds that
 * travel, the tick and the warning, the pile, the hourglass, the magnifier, the bin, the cart,
 * the rings, the faces). A closed disclosure in the floor's top corner, so it costs a phone one
 * line and opens with a tap or a key; plain DOM text, so it reads aloud and translates.
 */
import { el, setText } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import './words.css';

type Mark =
  | 'sheet'
  | 'diamond'
  | 'reviewed'
  | 'unread'
  | 'pile'
  | 'hourglass'
  | 'lens'
  | 'bin'
  | 'cart'
  | 'outage'
  | 'breach'
  | 'people';

/** Each mark drawn small, in the floor's colours (src/scenes/office-art.ts), as an SVG path set. */
const MARKS: Record<Mark, string> = {
  sheet:
    '<rect x="3" y="2" width="10" height="12" rx="1.5" fill="#efe5cc" stroke="#9c8c69"/><path d="M5 5h6M5 8h6M5 11h4" stroke="#9c8c69"/>',
  diamond:
    '<path d="M8 1l7 7-7 7-7-7z" fill="#cc79a7" stroke="#8e4b73"/><path d="M8 4.5l1 2.5 2.5 1-2.5 1-1 2.5-1-2.5-2.5-1 2.5-1z" fill="#efe5cc"/>',
  reviewed:
    '<circle cx="8" cy="8" r="6" fill="#2fbf8f"/><path d="M5 8l2 2 4-4" stroke="#0b1222" stroke-width="1.6" fill="none"/>',
  unread:
    '<rect x="2.5" y="1.5" width="11" height="13" rx="1.5" fill="#efe5cc" stroke="#f2b545" stroke-width="1.8" stroke-dasharray="2 1.5"/><path d="M11 7l4 7H7z" fill="#f2b545" stroke="#0b1222" stroke-width=".7"/>',
  pile: '<path d="M2 4h12v2.5H2zM2 7.5h12V10H2zM2 11h12v2.5H2z" fill="#efe5cc" stroke="#9c8c69" stroke-width=".8"/><path d="M2 7.5h12V10H2z" fill="#cc79a7"/>',
  hourglass:
    '<path d="M4 2h8M4 14h8M5 2c0 4 6 4 6 6s-6 2-6 6M11 2c0 4-6 4-6 6s6 2 6 6" stroke="#f7d48a" stroke-width="1.4" fill="none"/>',
  lens: '<circle cx="7" cy="7" r="4.5" fill="rgba(247,212,138,.25)" stroke="#f7d48a" stroke-width="2"/><path d="M10.5 10.5L15 15" stroke="#f7d48a" stroke-width="2.5" stroke-linecap="round"/>',
  bin: '<path d="M3 5h10l-1.2 9H4.2z" fill="#5d6b86" stroke="#8d9bb6"/><path d="M2 4h12" stroke="#8d9bb6" stroke-width="1.5"/>',
  cart: '<path d="M1.5 3h2.5l2 7h7l1.5-5H5" stroke="#aab4c6" stroke-width="1.4" fill="none"/><circle cx="7" cy="13" r="1.3" fill="#aab4c6"/><circle cx="12" cy="13" r="1.3" fill="#aab4c6"/>',
  outage:
    '<circle cx="8" cy="8" r="6.5" fill="none" stroke="#e0733a" stroke-width="2"/><path d="M9 3.5L5.5 9h3l-1 3.5L11 7H8z" fill="#f0e442"/>',
  breach:
    '<path d="M8 1.5l5.6 3.2v6.6L8 14.5l-5.6-3.2V4.7z" fill="none" stroke="#f0e442" stroke-dasharray="2 1.4" stroke-width="1.4"/><rect x="5.5" y="7.5" width="5" height="4" rx=".8" fill="#f0e442"/><path d="M6.5 7.5V6a1.5 1.5 0 013 0v1.5" stroke="#f0e442" fill="none"/>',
  people:
    '<rect x="1.5" y="2" width="8" height="6" rx="1" fill="#d9a6cf"/><circle cx="11.5" cy="10" r="3.5" fill="#f7d48a"/><path d="M10 11.2c.8.8 2.2.8 3 0" stroke="#0b1222" fill="none"/>',
};

const ORDER = Object.keys(MARKS) as Mark[];

/** The key's own sign: a question mark in a ring, in the floor's pale amber. */
const SIGN =
  '<circle cx="8" cy="8" r="6.5" fill="none" stroke="#f7d48a" stroke-width="1.5"/><path d="M6 6.2a2 2 0 114 .1c0 1.4-2 1.6-2 3.2" stroke="#f7d48a" stroke-width="1.5" fill="none" stroke-linecap="round"/><circle cx="8" cy="11.8" r="1" fill="#f7d48a"/>';

/** A 16 px icon from fixed markup in this file, never text from a player or a file. */
const icon = (body: string): string =>
  `<svg viewBox="0 0 16 16" width="16" height="16">${body}</svg>`;

export interface OfficeLegend {
  readonly el: HTMLElement;
  relabel(): void;
}

export function createOfficeLegend(ctx: ViewContext): OfficeLegend {
  const { i18n } = ctx;
  const box = el('details', 'vt-legend');
  const summary = el('summary', 'vt-legend-summary', box);
  // In a short frame (a blog's 320 x 240) the words would cover a fifth of the floor in view:
  // there the summary shows this sign alone, and its label keeps the words for screen readers.
  const sign = el('span', 'vt-legend-sign', summary);
  sign.setAttribute('aria-hidden', 'true');
  sign.innerHTML = icon(SIGN);
  const words = el('span', 'vt-legend-words', summary);
  const list = el('ul', 'vt-legend-list', box);
  const rows = ORDER.map((mark) => {
    const li = el('li', 'vt-legend-item', list);
    li.dataset.mark = mark;
    const markIcon = el('span', 'vt-legend-mark', li);
    markIcon.setAttribute('aria-hidden', 'true');
    markIcon.innerHTML = icon(MARKS[mark]);
    return { mark, text: el('span', undefined, li) };
  });
  const relabel = (): void => {
    setText(words, i18n.t('run:legend.show'));
    // Its name when only the sign shows (see words.css); the same words as the text otherwise.
    summary.setAttribute('aria-label', i18n.t('run:legend.show'));
    list.setAttribute('aria-label', i18n.t('run:legend.label'));
    for (const r of rows) setText(r.text, i18n.t(`run:legend.${r.mark}`));
  };
  relabel();
  return { el: box, relabel };
}
