import { createInstance, type i18n, type Resource, type ResourceLanguage } from 'i18next';
import { addNumberFormats } from './formats.ts';

export type I18n = i18n;

export const DEFAULT_LANGUAGE = 'en';
export const DEFAULT_NAMESPACE = 'common';

// Every `locales/<lang>/<namespace>.json` file, bundled at build time.
const localeFiles = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

/** Builds i18next resources from `./locales/<lang>/<namespace>.json` paths and their contents. */
export function resourcesFromFiles(files: Record<string, Record<string, unknown>>): Resource {
  const resources: Resource = {};
  for (const [path, messages] of Object.entries(files)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) {
      throw new Error(`Locale file outside locales/<lang>/<namespace>.json: ${path}`);
    }
    const [, language = '', namespace = ''] = match;
    const namespaces: ResourceLanguage = resources[language] ?? {};
    namespaces[namespace] = messages;
    resources[language] = namespaces;
  }
  return resources;
}

export const resources: Resource = resourcesFromFiles(localeFiles);
export const languages: readonly string[] = Object.keys(resources).sort();

/**
 * A new i18next instance (never the global one), so two games embedded on one page do not share
 * a language. Resources are bundled, so the instance is ready when this returns.
 */
export function createI18n(language: string = DEFAULT_LANGUAGE): I18n {
  const instance = createInstance();
  void instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...languages],
    defaultNS: DEFAULT_NAMESPACE,
    ns: Object.keys(resources[DEFAULT_LANGUAGE] ?? {}),
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  addNumberFormats(instance);
  return instance;
}
