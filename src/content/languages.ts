/**
 * The languages the game speaks, and which one a player gets: the `?lang=` parameter, then the
 * choice they saved, then the browser's languages in order of preference, then English. Pure:
 * the caller reads the URL, storage and the browser and hands the raw values in.
 */

export const LANGUAGES = ['en', 'de', 'es', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
export const FALLBACK_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The game's language for a BCP 47 tag, matched on its primary subtag: `de-AT` and `DE` give
 * `de`, `es-419` gives `es`, `ja_JP` (as some systems write it) gives `ja`; anything else null.
 */
export function matchLanguage(tag: string | null | undefined): Language | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return isLanguage(primary) ? primary : null;
}

export type LanguageSource = 'param' | 'saved' | 'browser' | 'fallback';

export interface LanguageInputs {
  /** The raw `?lang=` value, or null when the URL has none. */
  param: string | null;
  /** The language the player chose earlier, as saved (already validated by the store). */
  saved: Language | null;
  /** `navigator.languages`, most preferred first. */
  browser: readonly string[];
}

export interface ResolvedLanguage {
  language: Language;
  source: LanguageSource;
  /** A `?lang=` value that names no language the game has (the caller says so, then goes on). */
  rejectedParam: string | null;
}

export function resolveLanguage(inputs: LanguageInputs): ResolvedLanguage {
  const fromParam = matchLanguage(inputs.param);
  const rejectedParam = inputs.param !== null && fromParam === null ? inputs.param : null;
  if (fromParam) return { language: fromParam, source: 'param', rejectedParam };
  if (inputs.saved) return { language: inputs.saved, source: 'saved', rejectedParam };
  for (const tag of inputs.browser) {
    const match = matchLanguage(tag);
    if (match) return { language: match, source: 'browser', rejectedParam };
  }
  return { language: FALLBACK_LANGUAGE, source: 'fallback', rejectedParam };
}

/** Scripts written right to left; none of today's languages, but `dir` must follow the language. */
const RTL = new Set(['ar', 'fa', 'he', 'ur', 'yi']);

export function textDirection(language: string): 'ltr' | 'rtl' {
  return RTL.has(language.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
