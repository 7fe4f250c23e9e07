// A Vite plugin that writes the offline service worker (src/platform/service-worker.js) into
// the build as sw.js, with the list of every file the build wrote and a version made from their
// contents. A build that changes any file gets a new sw.js, which is how browsers notice an update.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';
/** A source map, which only a browser's developer tools fetch. */
export const isSourceMap = (file: string): boolean => file.endsWith('.map');
const PLACEHOLDER = "const PRECACHE = { version: 'dev', files: [] }; // filled at build time";

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Files a player never needs: the worker itself, Vite's build manifest (used by tests) and the
 * source maps (fetched by developer tools only).
 */
const notPrecached = (file: string) =>
  file === SERVICE_WORKER_FILE || file.startsWith('.vite/') || isSourceMap(file);

/** Writes `outDir`/sw.js from the template, precaching every other file in `outDir`. */
export function writeServiceWorker(
  outDir: string,
  template: string,
): { version: string; files: string[] } {
  if (!template.includes(PLACEHOLDER)) {
    throw new Error(`offline-plugin: the worker template lost its line "${PLACEHOLDER}"`);
  }
  const files = listFiles(outDir).filter((file) => !notPrecached(file));
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(outDir, file)));
  const version = hash.digest('hex').slice(0, 16);
  const precache = `const PRECACHE = ${JSON.stringify({ version, files })};`;
  writeFileSync(join(outDir, SERVICE_WORKER_FILE), template.replace(PLACEHOLDER, precache));
  return { version, files };
}

export function offlinePlugin(templatePath: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'velocity-trap:offline',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // Once every file is on disk (Vite copies the public folder before it writes the bundle).
    writeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const outDir = resolve(config.root, config.build.outDir);
        writeServiceWorker(outDir, readFileSync(templatePath, 'utf8'));
      },
    },
  };
}
