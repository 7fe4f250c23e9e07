/**
 * What index.html paints before any script file has arrived, written into the page itself so a
 * phone on a slow connection has something to read at once (and nothing blocks that paint):
 *
 * - the shell's stylesheet (src/boot.css) as an inline <style>, not a request of its own;
 * - the page's description (English, from locales/en/common.json; the game writes the player's
 *   language over it once it starts);
 * - the title screen's first words: a small inline script, right after `#app`, that writes the
 *   hook, the first scenario's brief and a Start button in the player's language (the `?lang=`
 *   parameter, then the language they saved, then the browser's, as src/content/languages.ts
 *   decides), only when the address opens the title screen. The game's own title screen takes
 *   the page over when it is ready, and a press on Start in the meantime is kept for it.
 *
 * Inline script and style are allowed by the Content Security Policy through their hashes
 * (scripts/vite-embed-safety.ts hashes whatever is inline in the built page).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../src/content/languages.ts';
import { SCENARIOS } from '../src/content/scenarios.ts';
import { KEY_PREFIX } from '../src/platform/storage.ts';
import { scriptJson } from './vite-embed-safety.ts';

/** Parameters that open something other than the title screen (see src/entry.ts and main.ts). */
export const NOT_TITLE_PARAMS = ['widget', 'view', 'code', 'scenario', 'seed', 'weeks', 'embed'];

/** Words the shell writes, per language. */
export interface ShellWords {
  hook: string;
  brief: string;
  start: string;
}

type Json = Record<string, unknown>;

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

/** `a.b.c` in nested JSON, or null when missing or not text. */
function at(json: Json, key: string): string | null {
  let here: unknown = json;
  for (const part of key.split('.')) {
    if (typeof here !== 'object' || here === null) return null;
    here = (here as Json)[part];
  }
  return typeof here === 'string' ? here : null;
}

/** The scenario the title screen shows first: the first that is not the sandbox. */
export function firstScenarioBriefKey(): string {
  const first = SCENARIOS.find((s) => s.id !== 'sandbox');
  if (!first) throw new Error('page shell: no scenario to brief');
  return first.briefKey;
}

/** The shell's words in every language that has them all (English always does). */
export function shellWords(localesDir: string): Record<string, ShellWords> {
  const briefKey = firstScenarioBriefKey();
  const out: Record<string, ShellWords> = {};
  for (const lang of readdirSync(localesDir).sort()) {
    try {
      const screens = readJson(join(localesDir, lang, 'screens.json'));
      const content = readJson(join(localesDir, lang, 'content.json'));
      const hook = at(screens, 'title.hook');
      const start = at(screens, 'title.start');
      const brief = at(content, briefKey);
      if (hook && start && brief) out[lang] = { hook, brief, start };
    } catch {
      // A language without these files keeps the name-only shell.
    }
  }
  if (!out.en) throw new Error('page shell: English lacks the title words');
  return out;
}

/** The page's description in English, written into index.html. */
export function pageDescription(localesDir: string): string {
  const text = at(readJson(join(localesDir, 'en', 'common.json')), 'description');
  if (!text) throw new Error('page shell: locales/en/common.json has no "description"');
  return text;
}

/** src/boot.css, less comments and runs of white space. */
export function shellStyle(cssPath: string): string {
  return readFileSync(cssPath, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,>])\s*/g, '$1')
    .trim();
}

/**
 * The inline script that writes the title's first words. ES5, no framework: it runs before any
 * module and in any frame. Storage that throws (a sandboxed frame) reads as no saved language.
 */
export function shellWordsSource(words: Record<string, ShellWords>): string {
  return `(function () {
  var WORDS = ${scriptJson(words)};
  var LANGS = ${JSON.stringify(LANGUAGES)};
  var NOT_TITLE = ${JSON.stringify(NOT_TITLE_PARAMS)};
  var boot = document.querySelector('#app > .vt-boot');
  if (!boot || typeof URLSearchParams !== 'function') return;
  var params = new URLSearchParams(location.search);
  for (var i = 0; i < NOT_TITLE.length; i++) if (params.has(NOT_TITLE[i])) return;
  function match(tag) {
    var primary = String(tag || '').replace(/^\\s+/, '').split(/[-_]/)[0].toLowerCase();
    return LANGS.indexOf(primary) >= 0 ? primary : null;
  }
  function saved() {
    try {
      var item = JSON.parse(localStorage.getItem(${JSON.stringify(`${KEY_PREFIX}:settings`)}) || 'null');
      return match(item && item.data && item.data.language);
    } catch (e) {
      return null;
    }
  }
  var lang = match(params.get('lang')) || saved();
  var browser = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  for (var j = 0; !lang && j < browser.length; j++) lang = match(browser[j]);
  var w = WORDS[lang || 'en'] || WORDS.en;
  var box = document.createElement('div');
  box.className = 'vt-boot-words';
  box.lang = WORDS[lang] ? lang : 'en';
  function add(tag, cls, text) {
    var el = document.createElement(tag);
    el.className = cls;
    el.textContent = text;
    box.appendChild(el);
    return el;
  }
  add('p', 'vt-boot-hook', w.hook);
  add('p', 'vt-boot-brief', w.brief);
  var start = add('button', 'vt-boot-start', w.start);
  start.type = 'button';
  start.addEventListener('click', function () {
    document.documentElement.setAttribute('data-vt-start-pressed', '');
    start.setAttribute('aria-busy', 'true');
  });
  boot.appendChild(box);
})();`;
}

export function pageShell(root: string): Plugin {
  const localesDir = join(root, 'src', 'i18n', 'locales');
  return {
    name: 'velocity-trap:page-shell',
    transformIndexHtml: {
      // Before embed-safety's (also 'post', later in the list), which hashes what is inline.
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { name: 'description', content: pageDescription(localesDir) },
          injectTo: 'head',
        },
        { tag: 'style', children: shellStyle(join(root, 'src', 'boot.css')), injectTo: 'head' },
        { tag: 'script', children: shellWordsSource(shellWords(localesDir)), injectTo: 'body' },
      ],
    },
  };
}
