/**
 * Numbers in the current language, through Intl: plain numbers, shares as percentages, money,
 * and a parameter's value by its unit. Pure (no DOM), so tests run in Node.
 */

export type UnitKind = 'share' | 'money' | 'number';

/** How a parameter unit is shown: shares as percentages, dollars as money, the rest as numbers. */
export function unitKind(unit: string): UnitKind {
  if (unit === 'share') return 'share';
  if (unit === 'dollars' || unit === 'dollars/week' || unit === 'dollars/M tokens') return 'money';
  return 'number';
}

/** Significant digits enough for the model's constants (0.0000055 stays readable). */
function fractionDigits(value: number): number {
  const a = Math.abs(value);
  if (a === 0 || a >= 100) return 0;
  if (a >= 1) return 2;
  // Two significant digits below 1.
  return Math.min(10, Math.ceil(-Math.log10(a)) + 1);
}

export function formatNumber(lang: string, value: number, maxDigits?: number): string {
  return new Intl.NumberFormat(lang, {
    maximumFractionDigits: maxDigits ?? fractionDigits(value),
  }).format(value);
}

export function formatShare(lang: string, value: number, maxDigits?: number): string {
  return new Intl.NumberFormat(lang, {
    style: 'percent',
    maximumFractionDigits: maxDigits ?? Math.max(0, fractionDigits(value * 100)),
  }).format(value);
}

export function formatMoney(lang: string, value: number, compact = false): string {
  return new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: 'USD',
    ...(compact
      ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }
      : { minimumFractionDigits: 0, maximumFractionDigits: fractionDigits(value) }),
  }).format(value);
}

/**
 * A figure, short: 45.4K, 1,2 Mio. Languages that write thousands out in full ("3787" in German
 * and Japanese) would keep the decimal of a count ("3787,4 Kunden"), so from 100 up it is whole.
 */
export function formatCompact(lang: string, value: number): string {
  return new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(
    Math.abs(value) >= 100 ? Math.round(value) : value,
  );
}

/** A parameter's value as text, by its unit (the unit's own label is added by the caller). */
export function formatParamValue(lang: string, value: number, unit: string): string {
  switch (unitKind(unit)) {
    case 'share':
      return formatShare(lang, value);
    case 'money':
      return formatMoney(lang, value);
    default:
      return formatNumber(lang, value);
  }
}
