// The characters the game shows in Japanese: every character of the ja locale files, printable
// ASCII (numbers, ids, the few Latin words), and what Intl writes for numbers, money, percentages
// and dates in Japanese (万, 億, 年, ...). `npm run font:subset` keeps exactly these in the font,
// and a test fails when a Japanese string uses one the shipped font lacks.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const JA_LOCALES = join(ROOT, 'src', 'i18n', 'locales', 'ja');
export const FONT_DIR = join(ROOT, 'assets', 'fonts');
export const SUBSET_FONT = join(FONT_DIR, 'noto-sans-jp-subset.woff2');
export const SUBSET_COMMAND = 'npm run font:subset';

function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (typeof node === 'object' && node !== null) {
    for (const v of Object.values(node)) strings(v, out);
  }
  return out;
}

/** Every string value of the ja locale files. */
export function japaneseStrings(): string[] {
  const files = readdirSync(JA_LOCALES).filter((f) => f.endsWith('.json'));
  return files.flatMap((f) => strings(JSON.parse(readFileSync(join(JA_LOCALES, f), 'utf8'))));
}

/** What Intl writes in Japanese for the kinds of numbers and dates the game formats. */
export function japaneseIntlText(): string[] {
  const samples = [-0.5, 0, 0.07, 1, 12.5, 999, 1_234, 12_345, 1_234_567, 123_456_789, 1.2e12];
  const formats: Intl.NumberFormatOptions[] = [
    {},
    { style: 'percent' },
    { style: 'currency', currency: 'USD' },
    { style: 'currency', currency: 'USD', notation: 'compact' },
    { notation: 'compact' },
    { notation: 'compact', compactDisplay: 'long' },
    { maximumSignificantDigits: 2 },
    { signDisplay: 'always' },
  ];
  const out = formats.flatMap((o) => samples.map((n) => new Intl.NumberFormat('ja', o).format(n)));
  const day = new Date(Date.UTC(2026, 10, 23));
  for (const dateStyle of ['full', 'long', 'medium', 'short'] as const) {
    out.push(new Intl.DateTimeFormat('ja', { dateStyle, timeZone: 'UTC' }).format(day));
  }
  return out;
}

const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)).join(
  '',
);

/** The code points the Japanese font must cover, sorted; whitespace and controls left out. */
export function japaneseCodePoints(): number[] {
  const text = [ASCII, ...japaneseStrings(), ...japaneseIntlText()].join('');
  const points = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    // Spaces and joiners draw nothing; every font has a space.
    if (/[\p{White_Space}\p{Cc}\p{Cf}]/u.test(ch)) continue;
    points.add(cp);
  }
  return [...points].sort((a, b) => a - b);
}
