/**
 * Translation of keys built from data (scenario ids, source ids, parameter keys, finding ids).
 * i18next's typed `t` only accepts literal keys; these helpers take a runtime key, and say
 * whether it exists so a screen can leave a line out rather than show a raw key.
 */
import type { I18n } from '../../i18n';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** Translates `ns:key` with interpolation values; returns the key's text or, when missing, `fallback`. */
export function tk(
  i18n: I18n,
  ns: string,
  key: string,
  values: Record<string, unknown> = {},
  fallback = '',
): string {
  const full = `${ns}:${key}`;
  if (!i18n.exists(full, values)) return fallback;
  return (i18n.t as unknown as LooseT)(full, values);
}

/** True when `ns:key` has text in the current language or the fallback. */
export function hasKey(i18n: I18n, ns: string, key: string): boolean {
  return i18n.exists(`${ns}:${key}`);
}

/** The keys below `ns:prefix` (an object in the locale file), in file order. */
export function childKeys(i18n: I18n, ns: string, prefix: string): string[] {
  const lang = i18n.resolvedLanguage ?? i18n.language;
  const pick = (lng: string): unknown => {
    let node: unknown = i18n.getResourceBundle(lng, ns);
    for (const part of prefix.split('.')) {
      if (typeof node !== 'object' || node === null) return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    return node;
  };
  const node = pick(lang) ?? pick('en');
  return typeof node === 'object' && node !== null ? Object.keys(node) : [];
}
