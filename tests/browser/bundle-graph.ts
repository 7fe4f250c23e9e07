// The built site's JavaScript import graph, read from the files in dist/: which chunks a view
// needs, followed through static imports (and, for the whole game, dynamic ones too), with
// their gzip sizes. Deterministic: it depends on the build, not on a browser or a clock.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g;

export interface BundleGraph {
  /** The entry chunk index.html loads (a file name in assets/). */
  readonly entry: string;
  /** Every JS chunk in assets/. */
  readonly chunks: readonly string[];
  /** The chunk whose name starts with `prefix` (e.g. `widget-main-`). */
  chunk(prefix: string): string;
  /**
   * `from` and everything it imports, statically only or also dynamically. The entry's own
   * dynamic imports are never followed: they are the routes, one per view.
   */
  closure(from: readonly string[], dynamic: boolean): Set<string>;
  gzip(files: Iterable<string>): number;
}

export function bundleGraph(dist: string): BundleGraph {
  const assets = join(dist, 'assets');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script[^>]+src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('no module script in dist/index.html');
  const chunks = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const text = new Map(chunks.map((c) => [c, readFileSync(join(assets, c), 'utf8')]));
  const imports = (file: string, pattern: RegExp): string[] =>
    [...(text.get(file) ?? '').matchAll(pattern)].map((m) => m[1] ?? '').filter((f) => text.has(f));
  return {
    entry,
    chunks,
    chunk(prefix) {
      const found = chunks.find((c) => c.startsWith(prefix));
      if (!found) throw new Error(`no chunk named ${prefix}*`);
      return found;
    },
    closure(from, dynamic) {
      const seen = new Set<string>();
      const todo = [...from];
      while (todo.length > 0) {
        const file = todo.pop() as string;
        if (seen.has(file)) continue;
        seen.add(file);
        todo.push(...imports(file, STATIC_IMPORT));
        if (dynamic && file !== entry) todo.push(...imports(file, DYNAMIC_IMPORT));
      }
      return seen;
    },
    gzip(files) {
      let bytes = 0;
      for (const f of files) bytes += gzipSync(readFileSync(join(assets, f))).length;
      return bytes;
    },
  };
}
