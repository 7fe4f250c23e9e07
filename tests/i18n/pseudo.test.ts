import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';
import run from '../../src/i18n/locales/en/run.json';
import { flatten } from './locale-keys.ts';
import { pseudoResources, pseudoText } from './pseudo.ts';

describe('the pseudo-locale', () => {
  it('accents, lengthens and brackets text, and keeps variables and nesting', () => {
    expect(pseudoText('Play week')).toBe('[Þļååýý ŵééééķ]');
    expect(pseudoText('Week {{week}} of {{weeks}}')).toBe(
      '[Ŵééééķ {{week}} öö ƒ {{weeks}}]'.replace('öö ƒ', 'ööƒ'),
    );
    expect(pseudoText('see $t(run:week.play)')).toBe('[šéééé $t(run:week.play)]');
    expect(pseudoText('n')).toBe('n');
  });

  it('makes English text about 40% longer on the whole', () => {
    const texts = [...flatten(run).values()];
    const before = texts.join('').length;
    const after = texts.map(pseudoText).join('').length;
    expect(after / before).toBeGreaterThan(1.3);
  });

  it('renders through i18next with interpolation and plurals', () => {
    const i18n = createI18n('en', pseudoResources({ run }));
    expect(i18n.t('run:week.label', { week: 3, weeks: 12 })).toBe('[Ŵééééķ 3 ööƒ 12]');
    expect(i18n.t('run:week.summaryIncidents', { count: 1, formatted: '1' })).toBe(
      '[1 îîñçîîðééñţ]',
    );
  });
});
