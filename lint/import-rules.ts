// Who may import whom (architecture.md), written once as a table and checked by resolving every
// import in src/ to the file it names. `npm run lint` runs this after Biome; the reasons for
// checking here rather than in biome.json are in tests/lint/import-rules.test.ts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, posix, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A room is a top-level folder of src/, or `root` for the entry files directly in src/. */
export type Room =
  | 'root'
  | 'sim'
  | 'content'
  | 'state'
  | 'i18n'
  | 'scenes'
  | 'ui'
  | 'platform'
  | 'cli'
  | 'assets';

/** `any`: values and types; `types`: `import type` / `export type` only. */
export type Access = 'any' | 'types';

export interface RoomRule {
  /** The rooms this room may import from, and how. Its own room is always allowed. */
  readonly rooms: Partial<Record<Room, Access>>;
  /** Packages it may import: names, `node:` for Node built-ins, or `*` for any package. */
  readonly packages: readonly string[];
  /** Why, in one line, as the violation message ends. */
  readonly why: string;
}

/** The table. Every import in src/ is checked against the row of the room it sits in. */
export const RULES: Readonly<Record<Exclude<Room, 'assets'>, RoomRule>> = {
  sim: {
    rooms: {},
    packages: [],
    why: 'src/sim is the pure model: it imports nothing outside itself',
  },
  content: {
    rooms: { sim: 'types' },
    packages: [],
    why: 'src/content is data: it imports src/sim types only',
  },
  state: {
    rooms: { sim: 'any', content: 'any' },
    packages: ['zustand', 'valibot'],
    why: 'src/state imports src/sim and src/content; views depend on the store, not the other way',
  },
  i18n: {
    rooms: { content: 'any' },
    packages: ['i18next'],
    why: 'src/i18n holds the i18next instance and the locale files',
  },
  scenes: {
    rooms: { state: 'any', i18n: 'any', sim: 'types', assets: 'any' },
    packages: ['phaser', 'i18next'],
    why: 'src/scenes imports state, i18n and sim types only: values come through src/state',
  },
  ui: {
    rooms: { state: 'any', i18n: 'any', sim: 'types', assets: 'any' },
    packages: ['i18next', 'zustand', '@paulmillr/qr'],
    why: 'src/ui imports state, i18n and sim types only: values come through src/state',
  },
  // architecture.md: "platform/ is used by main.ts only"; it reads saved data and URL parameters
  // through the store's parsers, so it may import state, content and i18n, and sim types only.
  platform: {
    rooms: { state: 'any', content: 'any', i18n: 'any', sim: 'types' },
    packages: ['valibot', 'node:'],
    why: 'src/platform wraps window APIs for main.ts; it imports sim types only',
  },
  cli: {
    rooms: { sim: 'any', content: 'any' },
    packages: ['node:'],
    why: 'src/cli uses src/sim, src/content and Node built-ins only',
  },
  root: {
    rooms: {
      sim: 'any',
      content: 'any',
      state: 'any',
      i18n: 'any',
      scenes: 'any',
      ui: 'any',
      platform: 'any',
      assets: 'any',
    },
    packages: ['*'],
    why: 'the entry files compose every room but src/cli',
  },
};

/**
 * Known breaches of the table, each with its reason, to be paid off rather than added to: the
 * check skips exactly these (file, specifier) pairs, and the test fails when one is no longer
 * needed, so the list can only shrink.
 */
export const KNOWN_BREACHES: readonly { file: string; specifier: string; why: string }[] = [
  {
    file: 'src/content/results-code.ts',
    specifier: '../sim/index.ts',
    why: 'the results-code codec derives its fields from the lever declaration and the limits; src/cli decodes codes, so it cannot move to src/state',
  },
  {
    file: 'src/content/canonical-decisions.ts',
    specifier: '../sim/index.ts',
    why: 'replays a run to the decisions a results code stores; src/cli uses it, so it cannot move to src/state',
  },
  {
    file: 'src/content/scenarios.ts',
    specifier: '../sim/index.ts',
    why: "the scenarios start from the lever table's defaults (defaultLevers())",
  },
];

/** Only the entry files (src/*.ts, such as main.ts) may import src/platform. */
export const PLATFORM_IMPORTERS: readonly Room[] = ['root'];

/** Outside src/sim, the model is reached through its one public module. */
export const SIM_PUBLIC = 'src/sim/index.ts';

export interface ImportRef {
  readonly specifier: string;
  readonly typeOnly: boolean;
  readonly line: number;
}

export interface Violation {
  readonly file: string;
  readonly line: number;
  readonly specifier: string;
  readonly message: string;
}

const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;
const RESOLVE_EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '/index.ts', '/index.js'];

/** Blanks comments, string and template contents and regex literals, keeping every newline. */
function codeOnly(source: string): string {
  let out = '';
  let i = 0;
  let lastSignificant = '';
  const blank = (text: string): string => text.replace(/[^\n]/g, ' ');
  while (i < source.length) {
    const ch = source[i] as string;
    const next = source[i + 1];
    if (ch === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (ch === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== ch) j += source[j] === '\\' ? 2 : 1;
      // Strings are kept (import specifiers live in them); template bodies are blanked.
      out += ch === '`' ? `\`${blank(source.slice(i + 1, j))}\`` : source.slice(i, j + 1);
      i = j + 1;
      lastSignificant = ch;
    } else if (
      ch === '/' &&
      (lastSignificant === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(lastSignificant))
    ) {
      let j = i + 1;
      let inClass = false;
      while (j < source.length && source[j] !== '\n') {
        const c = source[j];
        if (c === '\\') j += 1;
        else if (c === '[') inClass = true;
        else if (c === ']') inClass = false;
        else if (c === '/' && !inClass) break;
        j += 1;
      }
      out += blank(source.slice(i, j + 1));
      i = j + 1;
      lastSignificant = ')';
    } else {
      out += ch;
      if (!/\s/.test(ch)) lastSignificant = ch;
      i += 1;
    }
  }
  return out;
}

/** Every static import, re-export and dynamic import() of a module, with whether it is type-only. */
export function importsOf(source: string): ImportRef[] {
  const code = codeOnly(source);
  const lineAt = (index: number): number => code.slice(0, index).split('\n').length;
  const refs: ImportRef[] = [];
  const statement =
    /(?:^|[;\n])\s*(import|export)\s+(type\s+)?([^;'"]*?\s*from\s*)?(['"])([^'"]+)\4/g;
  for (const match of code.matchAll(statement)) {
    const [, keyword, typeKeyword, clause] = match;
    // `export const x = ...` and friends have no `from`: skip anything that is not an import.
    if (keyword === 'export' && !clause) continue;
    refs.push({
      specifier: match[5] as string,
      typeOnly: Boolean(typeKeyword),
      line: lineAt(match.index + match[0].indexOf(keyword as string)),
    });
  }
  for (const match of code.matchAll(/(typeof\s+)?\bimport\(\s*(['"])([^'"]+)\2\s*\)/g)) {
    refs.push({
      specifier: match[3] as string,
      typeOnly: Boolean(match[1]),
      line: lineAt(match.index),
    });
  }
  return refs;
}

/** The room of a repo-relative path (posix), or null when it is outside src/ and assets/. */
export function roomOf(path: string): Room | null {
  if (path.startsWith('assets/')) return 'assets';
  const parts = path.split('/');
  if (parts[0] !== 'src') return null;
  if (parts.length === 2) return 'root';
  const room = parts[1] as Room;
  return room in RULES ? room : null;
}

function packageName(specifier: string): string {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] as string)) {
    return 'node:';
  }
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] as string);
}

/**
 * Checks a set of files (repo-relative posix path -> source). `exists` says whether a path is a
 * file, so relative imports resolve the way Vite and TypeScript resolve them.
 */
export function checkImports(
  files: ReadonlyMap<string, string>,
  exists: (path: string) => boolean = (path) => files.has(path),
  breaches: typeof KNOWN_BREACHES = [],
): Violation[] {
  const violations: Violation[] = [];
  for (const [file, source] of files) {
    const from = roomOf(file);
    if (from === null || from === 'assets' || !SOURCE.test(file)) continue;
    const rule = RULES[from];
    for (const ref of importsOf(source)) {
      const report = (message: string): void => {
        if (breaches.some((b) => b.file === file && b.specifier === ref.specifier)) return;
        violations.push({ file, line: ref.line, specifier: ref.specifier, message });
      };
      const bare = ref.specifier.split('?')[0] as string;
      if (!bare.startsWith('.')) {
        if (bare.startsWith('/')) {
          report('import through a relative path: an absolute path hides which room it reaches');
          continue;
        }
        const name = packageName(bare);
        if (!rule.packages.includes('*') && !rule.packages.includes(name)) {
          report(`${rule.why} (package ${name} is not in its row of lint/import-rules.ts)`);
        }
        continue;
      }
      const joined = posix.normalize(posix.join(posix.dirname(file), bare));
      const target = RESOLVE_EXTENSIONS.map((ext) => joined + ext).find(exists) ?? joined;
      const to = roomOf(target);
      if (to === from) continue;
      const here = from === 'root' ? 'the entry files' : `src/${from}`;
      if (to === null) {
        report(`${rule.why} (${target} is outside every room)`);
        continue;
      }
      const access = rule.rooms[to];
      if (access === undefined) {
        report(`${rule.why} (${here} may not import ${to === 'root' ? target : `src/${to}`})`);
      } else if (access === 'types' && !ref.typeOnly) {
        report(`${rule.why} (use \`import type\`: ${here} imports only types from src/${to})`);
      }
      if (to === 'sim' && target !== SIM_PUBLIC) {
        report(`outside src/sim, import the model through ${SIM_PUBLIC} only (not ${target})`);
      }
      if (to === 'platform' && !PLATFORM_IMPORTERS.includes(from)) {
        report('src/platform is used by the entry files (main.ts) only');
      }
    }
  }
  return violations;
}

function listFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .map((entry) => `${dir}/${entry.split(sep).join('/')}`)
    .filter((path) => statSync(join(root, path)).isFile());
}

export interface Repository {
  readonly files: ReadonlyMap<string, string>;
  readonly exists: (path: string) => boolean;
}

/** The source files of src/ in the repository at `root` (other files with empty text). */
export function readRepository(root: string): Repository {
  const files = new Map<string, string>();
  for (const path of listFiles(root, 'src')) {
    files.set(path, SOURCE.test(path) ? readFileSync(join(root, path), 'utf8') : '');
  }
  const exists = (path: string): boolean =>
    files.has(path) || (existsSync(join(root, path)) && statSync(join(root, path)).isFile());
  return { files, exists };
}

/** Checks src/ of the repository at `root`, known breaches aside. */
export function checkRepository(root: string): Violation[] {
  const { files, exists } = readRepository(root);
  return checkImports(files, exists, KNOWN_BREACHES);
}

// `tsx lint/import-rules.ts [root]`: checks the repository this file sits in, or `root`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..');
  const violations = checkRepository(root);
  for (const v of violations) {
    console.error(`${v.file}:${v.line}  '${v.specifier}'  ${v.message}`);
  }
  if (violations.length > 0) {
    console.error(
      `import rules: ${violations.length} violation(s); the table is lint/import-rules.ts`,
    );
    process.exit(1);
  }
  console.log('import rules: every import in src/ follows the table in lint/import-rules.ts');
}
