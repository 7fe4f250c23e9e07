// Reading the locale files for tests: every file as flat `a.b.c` keys, plural forms grouped.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LOCALES_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'src',
  'i18n',
  'locales',
);

export type Flat = Map<string, string>;

/** `{ a: { b: 'x' } }` as `a.b -> x`; anything but a string or an object is kept as its JSON. */
export function flatten(node: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    for (const [k, v] of Object.entries(node)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, typeof node === 'string' ? node : JSON.stringify(node));
  }
  return out;
}

export function localeLanguages(): string[] {
  return readdirSync(LOCALES_DIR).sort();
}

export function namespacesOf(language: string): string[] {
  return readdirSync(join(LOCALES_DIR, language))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function readNamespace(language: string, namespace: string): Flat {
  return flatten(
    JSON.parse(readFileSync(join(LOCALES_DIR, language, `${namespace}.json`), 'utf8')),
  );
}

export const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL = new RegExp(`^(.*)_(${PLURAL_SUFFIXES.join('|')})$`);

/** A key's plural base and suffix (`items_one` -> `items`, `one`), or null for a plain key. */
export function pluralPart(key: string): { base: string; suffix: string } | null {
  const m = PLURAL.exec(key);
  return m ? { base: m[1] ?? '', suffix: m[2] ?? '' } : null;
}

/** The keys a language must have for a namespace whose English keys are `english`. */
export function expectedKeys(english: Iterable<string>, language: string): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const plain = new Set<string>();
  const plural = new Map<string, Set<string>>();
  const all = [...english];
  for (const key of all) {
    const p = pluralPart(key);
    // A suffix counts as a plural form only when the base has an `_other` form too.
    if (p && all.includes(`${p.base}_other`)) {
      const forms = plural.get(p.base) ?? new Set<string>();
      forms.add(p.suffix);
      plural.set(p.base, forms);
    } else {
      plain.add(key);
    }
  }
  const out = new Set(plain);
  for (const [base, forms] of plural) {
    for (const c of categories) out.add(`${base}_${c}`);
    // i18next's `_zero` is used for a count of 0 in every language: kept where English has it.
    if (forms.has('zero')) out.add(`${base}_zero`);
  }
  return out;
}

/** The `{{name}}` variables of a text (formats such as `{{n, number}}` count by name). */
export function variables(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1] ?? ''));
}

/** Key -> its plural group's base (or itself), so variables compare across a group's forms. */
export function groupOf(key: string, keys: Iterable<string>): string {
  const p = pluralPart(key);
  if (!p) return key;
  return [...keys].some((k) => k === `${p.base}_other`) ? p.base : key;
}
