// Save data across versions and against damage: every golden file (one per schema version that
// ever shipped) loads into the current shape, the migration table walks versions in order, and
// 1,000 generated corrupt payloads load without a throw, start fresh with a notice, and keep the
// unreadable text under a backup key.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEY_PREFIX, storagePersistence } from '../../src/platform/storage.ts';
import { replay } from '../../src/state/run-record.ts';
import { type Migration, migrate, SCHEMA_VERSION } from '../../src/state/saved-data.ts';
import { createGameStore } from '../../src/state/store.ts';
import { FakeStorage } from './fake-storage.ts';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const golden = (name: string) => readFileSync(join(goldenDir, name), 'utf8').trim();
const runKey = `${KEY_PREFIX}:run`;
const settingsKey = `${KEY_PREFIX}:settings`;

/** Storage holding the given texts, as a returning player's browser would. */
function storageWith(texts: Record<string, string>): FakeStorage {
  const fake = new FakeStorage();
  for (const [k, v] of Object.entries(texts)) fake.items.set(k, v);
  return fake;
}

describe('golden saves', () => {
  const files = readdirSync(goldenDir).filter((f) => f.endsWith('.json'));
  const versions = [...new Set(files.map((f) => Number(/^v(\d+)-/.exec(f)?.[1])))];

  it('has a run and a settings file for every schema version up to the current one', () => {
    expect(versions.sort((a, b) => a - b)).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
    );
    for (const v of versions) {
      expect(files).toContain(`v${v}-run.json`);
      expect(files).toContain(`v${v}-settings.json`);
    }
  });

  it.each(versions)('loads the v%i run mid-way and its settings, and continues the run', (v) => {
    const fake = storageWith({
      [runKey]: golden(`v${v}-run.json`),
      [settingsKey]: golden(`v${v}-settings.json`),
    });
    const store = createGameStore(storagePersistence(fake));
    const s = store.getState();
    expect(s.ui.savedDataSetAside).toBe(false);
    expect(s.savedRun).toMatchObject({ scenarioId: 'layoffs', weeks: 26, mode: 'guided' });
    expect(s.savedRun?.decisions).toHaveLength(9);
    expect(s.ui).toMatchObject({
      muted: true,
      reducedMotion: true,
      hintsSeen: ['levers', 'review-queue'],
    });
    expect(s.continueSaved()).toBe(true);
    expect(store.getState().sim?.state.week).toBe(9);
    expect(store.getState().playWeek()).toBe(true);
    expect(store.getState().sim?.state.week).toBe(10);
    // Nothing was set aside, so nothing was backed up.
    expect([...fake.items.keys()].filter((k) => k.includes('backup'))).toEqual([]);
  });
});

describe('the migration table', () => {
  // A hypothetical version 2 that renamed `scenarioId` to `scenario`, and a version 3 that put
  // the decisions under `weeks`: the table is walked one version at a time, in order.
  const table: Record<number, Migration> = {
    1: (data) => {
      const { scenarioId, ...rest } = data as Record<string, unknown>;
      return { ...rest, scenario: scenarioId };
    },
    2: (data) => {
      const { decisions, ...rest } = data as Record<string, unknown>;
      return { ...rest, played: decisions };
    },
  };
  const v1 = JSON.parse(golden('v1-run.json')).data;

  it('brings a v1 save up to a later current version, step by step', () => {
    const out = migrate('run', 1, v1, table, 3);
    expect(out?.data).toMatchObject({ scenario: 'layoffs', played: v1.decisions });
    expect(out?.data).not.toHaveProperty('scenarioId');
    expect(migrate('run', 2, { scenario: 'x', decisions: [] }, table, 3)?.data).toEqual({
      scenario: 'x',
      played: [],
    });
  });

  it('leaves a current save as it is', () => {
    expect(migrate('run', 3, { a: 1 }, table, 3)?.data).toEqual({ a: 1 });
    expect(migrate('run', SCHEMA_VERSION, v1)?.data).toEqual(v1);
  });

  it('refuses versions from the future, versions that never existed, and gaps', () => {
    expect(migrate('run', 4, v1, table, 3)).toBeNull();
    expect(migrate('run', 0, v1, table, 3)).toBeNull();
    expect(migrate('run', 1.5, v1, table, 3)).toBeNull();
    expect(migrate('run', 1, v1, { 2: table[2] as Migration }, 3)).toBeNull();
    expect(migrate('run', 99, v1)).toBeNull();
  });
});

// ---- 1,000 corrupt payloads ----

const goldenTexts = [golden('v1-run.json'), golden('v1-settings.json')];
const FIVE_MB = 'x'.repeat(5 * 1024 * 1024);

const jsonOf = (data: unknown, schemaVersion: unknown = 1) =>
  JSON.stringify({ schemaVersion, data });

/** Damaged text of every kind a browser, a hand edit or another version could leave behind. */
const damagedText: fc.Arbitrary<string> = fc.oneof(
  // Truncated.
  fc.tuple(fc.constantFrom(...goldenTexts), fc.nat()).map(([t, n]) => t.slice(0, n % t.length)),
  // Bit-flipped bytes, one or a few.
  fc
    .tuple(
      fc.constantFrom(...goldenTexts),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 15 })), {
        minLength: 1,
        maxLength: 4,
      }),
    )
    .map(([t, flips]) => {
      const chars = [...t];
      for (const [at, bit] of flips) {
        const i = at % chars.length;
        chars[i] = String.fromCharCode((chars[i]?.charCodeAt(0) ?? 0) ^ (1 << bit));
      }
      return chars.join('');
    }),
  // Wrong types anywhere, inside a valid envelope or instead of one.
  fc.anything().map((x) => jsonOf(x)),
  fc.jsonValue().map((x) => JSON.stringify(x)),
  fc
    .record({
      seed: fc.oneof(fc.anything(), fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e400')),
      scenarioId: fc.oneof(fc.string(), fc.constantFrom('mandate', '__proto__', 'constructor')),
      weeks: fc.oneof(fc.constantFrom(12, 26, 52, 'NaN', 'Infinity', 0, -1), fc.anything()),
      mode: fc.oneof(fc.constantFrom('guided', 'scenario', 'sandbox'), fc.anything()),
      decisions: fc.oneof(
        fc.array(fc.anything(), { maxLength: 5 }),
        fc.array(
          fc.record({
            levers: fc.dictionary(
              fc.constantFrom('aiMandate', 'leaderboard', 'deadlinePressure', '__proto__'),
              fc.oneof(fc.constantFrom('NaN', 'Infinity', 2, -1, null), fc.anything()),
            ),
          }),
          { maxLength: 5 },
        ),
      ),
    })
    .map((x) => jsonOf(x)),
  // null, arrays, bare values.
  fc.constantFrom('null', '[]', '[1,2,3]', '""', '0', 'true', '{}', jsonOf(null), jsonOf([])),
  // Envelopes of the wrong version or shape.
  fc
    .constantFrom(0, -1, 1.5, '1', 99, null, 'NaN', 2)
    .map((version) => `{"schemaVersion":${JSON.stringify(version)},"data":{}}`),
  // Deep nesting, in the envelope's data and as the whole text.
  fc.integer({ min: 1, max: 100_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc
    .integer({ min: 1, max: 5_000 })
    .map((n) => `{"schemaVersion":1,"data":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`),
  // Prototype keys.
  fc.constantFrom(
    '{"schemaVersion":1,"data":{"__proto__":{"seed":1,"scenarioId":"mandate","weeks":12,"mode":"scenario","decisions":[]}}}',
    '{"__proto__":{"schemaVersion":1},"data":{}}',
    '{"schemaVersion":1,"data":{"seed":1,"scenarioId":"mandate","weeks":12,"mode":"scenario","decisions":[{"choices":{"__proto__":{"x":"y"}}}]}}',
    '{"schemaVersion":1,"data":{"constructor":{"prototype":{"polluted":true}},"muted":true}}',
    '{"schemaVersion":1,"data":{"hintsSeen":{"__proto__":[]}}}',
  ),
  // Raw junk.
  fc.string({ maxLength: 200 }),
);

/** ... and, one time in a hundred, 5 MB strings (rarer than the rest: each takes ~20 ms to parse). */
const corruptText = fc.oneof(
  { arbitrary: damagedText, weight: 99 },
  {
    arbitrary: fc.constantFrom(FIVE_MB, jsonOf(FIVE_MB), jsonOf({ hintsSeen: [FIVE_MB] })),
    weight: 1,
  },
);

describe('corrupt saves', () => {
  it('load 1,000 corrupt payloads without a throw: fresh start, a notice, the text kept', () => {
    fc.assert(
      fc.property(
        corruptText,
        fc.constantFrom(runKey, settingsKey),
        fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        (text, key, olderBackup) => {
          const fake = storageWith({ [key]: text });
          if (olderBackup !== undefined) fake.items.set(`${key}.backup`, olderBackup);
          const persistence = storagePersistence(fake);
          const store = createGameStore(persistence);
          const s = store.getState();
          const loaded = key === runKey ? persistence.loadRun : persistence.loadSettings;
          expect(Object.getPrototypeOf({})).toBe(Object.prototype);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          if (s.ui.savedDataSetAside) {
            // Kept, exactly, under a backup key; an older backup is still there.
            const backups = [...fake.items].filter(([k]) => k.startsWith(`${key}.backup`));
            expect(backups.map(([, v]) => v)).toContain(text);
            if (olderBackup !== undefined) {
              expect(fake.items.get(`${key}.backup`)).toBe(olderBackup);
            }
            expect(s.savedRun).toBeNull();
            expect(s.ui).toMatchObject({ muted: false, hintsOn: true, shortcuts: true });
          } else {
            // A flip that left a readable save: it reads back whole, and replays.
            expect(loaded().value).not.toBeNull();
            if (s.savedRun) expect(() => replay(s.savedRun as never)).not.toThrow();
          }
          // The game starts and plays whatever it found.
          expect(s.continueSaved).not.toThrow();
          store
            .getState()
            .startRun({ scenarioId: 'mandate', weeks: 12, seed: 1, mode: 'scenario' });
          expect(store.getState().playWeek()).toBe(true);
        },
      ),
      { numRuns: 1000, seed: 20261123 },
    );
  }, 60_000);
});
