import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/content/languages.ts';
import { createI18n, createLoadedI18n } from '../../src/i18n';
import { DYNAMIC_IDS, type DynamicFinding } from '../../src/sim/index.ts';
import {
  findingOrder,
  findingTextValues,
  pickKey,
  strongestFinding,
  strongestLine,
} from '../../src/ui/debrief/debrief-text.ts';
import { tk } from '../../src/ui/sources/text.ts';
import { readNamespace } from '../i18n/locale-keys.ts';

const f = (id: string, strength: number, week: number): DynamicFinding =>
  ({ id, strength, week, evidence: {} }) as DynamicFinding;

describe('debrief text helpers', () => {
  it('order findings strongest first, then earliest, then by number', () => {
    const out = findingOrder([f('D2', 0.5, 3), f('D10', 0.9, 8), f('D1', 0.5, 3), f('D4', 0.5, 1)]);
    expect(out.map((x) => x.id)).toEqual(['D10', 'D4', 'D1', 'D2']);
  });

  it('pick the first key that has text, and fall back without showing a raw key', () => {
    const i18n = createI18n('en');
    expect(pickKey(i18n, 'screens', ['nope.none', 'debrief.heading'])).toBe('debrief.heading');
    expect(pickKey(i18n, 'screens', ['nope.none'])).toBeNull();
    expect(tk(i18n, 'screens', 'nope.none', {}, 'fallback')).toBe('fallback');
  });

  it('interpolate every dynamic explanation with numbers, plural forms included', async () => {
    const i18n = await createLoadedI18n('en');
    for (const id of DYNAMIC_IDS) {
      for (const leadSlower of [0, 1]) {
        const finding: DynamicFinding = {
          id,
          strength: 1,
          week: 1,
          evidence: { count: 2, linesX: 3.4, featuresX: 1.1, leadSlower },
        };
        const text = tk(i18n, 'debrief', `dynamics.${id}.explanation`, findingTextValues(finding));
        expect(text, id).not.toBe('');
        expect(text, id).not.toMatch(/dynamics\./);
      }
    }
  });

  it('tell a finding on lead time from one on features (D14)', async () => {
    const i18n = await createLoadedI18n('en');
    const text = (leadSlower: number) =>
      tk(
        i18n,
        'debrief',
        'dynamics.D14.explanation',
        findingTextValues({
          id: 'D14',
          strength: 1,
          week: 1,
          evidence: { perceivedPct: 20, leadStart: 6.5, leadEnd: 6.4, featuresX: 0.8, leadSlower },
        }),
      );
    expect(text(0)).toContain('features shipped fell to 0.8');
    expect(text(1)).toMatch(/lead time went from 6.5 days/);
  });
});

describe("the frame debrief's one sentence", () => {
  it('is about the finding the full debrief lists first', () => {
    const findings = [f('D2', 0.5, 3), f('D10', 0.9, 8), f('D1', 0.9, 2)];
    expect(strongestFinding(findings)?.id).toBe(findingOrder(findings)[0]?.id);
    expect(strongestFinding(findings)?.id).toBe('D1');
    expect(strongestFinding([])).toBeNull();
  });

  /** The `{{name}}`s a text fills in. */
  const variables = (text: string) =>
    [...text.matchAll(/{{\s*([\w.]+)/g)].map((m) => m[1] ?? '').filter((v) => v !== 'count');

  it.each(LANGUAGES)(
    '%s: each line fills in only figures its finding has (those of its explanation)',
    (language) => {
      const texts = readNamespace(language, 'debrief');
      for (const id of DYNAMIC_IDS) {
        const keys = [...texts.keys()].filter((k) => k.startsWith(`dynamics.${id}.`));
        const lines = keys.filter((k) => /\.line(_|$)/.test(k));
        const explained = new Set(
          keys
            .filter((k) => k.includes('.explanation'))
            .flatMap((k) => variables(texts.get(k) ?? '')),
        );
        expect(lines.length, `${language} ${id}`).toBeGreaterThan(0);
        for (const k of lines) {
          const text = texts.get(k) ?? '';
          // One sentence: its only full stop is its last character.
          expect(text.match(/[.!?](\s|$)|。/g)?.length, k).toBe(1);
          expect(text, k).toMatch(/[.!?。]$/);
          for (const v of variables(text)) expect(explained, `${language} ${k}: ${v}`).toContain(v);
        }
      }
    },
  );

  // Every figure any line names, each line naming only its finding's own (the test above).
  const LINE_FIGURES = Object.fromEntries(
    [...readNamespace('en', 'debrief')]
      .filter(([k]) => /\.line(_|$)/.test(k))
      .flatMap(([, text]) => variables(text).map((v) => [v, 1.5])),
  );

  it.each(LANGUAGES)(
    '%s: one sentence for every dynamic, and for a clean run',
    async (language) => {
      const i18n = await createLoadedI18n(language);
      for (const id of DYNAMIC_IDS) {
        for (const leadSlower of [0, 1]) {
          const finding: DynamicFinding = {
            id,
            strength: 1,
            week: 1,
            evidence: { ...LINE_FIGURES, count: 2, leadSlower },
          };
          const text = strongestLine(i18n, [finding]);
          expect(text, id).not.toBe('');
          expect(text, id).not.toMatch(/dynamics\.|{{|}}/);
        }
      }
      expect(strongestLine(i18n, [])).toBe(i18n.t('debrief:frame.none'));
    },
  );

  it('writes its figures in the language (Intl)', async () => {
    const finding: DynamicFinding = {
      id: 'D1',
      strength: 1,
      week: 1,
      evidence: { linesX: 3.4, featuresX: 1.1, peakLoadX: 4 },
    };
    expect(strongestLine(await createLoadedI18n('en'), [finding])).toContain('3.4×');
    expect(strongestLine(await createLoadedI18n('de'), [finding])).toContain('3,4×');
  });
});
