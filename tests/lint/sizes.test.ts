/**
 * Sizes a person can hold in their head: no function in src/ longer than 150 lines, no file
 * longer than 700. Every function-like node counts (function declarations and expressions,
 * methods, accessors, constructors, arrow functions), nested ones too, from its first token (its
 * doc comment aside) to its last. Files count their lines as written, .ts and .css alike.
 *
 * The functions are found with the TypeScript compiler's own parser (the project's program, as
 * `tsconfig.json` sees it), not with a pattern over the text, so an arrow inside an object or a
 * method in a class is measured like any other function.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API } from 'typescript/unstable/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longFunctions } from './sizes.ts';

const MAX_FUNCTION_LINES = 150;
const MAX_FILE_LINES = 700;

/**
 * Functions still over the limit, each at the length it has now: the list may only shrink. A
 * function here fails the test when it grows, and when it is split (take it off the list then).
 * Empty now: a function that grows over the limit is split, not listed.
 */
const NOT_YET_SPLIT: Readonly<Record<string, number>> = {};

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const srcDir = join(root, 'src');

function filesUnder(dir: string, ends: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return filesUnder(path, ends);
    return ends.some((e) => d.name.endsWith(e)) ? [path] : [];
  });
}

describe('sizes in src/', () => {
  let api: API;
  beforeAll(() => {
    api = new API({ cwd: root });
  });
  afterAll(() => api.close());
  /** The program tsconfig.json describes, src/ included. */
  const program = () => {
    const project = api
      .updateSnapshot({ openProject: join(root, 'tsconfig.json') })
      .getProjects()[0];
    if (!project) throw new Error('tsconfig.json opened no project');
    return project.program;
  };

  it(`no function is longer than ${MAX_FUNCTION_LINES} lines`, () => {
    const long = filesUnder(srcDir, ['.ts']).flatMap((path) => {
      const name = relative(root, path);
      const file = program().getSourceFile(path);
      if (!file) {
        return [{ key: name, lines: Number.POSITIVE_INFINITY, at: `${name}: not in the program` }];
      }
      return longFunctions(file, file.text, MAX_FUNCTION_LINES).map((f) => ({
        key: `${name} ${f.name}`,
        lines: f.lines,
        at: `${name}:${f.line}: ${f.name} is ${f.lines} lines`,
      }));
    });
    const found = long.filter((f) => (NOT_YET_SPLIT[f.key] ?? 0) < f.lines).map((f) => f.at);
    expect(found, `split these below ${MAX_FUNCTION_LINES + 1} lines`).toEqual([]);
    const stillLong = new Set(long.map((f) => f.key));
    const split = Object.keys(NOT_YET_SPLIT).filter((key) => !stillLong.has(key));
    expect(split, 'split now: take these off NOT_YET_SPLIT').toEqual([]);
  });

  it(`no .ts or .css file is longer than ${MAX_FILE_LINES} lines`, () => {
    const found = filesUnder(srcDir, ['.ts', '.css']).flatMap((path) => {
      const lines = readFileSync(path, 'utf8').split('\n').length;
      return lines > MAX_FILE_LINES ? [`${relative(root, path)} is ${lines} lines`] : [];
    });
    expect(found, `split these below ${MAX_FILE_LINES + 1} lines`).toEqual([]);
  });

  it('finds methods and arrows by the names a reader knows them by', () => {
    const file = program().getSourceFile(join(srcDir, 'state', 'store-run.ts'));
    expect(file).toBeDefined();
    const names = file ? longFunctions(file, file.text, 10).map((f) => f.name) : [];
    // `runActions` is an arrow given to a const; `playWeek` a method in the object it returns.
    expect(names).toEqual(expect.arrayContaining(['runActions', 'playWeek', 'startRun']));
    expect(names).not.toContain('closeCard');
  });
});
