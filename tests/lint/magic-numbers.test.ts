/**
 * No unnamed tunable numbers in the model: every number that shapes the simulation lives in
 * `src/sim/params.ts` (the parameter table, with unit, sources and a reason) or in
 * `src/sim/limits.ts` (hard bounds on input and on float dust). Biome 2's `noMagicNumbers`
 * cannot hold this line: it ignores a number that initialises a variable or an object
 * property, so `const x = 0.37` would pass. This test scans the source text instead.
 *
 * The allow-list, and why each is structural rather than tunable:
 * - 0, 1, -1: identities, clamps to [0, 1], complements (1 - share), counters and indexes.
 * - 2: halving and doubling (log2, "twice the base").
 * - 100, 1000, 1e6: unit conversions (percent, lines per KLOC, tokens per million).
 * - `rng.ts` is exempt as a whole: mulberry32's mixing constants and the sampling algorithms'
 *   switch-over points belong to the algorithms, not to the model, and changing them changes
 *   every draw.
 * Comments, strings and template text are not scanned; a template's `${...}` expressions are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { magicNumbers } from './magic-numbers.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const simDir = join(root, 'src', 'sim');

const EXEMPT_FILES = new Set(['params.ts', 'limits.ts', 'rng.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return d.name.endsWith('.ts') && !EXEMPT_FILES.has(d.name) ? [path] : [];
  });
}

describe('numbers in src/sim', () => {
  it('live in params.ts or limits.ts, never unnamed in the model code', () => {
    const offenders = sourceFiles(simDir).flatMap((file) =>
      magicNumbers(readFileSync(file, 'utf8')).map(
        (n) => `${relative(root, file)}:${n.line}: ${n.literal}`,
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('catches a tunable slipped into step code, and passes the allowed ones', () => {
    expect(magicNumbers('const x = 0.37;\n')).toEqual([{ line: 1, literal: '0.37' }]);
    expect(magicNumbers('const y = a * 3;\n').map((n) => n.literal)).toEqual(['3']);
    expect(magicNumbers('const z = 1_500;\n').map((n) => n.literal)).toEqual(['1_500']);
    expect(
      magicNumbers("// 0.5 here is prose\nconst k = lines / 1000 + 'x 0.3' + 1 - 0 + 2 * y;\n"),
    ).toEqual([]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of a template, as a probe
    expect(magicNumbers('const t = `0.5 ${x * 0.25} ${`in ${y + 7}`}`;\n')).toEqual([
      { line: 1, literal: '0.25' },
      { line: 1, literal: '7' },
    ]);
  });
});
