// The import rules of architecture.md live in biome.json. These tests prove that each rule fires
// on a violating file and stays quiet on an allowed one, so a config edit cannot silently turn a
// rule off. Biome prints no lint diagnostics in --stdin-file-path mode (by design), so the probes
// are written into a temporary copy of the layout, next to a copy of the real config, and linted
// there with one Biome run; the work tree is never touched.
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

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const biomeBin = join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');

const RESTRICTED_IMPORT = 'lint/style/noRestrictedImports';
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
    name: 'Phaser import in sim',
    path: 'src/sim/probe-phaser.ts',
    code: "import Phaser from 'phaser';\nexport const game = Phaser;\n",
    expected: RESTRICTED_IMPORT,
  },
  {
    name: 'type-only zustand import in sim',
    path: 'src/sim/probe-zustand.ts',
    code: "import type { StoreApi } from 'zustand';\nexport type Store = StoreApi<number>;\n",
    expected: RESTRICTED_IMPORT,
  },
  {
    name: 'i18next import in a sim subfolder',
    path: 'src/sim/model/probe-i18n.ts',
    code: "import i18next from 'i18next';\nexport const t = i18next.t;\n",
    expected: RESTRICTED_IMPORT,
  },
  {
    name: 'relative import leaving sim',
    path: 'src/sim/probe-leave.ts',
    code: "import { store } from '../state/store';\nexport const s = store;\n",
    expected: RESTRICTED_IMPORT,
  },
  {
    name: 'relative import leaving sim from a subfolder',
    path: 'src/sim/model/probe-leave.ts',
    code: "import { panel } from '../../ui/panel';\nexport const p = panel;\n",
    expected: RESTRICTED_IMPORT,
  },
  {
    name: '`document` in sim',
    path: 'src/sim/probe-document.ts',
    code: 'export const body = document.body;\n',
    expected: RESTRICTED_GLOBAL,
  },
  {
    name: '`Date` in sim',
    path: 'src/sim/probe-date.ts',
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
    name: 'zustand import in content',
    path: 'src/content/probe-zustand.ts',
    code: "import { createStore } from 'zustand/vanilla';\nexport const s = createStore(() => ({}));\n",
    expected: RESTRICTED_IMPORT,
  },
  {
    name: 'state import in content',
    path: 'src/content/probe-state.ts',
    code: "import { store } from '../state/store';\nexport const s = store;\n",
    expected: RESTRICTED_IMPORT,
  },
  {
    name: 'platform import in ui',
    path: 'src/ui/probe-platform.ts',
    code: "import { readParams } from '../platform/url';\nexport const r = readParams;\n",
    expected: RESTRICTED_IMPORT,
  },
  {
    name: 'cli import in a scenes subfolder',
    path: 'src/scenes/office/probe-cli.ts',
    code: "import { main } from '../../cli/sim';\nexport const m = main;\n",
    expected: RESTRICTED_IMPORT,
  },
  {
    name: 'zustand import in cli',
    path: 'src/cli/probe-zustand.ts',
    code: "import { createStore } from 'zustand/vanilla';\nexport const s = createStore(() => ({}));\n",
    expected: RESTRICTED_IMPORT,
  },
  {
    name: 'ui import in cli',
    path: 'src/cli/probe-ui.ts',
    code: "import { panel } from '../ui/panel';\nexport const p = panel;\n",
    expected: RESTRICTED_IMPORT,
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
];

const allowed: Probe[] = [
  {
    name: 'sim importing sim, at the top and from a subfolder',
    path: 'src/sim/model/ok.ts',
    code: "import { rng } from '../rng';\nimport { step } from './step';\nexport const ok = [rng, step];\n",
    expected: null,
  },
  {
    name: 'the one public barrel, src/sim/index.ts',
    path: 'src/sim/index.ts',
    code: "export { rng } from './rng';\n",
    expected: null,
  },
  {
    name: 'content importing sim types',
    path: 'src/content/ok.ts',
    code: "import type { Rng } from '../sim/rng';\nexport type Ok = Rng;\n",
    expected: null,
  },
  {
    name: 'cli importing sim, content and Node built-ins',
    path: 'src/cli/ok.ts',
    code: "import { readFileSync } from 'node:fs';\nimport { scenarios } from '../content/scenarios';\nimport { rng } from '../sim/rng';\nexport const ok = [readFileSync, scenarios, rng];\n",
    expected: null,
  },
  {
    name: 'ui importing state, i18n and sim types',
    path: 'src/ui/ok.ts',
    code: "import type { I18n } from '../i18n';\nimport type { Rng } from '../sim/rng';\nimport { store } from '../state/store';\nexport type Ok = [I18n, Rng];\nexport const s = store;\n",
    expected: null,
  },
];

// Modules the probes import, so that only the rule under test can fire.
const support: Record<string, string> = {
  'src/sim/rng.ts': 'export const rng = 1;\nexport type Rng = number;\n',
  'src/sim/model/step.ts': 'export const step = 1;\n',
  'src/content/scenarios.ts': 'export const scenarios = [];\n',
  'src/state/store.ts': 'export const store = 1;\n',
  'src/state/probe-cycle-b.ts':
    "import { a } from './probe-cycle-a';\nexport const b = (): number => a() - 1;\n",
  'src/ui/panel.ts': 'export const panel = 1;\n',
  'src/platform/url.ts': 'export const readParams = 1;\n',
  'src/cli/sim.ts': 'export const main = 1;\n',
  'src/i18n/index.ts': 'export type I18n = string;\n',
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

describe('biome.json enforces the import rules of architecture.md', () => {
  it.each(violations)('rejects: $name', ({ path, expected }) => {
    expect(categoriesFor(path)).toContain(expected);
  });

  it.each(allowed)('allows: $name', ({ path }) => {
    expect(categoriesFor(path)).toEqual([]);
  });

  it('fails `biome lint` with a non-zero exit and names the rule', () => {
    // The same check as `npm run lint`, on one probe, through Biome's ordinary output.
    const probe = 'src/sim/probe-phaser.ts';
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
    expect(output).toContain('noRestrictedImports');
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
