// Sizes of a built site, as the size budgets (budgets.json, tests/browser/budgets.test.ts) count
// them: each file gzipped alone at zlib's default level, the way a web server sends it.
import { readFileSync } from 'node:fs';
import { extname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isSourceMap, listFiles } from './offline-plugin.ts';

/** One chunk of Vite's build manifest (dist/.vite/manifest.json); only the fields used here. */
export interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface SizedFile {
  readonly file: string;
  readonly gzipBytes: number;
}

/** Files that are code (what the "before fonts and art" counts); the rest is fonts/art. */
const CODE = new Set(['.js', '.mjs', '.css', '.html', '.json', '.webmanifest']);
export const isCode = (file: string): boolean => CODE.has(extname(file).toLowerCase());
/**
 * The chunk of one language's text other than English (`assets/locale-de-<hash>.js`): a player
 * fetches only the language they play in, so these are counted apart from the game's code.
 */
export const isOtherLanguageText = (file: string): boolean =>
  /(^|\/)locale-(?!en-)[a-z]+-[\w-]{8}\.js$/.test(file);

export function gzipSize(dir: string, file: string): number {
  return gzipSync(readFileSync(join(dir, file))).length;
}

/**
 * Every file a player could download: all of `dir` but Vite's build metadata and the source
 * maps (which a browser fetches only while its developer tools are open).
 */
export function siteFiles(dir: string): string[] {
  return listFiles(dir).filter((file) => !file.startsWith('.vite/') && !isSourceMap(file));
}

/**
 * The same-origin files an HTML page asks for before anything runs: its module scripts, module
 * preloads, stylesheets and icons, as paths relative to the site's root.
 */
export function pageRequests(html: string, page: string): string[] {
  const out: string[] = [];
  const tag = /<(script|link)\b([^>]*)>/gi;
  for (const [, name, attrs = ''] of html.matchAll(tag)) {
    const attr = (key: string) => new RegExp(`\\b${key}\\s*=\\s*"([^"]*)"`, 'i').exec(attrs)?.[1];
    const url = name?.toLowerCase() === 'script' ? attr('src') : attr('href');
    if (name?.toLowerCase() === 'link') {
      const rel = attr('rel')?.toLowerCase() ?? '';
      if (!/\b(modulepreload|stylesheet|icon|preload)\b/.test(rel)) continue;
    }
    if (!url || /^[a-z]+:|^\/\//i.test(url)) continue;
    out.push(posix.normalize(posix.join(posix.dirname(page), url.split(/[?#]/)[0] ?? '')));
  }
  return out;
}

const FONT_FILE = /\.(woff2?|ttf|otf)$/i;

/**
 * What a page loads before the first interaction: the page, what it asks for, and everything
 * their chunks import statically (with their CSS and assets), never a dynamic import; plus the
 * chunks of `alsoLoads` (manifest keys of dynamic imports the page starts at once, like a
 * widget's) with their own static imports. Sorted, without repeats.
 */
export function loadedFiles(
  dir: string,
  manifest: Manifest,
  page: string,
  alsoLoads: readonly string[] = [],
): string[] {
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const seen = new Set<string>([page]);
  const visit = (chunk: ManifestChunk) => {
    if (seen.has(chunk.file)) return;
    seen.add(chunk.file);
    // A font that a stylesheet names is fetched only once text on screen needs it (the Japanese
    // font, when the game speaks Japanese), so it is not part of what every page loads.
    const assets = (chunk.assets ?? []).filter((file) => !FONT_FILE.test(file));
    for (const file of [...(chunk.css ?? []), ...assets]) seen.add(file);
    for (const key of chunk.imports ?? []) {
      const imported = manifest[key];
      if (imported) visit(imported);
    }
  };
  for (const file of pageRequests(readFileSync(join(dir, page), 'utf8'), page)) {
    const chunk = byFile.get(file);
    if (chunk) visit(chunk);
    else seen.add(file);
  }
  for (const key of alsoLoads) {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`no chunk "${key}" in the build manifest`);
    visit(chunk);
  }
  return [...seen].sort();
}

/** Sizes of `files`, largest first, and their sum. */
export function sized(
  dir: string,
  files: readonly string[],
): { total: number; files: SizedFile[] } {
  const out = files.map((file) => ({ file, gzipBytes: gzipSize(dir, file) }));
  out.sort((a, b) => b.gzipBytes - a.gzipBytes || a.file.localeCompare(b.file));
  return { total: out.reduce((sum, f) => sum + f.gzipBytes, 0), files: out };
}
