import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/content/scenarios.ts';
import {
  fullGameHref,
  PARAM_NAMES,
  PARAM_SCHEMA,
  type ParamName,
  parseOrigin,
  parseUrlParams,
  type UrlParams,
} from '../../src/platform/url-params.ts';

const defaults = Object.fromEntries(PARAM_NAMES.map((n) => [n, PARAM_SCHEMA[n].default]));

/** True when every value is its default or one the schema allows. */
function withinSchema(values: UrlParams): boolean {
  return PARAM_NAMES.every((name) => {
    const v = values[name];
    if (v === PARAM_SCHEMA[name].default) return true;
    return PARAM_SCHEMA[name].parse(String(v)) === v;
  });
}

describe('URL parameters', () => {
  it('gives every default, and no notice, for an empty query', () => {
    const p = parseUrlParams('');
    expect(p.values).toEqual(defaults);
    expect(p.rejected).toEqual([]);
    expect(p.given).toEqual([]);
  });

  it('reads every parameter a valid snippet can carry', () => {
    const p = parseUrlParams(
      '?lang=de&scenario=layoffs&seed=42&weeks=12&evidence=low&embed=1&widget=queue&autoplay=true&speed=4' +
        '&view=facilitator&code=AbC-12_x.y~z&origin=https://blog.example&check=1',
    );
    expect(p.values).toEqual({
      lang: 'de',
      scenario: 'layoffs',
      seed: 42,
      weeks: 12,
      evidence: 'low',
      embed: true,
      widget: 'queue',
      autoplay: true,
      speed: 4,
      view: 'facilitator',
      code: 'AbC-12_x.y~z',
      origin: 'https://blog.example',
      check: true,
    });
    expect(p.rejected).toEqual([]);
    expect([...p.given].sort()).toEqual([...PARAM_NAMES].sort());
  });

  it('knows every scenario id and run length', () => {
    for (const s of SCENARIOS)
      expect(parseUrlParams(`scenario=${s.id}`).values.scenario).toBe(s.id);
    for (const w of [12, 26, 52, 520]) expect(parseUrlParams(`weeks=${w}`).values.weeks).toBe(w);
    expect(parseUrlParams('seed=4294967295').values.seed).toBe(4294967295);
    expect(parseUrlParams('seed=0').values.seed).toBe(0);
    expect(parseUrlParams('lang=ja-JP').values.lang).toBe('ja');
    expect(parseUrlParams('embed=0').values.embed).toBe(false);
  });

  it('reads the evidence reading, and refuses any other value with a notice and central', () => {
    for (const r of ['low', 'central', 'high'] as const) {
      const p = parseUrlParams(`evidence=${r}`);
      expect(p.values.evidence).toBe(r);
      expect(p.given).toEqual(['evidence']);
    }
    expect(parseUrlParams('').values.evidence).toBe('central');
    for (const bad of ['LOW', 'cautious', 'optimistic', '', 'high ', 'mid', 'low,high']) {
      const p = parseUrlParams(`scenario=mandate&evidence=${encodeURIComponent(bad)}`);
      expect(p.values.evidence, bad).toBe('central');
      expect(p.rejected, bad).toEqual(['evidence']);
      expect(p.values.scenario).toBe('mandate');
    }
    const twice = parseUrlParams('evidence=low&evidence=high');
    expect(twice.values.evidence).toBe('central');
    expect(twice.rejected).toEqual(['evidence']);
  });

  const hostile: Array<[ParamName, string]> = [
    ['seed', ''],
    ['seed', 'NaN'],
    ['seed', '1e309'],
    ['seed', '-1'],
    ['seed', '1.5'],
    ['seed', '4294967296'],
    ['seed', ' 7'],
    ['seed', '0x10'],
    ['seed', 'Infinity'],
    ['weeks', '13'],
    ['weeks', '12.0'],
    ['weeks', '-26'],
    ['speed', '3'],
    ['speed', '0'],
    ['speed', '1e309'],
    ['scenario', '__proto__'],
    ['scenario', 'constructor'],
    ['scenario', '<script>alert(1)</script>'],
    ['scenario', 'MANDATE'],
    ['lang', 'xx'],
    ['lang', '<img src=x onerror=alert(1)>'],
    ['lang', 'en_US'],
    ['embed', 'yes'],
    ['embed', ''],
    ['autoplay', '2'],
    ['view', 'admin'],
    ['widget', 'office'],
    ['code', 'a b'],
    ['code', '"><svg onload=alert(1)>'],
    ['code', 'x'.repeat(24_001)],
    ['origin', '*'],
    ['origin', 'null'],
    ['origin', 'javascript:alert(1)'],
    ['origin', 'https://blog.example/path'],
    ['origin', 'https://user:pw@blog.example'],
    ['origin', 'https://blog.example?x=1'],
    ['origin', 'file:///etc/passwd'],
  ];

  it.each(hostile)('refuses %s=%j, falls back and names the parameter once', (name, value) => {
    const p = parseUrlParams(new URLSearchParams([[name, value]]).toString());
    expect(p.values[name]).toBe(PARAM_SCHEMA[name].default);
    expect(p.rejected).toEqual([name]);
  });

  it('refuses a 20,000-character value without looking further', () => {
    const p = parseUrlParams(`scenario=${'a'.repeat(20_000)}&seed=7`);
    expect(p.values.scenario).toBeNull();
    expect(p.values.seed).toBe(7);
    expect(p.rejected).toEqual(['scenario']);
  });

  it('survives broken % escapes and refuses what they decode to', () => {
    const p = parseUrlParams('?seed=%E0%A4%A&weeks=%&lang=%zz&speed=%32');
    expect(p.values.seed).toBeNull();
    expect(p.values.speed).toBe(2);
    expect(p.rejected).toEqual(['lang', 'seed', 'weeks']);
  });

  it('refuses a key given twice with different values, and accepts it repeated', () => {
    expect(parseUrlParams('weeks=12&weeks=26').rejected).toEqual(['weeks']);
    expect(parseUrlParams('weeks=12&weeks=26').values.weeks).toBeNull();
    expect(parseUrlParams('weeks=12&weeks=12').values.weeks).toBe(12);
  });

  it('ignores unknown parameters, __proto__ and constructor included', () => {
    const p = parseUrlParams('__proto__=1&constructor=x&hasOwnProperty=2&utm_source=blog&seed=3');
    expect(p.rejected).toEqual([]);
    expect(p.values.seed).toBe(3);
    expect(Object.getPrototypeOf(p.values)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('hands back frozen values', () => {
    const p = parseUrlParams('seed=1');
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.values)).toBe(true);
    expect(Object.isFrozen(p.rejected)).toBe(true);
  });

  it('accepts only exact origins', () => {
    expect(parseOrigin('https://blog.example')).toBe('https://blog.example');
    expect(parseOrigin('https://blog.example/')).toBe('https://blog.example');
    expect(parseOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(parseOrigin('https://Blog.Example')).toBeUndefined();
    expect(parseOrigin('https://blog.example:443')).toBeUndefined();
  });

  it('links the full game with the same parameters, minus embed', () => {
    expect(fullGameHref('https://game.example/vt/?embed=1&scenario=layoffs&lang=de#x')).toBe(
      'https://game.example/vt/?scenario=layoffs&lang=de',
    );
    expect(fullGameHref('not a url')).toBe('./');
  });

  it('never throws on any query string, and keeps every value within the schema', () => {
    const name = fc.oneof(fc.constantFrom(...PARAM_NAMES, '__proto__', 'constructor'), fc.string());
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.constantFrom('', '%', '%E0%A4%A', 'NaN', '1e309', '-1', '0.5', '__proto__', '<b>x</b>'),
      fc.integer().map(String),
      fc.double().map(String),
    );
    const raw = fc.oneof(
      fc
        .array(fc.tuple(name, value), { maxLength: 12 })
        .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&')),
      fc.string({ unit: 'binary', maxLength: 300 }),
    );
    fc.assert(
      fc.property(raw, (query) => {
        const p = parseUrlParams(query);
        expect(withinSchema(p.values)).toBe(true);
        expect(new Set(p.rejected).size).toBe(p.rejected.length);
        for (const r of p.rejected) expect(p.values[r]).toBe(PARAM_SCHEMA[r].default);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});
