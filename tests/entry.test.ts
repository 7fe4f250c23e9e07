import { describe, expect, it } from 'vitest';
import { routeOf } from '../src/entry.ts';

describe('the entry route', () => {
  it('sends ?widget=queue to the widget and ?view=embed-builder to the builder', () => {
    expect(routeOf('?widget=queue').view).toBe('widget');
    expect(routeOf('?view=embed-builder&lang=ja').view).toBe('embed-builder');
    expect(routeOf('?view=embed-builder&lang=ja').lang).toBe('ja');
  });

  it('sends everything else to the game', () => {
    for (const search of [
      '',
      '?widget=other',
      '?view=nope',
      '?widget=',
      '?%zz',
      '?view=__proto__',
    ]) {
      expect(routeOf(search).view).toBe('game');
    }
  });

  it('reads whole numbers only for the seed and the length', () => {
    expect(routeOf('?widget=queue&seed=42&weeks=12')).toMatchObject({ seed: 42, weeks: 12 });
    for (const bad of ['-1', '1.5', '1e3', 'NaN', '', '12345678901']) {
      expect(routeOf(`?seed=${bad}&weeks=${bad}`)).toMatchObject({
        seed: undefined,
        weeks: undefined,
      });
    }
  });
});
