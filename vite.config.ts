import { defineConfig } from 'vite';

/** `locale-de` for `src/i18n/locales/de/run.json`. */
function localeChunk(id: string): string | null {
  const language = /[\\/]locales[\\/]([^\\/]+)[\\/]/.exec(id)?.[1];
  return language ? `locale-${language}` : null;
}

export default defineConfig({
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
          groups: [
            { name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ },
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
