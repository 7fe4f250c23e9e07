import { describe, expect, it } from 'vitest';
import { createI18n, createLoadedI18n } from '../../src/i18n';
import type { DynamicFinding } from '../../src/sim/index.ts';
import { evidenceValues, findingOrder, pickKey } from '../../src/ui/debrief/debrief-text.ts';
import { tk } from '../../src/ui/sources/text.ts';

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
    for (let d = 1; d <= 14; d++) {
      const evidence = evidenceValues({ count: 2, linesX: 3.4, featuresX: 1.1 });
      const text = tk(i18n, 'debrief', `dynamics.D${d}.explanation`, evidence);
      expect(text, `D${d}`).not.toBe('');
      expect(text, `D${d}`).not.toMatch(/dynamics\./);
    }
  });
});
