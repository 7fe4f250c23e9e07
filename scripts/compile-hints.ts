/**
 * V8's explicit compile hint: a script that begins with the comment `//# allFunctionsCalledOnLoad`
 * has every one of its functions compiled while it streams in, on a background thread, instead
 * of each one on the main thread the first time it is called (Chrome 136 and later; any other
 * engine reads a comment).
 *
 * The game's code before its first week (the title, the run screen, the model, the store and
 * the words) is mostly first called inside the press on Start, which builds the run screen.
 * There, compiling it lazily was 17 to 22 ms of a 64 to 75 ms task (Chrome's trace, four loads).
 * With the hint on those chunks, that task lost its compiling and the run screen was in the page
 * 8 to 29 ms sooner; the title was no later (two runs of 15 cold loads, each alternated with the
 * build without it: see README, Start-up).
 *
 * The hint goes on the chunk of `entry` (src/main.ts) and every chunk it imports statically:
 * exactly what the game loads before its title, and not the office, the debrief's extra screens
 * or other languages, which come later or never. Build only; the one line it adds moves every
 * line of the chunk's source map down by one.
 */
import type { Plugin, Rollup } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The file names of `start` and of every chunk it imports statically, directly or not. */
export function staticClosure(bundle: Rollup.OutputBundle, start: string): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const chunk = bundle[file];
    if (seen.has(file) || chunk?.type !== 'chunk') continue;
    seen.add(file);
    queue.push(...chunk.imports);
  }
  return seen;
}

/** A source map's JSON with one line added above the code it maps. */
export function mapOneLineDown(json: string): string {
  const map = JSON.parse(json) as { mappings: string };
  map.mappings = `;${map.mappings}`;
  return JSON.stringify(map);
}

export function compileHints(entry: RegExp): Plugin {
  return {
    name: 'vt-compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own rewriting of the chunks (the preload list it puts at the top of some),
      // so the hint is the first line and the source maps are final.
      order: 'post',
      handler(_options, bundle) {
        const start = Object.values(bundle).find(
          (o) => o.type === 'chunk' && o.facadeModuleId !== null && entry.test(o.facadeModuleId),
        );
        if (!start) {
          this.error(`compile hints: no chunk for ${entry}`);
        }
        for (const file of staticClosure(bundle, start.fileName)) {
          const chunk = bundle[file];
          if (chunk?.type !== 'chunk') continue;
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
          const map = bundle[`${file}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            map.source = mapOneLineDown(map.source);
          }
        }
      },
    },
  };
}
