import { describe, expect, it } from 'vitest';
import {
  isLanguage,
  LANGUAGES,
  matchLanguage,
  resolveLanguage,
  textDirection,
} from '../../src/content/languages.ts';
import { readLangParam } from '../../src/platform/language.ts';
import { EMBED_LANGUAGES } from '../../src/ui/embed-builder/snippet.ts';

describe('language resolution', () => {
  it('speaks English, German, Spanish and Japanese', () => {
    expect([...LANGUAGES].sort()).toEqual(['de', 'en', 'es', 'ja']);
    expect(isLanguage('de')).toBe(true);
    expect(isLanguage('de-AT')).toBe(false);
    expect(isLanguage(7)).toBe(false);
  });

  it("the embed builder offers exactly the game's languages (its own list, as ui imports no content)", () => {
    expect([...EMBED_LANGUAGES]).toEqual([...LANGUAGES]);
  });

  it.each([
    ['de-AT', 'de'],
    ['DE', 'de'],
    ['es-419', 'es'],
    ['ja_JP', 'ja'],
    [' en-GB ', 'en'],
    ['fr-FR', null],
    ['', null],
    ['deutsch', null],
  ])('matches the tag %j to %j', (tag, want) => {
    expect(matchLanguage(tag)).toBe(want);
  });

  it('takes ?lang= first, then the saved choice, then the browser, then English', () => {
    const browser = ['fr-CA', 'de-AT', 'es'];
    expect(resolveLanguage({ param: 'ja', saved: 'es', browser })).toEqual({
      language: 'ja',
      source: 'param',
      rejectedParam: null,
    });
    expect(resolveLanguage({ param: null, saved: 'es', browser })).toMatchObject({
      language: 'es',
      source: 'saved',
    });
    // The first of the browser's languages the game speaks, not the first it lists.
    expect(resolveLanguage({ param: null, saved: null, browser })).toMatchObject({
      language: 'de',
      source: 'browser',
    });
    expect(resolveLanguage({ param: null, saved: null, browser: ['fr', 'it'] })).toMatchObject({
      language: 'en',
      source: 'fallback',
    });
  });

  it('names a ?lang= it cannot speak and goes on to the next source', () => {
    expect(resolveLanguage({ param: 'klingon', saved: 'es', browser: [] })).toEqual({
      language: 'es',
      source: 'saved',
      rejectedParam: 'klingon',
    });
    expect(resolveLanguage({ param: '', saved: null, browser: [] })).toEqual({
      language: 'en',
      source: 'fallback',
      rejectedParam: '',
    });
  });

  it('reads ?lang= from a query string', () => {
    expect(readLangParam('?embed=1&lang=de-CH')).toBe('de-CH');
    expect(readLangParam('?embed=1')).toBeNull();
    expect(readLangParam('')).toBeNull();
  });

  it('writes every language of ours left to right, and a right-to-left one the other way', () => {
    for (const l of LANGUAGES) expect(textDirection(l)).toBe('ltr');
    expect(textDirection('ar-EG')).toBe('rtl');
  });
});
