import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { embedSafety } from './scripts/vite-embed-safety.ts';

export default defineConfig({
  // The Content Security Policy and the boot check for sandboxed frames (build only).
  plugins: [embedSafety(fileURLToPath(new URL('./src/i18n/locales', import.meta.url)))],
  // Relative asset URLs: the build works from any path, and inside an iframe.
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist',
    // Phaser alone is about 1.4 MB minified; warn only above that.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Vite 8 bundles with Rolldown: `codeSplitting.groups` replaces Rollup's `manualChunks`.
        // Phaser is large and changes rarely, so it gets a chunk of its own that caches apart
        // from the game's code.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
});
