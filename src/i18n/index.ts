import { createInstance, type i18n, type Resource, type ResourceLanguage } from 'i18next';
import { addNumberFormats } from './formats.ts';

export type I18n = i18n;

export const DEFAULT_LANGUAGE = 'en';
export const DEFAULT_NAMESPACE = 'common';

type Messages = Record<string, unknown>;

// English is in the first download, so the game can render at once and every other language has
// something to fall back on. Every other language is a chunk of its own, fetched only when asked
// for: bundling all four up front would roughly quadruple the text a first visit downloads.
// English's long namespaces, read only on the debrief, sources and learning-check screens and the
// facilitator's learning check, come later too.
const bundledFiles = import.meta.glob<Messages>(
  ['./locales/en/*.json', '!./locales/en/{debrief,modelcard,check,roomcheck}.json'],
  { eager: true, import: 'default' },
);
const lazyFiles: Record<string, () => Promise<Messages>> = {
  ...import.meta.glob<Messages>(['./locales/*/*.json', '!./locales/en/*.json'], {
    import: 'default',
  }),
  ...import.meta.glob<Messages>('./locales/en/{debrief,modelcard,check,roomcheck}.json', {
    import: 'default',
  }),
};

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
const files = [...Object.keys(bundledFiles), ...Object.keys(lazyFiles)].map(localeOf);
/** Every language that has locale files, bundled or loaded on demand. */
export const languages: readonly string[] = [...new Set(files.map((f) => f.language))].sort();
/** Every namespace English has (the source of truth for keys). */
export const namespaces: readonly string[] = files
  .filter((f) => f.language === DEFAULT_LANGUAGE)
  .map((f) => f.namespace)
  .sort();

/** The files of `language` (and the English beneath it) that the instance does not hold yet. */
function missing(
  instance: I18n,
  language: string,
  only?: readonly string[],
): Array<[string, () => Promise<Messages>]> {
  return Object.entries(lazyFiles).filter(([path]) => {
    const f = localeOf(path);
    return (
      (f.language === language || f.language === DEFAULT_LANGUAGE) &&
      (only === undefined || only.includes(f.namespace)) &&
      !instance.hasResourceBundle(f.language, f.namespace)
    );
  });
}

/** True when `language`'s text (and English beneath it) is all in the instance. */
export function isLoaded(instance: I18n, language: string): boolean {
  return missing(instance, language).length === 0;
}

/**
 * Fetches the locale files `language` still lacks (its own chunk, and English's long namespaces
 * that the first download leaves out) into the instance; `only` limits it to the namespaces a
 * small view reads (the widget needs no debrief). Rejects when a chunk cannot be fetched;
 * whatever did arrive stays, and nothing else changes.
 */
export async function loadLanguage(
  instance: I18n,
  language: string,
  only?: readonly string[],
): Promise<void> {
  const loaded = await Promise.all(
    missing(instance, language, only).map(async ([path, load]) => [path, await load()] as const),
  );
  const bundles = resourcesFromFiles(Object.fromEntries(loaded));
  for (const [lng, bundle] of Object.entries(bundles)) {
    for (const [namespace, messages] of Object.entries(bundle)) {
      instance.addResourceBundle(lng, namespace, messages, true, true);
    }
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
  addNumberFormats(instance);
  return instance;
}

/** An instance with all of `language`'s text (and English beneath it) loaded: for tests and tools. */
export async function createLoadedI18n(language: string = DEFAULT_LANGUAGE): Promise<I18n> {
  const instance = createI18n(language);
  await loadLanguage(instance, language);
  // Resolved again now that the language's text is there.
  await instance.changeLanguage(language);
  return instance;
}
