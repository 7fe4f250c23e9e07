// What the size budgets count and what the offline worker precaches, on a small site on disk.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../scripts/offline-plugin.ts';
import {
  isCode,
  isOtherLanguageText,
  loadedFiles,
  type Manifest,
  pageRequests,
  siteFiles,
} from '../../scripts/site-size.ts';

const TEMPLATE = [
  '// worker',
  "const PRECACHE = { version: 'dev', files: [] }; // filled at build time",
  'self.addEventListener("fetch", () => {});',
].join('\n');

let dir: string;
const put = (file: string, text: string) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vt-site-'));
  put(
    'index.html',
    '<link rel="icon" href="./favicon.svg"><script type="module" crossorigin src="./assets/index-AAAAAAAA.js"></script>' +
      '<link rel="modulepreload" href="./assets/shared-BBBBBBBB.js"><link rel="stylesheet" href="./assets/index-CCCCCCCC.css">' +
      '<script src="https://elsewhere.example/x.js"></script>',
  );
  put('favicon.svg', '<svg/>');
  put('assets/index-AAAAAAAA.js', 'import "./shared-BBBBBBBB.js"; import("./office-DDDDDDDD.js");');
  put('assets/shared-BBBBBBBB.js', 'export const a = 1;');
  put('assets/index-CCCCCCCC.css', 'body{}');
  put('assets/office-DDDDDDDD.js', 'import "./phaser-EEEEEEEE.js";');
  put('assets/phaser-EEEEEEEE.js', 'export const p = 1;');
  put('assets/font-FFFFFFFF.woff2', 'font');
  put('.vite/manifest.json', '{}');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-AAAAAAAA.js',
    imports: ['_shared-BBBBBBBB.js'],
    dynamicImports: ['src/scenes/office.ts'],
    css: ['assets/index-CCCCCCCC.css'],
  },
  '_shared-BBBBBBBB.js': { file: 'assets/shared-BBBBBBBB.js' },
  'src/scenes/office.ts': { file: 'assets/office-DDDDDDDD.js', imports: ['_phaser-EEEEEEEE.js'] },
  '_phaser-EEEEEEEE.js': { file: 'assets/phaser-EEEEEEEE.js' },
};

describe('what a page loads before the first interaction', () => {
  it("reads the page's scripts, preloads, stylesheets and icons, never another origin's", () => {
    expect(pageRequests(readFileSync(join(dir, 'index.html'), 'utf8'), 'index.html')).toEqual([
      'favicon.svg',
      'assets/index-AAAAAAAA.js',
      'assets/shared-BBBBBBBB.js',
      'assets/index-CCCCCCCC.css',
    ]);
  });

  it('follows static imports but not dynamic ones', () => {
    expect(loadedFiles(dir, manifest, 'index.html')).toEqual([
      'assets/index-AAAAAAAA.js',
      'assets/index-CCCCCCCC.css',
      'assets/shared-BBBBBBBB.js',
      'favicon.svg',
      'index.html',
    ]);
  });

  it('adds a dynamic import started at once, with its own static imports', () => {
    const files = loadedFiles(dir, manifest, 'index.html', ['src/scenes/office.ts']);
    expect(files).toContain('assets/office-DDDDDDDD.js');
    expect(files).toContain('assets/phaser-EEEEEEEE.js');
    expect(() => loadedFiles(dir, manifest, 'index.html', ['src/nowhere.ts'])).toThrow(/nowhere/);
  });

  it('splits the site into code and fonts/art, leaving out the build manifest', () => {
    const files = siteFiles(dir);
    expect(files).not.toContain('.vite/manifest.json');
    expect(files.filter((f) => !isCode(f))).toEqual(['assets/font-FFFFFFFF.woff2', 'favicon.svg']);
  });

  it("counts other languages' text apart from the code, English staying with the code", () => {
    expect(isOtherLanguageText('assets/locale-de-C3ohxPso.js')).toBe(true);
    expect(isOtherLanguageText('assets/locale-ja-Cqe2HN_-.js')).toBe(true);
    expect(isOtherLanguageText('assets/locale-en-vTuxnXcA.js')).toBe(false);
    expect(isOtherLanguageText('assets/main-8tL8Imvq.js')).toBe(false);
    expect(isOtherLanguageText('assets/locale-de.css')).toBe(false);
  });
});

describe('the offline worker', () => {
  it('precaches every file but itself and the build manifest', () => {
    const { files } = writeServiceWorker(dir, TEMPLATE);
    expect(files).toEqual(siteFiles(dir).filter((f) => f !== 'sw.js'));
    expect(files).toContain('index.html');
    expect(files).toContain('assets/phaser-EEEEEEEE.js');
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(sw).toContain('"assets/office-DDDDDDDD.js"');
    expect(sw).not.toContain("version: 'dev'");
  });

  it('gets a new version when any file changes, and only then', () => {
    const first = writeServiceWorker(dir, TEMPLATE).version;
    expect(writeServiceWorker(dir, TEMPLATE).version).toBe(first);
    put('index.html', '<p>new</p>');
    expect(writeServiceWorker(dir, TEMPLATE).version).not.toBe(first);
  });

  it('refuses a template that lost its placeholder', () => {
    expect(() => writeServiceWorker(dir, '// nothing here')).toThrow(/placeholder|lost its line/);
  });
});
