import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/content/languages.ts';
import {
  createI18n,
  isLoaded,
  languages,
  loadLanguage,
  namespaces,
  resourcesFromFiles,
} from '../../src/i18n';
import en from '../../src/i18n/locales/en/common.json';

describe('i18n', () => {
  it('loads every locale file, English included', () => {
    expect(languages).toContain('en');
  });

  it('is ready as soon as it is created, and translates typed keys', () => {
    const i18n = createI18n();
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.t('title')).toBe(en.title);
    expect(i18n.t('tagline')).toBe(en.tagline);
  });

  it('gives each game its own instance, so two embeds do not share a language', () => {
    const first = createI18n();
    const second = createI18n();
    expect(first).not.toBe(second);
    void first.changeLanguage('cimode');
    expect(first.t('title')).toBe('title');
    expect(second.t('title')).toBe(en.title);
  });

  it('falls back to English for a language it does not have', () => {
    expect(createI18n('xx').t('title')).toBe(en.title);
  });

  it('builds resources from locales/<lang>/<namespace>.json paths', () => {
    expect(
      resourcesFromFiles({
        './locales/en/common.json': { a: 'A' },
        './locales/de/common.json': { a: 'Ä' },
        './locales/de/game.json': { b: 'B' },
      }),
    ).toEqual({ en: { common: { a: 'A' } }, de: { common: { a: 'Ä' }, game: { b: 'B' } } });
    expect(() => resourcesFromFiles({ './strings.json': {} })).toThrow(/locales/);
  });

  it('has text for every language the game offers', () => {
    expect([...languages].sort()).toEqual([...LANGUAGES].sort());
  });

  it('bundles English but its long namespaces, and loads the rest on demand', async () => {
    const i18n = createI18n();
    expect(i18n.hasResourceBundle('en', 'run')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'debrief')).toBe(false);
    expect(i18n.hasResourceBundle('de', 'settings')).toBe(false);
    expect(isLoaded(i18n, 'de')).toBe(false);
    await loadLanguage(i18n, 'de');
    expect(isLoaded(i18n, 'de')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'debrief')).toBe(true);
    await i18n.changeLanguage('de');
    expect(i18n.t('settings:language.label')).toBe('Sprache');
    expect(namespaces).toContain('settings');
  });

  it('takes the resources of a test in place of the bundled ones', () => {
    const i18n = createI18n('en', { en: { common: { title: '[Ṽéļöçîţý Ţŕåþ]' } } });
    expect(i18n.t('title')).toBe('[Ṽéļöçîţý Ţŕåþ]');
  });
});
