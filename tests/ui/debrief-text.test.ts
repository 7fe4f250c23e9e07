import { describe, expect, it } from 'vitest';
import { createI18n, createLoadedI18n } from '../../src/i18n';
import { DYNAMIC_IDS, type DynamicFinding } from '../../src/sim/index.ts';
import { findingOrder, findingTextValues, pickKey } from '../../src/ui/debrief/debrief-text.ts';
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
