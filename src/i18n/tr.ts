/**
 * Typed translation keys beyond `i18n.t`'s own literals: `TextKey` is every key English has,
 * written `namespace:path`, so a key kept as data (a hint's sentence in `src/content`) is checked
 * where it is declared or passed on, and a typo or a key missing from English fails
 * `npm run typecheck`. The other three languages are checked against English by
 * tests/i18n/locales.test.ts.
 */
import type { FlatNamespace, ParseKeys } from 'i18next';
import type { I18n } from './index.ts';

/**
 * Every key of namespace `NS` (all of them by default) as `t` takes it: `ns:a.b`, plural forms
 * folded into their base key. Built from the English files through i18next's own key type, the
 * one `i18n.t` already computes, so it adds little to the typecheck.
 */
export type TextKey<NS extends FlatNamespace = FlatNamespace> = NS extends FlatNamespace
  ? `${NS}:${ParseKeys<NS>}`
  : never;

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** Translates a key held as data, its type already checked against English. */
export function tr(i18n: I18n, key: TextKey, values: Record<string, unknown> = {}): string {
  // The key's type is checked at this function's parameter; i18next's return type for a union of
  // keys is computed per key and is slow and no more precise than the `string` the DOM takes.
  return (i18n.t as unknown as LooseT)(key, values);
}
