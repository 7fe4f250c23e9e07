// `npm run font:subset`: cuts Noto Sans JP (Regular, SIL Open Font License 1.1, from the
// @expo-google-fonts/noto-sans-jp package) down to the characters the game shows in Japanese,
// writes it as WOFF2 to assets/fonts/ beside its licence, and prints its size. Run it again
// after any change to src/i18n/locales/ja/*.json (a test fails until you do).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import subsetFont from 'subset-font';
import { FONT_DIR, japaneseCodePoints, SUBSET_FONT } from './font-chars.ts';

const require = createRequire(import.meta.url);
const packageDir = join(require.resolve('@expo-google-fonts/noto-sans-jp/package.json'), '..');
const source = join(packageDir, '400Regular', 'NotoSansJP_400Regular.ttf');

const points = japaneseCodePoints();
const text = String.fromCodePoint(...points);
const woff2 = await subsetFont(readFileSync(source), text, {
  targetFormat: 'woff2',
  // Horizontal text only: leave out the alternate glyphs (vertical, old forms) layout features reach.
  noLayoutClosure: true,
  noHinting: true,
});
mkdirSync(FONT_DIR, { recursive: true });
writeFileSync(SUBSET_FONT, woff2);
copyFileSync(join(packageDir, 'LICENSE_FONT'), join(FONT_DIR, 'OFL.txt'));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `${SUBSET_FONT.slice(FONT_DIR.length - 'assets/fonts'.length)}: ${points.length} characters, ` +
    `${kb(woff2.length)} woff2 (${kb(gzipSync(woff2).length)} gzipped; the full font is ` +
    `${kb(readFileSync(source).length)})`,
);
