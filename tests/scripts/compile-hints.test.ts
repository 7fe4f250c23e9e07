// The build's compile hint (scripts/compile-hints.ts) on a bundle made by hand: it marks the
// entry's chunk and what that chunk imports statically, nothing fetched later, and every source
// map it touches moves down by exactly the line it adds.
import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  COMPILE_HINT,
  compileHints,
  mapOneLineDown,
  staticClosure,
} from '../../scripts/compile-hints.ts';

function chunk(fileName: string, imports: string[], facadeModuleId: string | null = null) {
  return {
    type: 'chunk',
    fileName,
    imports,
    facadeModuleId,
    code: `code of ${fileName}`,
    map: null,
  } as unknown as Rollup.OutputChunk;
}

function map(fileName: string, mappings: string) {
  return {
    type: 'asset',
    fileName: `${fileName}.map`,
    source: JSON.stringify({ version: 3, mappings }),
  } as unknown as Rollup.OutputAsset;
}

/** index -> main -> (store, words); main fetches the office later; the widget is another page. */
function bundle(): Rollup.OutputBundle {
  return {
    'index.js': chunk('index.js', [], '/src/entry.ts'),
    'main.js': chunk('main.js', ['index.js', 'store.js', 'words.js'], '/src/main.ts'),
    'store.js': chunk('store.js', ['words.js']),
    'words.js': chunk('words.js', []),
    'office.js': chunk('office.js', ['store.js'], '/src/scenes/office.ts'),
    'widget.js': chunk('widget.js', ['store.js'], '/src/widget-main.ts'),
    'main.js.map': map('main.js', 'AAAA,CAAC;AACA'),
    'office.js.map': map('office.js', 'AAAA'),
  };
}

type Handler = (
  this: { error(message: string): never },
  o: unknown,
  b: Rollup.OutputBundle,
) => void;
const generate = compileHints(/[\\/]src[\\/]main\.ts$/).generateBundle as { handler: Handler };
const context = {
  error(message: string): never {
    throw new Error(message);
  },
};

describe("the build's compile hint", () => {
  it("follows the entry's static imports, and nothing it fetches later", () => {
    expect([...staticClosure(bundle(), 'main.js')].sort()).toEqual([
      'index.js',
      'main.js',
      'store.js',
      'words.js',
    ]);
  });

  it('puts the hint first on exactly those chunks, each map moved down one line', () => {
    const b = bundle();
    generate.handler.call(context, {}, b);
    const hinted = Object.values(b)
      .filter((o): o is Rollup.OutputChunk => o.type === 'chunk')
      .filter((c) => c.code.startsWith(`${COMPILE_HINT}\n`))
      .map((c) => c.fileName)
      .sort();
    expect(hinted).toEqual(['index.js', 'main.js', 'store.js', 'words.js']);
    expect((b['main.js'] as Rollup.OutputChunk).code).toBe(`${COMPILE_HINT}\ncode of main.js`);
    const mappings = (file: string) =>
      (JSON.parse(String((b[file] as Rollup.OutputAsset).source)) as { mappings: string }).mappings;
    expect(mappings('main.js.map')).toBe(';AAAA,CAAC;AACA');
    expect(mappings('office.js.map')).toBe('AAAA');
  });

  it('keeps the rest of a map as it was', () => {
    const json = JSON.stringify({ version: 3, sources: ['a.ts'], names: ['x'], mappings: 'AAAA' });
    expect(JSON.parse(mapOneLineDown(json))).toEqual({
      version: 3,
      sources: ['a.ts'],
      names: ['x'],
      mappings: ';AAAA',
    });
  });

  it('stops the build when the entry has no chunk', () => {
    const b = bundle();
    delete b['main.js'];
    expect(() => generate.handler.call(context, {}, b)).toThrow(/no chunk for/);
  });
});
