import { describe, expect, it } from 'vitest';
import { modelCard } from '../../src/state/selectors.ts';
import {
  formatCompact,
  formatMoney,
  formatParamValue,
  formatShare,
  unitKind,
} from '../../src/ui/sources/format.ts';
import {
  paramMatches,
  paramsBySource,
  parseQuery,
  SOURCE_ORDER,
  sourceMatches,
} from '../../src/ui/sources/usage.ts';

const card = modelCard().map(({ key, param }) => ({ key, param }));

describe('which parameters each source drives', () => {
  it('lists every source of every parameter, and counts each citation once per parameter', () => {
    const by = paramsBySource(card);
    for (const id of SOURCE_ORDER) expect(by.has(id), id).toBe(true);
    for (const { key, param } of card) {
      for (const s of param.sources) expect(by.get(s), `${key} -> ${s}`).toContain(key);
    }
    const total = [...by.values()].reduce((n, keys) => n + keys.length, 0);
    expect(total).toBe(card.reduce((n, e) => n + e.param.sources.length, 0));
  });

  it('has every source the model cites among the ones the screen lists', () => {
    const cited = new Set(card.flatMap((e) => e.param.sources));
    for (const s of cited) expect(SOURCE_ORDER as readonly string[]).toContain(s);
  });

  it('puts the review-capacity figure (F5) behind the review speed', () => {
    expect(paramsBySource(card).get('F5')).toContain('reviewLinesPerHour');
  });
});

describe('the filter', () => {
  const entry = (sources: string[]) => ({ key: 'k', param: { value: 1, unit: 'factor', sources } });

  it('matches a bare source id exactly, so F1 does not find F10', () => {
    const q = parseQuery(' f1 ');
    expect(q).toEqual({ text: 'f1', sourceId: 'F1' });
    expect(paramMatches(q, entry(['F1']), '')).toBe(true);
    expect(paramMatches(q, entry(['F10']), 'F10')).toBe(false);
    expect(sourceMatches(q, 'F1', '')).toBe(true);
    expect(sourceMatches(q, 'F11', '')).toBe(false);
  });

  it('matches free text anywhere in the text, ignoring case, and everything when empty', () => {
    expect(paramMatches(parseQuery('REVIEW'), entry([]), 'Lines a reviewer reads')).toBe(true);
    expect(paramMatches(parseQuery('breach'), entry([]), 'Lines a reviewer reads')).toBe(false);
    expect(paramMatches(parseQuery('   '), entry([]), 'anything')).toBe(true);
  });
});

describe('values by unit, through Intl', () => {
  it('shows shares as percentages and dollars as money, in the given language', () => {
    expect(unitKind('share')).toBe('share');
    expect(unitKind('dollars/week')).toBe('money');
    expect(unitKind('lines/hour')).toBe('number');
    expect(formatShare('en', 0.15)).toBe('15%');
    expect(formatParamValue('en', 60_000, 'dollars/week')).toBe('$60,000');
    expect(formatParamValue('de', 60_000, 'dollars/week')).toMatch(/60\.000/);
    expect(formatMoney('en', 4_000_000, true)).toBe('$4M');
  });

  it('writes a short figure in thousands whole where the language does not shorten it', () => {
    expect(formatCompact('en', 3787.4)).toBe('3.8K');
    expect(formatCompact('de', 3787.4)).toBe('3787');
    expect(formatCompact('ja', 3787.4)).toBe('3787');
    expect(formatCompact('de', 1_234_567)).toMatch(/^1,2\sMio\.$/);
    expect(formatCompact('en', 0.4)).toBe('0.4');
  });

  it('keeps tiny constants readable rather than rounding them to zero', () => {
    expect(formatParamValue('en', 0.0000055, 'share')).not.toBe('0%');
    expect(formatParamValue('en', 0.0012, 'share')).toBe('0.12%');
    expect(formatParamValue('en', 40_000_000, 'tokens/week')).toBe('40,000,000');
  });
});
