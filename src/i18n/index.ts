import { createInstance, type i18n, type Resource, type ResourceLanguage } from 'i18next';

export type I18n = i18n;

export const DEFAULT_LANGUAGE = 'en';
export const DEFAULT_NAMESPACE = 'common';

type Messages = Record<string, unknown>;

// English is in the first download, so the game can render at once and every other language has
// something to fall back on. Every other language is a chunk of its own, fetched only when asked
// for: bundling all four up front would roughly quadruple the text a first visit downloads.
const bundledFiles = import.meta.glob<Messages>('./locales/en/*.json', {
  eager: true,
  import: 'default',
});
const lazyFiles = import.meta.glob<Messages>(['./locales/*/*.json', '!./locales/en/*.json'], {
  import: 'default',
});

const LOCALE_PATH = /\/locales\/([^/]+)\/([^/]+)\.json$/;

function localeOf(path: string): { language: string; namespace: string } {
  const match = LOCALE_PATH.exec(path);
  if (!match) {
    throw new Error(`Locale file outside locales/<lang>/<namespace>.json: ${path}`);
  }
  return { language: match[1] ?? '', namespace: match[2] ?? '' };
}

/** Builds i18next resources from `./locales/<lang>/<namespace>.json` paths and their contents. */
export function resourcesFromFiles(files: Record<string, Messages>): Resource {
  const resources: Resource = {};
  for (const [path, messages] of Object.entries(files)) {
    const { language, namespace } = localeOf(path);
    const namespaces: ResourceLanguage = resources[language] ?? {};
    namespaces[namespace] = messages;
    resources[language] = namespaces;
  }
  return resources;
}

/** The resources in the first download (English). */
export const resources: Resource = resourcesFromFiles(bundledFiles);
/** Every language that has locale files, bundled or loaded on demand. */
export const languages: readonly string[] = [
  ...new Set([
    ...Object.keys(resources),
    ...Object.keys(lazyFiles).map((p) => localeOf(p).language),
  ]),
].sort();
export const namespaces: readonly string[] = Object.keys(resources[DEFAULT_LANGUAGE] ?? {});

/** True when `language`'s text is in the instance already, so switching to it is immediate. */
export function isLoaded(instance: I18n, language: string): boolean {
  return namespaces.every((ns) => instance.hasResourceBundle(language, ns));
}

/**
 * Fetches `language`'s locale files (one chunk) into the instance. Resolves once every namespace
 * is there; rejects when the chunk cannot be fetched, leaving the instance as it was.
 */
export async function loadLanguage(instance: I18n, language: string): Promise<void> {
  if (isLoaded(instance, language)) return;
  const wanted = Object.entries(lazyFiles).filter(([p]) => localeOf(p).language === language);
  const loaded = await Promise.all(
    wanted.map(async ([path, load]) => [path, await load()] as const),
  );
  const bundle = resourcesFromFiles(Object.fromEntries(loaded))[language] ?? {};
  for (const [namespace, messages] of Object.entries(bundle)) {
    instance.addResourceBundle(language, namespace, messages, true, true);
  }
}

/**
 * A new i18next instance (never the global one), so two games embedded on one page do not share
 * a language. English is bundled, so the instance is ready when this returns; another language
 * must be loaded first with `loadLanguage` (and `extra` resources, e.g. a test's pseudo-locale,
 * can be handed in).
 */
export function createI18n(language: string = DEFAULT_LANGUAGE, extra: Resource = {}): I18n {
  const instance = createInstance();
  const all: Resource = { ...resources, ...extra };
  void instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...new Set([...languages, ...Object.keys(extra)])],
    defaultNS: DEFAULT_NAMESPACE,
    ns: [...namespaces],
    resources: all,
    // Languages not bundled are added with `loadLanguage` before the switch.
    partialBundledLanguages: true,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
