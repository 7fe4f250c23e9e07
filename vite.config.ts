import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compileHints } from './scripts/compile-hints.ts';
import { offlinePlugin } from './scripts/offline-plugin.ts';
import { phaserStartUpChecks } from './scripts/phaser-start-up-checks.ts';
import { phaserUnused } from './scripts/phaser-unused.ts';
import { embedSafety } from './scripts/vite-embed-safety.ts';
import { pageShell } from './scripts/vite-page-shell.ts';

const root = dirname(fileURLToPath(import.meta.url));
// Phaser's package exports only its prebuilt whole; its sources sit beside it in `src/`.
const phaserDir = dirname(createRequire(import.meta.url).resolve('phaser/package.json'));

/** `locale-de` for `src/i18n/locales/de/run.json`. */
function localeChunk(id: string): string | null {
  const language = /[\\/]locales[\\/]([^\\/]+)[\\/]/.exec(id)?.[1];
  return language ? `locale-${language}` : null;
}

export default defineConfig({
  // Relative asset URLs: the build works from any path, and inside an iframe.
  base: './',
  plugins: [
    // What the page paints before any script file arrives: its style, description and the
    // title's first words, inline (scripts/vite-page-shell.ts).
    pageShell(root),
    // The Content Security Policy and the boot check for sandboxed frames (build only).
    embedSafety(join(root, 'src', 'i18n', 'locales')),
    // sw.js: the offline service worker, precaching every file of the build (see README, Offline).
    offlinePlugin(join(root, 'src', 'platform', 'service-worker.js')),
    // Phaser makes one WebGL context, the office's, not a throwaway one first to test for WebGL.
    phaserStartUpChecks(),
    // Phaser's namespace indexes and the render nodes the office never builds stay out.
    phaserUnused(),
    // The code before the first week compiled as it streams in, not inside the press on Start.
    compileHints(/[\\/]src[\\/]main\.ts$/),
  ],
  resolve: {
    alias: [
      // The game's `import * as Phaser from 'phaser'` gets only the modules the office uses
      // (src/scenes/phaser-lean.js), built from Phaser's sources; TypeScript still reads the
      // package's own types. About half the size of Phaser whole.
      { find: /^phaser$/, replacement: join(root, 'src', 'scenes', 'phaser-lean.js') },
      { find: /^phaser\/src\//, replacement: `${join(phaserDir, 'src')}/` },
    ],
  },
  // The feature flags Phaser's sources test with `typeof FLAG` (its own webpack config defines
  // them). Sound, the Facebook Instant and 3D camera plugins, and the WebGL debugger stay out.
  define: {
    'typeof WEBGL_RENDERER': JSON.stringify(true),
    'typeof CANVAS_RENDERER': JSON.stringify(true),
    'typeof WEBGL_DEBUG': JSON.stringify(false),
    'typeof EXPERIMENTAL': JSON.stringify(false),
    'typeof FEATURE_SOUND': JSON.stringify(false),
    'typeof PLUGIN_CAMERA3D': JSON.stringify(false),
    'typeof PLUGIN_FBINSTANT': JSON.stringify(false),
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    // dist/.vite/manifest.json: which files each entry loads, read by the size budgets test.
    manifest: true,
    // A .map beside every chunk, so a browser's developer tools (and Lighthouse) can read the
    // code as written. A browser fetches one only while its tools are open: the offline worker
    // does not cache them and the size budgets do not count them (scripts/site-size.ts).
    sourcemap: true,
    // The lean Phaser chunk (src/scenes/phaser-lean.js) is about 620 kB minified; warn above that.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Vite 8 bundles with Rolldown: `codeSplitting.groups` replaces Rollup's `manualChunks`.
        // Phaser is large and changes rarely, so it gets a chunk of its own that caches apart
        // from the game's code.
        codeSplitting: {
          groups: [
            {
              name: 'phaser',
              test: /[\\/]node_modules[\\/]phaser[\\/]|[\\/]src[\\/]scenes[\\/]phaser-lean\.js$/,
            },
            // Each language but English (bundled) in one chunk, fetched when a player picks it;
            // English's two long namespaces in one chunk, fetched for the debrief and sources.
            {
              name: localeChunk,
              debugName: 'locales',
              test: /[\\/]src[\\/]i18n[\\/]locales[\\/](?!en[\\/](?!debrief|modelcard))/,
            },
          ],
        },
      },
    },
  },
});
