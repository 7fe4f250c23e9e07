/** The scanner behind magic-numbers.test.ts (the allow-list is explained there). */
import { codeOnly } from '../code-only.ts';

/** 0, 1 (and -1, as 1 behind a minus), 2, and the unit conversions 100, 1000 and 1e6. */
const ALLOWED = new Set([0, 1, 2, 100, 1000, 1e6]);

/** Every numeric literal in the code that the allow-list does not cover. */
export function magicNumbers(text: string): Array<{ line: number; literal: string }> {
  const found: Array<{ line: number; literal: string }> = [];
  const lines = codeOnly(text).split('\n');
  const literal = /(?<![\w$.])(\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)(?![\w$])/gi;
  lines.forEach((code, index) => {
    for (const m of code.matchAll(literal)) {
      const value = Number((m[1] ?? '').replaceAll('_', ''));
      if (!ALLOWED.has(value)) found.push({ line: index + 1, literal: m[1] ?? '' });
    }
  });
  return found;
}
