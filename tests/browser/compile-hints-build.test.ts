// The compile hint in the build the browser tests made (scripts/compile-hints.ts): the game's code
// before its first week begins with it, what comes later (the office and Phaser, the other
// screens' chunks, the other languages) does not, and every chunk's source map still has a line
// for each line of code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { COMPILE_HINT } from '../../scripts/compile-hints.ts';
import type { Manifest } from '../../scripts/site-size.ts';

let siteDir: string;
let manifest: Manifest;

beforeAll(() => {
  siteDir = inject('siteDir');
  manifest = JSON.parse(readFileSync(join(siteDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
});

/** The files of the game's view chunk and of every chunk it imports statically. */
function gameStartFiles(): Set<string> {
  const files = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit('src/main.ts');
  return files;
}

const code = (file: string) => readFileSync(join(siteDir, file), 'utf8');
const scripts = () =>
  readdirSync(join(siteDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);

describe('the compile hint in the build', () => {
  it("begins the game's code before its first week, and nothing fetched later", () => {
    const start = gameStartFiles();
    // The view's chunk, the entry, the model and store, the run screen's helpers.
    expect(start.size).toBeGreaterThanOrEqual(5);
    for (const file of scripts()) {
      const hinted = code(file).startsWith(`${COMPILE_HINT}\n`);
      expect(hinted, file).toBe(start.has(file));
    }
    const later = scripts().filter((f) =>
      /\/(office|phaser|locale-de|facilitator-screen)-/.test(f),
    );
    expect(later.length).toBe(4);
  });

  it("keeps each chunk's source map a line for each line of its code", () => {
    const withMaps = scripts().filter((f) => existsSync(join(siteDir, `${f}.map`)));
    expect(withMaps).toContain([...gameStartFiles()].find((f) => /\/main-/.test(f)));
    for (const file of withMaps) {
      const { mappings } = JSON.parse(code(`${file}.map`)) as { mappings: string };
      if (mappings === '') continue;
      // The last line of a chunk is the comment that names its map.
      const lines = code(file).split('\n');
      expect(lines.at(-1), file).toMatch(/^\/\/# sourceMappingURL=/);
      expect(mappings.split(';').length, file).toBe(lines.length - 1);
    }
  });
});
