// Size budgets (budgets.json) on the build the browser tests made: what the title screen loads
// before the first interaction, the widget, and the whole site, code and fonts/art apart; and the
// issue's goal that the whole game, Phaser included, weighs no more than a bare Phaser 4 page
// that imports Phaser whole (built here, so it follows the Phaser version in package.json).
// A broken budget fails with its name, its figures and the largest files it counted.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildBarePhaser } from '../../bench/web/bare-phaser/build.ts';
import { isSourceMap, listFiles } from '../../scripts/offline-plugin.ts';
import {
  isCode,
  isOtherLanguageText,
  loadedFiles,
  type Manifest,
  type SizedFile,
  siteFiles,
  sized,
} from '../../scripts/site-size.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Budget {
  readonly name: string;
  /** A page and what it loads before the first interaction. */
  readonly loads?: { page: string; alsoLoads?: string[]; mustNotLoad?: string[] };
  /**
   * Every file of the site that is code (English text included), the text of the other
   * languages (one chunk each, fetched only by a player who picks one), or the fonts and art.
   */
  readonly files?: 'code' | 'other-languages' | 'fonts-and-art';
  /** Null while the thing measured does not exist yet: reported, not checked. */
  readonly gzipBytes: number | null;
  readonly why: string;
}

const budgets = (
  JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8')) as { budgets: Budget[] }
).budgets;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
/** Chunk name without its content hash: assets/phaser-BLltJ8nX.js -> phaser. */
const chunkName = (file: string) => file.replace(/^.*\//, '').replace(/-[\w-]{8}\.\w+$/, '');

function largest(files: readonly SizedFile[], count = 8): string {
  return files
    .slice(0, count)
    .map((f) => `  ${kb(f.gzipBytes).padStart(9)}  ${f.file}`)
    .join('\n');
}

let siteDir: string;
let manifest: Manifest;

beforeAll(() => {
  siteDir = inject('siteDir');
  manifest = JSON.parse(readFileSync(join(siteDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
});

function filesOf(budget: Budget): string[] {
  if (budget.loads) {
    return loadedFiles(siteDir, manifest, budget.loads.page, budget.loads.alsoLoads ?? []);
  }
  const all = siteFiles(siteDir);
  if (budget.files === 'other-languages') return all.filter(isOtherLanguageText);
  if (budget.files === 'code') return all.filter((f) => isCode(f) && !isOtherLanguageText(f));
  return all.filter((f) => !isCode(f));
}

describe('size budgets', () => {
  it('lists budgets with a reason each', () => {
    expect(budgets.length).toBeGreaterThan(0);
    for (const budget of budgets) {
      expect(budget.why.length, budget.name).toBeGreaterThan(20);
      expect(Boolean(budget.loads) !== Boolean(budget.files), budget.name).toBe(true);
    }
  });

  it.each(budgets.map((b) => [b.name, b] as const))('%s', (name, budget) => {
    const limit = budget.gzipBytes;
    if (limit === null) {
      console.info(`budget ${name}: not set yet (${budget.why})`);
      return;
    }
    const { total, files } = sized(siteDir, filesOf(budget));
    console.info(`budget ${name}: ${kb(total)} gzip in ${files.length} files, of ${kb(limit)}`);
    for (const banned of budget.loads?.mustNotLoad ?? []) {
      const found = files.filter((f) => chunkName(f.file) === banned).map((f) => f.file);
      expect(
        found,
        `budget "${name}": ${banned} must not load before the first interaction`,
      ).toEqual([]);
    }
    expect(
      total,
      `budget "${name}" broken: ${total} B gzip > ${limit} B (over by ${total - limit} B). ` +
        `Largest files it counts:\n${largest(files)}\n(budgets.json says why the budget is what it is.)`,
    ).toBeLessThanOrEqual(limit);
  });
});

describe('source maps', () => {
  // Shipped for the browser's developer tools (and Lighthouse, which asks for them on large
  // chunks), fetched by nothing else: the budgets count the JavaScript, never its maps.
  it("sit beside every chunk of the game's own code, named by it, and no budget counts them", () => {
    // Not Rolldown's runtime helpers: generated code, with no source to map back to.
    const chunks = listFiles(siteDir).filter(
      (f) => /^assets\/.+\.js$/.test(f) && !f.startsWith('assets/rolldown-runtime-'),
    );
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) {
      expect(existsSync(join(siteDir, `${chunk}.map`)), `${chunk}.map`).toBe(true);
      const tail = readFileSync(join(siteDir, chunk), 'utf8').slice(-200);
      expect(tail, chunk).toMatch(/\/\/# sourceMappingURL=[\w.-]+\.js\.map\s*$/);
    }
    for (const budget of budgets)
      expect(filesOf(budget).filter(isSourceMap), budget.name).toEqual([]);
  });
});

describe('the whole game against a bare Phaser 4 page', () => {
  const bareDir = join(root, 'test-results', `bare-phaser-${process.pid}`);

  beforeAll(async () => {
    await buildBarePhaser(bareDir);
  });

  afterAll(() => {
    rmSync(bareDir, { recursive: true, force: true });
  });

  // As a player gets it: every view, Phaser, English text; not the three other languages' text
  // (a player fetches one), nor fonts and art.
  it('weighs no more gzip, every view and Phaser included, before fonts and art', () => {
    const game = sized(
      siteDir,
      siteFiles(siteDir).filter((f) => isCode(f) && !isOtherLanguageText(f)),
    );
    const bare = sized(bareDir, siteFiles(bareDir).filter(isCode));
    console.info(
      `whole game's code ${kb(game.total)} gzip against a bare Phaser 4 page's ${kb(bare.total)} (${(game.total / bare.total).toFixed(2)})`,
    );
    expect(
      game.total,
      `the game's code (${game.total} B gzip) outweighs a bare Phaser 4 page (${bare.total} B). ` +
        `Largest files of the game:\n${largest(game.files)}`,
    ).toBeLessThanOrEqual(bare.total);
  });
});
