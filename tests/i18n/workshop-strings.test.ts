import { describe, expect, it } from 'vitest';
import { WORKSHOP_PROMPTS } from '../../src/content/workshop-prompts.ts';
import { createI18n, resources } from '../../src/i18n';
import type { RoomProblem } from '../../src/state/workshop.ts';
import { problemText } from '../../src/ui/workshop/code-text.ts';

const LANGS = ['en', 'de', 'es', 'ja'] as const;

/** Leaf keys of a namespace, plural suffixes folded (each language has its own plural forms). */
function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null)
    return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('workshop strings', () => {
  it('has every key in every language, and no key English lacks', () => {
    const en = new Set(keys(resources.en?.workshop));
    for (const lang of LANGS) {
      expect(new Set(keys(resources[lang]?.workshop)), lang).toEqual(en);
    }
  });

  it('has every debrief prompt, and says every refusal, in every language', () => {
    const problems: RoomProblem[] = [
      { kind: 'empty' },
      { kind: 'tooLong', max: 24000 },
      { kind: 'characters', at: 3, char: '+' },
      { kind: 'truncated' },
      { kind: 'checksum' },
      { kind: 'newerVersion', version: 2 },
      { kind: 'unknownVersion', version: 0 },
      { kind: 'content', field: 'lever' },
      { kind: 'length', weeks: 20 },
    ];
    for (const lang of LANGS) {
      const i18n = createI18n(lang);
      for (const [length, prompts] of Object.entries(WORKSHOP_PROMPTS)) {
        for (const p of prompts) {
          const key = `workshop:prompts.${length}.${p.id}`;
          expect(i18n.exists(key, { lng: lang, fallbackLng: [] }), `${lang} ${key}`).toBe(true);
        }
      }
      const texts = problems.map((p) => problemText(i18n, p));
      expect(new Set(texts).size, lang).toBe(problems.length);
      for (const t of texts) expect(t, lang).not.toMatch(/{{|workshop:|problem\./);
      expect(texts[2]).toContain('+');
      expect(texts[7]).toContain(i18n.t('workshop:problem.field.lever'));
    }
  });
});
