// Who may import whom (architecture.md) is one table, RULES in lint/import-rules.ts, and
// `npm run lint` checks it (after Biome) by resolving every import in src/ to the file it names.
//
// Why a table and not biome.json: Biome's noRestrictedImports matches the text of a specifier,
// so a rule about folders had to be written again for every folder depth ('../sim',
// '../../sim', ...) and biome.json grew to ~630 lines; and it cannot tell `import type` from a
// value import, so "ui imports only types from sim" was not enforced at all (two ui files
// imported values around the store). Package `imports` aliases (`#sim/*`) would fix the depth
// problem but mean rewriting every import in src/ and still not see type-only imports. Resolving
// each import to its file makes each rule one row, whatever the depth, with type-only access as
// a column: the simplest to keep right. Biome keeps what it checks well with one setting each:
// type-only import style, import cycles, barrel files (but src/sim/index.ts), and src/sim's
// forbidden globals and Math.random.
//
// Each rule has a test below showing it fires (in memory for the table, a probe file linted by
// Biome for Biome's rules), and the real src/ must pass.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkImports,
  checkRepository,
  importsOf,
  KNOWN_BREACHES,
  RULES,
  readRepository,
} from '../../lint/import-rules.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const biomeBin = join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');
const tsxCli = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

// Modules the in-memory cases import, so that only the rule under test can fire.
const layout: Record<string, string> = {
  'src/main.ts': '',
  'src/sim/index.ts': '',
  'src/sim/levers.ts': '',
  'src/sim/types.ts': '',
  'src/sim/week/review.ts': '',
  'src/content/cards.ts': '',
  'src/content/languages.ts': '',
  'src/state/store.ts': '',
  'src/state/selectors.ts': '',
  'src/i18n/index.ts': '',
  'src/scenes/office.ts': '',
  'src/ui/dom.ts': '',
  'src/ui/run/controls.ts': '',
  'src/platform/storage.ts': '',
  'src/cli/sim.ts': '',
  'assets/office.png': '',
};

/** The violation messages for one file added to the layout. */
function check(path: string, code: string): string[] {
  const files = new Map(Object.entries({ ...layout, [path]: code }));
  return checkImports(files).map((v) => v.message);
}

interface Case {
  readonly name: string;
  readonly path: string;
  readonly code: string;
}

// Each row of the table, broken: every one must be reported.
const breaking: Case[] = [
  // src/sim imports nothing outside itself.
  {
    name: 'sim imports state',
    path: 'src/sim/x.ts',
    code: "import { s } from '../state/store.ts';",
  },
  {
    name: 'a sim subfolder imports ui',
    path: 'src/sim/week/x.ts',
    code: "import { el } from '../../ui/dom.ts';",
  },
  { name: 'sim imports Phaser', path: 'src/sim/x.ts', code: "import Phaser from 'phaser';" },
  {
    name: 'sim imports zustand, types only',
    path: 'src/sim/x.ts',
    code: "import type { StoreApi } from 'zustand';",
  },
  {
    name: 'sim imports Node',
    path: 'src/sim/x.ts',
    code: "import { readFileSync } from 'node:fs';",
  },
  // src/content imports sim types only.
  {
    name: 'content imports a sim value',
    path: 'src/content/x.ts',
    code: "import { defaultLevers } from '../sim/index.ts';",
  },
  {
    name: 'content imports state',
    path: 'src/content/x.ts',
    code: "import type { S } from '../state/store.ts';",
  },
  { name: 'content imports zustand', path: 'src/content/x.ts', code: "import 'zustand/vanilla';" },
  // src/state imports sim and content.
  { name: 'state imports ui', path: 'src/state/x.ts', code: "import { el } from '../ui/dom.ts';" },
  {
    name: 'state imports i18n',
    path: 'src/state/x.ts',
    code: "import { languages } from '../i18n';",
  },
  { name: 'state imports Phaser', path: 'src/state/x.ts', code: "import 'phaser';" },
  // src/scenes and src/ui import state, i18n and sim types only.
  {
    name: 'ui imports a sim value (as room-views.ts did)',
    path: 'src/ui/workshop/x.ts',
    code: "import { SCORE_COMPONENTS } from '../../sim/index.ts';",
  },
  {
    name: 'ui imports a sim value beside a type',
    path: 'src/ui/x.ts',
    code: "import { type Levers, mergeLevers } from '../sim/index.ts';",
  },
  {
    name: 'ui imports types inline only (verbatimModuleSyntax keeps the import)',
    path: 'src/ui/x.ts',
    code: "import { type Levers } from '../sim/index.ts';",
  },
  {
    name: 'ui imports content (as language-select.ts did)',
    path: 'src/ui/x.ts',
    code: "import { LANGUAGES } from '../content/languages.ts';",
  },
  {
    name: 'a deep ui folder loads sim lazily',
    path: 'src/ui/a/b/c/x.ts',
    code: "export const f = () => import('../../../../sim/index.ts');",
  },
  {
    name: 'scenes re-exports a sim value',
    path: 'src/scenes/x.ts',
    code: "export { LEVELS } from '../sim/index.ts';",
  },
  {
    name: 'scenes imports cli',
    path: 'src/scenes/x.ts',
    code: "import type { M } from '../cli/sim.ts';",
  },
  { name: 'ui imports main.ts', path: 'src/ui/x.ts', code: "import { mount } from '../main.ts';" },
  // src/platform is used by the entry files only, and imports sim types only.
  {
    name: 'ui imports platform',
    path: 'src/ui/run/x.ts',
    code: "import { save } from '../../platform/storage.ts';",
  },
  {
    name: 'state imports platform',
    path: 'src/state/x.ts',
    code: "import type { S } from '../platform/storage.ts';",
  },
  {
    name: 'platform imports a sim value',
    path: 'src/platform/x.ts',
    code: "import { scoreRun } from '../sim/index.ts';",
  },
  {
    name: 'platform imports ui',
    path: 'src/platform/x.ts',
    code: "import { el } from '../ui/dom.ts';",
  },
  // src/cli uses sim, content and Node built-ins only.
  { name: 'cli imports ui', path: 'src/cli/x.ts', code: "import { el } from '../ui/dom.ts';" },
  {
    name: 'cli imports state',
    path: 'src/cli/x.ts',
    code: "import type { S } from '../state/store.ts';",
  },
  { name: 'cli imports zustand', path: 'src/cli/x.ts', code: "import 'zustand/vanilla';" },
  // Nothing imports cli.
  { name: 'main.ts imports cli', path: 'src/main.ts', code: "import { run } from './cli/sim.ts';" },
  // Outside src/sim, only src/sim/index.ts.
  {
    name: 'state imports sim/levers.ts',
    path: 'src/state/x.ts',
    code: "import { LEVER_SPECS } from '../sim/levers.ts';",
  },
  {
    name: 'ui imports types from sim/types.ts',
    path: 'src/ui/run/x.ts',
    code: "import type { SimEvent } from '../../sim/types.ts';",
  },
  {
    name: 'cli imports a sim phase',
    path: 'src/cli/x.ts',
    code: "import { review } from '../sim/week/review.ts';",
  },
  // Relative paths only.
  {
    name: 'an absolute path',
    path: 'src/ui/x.ts',
    code: "import { s } from '/src/state/store.ts';",
  },
];

// The same rows, kept: none may be reported.
const keeping: Case[] = [
  {
    name: 'sim imports sim, up and down',
    path: 'src/sim/week/x.ts',
    code: "import { LEVER_SPECS } from '../levers.ts';\nimport { r } from './review.ts';",
  },
  {
    name: 'content imports sim types and content',
    path: 'src/content/x.ts',
    code: "import type { Levers } from '../sim/index.ts';\nimport { CARDS } from './cards.ts';",
  },
  {
    name: 'state imports sim and content values',
    path: 'src/state/x.ts',
    code: "import { CARDS } from '../content/cards.ts';\nimport { mergeLevers } from '../sim/index.ts';\nimport { createStore } from 'zustand/vanilla';",
  },
  {
    name: 'ui imports state, i18n, sim types, css and assets',
    path: 'src/ui/run/x.ts',
    code: "import type { Levers } from '../../sim/index.ts';\nimport { languages } from '../../i18n';\nimport { s } from '../../state/selectors.ts';\nimport './run.css';\nimport url from '../../../assets/office.png?url';",
  },
  {
    name: 'scenes import Phaser, state and sim types',
    path: 'src/scenes/x.ts',
    code: "import Phaser from 'phaser';\nimport type { Level } from '../sim/index.ts';\nimport { s } from '../state/store.ts';",
  },
  {
    name: 'platform imports state and sim types',
    path: 'src/platform/x.ts',
    code: "import type { Levers } from '../sim/index.ts';\nimport { s } from '../state/store.ts';",
  },
  {
    name: 'main.ts imports platform, ui and a lazy scene',
    path: 'src/main.ts',
    code: "import { save } from './platform/storage.ts';\nimport { el } from './ui/dom.ts';\nconst o = () => import('./scenes/office.ts');",
  },
  {
    name: 'cli imports sim, content and Node',
    path: 'src/cli/x.ts',
    code: "import { readFileSync } from 'node:fs';\nimport process from 'process';\nimport { CARDS } from '../content/cards.ts';\nimport { runScenario } from '../sim/index.ts';",
  },
  {
    name: 'imports inside comments, strings and templates do not count',
    path: 'src/sim/x.ts',
    code: "// import Phaser from 'phaser';\n/* import { s } from '../state/store.ts'; */\nconst a = \"import x from '../ui/dom.ts'\";\nconst b = `\nimport { el } from '../ui/dom.ts';\n`;\nconst c = /import '..\\/ui'/;",
  },
];

describe('the import table (lint/import-rules.ts) enforces architecture.md', () => {
  it.each(breaking)('rejects: $name', ({ path, code }) => {
    expect(check(path, code)).not.toEqual([]);
  });

  it.each(keeping)('allows: $name', ({ path, code }) => {
    expect(check(path, code)).toEqual([]);
  });

  it('names the file, the line and the specifier', () => {
    const files = new Map(
      Object.entries({
        ...layout,
        'src/ui/x.ts':
          "import type { A } from '../sim/index.ts';\n\nimport { B } from '../sim/index.ts';\n",
      }),
    );
    expect(checkImports(files)).toEqual([
      expect.objectContaining({ file: 'src/ui/x.ts', line: 3, specifier: '../sim/index.ts' }),
    ]);
  });

  it('reads multi-line imports, re-exports and type-only forms', () => {
    const source = [
      'import type {',
      '  A,',
      '  B,',
      "} from './a.ts';",
      "import {\n  c,\n  type D,\n} from './c.ts';",
      "export type { E } from './e.ts';",
      "export * from './f.ts';",
      "export const g = 1; const s = 'from';",
      "type H = typeof import('./h.ts');",
    ].join('\n');
    expect(importsOf(source).map((r) => [r.specifier, r.typeOnly, r.line])).toEqual([
      ['./a.ts', true, 1],
      ['./c.ts', false, 5],
      ['./e.ts', true, 9],
      ['./f.ts', false, 10],
      ['./h.ts', true, 12],
    ]);
  });

  it('every room but the entry files has a row, and each row names its reason', () => {
    for (const [room, rule] of Object.entries(RULES)) {
      expect(rule.why, room).not.toBe('');
      expect(rule.rooms, room).not.toHaveProperty(room);
    }
  });
});

describe('src/ follows the table', () => {
  it('no import in src/ breaks a rule', () => {
    const found = checkRepository(root).map(
      (v) => `${v.file}:${v.line} ${v.specifier}: ${v.message}`,
    );
    expect(found).toEqual([]);
  });

  it('each known breach is still needed (the list only shrinks)', () => {
    const { files, exists } = readRepository(root);
    const all = checkImports(files, exists);
    for (const breach of KNOWN_BREACHES) {
      expect(
        all.some((v) => v.file === breach.file && v.specifier === breach.specifier),
        `${breach.file} no longer breaks the table: delete its entry in KNOWN_BREACHES`,
      ).toBe(true);
    }
  });

  it('`npm run lint` runs Biome and then the table', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.lint).toBe('biome check . && tsx lint/import-rules.ts');
  });

  it('the command exits non-zero and names the file on a breach', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vt-imports-'));
    try {
      mkdirSync(join(dir, 'src', 'ui'), { recursive: true });
      mkdirSync(join(dir, 'src', 'sim'), { recursive: true });
      writeFileSync(join(dir, 'src', 'sim', 'index.ts'), 'export const LEVELS = [];\n');
      writeFileSync(
        join(dir, 'src', 'ui', 'probe.ts'),
        "import { LEVELS } from '../sim/index.ts';\nexport const l = LEVELS;\n",
      );
      const run = spawnSync(
        process.execPath,
        [tsxCli, join(root, 'lint', 'import-rules.ts'), dir],
        {
          encoding: 'utf8',
        },
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('src/ui/probe.ts:1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Biome's share: one setting each in biome.json, proven by probe files linted with the real config.
const RESTRICTED_GLOBAL = 'lint/style/noRestrictedGlobals';
const PLUGIN = 'plugin';

interface Probe {
  readonly name: string;
  readonly path: string;
  readonly code: string;
  /** The diagnostic category expected, or null when the file must lint clean. */
  readonly expected: string | null;
}

const violations: Probe[] = [
  {
    name: '`document` in sim',
    path: 'src/sim/probe-document.ts',
    code: 'export const body = document.body;\n',
    expected: RESTRICTED_GLOBAL,
  },
  {
    name: '`Date` in a sim subfolder',
    path: 'src/sim/week/probe-date.ts',
    code: 'export const now = Date.now();\n',
    expected: RESTRICTED_GLOBAL,
  },
  {
    name: '`Math.random` in sim',
    path: 'src/sim/probe-random.ts',
    code: 'export const roll = Math.random();\n',
    expected: PLUGIN,
  },
  {
    name: 'barrel file outside sim/index.ts',
    path: 'src/ui/index.ts',
    code: "export * from './panel';\n",
    expected: 'lint/performance/noBarrelFile',
  },
  {
    name: 'import cycle',
    path: 'src/state/probe-cycle-a.ts',
    code: "import { b } from './probe-cycle-b';\nexport const a = (): number => b() + 1;\n",
    expected: 'lint/suspicious/noImportCycles',
  },
  {
    name: 'a type imported as a value',
    path: 'src/ui/probe-type.ts',
    code: "import { Rng } from '../sim/rng';\nexport type R = Rng;\n",
    expected: 'lint/style/useImportType',
  },
];

const allowed: Probe[] = [
  {
    name: 'the one public barrel, src/sim/index.ts',
    path: 'src/sim/index.ts',
    code: "export { rng } from './rng';\n",
    expected: null,
  },
  {
    name: 'sim using its PRNG and plain numbers',
    path: 'src/sim/week/ok.ts',
    code: "import { rng } from '../rng';\nexport const ok = rng + 1;\n",
    expected: null,
  },
];

// Modules the probes import, so that only the rule under test can fire.
const support: Record<string, string> = {
  'src/sim/rng.ts': 'export const rng = 1;\nexport type Rng = number;\n',
  'src/state/probe-cycle-b.ts':
    "import { a } from './probe-cycle-a';\nexport const b = (): number => a() - 1;\n",
  'src/ui/panel.ts': 'export const panel = 1;\n',
};

interface Diagnostic {
  category: string;
  message: string;
  location: { path: string | null };
}

let workDir = '';
let diagnostics: Diagnostic[] = [];

function categoriesFor(path: string): string[] {
  return diagnostics.filter((d) => d.location.path === path).map((d) => d.category);
}

// Biome prints no lint diagnostics in --stdin-file-path mode (by design), so the probes are
// written into a temporary copy of the layout, next to a copy of the real config, and linted there
// with one Biome run; the work tree is never touched.
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'vt-lint-'));
  cpSync(join(root, 'biome.json'), join(workDir, 'biome.json'));
  cpSync(join(root, 'lint'), join(workDir, 'lint'), { recursive: true });
  const files = { ...support };
  for (const probe of [...violations, ...allowed]) {
    files[probe.path] = probe.code;
  }
  for (const [path, code] of Object.entries(files)) {
    mkdirSync(dirname(join(workDir, path)), { recursive: true });
    writeFileSync(join(workDir, path), code);
  }
  // `lint`, not `check`: the probes are not meant to be formatted.
  const run = spawnSync(
    process.execPath,
    [biomeBin, 'lint', '--reporter=json', '--max-diagnostics=none', 'src'],
    { cwd: workDir, encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(1);
  diagnostics = (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
});

afterAll(() => {
  if (workDir) {
    rmSync(workDir, { recursive: true, force: true });
  }
});

describe('biome.json enforces the rest of architecture.md', () => {
  it.each(violations)('rejects: $name', ({ path, expected }) => {
    expect(categoriesFor(path)).toContain(expected);
  });

  it.each(allowed)('allows: $name', ({ path }) => {
    expect(categoriesFor(path)).toEqual([]);
  });

  it('fails `biome lint` with a non-zero exit and names the rule', () => {
    // The same check as `npm run lint`, on one probe, through Biome's ordinary output.
    const probe = 'src/sim/probe-document.ts';
    let output = '';
    let status = 0;
    try {
      execFileSync(process.execPath, [biomeBin, 'lint', probe], { cwd: workDir, stdio: 'pipe' });
    } catch (error) {
      const failed = error as { status: number; stdout: Buffer; stderr: Buffer };
      status = failed.status;
      output = `${failed.stdout}${failed.stderr}`;
    }
    expect(status).not.toBe(0);
    expect(output).toContain('noRestrictedGlobals');
  });
});

describe('src/sim has no hidden clock or randomness', () => {
  const forbidden = /Math\.random|Date\.now|new Date\b|performance\.now/;
  const simDir = join(root, 'src', 'sim');

  function withoutComments(source: string): string {
    // Block comments become their newlines, so line numbers stay true.
    return source
      .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
      .replace(/(^|[^:])\/\/.*$/gm, '$1');
  }

  it('no source file in src/sim mentions Math.random, Date.now, new Date or performance.now', () => {
    let entries: string[] = [];
    try {
      entries = readdirSync(simDir, { recursive: true, encoding: 'utf8' });
    } catch {
      entries = [];
    }
    const hits = entries
      .filter((entry) => /\.(ts|tsx|mts|js|mjs)$/.test(entry))
      .flatMap((entry) =>
        withoutComments(readFileSync(join(simDir, entry), 'utf8'))
          .split('\n')
          .flatMap((line, index) =>
            forbidden.test(line)
              ? [
                  `${relative(root, join(simDir, entry)).split(sep).join('/')}:${index + 1}: ${line.trim()}`,
                ]
              : [],
          ),
      );
    expect(hits).toEqual([]);
  });
});
