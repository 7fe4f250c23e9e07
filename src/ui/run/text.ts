/**
 * Text and numbers for the run screen: keys built from data (card ids, cause links)
 * through a loosely typed `t`, and every number through Intl in the current language.
 */
import type { I18n } from '../../i18n';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** Translates a key built at run time (`ns:a.b.c`); typed keys go through `i18n.t` directly. */
export function tr(i18n: I18n, key: string, values: Record<string, unknown> = {}): string {
  return (i18n.t as unknown as LooseT)(key, values);
}

export function has(i18n: I18n, key: string): boolean {
  return i18n.exists(key);
}

export const lang = (i18n: I18n): string => i18n.resolvedLanguage ?? i18n.language ?? 'en';

/** Number formats for the current language, rebuilt when the language changes. */
export interface Formats {
  int(n: number): string;
  dec(n: number, digits?: number): string;
  pct(share: number, digits?: number): string;
  money(n: number): string;
  /** Money in a narrow place (a table on a phone): $5.4M, 5,4 Mio. $. */
  moneyShort(n: number): string;
  compact(n: number): string;
}

/**
 * Every view's formatters, made once per language and kind for the whole page: making one costs
 * far more than using it, and each of the run screen's dozen views used to make its own.
 */
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

export function formats(i18n: I18n): Formats {
  // Each key stands for one set of options, below.
  const nf = (key: string, o: Intl.NumberFormatOptions): Intl.NumberFormat => {
    const l = lang(i18n);
    const k = `${l}|${key}`;
    let f = NUMBER_FORMATS.get(k);
    if (!f) {
      f = new Intl.NumberFormat(l, o);
      NUMBER_FORMATS.set(k, f);
    }
    return f;
  };
  return {
    int: (n) => nf('int', { maximumFractionDigits: 0 }).format(n),
    dec: (n, digits = 1) =>
      nf(`dec${digits}`, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(n),
    pct: (share, digits = 0) =>
      nf(`pct${digits}`, { style: 'percent', maximumFractionDigits: digits }).format(share),
    money: (n) =>
      nf('money', {
        style: 'currency',
        currency: 'USD',
        maximumFractionDigits: 0,
      }).format(n),
    moneyShort: (n) =>
      nf('moneyShort', {
        style: 'currency',
        currency: 'USD',
        notation: 'compact',
        maximumFractionDigits: 1,
      }).format(n),
    compact: (n) => nf('compact', { notation: 'compact', maximumFractionDigits: 1 }).format(n),
  };
}
