// Every language has exactly the keys English has (plural forms by the language's own plural
// rules), the same interpolation variables, and the same namespaces.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/content/languages.ts';
import {
  expectedKeys,
  groupOf,
  localeLanguages,
  namespacesOf,
  readNamespace,
  variables,
} from './locale-keys.ts';

const others = LANGUAGES.filter((l) => l !== 'en');
const englishNamespaces = namespacesOf('en');

describe('the locale files', () => {
  it('exist for exactly the languages the game offers', () => {
    expect(localeLanguages()).toEqual([...LANGUAGES].sort());
  });

  describe.each(others)('%s', (language) => {
    it('has every namespace English has, and no other', () => {
      expect(namespacesOf(language)).toEqual(englishNamespaces);
    });

    it.each(englishNamespaces)('%s.json has exactly the keys of English', (namespace) => {
      const english = readNamespace('en', namespace);
      const translated = readNamespace(language, namespace);
      const want = expectedKeys(english.keys(), language);
      const missing = [...want].filter((k) => !translated.has(k));
      const stale = [...translated.keys()].filter((k) => !want.has(k));
      expect(missing, `missing in ${language}/${namespace}.json`).toEqual([]);
      expect(stale, `stale in ${language}/${namespace}.json (not in English)`).toEqual([]);
    });

    it.each(englishNamespaces)('%s.json fills in the variables English does', (namespace) => {
      const english = readNamespace('en', namespace);
      const translated = readNamespace(language, namespace);
      const byGroup = (flat: Map<string, string>): Map<string, Set<string>> => {
        const out = new Map<string, Set<string>>();
        for (const [key, text] of flat) {
          const group = groupOf(key, flat.keys());
          const vars = out.get(group) ?? new Set<string>();
          for (const v of variables(text)) vars.add(v);
          out.set(group, vars);
        }
        return out;
      };
      const want = byGroup(english);
      const got = byGroup(translated);
      const wrong: string[] = [];
      for (const [group, vars] of got) {
        const expected = want.get(group);
        if (!expected) continue;
        // A plural group may leave `count` out of a form ("one feature"), never add or drop others.
        const a = [...expected].filter((v) => v !== 'count').sort();
        const b = [...vars].filter((v) => v !== 'count').sort();
        if (a.join() !== b.join()) wrong.push(`${group}: English {${a}} but ${language} {${b}}`);
      }
      expect(wrong, `${language}/${namespace}.json`).toEqual([]);
    });
  });
});

describe('the plural rule of the key check', () => {
  const english = [
    'title',
    'items_one',
    'items_other',
    'pending_zero',
    'pending_one',
    'pending_other',
  ];
  it('asks each language for its own plural forms', () => {
    expect([...expectedKeys(english, 'de')].sort()).toEqual(
      ['items_one', 'items_other', 'pending_one', 'pending_other', 'pending_zero', 'title'].sort(),
    );
    expect([...expectedKeys(english, 'es')].sort()).toEqual(
      [
        'items_many',
        'items_one',
        'items_other',
        'pending_many',
        'pending_one',
        'pending_other',
        'pending_zero',
        'title',
      ].sort(),
    );
    expect([...expectedKeys(english, 'ja')].sort()).toEqual(
      ['items_other', 'pending_other', 'pending_zero', 'title'].sort(),
    );
  });

  it('reads interpolation variables, formats included', () => {
    expect([...variables('{{count}} of {{ total }} at {{n, number}}')].sort()).toEqual([
      'count',
      'n',
      'total',
    ]);
  });
});
