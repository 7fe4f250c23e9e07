import { describe, expect, it } from 'vitest';
import { KEY_PREFIX, type StorageLike, storagePersistence } from '../../src/platform/storage.ts';
import type { RunRecord } from '../../src/state/run-record.ts';
import type { Settings } from '../../src/state/store.ts';

/** A Map-backed Storage that can be told to fail the way browsers do. */
class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  throwOnAccess = false;
  quotaOnWrite = false;
  getItem(key: string): string | null {
    if (this.throwOnAccess) throw new DOMException('denied', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.throwOnAccess) throw new DOMException('denied', 'SecurityError');
    if (this.quotaOnWrite) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    if (this.throwOnAccess) throw new DOMException('denied', 'SecurityError');
    this.items.delete(key);
  }
}

const run: RunRecord = {
  seed: 7,
  scenarioId: 'mandate',
  weeks: 12,
  mode: 'scenario',
  decisions: [{ levers: { aiMandate: 0.5 } }],
};
const settings: Settings = {
  muted: true,
  hintsOn: false,
  hintsSeen: ['a'],
  reducedMotion: true,
  shortcuts: false,
  language: 'de',
};
const runKey = `${KEY_PREFIX}:run`;

describe('storage persistence', () => {
  it('keeps runs and settings in a versioned envelope under namespaced keys', () => {
    const fake = new FakeStorage();
    const p = storagePersistence(fake);
    expect(p.available).toBe(true);
    p.saveRun(run);
    p.saveSettings(settings);
    expect(JSON.parse(fake.items.get(runKey) ?? '')).toEqual({ schemaVersion: 1, data: run });
    const again = storagePersistence(fake);
    expect(again.loadRun()).toEqual(run);
    expect(again.loadSettings()).toEqual(settings);
    // The probe leaves nothing behind.
    expect([...fake.items.keys()].sort()).toEqual([runKey, `${KEY_PREFIX}:settings`]);
  });

  it('forgets a run saved as null', () => {
    const fake = new FakeStorage();
    const p = storagePersistence(fake);
    p.saveRun(run);
    p.saveRun(null);
    expect(fake.items.has(runKey)).toBe(false);
    expect(p.loadRun()).toBeNull();
  });

  it('is unavailable, and never throws, when storage throws on access', () => {
    const fake = new FakeStorage();
    fake.throwOnAccess = true;
    const p = storagePersistence(fake);
    expect(p.available).toBe(false);
    expect(() => p.saveRun(run)).not.toThrow();
    expect(p.loadRun()).toBeNull();
    expect(p.loadSettings()).toBeNull();
  });

  it('is unavailable when there is no storage at all', () => {
    const p = storagePersistence(null);
    expect(p.available).toBe(false);
    expect(p.loadRun()).toBeNull();
  });

  it('is unavailable when every write hits the quota', () => {
    const fake = new FakeStorage();
    fake.quotaOnWrite = true;
    const p = storagePersistence(fake);
    expect(p.available).toBe(false);
    expect(() => p.saveSettings(settings)).not.toThrow();
  });

  it('swallows a quota error on a later write and keeps the last good save', () => {
    const fake = new FakeStorage();
    const p = storagePersistence(fake);
    p.saveRun(run);
    fake.quotaOnWrite = true;
    expect(() => p.saveRun({ ...run, decisions: [] })).not.toThrow();
    expect(storagePersistence(Object.assign(fake, { quotaOnWrite: false })).loadRun()).toEqual(run);
  });

  it('copies unreadable text to a backup key instead of destroying it', () => {
    const fake = new FakeStorage();
    fake.items.set(runKey, '{not json');
    const p = storagePersistence(fake);
    expect(p.loadRun()).toBeNull();
    expect(fake.items.get(`${runKey}.backup`)).toBe('{not json');
    expect(fake.items.has(runKey)).toBe(false);
  });

  it('treats another schema version as unreadable and backs it up', () => {
    const fake = new FakeStorage();
    const future = JSON.stringify({ schemaVersion: 2, data: run });
    fake.items.set(runKey, future);
    expect(storagePersistence(fake).loadRun()).toBeNull();
    expect(fake.items.get(`${runKey}.backup`)).toBe(future);
  });

  it('treats valid JSON without an envelope as unreadable', () => {
    const fake = new FakeStorage();
    fake.items.set(runKey, JSON.stringify(run));
    expect(storagePersistence(fake).loadRun()).toBeNull();
    expect(fake.items.has(`${runKey}.backup`)).toBe(true);
  });
});
