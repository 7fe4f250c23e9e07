// The Japanese font shipped with the game covers every character the Japanese text uses: a new
// ja string with a character the font lacks fails here until the font is cut again.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import {
  FONT_DIR,
  japaneseCodePoints,
  japaneseStrings,
  ROOT,
  SUBSET_COMMAND,
  SUBSET_FONT,
} from '../../scripts/font-chars.ts';

const font = create(readFileSync(SUBSET_FONT));

const show = (cp: number) =>
  `${String.fromCodePoint(cp)} (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`;

describe('the Japanese font', () => {
  it('covers every character of the Japanese text, ASCII and what Intl writes in Japanese', () => {
    const required = japaneseCodePoints();
    // The text really is Japanese: kana and kanji are among what the font must cover.
    expect(japaneseStrings().length).toBeGreaterThan(100);
    expect(required.some((cp) => cp >= 0x3040 && cp <= 0x30ff)).toBe(true);
    expect(required).toContain('万'.codePointAt(0));
    const missing = required.filter((cp) => !font.hasGlyphForCodePoint(cp));
    expect(
      missing.map(show),
      `assets/fonts/noto-sans-jp-subset.woff2 lacks ${missing.length} character(s) the Japanese ` +
        `text uses: ${missing.map(show).join(' ')}. Run \`${SUBSET_COMMAND}\` and commit the font.`,
    ).toEqual([]);
  });

  it('is cut to what is used, not the whole font', () => {
    // Noto Sans JP has some 17,000 characters; a subset of the game's text has well under 2,000.
    expect(font.characterSet.length).toBeLessThan(2000);
    expect(font.familyName).toMatch(/Noto Sans JP/);
  });

  it('ships with its licence, and the stylesheet loads it for Japanese only', () => {
    expect(readFileSync(join(FONT_DIR, 'OFL.txt'), 'utf8')).toMatch(/SIL Open Font License/);
    const css = readFileSync(join(ROOT, 'src', 'main.css'), 'utf8');
    expect(css).toMatch(/url\("\.\.\/assets\/fonts\/noto-sans-jp-subset\.woff2"\)/);
    expect(css).toMatch(/font-display: swap/);
    expect(css).toMatch(/:lang\(ja\)/);
    expect(existsSync(SUBSET_FONT)).toBe(true);
  });
});
