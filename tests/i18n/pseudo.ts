// A pseudo-locale made from English, for tests only (it never ships): every letter accented,
// vowels doubled so words grow by about 40% (as German's do), each text in [brackets], and
// `{{variables}}` and `$t(nesting)` left alone so i18next still fills them in.
import type { Resource, ResourceLanguage } from 'i18next';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'å',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  w: 'ŵ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  F: 'Ƒ',
  H: 'Ĥ',
  K: 'Ķ',
  M: 'Ṁ',
  P: 'Þ',
  R: 'Ŕ',
  W: 'Ŵ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  G: 'Ĝ',
  I: 'Î',
  L: 'Ļ',
  N: 'Ñ',
  O: 'Ö',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  Y: 'Ý',
  Z: 'Ž',
};
const VOWELS = /[aeiouyAEIOUY]/;
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

function pseudoText(text: string): string {
  // Single characters are keys (a shortcut letter), not words.
  if ([...text].length <= 1) return text;
  const body = text
    .split(KEEP)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = '';
      for (const ch of part) {
        const accented = ACCENTED[ch] ?? ch;
        out += VOWELS.test(ch) ? accented + accented : accented;
      }
      return out;
    })
    .join('');
  return `[${body}]`;
}

function pseudoValue(value: unknown): unknown {
  if (typeof value === 'string') return pseudoText(value);
  if (Array.isArray(value)) return value.map(pseudoValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoValue(v)]));
  }
  return value;
}

/** The pseudo version of a language's namespaces. */
export function pseudoLanguage(language: ResourceLanguage): ResourceLanguage {
  return pseudoValue(language) as ResourceLanguage;
}

/** Resources that replace English with its pseudo version (the game thinks it speaks English). */
export function pseudoResources(english: ResourceLanguage): Resource {
  return { en: pseudoLanguage(english) };
}

export { pseudoText };
