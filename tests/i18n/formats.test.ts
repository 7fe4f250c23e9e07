import { describe, expect, it } from 'vitest';
import { createI18n, createLoadedI18n } from '../../src/i18n';

describe('number formats in translations', () => {
  it('writes large counts and money the way each language does', () => {
    const en = createI18n('en');
    const ja = createI18n('ja');
    const de = createI18n('de');
    const es = createI18n('es');
    const probe = (i18n: ReturnType<typeof createI18n>, fmt: string, value: number) =>
      i18n.t(`{{v, ${fmt}}}` as 'title', { v: value, defaultValue: `{{v, ${fmt}}}` });
    expect(probe(en, 'compact', 1_234_567)).toBe('1.2 million');
    expect(probe(de, 'compact', 1_234_567)).toBe('1,2 Millionen');
    expect(probe(ja, 'compact', 1_234_567)).toBe('123.5万');
    expect(probe(es, 'approx', 1_234_567)).toBe('1.200.000');
    expect(probe(en, 'moneyCompact', 456_000)).toBe('$456K');
    expect(probe(en, 'compact', Number.NaN)).toBe('NaN');
  });

  it('gives the debrief its figures unscaled, so no sentence fixes a unit of its own', async () => {
    // The debrief's text is not in the first download: load it as the debrief screen does.
    const en = await createLoadedI18n('en');
    const text = en.t('debrief:dynamics.D11.explanation', {
      count: 2,
      customers: 1_500_000,
      vulnsStart: 3,
      vulnsEnd: 9,
    });
    expect(text).toContain('1.5 million customers');
  });
});
