/**
 * What the page says about the language: the `?lang=` parameter and the browser's preferences.
 * The one place that reads them, so the URL parameter can move behind a typed schema later.
 */

/** The raw `lang` query parameter of `search` (the page's own by default), or null. */
export function readLangParam(search: string = globalThis.location?.search ?? ''): string | null {
  return new URLSearchParams(search).get('lang');
}

/** The browser's languages, most preferred first; empty where it cannot say. */
export function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator;
  if (!nav) return [];
  if (Array.isArray(nav.languages) && nav.languages.length > 0) return nav.languages;
  return nav.language ? [nav.language] : [];
}
