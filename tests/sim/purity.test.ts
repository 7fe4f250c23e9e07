// src/sim is the pure model: no DOM, no host globals, no clock, no console, and no imports from
// outside src/sim. This scans the real files and names the file and line of any breach.
//
// What is already covered elsewhere, and not repeated here:
// - tests/lint/import-rules.test.ts proves that the import table (lint/import-rules.ts) and
//   biome.json's rules for src/sim fire (imports, restricted globals, the Math.random plugin),
//   and scans src/sim for Math.random, Date.now, new Date and performance.now. `npm run lint`
//   applies those rules to the real files.
// This file adds what no test runs on the real files: any use of `Date` or `performance` (not
// only the call forms above), `document`, `window`, `globalThis`, `process`, `console` (which
// biome.json does not deny), and every import and re-export, which must stay inside src/sim.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeOnly } from '../code-only.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const simDir = join(root, 'src', 'sim');

const FORBIDDEN_GLOBALS = [
  'Date',
  'performance',
  'document',
  'window',
  'globalThis',
  'process',
  'console',
] as const;
const NAMED_PACKAGES = ['phaser', 'zustand', 'i18next'] as const;

/** Blanks comments only: import specifiers are strings, and must stay readable. */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:])\/\/.*$/gm, (_m, before: string) => before);
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every breach of purity in one source file, as `file:line: what`. */
function breaches(file: string, source: string): string[] {
  const out: string[] = [];
  const code = codeOnly(source);
  // A bare use of the name: not a property (`x.console`), not part of a longer name.
  const globals = new RegExp(`(?<![\\w$.])(${FORBIDDEN_GLOBALS.join('|')})(?![\\w$])`, 'g');
  for (const m of code.matchAll(globals)) {
    out.push(`${file}:${lineOf(code, m.index)}: uses \`${m[1]}\``);
  }

  const imports = withoutComments(source);
  const specifiers = [
    /\b(?:import|export)\s[^;]*?\bfrom\s*(['"])([^'"]+)\1/g,
    /\bimport\s*(['"])([^'"]+)\1/g,
  ];
  for (const re of specifiers) {
    for (const m of imports.matchAll(re)) {
      const spec = m[2] as string;
      const at = `${file}:${lineOf(imports, m.index)}`;
      const named = NAMED_PACKAGES.find((p) => spec === p || spec.startsWith(`${p}/`));
      if (named) {
        out.push(`${at}: imports ${named} ('${spec}')`);
      } else if (!spec.startsWith('./') && !spec.startsWith('../')) {
        out.push(`${at}: imports '${spec}', which is not a file in src/sim`);
      } else {
        const target = resolve(dirname(join(root, file)), spec);
        const inside = relative(simDir, target);
        if (inside.startsWith('..') || isAbsolute(inside)) {
          out.push(`${at}: imports '${spec}', which leaves src/sim`);
        }
      }
    }
  }
  for (const m of code.matchAll(/(?<![\w$.])(?:import|require)\s*\(/g)) {
    out.push(`${file}:${lineOf(code, m.index)}: loads a module at run time`);
  }
  return out;
}

function simFiles(): string[] {
  return readdirSync(simDir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry))
    .map((entry) => relative(root, join(simDir, entry)).split(sep).join('/'))
    .sort();
}

describe('src/sim is pure', () => {
  it('has the model files to scan', () => {
    const files = simFiles();
    expect(files).toContain('src/sim/step.ts');
    expect(files).toContain('src/sim/index.ts');
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it('no file uses a host global, the clock or the console, or imports from outside src/sim', () => {
    const found = simFiles().flatMap((file) =>
      breaches(file, readFileSync(join(root, file), 'utf8')),
    );
    expect(found).toEqual([]);
  });
});

describe('the purity scanner', () => {
  const file = 'src/sim/probe.ts';

  it.each([
    ['the clock', 'const t = Date.UTC(2026, 0, 1);', 'uses `Date`'],
    ['a timer', 'const t0 = performance.now();', 'uses `performance`'],
    ['the DOM', 'const el = document.body;', 'uses `document`'],
    ['the window', 'if (typeof window !== "undefined") {}', 'uses `window`'],
    ['globalThis', 'const g = globalThis;', 'uses `globalThis`'],
    ['Node', 'const env = process.env.X;', 'uses `process`'],
    ['logging', 'console.log(1);', 'uses `console`'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of a template, as a probe
    ['a global inside a template expression', 'const s = `${console.log(1)}`;', 'uses `console`'],
    ['Phaser', "import Phaser from 'phaser';", 'imports phaser'],
    ['zustand', "import { createStore } from 'zustand/vanilla';", 'imports zustand'],
    ['i18next', "import type { i18n } from 'i18next';", 'imports i18next'],
    ['a Node built-in', "import { readFileSync } from 'node:fs';", "'node:fs'"],
    ['a relative path out', "import { store } from '../state/store.ts';", 'leaves src/sim'],
    ['a re-export from outside', "export { CARDS } from '../content/cards.ts';", 'leaves src/sim'],
    ['a sneaky way out', "import { x } from './sub/../../ui/panel.ts';", 'leaves src/sim'],
    ['a multi-line import', "import {\n  a,\n  b,\n} from '../ui/panel.ts';", 'leaves src/sim'],
    ['a side-effect import', "import '../main.ts';", 'leaves src/sim'],
    ['a dynamic import', "const m = await import('./rng.ts');", 'at run time'],
  ])('catches %s', (_name, code, message) => {
    const found = breaches(file, `// probe\n${code}\n`);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toContain(message);
    expect(found[0]).toMatch(/^src\/sim\/probe\.ts:2: /);
  });

  it.each([
    ['a word in a comment', '// the Date the console shows\nconst a = 1;'],
    ['a word in a block comment', '/* document, window, process */\nconst a = 1;'],
    ['a word in a string', "const msg = 'no console, no Date';"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of a template, as a probe
    ['a word in template text', 'const msg = `process ${1 + 1} window`;'],
    ['a property of the same name', 'const p = st.process + state.console + x.Date;'],
    ['a longer name', 'const updated = 1; const consoleish = 2; const DateLike = 3;'],
    ['an import inside src/sim', "import { V } from './params.ts';\nexport * from './types.ts';"],
    ['an import from a sim subfolder', "import { step } from './model/step.ts';"],
  ])('leaves alone %s', (_name, code) => {
    expect(breaches(file, code)).toEqual([]);
  });
});
