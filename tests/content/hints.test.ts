// The guided run's hints as data: each fires on the run it is written for and on no quiet one, in
// a pinned order; each sentence exists in every language; each points at something the run screen
// marks. How the store feeds them is in tests/state/hints.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HINTS, type HintId, type HintInput, nextHint } from '../../src/content/hints.ts';
import { LANGUAGES } from '../../src/content/languages.ts';
import { LEVER_NAMES, type SimEvent, type WeekMetrics } from '../../src/sim/index.ts';
import { readNamespace } from '../i18n/locale-keys.ts';

const metrics = (patch: Partial<WeekMetrics> = {}): WeekMetrics =>
  ({
    reviewLoad: 0.5,
    reviewDepth: 1,
    ownership: 0.8,
    seniorMorale: 0.7,
    perceivedVelocity: 1,
    ...patch,
  }) as WeekMetrics;

/** A run in its fourth week where nothing calls for a hint. */
const quiet = (patch: Partial<HintInput> = {}): HintInput => ({
  week: 3,
  last: metrics(),
  lastEvents: [],
  pendingCards: 0,
  ...patch,
});

const incident: SimEvent = {
  kind: 'incident',
  week: 3,
  customers: 1,
  restoreHours: 1,
  blastRadius: 1,
  origin: 'ai',
  path: 'skimmed',
  chain: [],
};
const breach: SimEvent = {
  kind: 'breach',
  week: 3,
  customers: 1,
  cost: 1,
  origin: 'ai',
  path: 'skimmed',
  chain: [],
};
const boardReview: SimEvent = {
  kind: 'boardReview',
  week: 13,
  quarter: 1,
  verdict: 'pleased',
  results: [],
};

/** For each hint, a run built for it (a record, so a new hint without one fails the typecheck). */
const BUILT_FOR: Record<HintId, HintInput> = {
  mandate: quiet({ week: 0, last: null }),
  card: quiet({ pendingCards: 1 }),
  incident: quiet({ lastEvents: [incident] }),
  breach: quiet({ lastEvents: [breach] }),
  boardReview: quiet({ week: 13, lastEvents: [boardReview] }),
  reviewQueue: quiet({ last: metrics({ reviewLoad: 1.4 }) }),
  skimming: quiet({ last: metrics({ reviewDepth: 0.6 }) }),
  ownership: quiet({ last: metrics({ ownership: 0.6 }) }),
  seniorMorale: quiet({ last: metrics({ seniorMorale: 0.4 }) }),
  vanity: quiet({ week: 4, last: metrics({ perceivedVelocity: 1.2 }) }),
  pipeline: quiet({ week: 6 }),
};

const UI_DIR = join(import.meta.dirname, '..', '..', 'src', 'ui');

/** Every TypeScript file under src/ui, as path and text. */
function uiSources(dir = UI_DIR): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return uiSources(path);
    return e.name.endsWith('.ts') ? [{ path, text: readFileSync(path, 'utf8') }] : [];
  });
}

describe('the hints', () => {
  it('keep their ids and their order (the earlier shows first when two matter)', () => {
    expect(HINTS.map((h) => h.id)).toEqual([
      'mandate',
      'card',
      'incident',
      'breach',
      'boardReview',
      'reviewQueue',
      'skimming',
      'ownership',
      'seniorMorale',
      'vanity',
      'pipeline',
    ]);
  });

  it.each(HINTS.map((h) => [h.id, h] as const))('%s fires on the run built for it', (id, h) => {
    expect(h.when(BUILT_FOR[id])).toBe(true);
    // With every earlier hint seen, it is the one that shows.
    const earlier = HINTS.slice(0, HINTS.indexOf(h)).map((x) => x.id);
    expect(nextHint(BUILT_FOR[id], earlier)?.id).toBe(id);
  });

  it('stay quiet on a run where nothing calls for one, and once seen', () => {
    expect(HINTS.filter((h) => h.when(quiet())).map((h) => h.id)).toEqual([]);
    const all = HINTS.map((h) => h.id);
    for (const input of Object.values(BUILT_FOR)) expect(nextHint(input, all)).toBeNull();
  });

  it('say nothing without a run', () => {
    expect(nextHint(null, [])).toBeNull();
  });

  it('show one at a time, the earlier in the list first', () => {
    const both = quiet({ pendingCards: 1, last: metrics({ reviewLoad: 2 }) });
    expect(nextHint(both, [])?.id).toBe('card');
    expect(nextHint(both, ['card'])?.id).toBe('reviewQueue');
  });

  it('each have one short English sentence', () => {
    const screens = readNamespace('en', 'screens');
    for (const h of HINTS) {
      const text = screens.get(h.key.slice('screens:'.length));
      expect(text, h.id).toBeTypeOf('string');
      expect(text?.length, h.id).toBeLessThan(130);
      expect(
        text?.split(/[.!?](\s|$)/).filter((x) => x.trim().length > 1).length,
        h.id,
      ).toBeLessThanOrEqual(2);
    }
  });

  it.each(LANGUAGES)('have their sentence in %s', (language) => {
    const screens = readNamespace(language, 'screens');
    const missing = HINTS.filter((h) => !screens.get(h.key.slice('screens:'.length))?.trim());
    expect(missing.map((h) => h.key)).toEqual([]);
  });

  it('point at parts the run screen marks with data-hint', () => {
    const sources = uiSources();
    const all = sources.map((s) => s.text).join('\n');
    const controls = sources.find((s) => s.path.endsWith(join('run', 'controls.ts')))?.text ?? '';
    const dashboards =
      sources.find((s) => s.path.endsWith(join('run', 'dashboards.ts')))?.text ?? '';
    const marked = (anchor: string): boolean =>
      // Marked by name: `el.dataset.hint = 'board'` or `data-hint="board"`.
      new RegExp(`dataset\\.hint = '${anchor}'|data-hint="${anchor}"`).test(all) ||
      // A lever's control carries the lever's name.
      ((LEVER_NAMES as readonly string[]).includes(anchor) &&
        /dataset\.hint = name\b/.test(controls)) ||
      // A dashboard tile carries its metric's key.
      (/dataset\.hint = def\.key\b/.test(dashboards) &&
        new RegExp(`\\{ key: '${anchor}'`).test(dashboards));
    const anchors = [...new Set(HINTS.flatMap((h) => (h.anchor ? [h.anchor] : [])))];
    expect(anchors.filter((a) => !marked(a))).toEqual([]);
  });
});
