import { describe, expect, it } from 'vitest';
import { likelyView, routeOf } from '../src/entry.ts';
import { parseUrlParams } from '../src/platform/url-params.ts';

const route = (search: string) => routeOf(parseUrlParams(search));

describe('the entry route', () => {
  it('sends ?widget=queue to the widget and ?view=embed-builder to the builder', () => {
    expect(route('?widget=queue').view).toBe('widget');
    expect(route('?view=embed-builder&lang=ja').view).toBe('embed-builder');
    expect(route('?view=embed-builder&lang=ja').lang).toBe('ja');
  });

  it('sends everything else to the game', () => {
    for (const search of [
      '',
      '?widget=other',
      '?view=nope',
      '?view=facilitator',
      '?widget=',
      '?%zz',
      '?view=__proto__',
    ]) {
      expect(route(search).view).toBe('game');
    }
  });

  it('starts the widget with what the schema accepts, and nothing it refuses', () => {
    expect(route('?widget=queue&seed=42&weeks=12')).toMatchObject({ seed: 42, weeks: 12 });
    for (const bad of ['-1', '1.5', '1e3', 'NaN', '', '12345678901']) {
      const parsed = parseUrlParams(`?widget=queue&seed=${bad}&weeks=${bad}`);
      expect(routeOf(parsed)).toMatchObject({ seed: undefined, weeks: undefined });
      if (bad !== '') expect(parsed.rejected).toContain('weeks');
    }
  });

  it('guesses, before the schema is loaded, the view the schema then picks (its code is fetched early)', () => {
    for (const search of [
      '',
      '?widget=queue',
      '?widget=queue&lang=de',
      '?view=embed-builder',
      '?view=facilitator',
      '?widget=other',
      '?view=nope',
      '?%zz',
      '?embed=1&scenario=mandate&weeks=12',
      '?lang=ja',
    ]) {
      expect(likelyView(search), search).toBe(route(search).view);
    }
  });
});
