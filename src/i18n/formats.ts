import type { I18n } from './index.ts';

/**
 * Named number formats a translation can ask for (`{{customers, compact}}`), so large counts
 * and money read naturally in each language: "1.2 million", "1,2 Millionen", "120万". The
 * sentence around the number belongs to the translator; the number's shape belongs to Intl.
 */
const FORMATS: Readonly<Record<string, Intl.NumberFormatOptions>> = {
  /** A large count in words: 1.2 million, 450 thousand. */
  compact: { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 },
  /** A count rounded to two significant digits, written out in full: 1,200,000. */
  approx: { maximumSignificantDigits: 2 },
  /** Dollars, short: $456K, 1,2 Mio. $. The game's money is US dollars throughout. */
  moneyCompact: {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  },
};

export function addNumberFormats(i18n: I18n): void {
  const formatter = i18n.services.formatter;
  if (!formatter) return;
  for (const [name, options] of Object.entries(FORMATS)) {
    const cache = new Map<string, Intl.NumberFormat>();
    formatter.add(name, (value: unknown, lng: string | undefined) => {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(n)) return String(value);
      const locale = lng ?? 'en';
      let f = cache.get(locale);
      if (!f) {
        f = new Intl.NumberFormat(locale, options);
        cache.set(locale, f);
      }
      return f.format(n);
    });
  }
}
