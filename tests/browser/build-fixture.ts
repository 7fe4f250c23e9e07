// Builds a page of its own for a test or a benchmark (the office fixture, the pseudo-locale game,
// the bare Phaser page): no project config, so none of the game's aliases or plugins apply beyond
// what the page imports, and a relative base so it serves from any folder.
import { build } from 'vite';

export async function buildFixture(root: string, outDir: string): Promise<void> {
  await build({
    root,
    configFile: false,
    base: './',
    logLevel: 'warn',
    // Phaser alone is over a megabyte minified: not worth a warning in a fixture.
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 3000 },
  });
}
