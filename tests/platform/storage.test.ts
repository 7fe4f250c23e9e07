import { describe, expect, it } from 'vitest';
import { KEY_PREFIX, MAX_BACKUPS, storagePersistence } from '../../src/platform/storage.ts';
import type { RunRecord } from '../../src/state/run-record.ts';
import type { Settings } from '../../src/state/store.ts';
import { FakeStorage } from './fake-storage.ts';

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
  autoResume: false,
  language: 'de',
};
const runKey = `${KEY_PREFIX}:run`;
const fresh = { value: null, setAside: false };
const setAside = { value: null, setAside: true };

describe('storage persistence', () => {
  it('keeps runs and settings in a versioned envelope under namespaced keys', () => {
    const fake = new FakeStorage();
    const p = storagePersistence(fake);
    expect(p.available).toBe(true);
    expect(p.saveRun(run)).toBe(true);
    expect(p.saveSettings(settings)).toBe(true);
    expect(JSON.parse(fake.items.get(runKey) ?? '')).toEqual({ schemaVersion: 1, data: run });
    const again = storagePersistence(fake);
    expect(again.loadRun()).toEqual({ value: run, setAside: false });
    expect(again.loadSettings()).toEqual({ value: settings, setAside: false });
    // The probe leaves nothing behind.
    expect([...fake.items.keys()].sort()).toEqual([runKey, `${KEY_PREFIX}:settings`]);
  });

  it('keeps a ten-year sandbox run, the longest the game plays', () => {
    const fake = new FakeStorage();
    const long: RunRecord = { ...run, scenarioId: 'sandbox', weeks: 520, mode: 'sandbox' };
    expect(storagePersistence(fake).saveRun(long)).toBe(true);
    expect(storagePersistence(fake).loadRun()).toEqual({ value: long, setAside: false });
  });

  it('forgets a run saved as null', () => {
    const fake = new FakeStorage();
    const p = storagePersistence(fake);
    p.saveRun(run);
    p.saveRun(null);
    expect(fake.items.has(runKey)).toBe(false);
    expect(p.loadRun()).toEqual(fresh);
  });

  it('is unavailable, and never throws, when storage throws on access', () => {
    const fake = new FakeStorage();
    fake.throwOnAccess = true;
    const p = storagePersistence(fake);
    expect(p.available).toBe(false);
    expect(p.saveRun(run)).toBe(false);
    expect(p.loadRun()).toEqual(fresh);
    expect(p.loadSettings()).toEqual(fresh);
  });

  it('is unavailable when there is no storage at all', () => {
    const p = storagePersistence(null);
    expect(p.available).toBe(false);
    expect(p.loadRun()).toEqual(fresh);
  });

  it('is unavailable when every write hits the quota', () => {
    const fake = new FakeStorage();
    fake.quotaOnWrite = true;
    const p = storagePersistence(fake);
    expect(p.available).toBe(false);
    expect(p.saveSettings(settings)).toBe(false);
  });

  it('reports a quota error on a later write, and keeps the last good save', () => {
    const fake = new FakeStorage();
    const p = storagePersistence(fake);
    p.saveRun(run);
    fake.quotaOnWrite = true;
    expect(p.saveRun({ ...run, decisions: [] })).toBe(false);
    fake.quotaOnWrite = false;
    expect(storagePersistence(fake).loadRun().value).toEqual(run);
  });

  it('copies unreadable text to a backup key instead of destroying it', () => {
    const fake = new FakeStorage();
    fake.items.set(runKey, '{not json');
    const p = storagePersistence(fake);
    expect(p.loadRun()).toEqual(setAside);
    expect(fake.items.get(`${runKey}.backup`)).toBe('{not json');
    expect(fake.items.has(runKey)).toBe(false);
  });

  it('treats a version from the future as unreadable and backs it up', () => {
    const fake = new FakeStorage();
    const future = JSON.stringify({ schemaVersion: 99, data: run });
    fake.items.set(runKey, future);
    expect(storagePersistence(fake).loadRun()).toEqual(setAside);
    expect(fake.items.get(`${runKey}.backup`)).toBe(future);
  });

  it('treats valid JSON without an envelope as unreadable', () => {
    const fake = new FakeStorage();
    fake.items.set(runKey, JSON.stringify(run));
    expect(storagePersistence(fake).loadRun()).toEqual(setAside);
    expect(fake.items.has(`${runKey}.backup`)).toBe(true);
  });

  it('sets aside a well-formed envelope whose data is not a run', () => {
    const fake = new FakeStorage();
    const text = JSON.stringify({ schemaVersion: 1, data: { ...run, weeks: 13 } });
    fake.items.set(runKey, text);
    expect(storagePersistence(fake).loadRun()).toEqual(setAside);
    expect(fake.items.get(`${runKey}.backup`)).toBe(text);
  });

  it('never overwrites an older backup with a newer unreadable text', () => {
    const fake = new FakeStorage();
    fake.items.set(runKey, 'first');
    storagePersistence(fake).loadRun();
    fake.items.set(runKey, 'second');
    storagePersistence(fake).loadRun();
    // The same text twice is kept once.
    fake.items.set(runKey, 'second');
    storagePersistence(fake).loadRun();
    expect(fake.items.get(`${runKey}.backup`)).toBe('first');
    expect(fake.items.get(`${runKey}.backup.2`)).toBe('second');
    expect(fake.items.has(`${runKey}.backup.3`)).toBe(false);
  });

  it('leaves unreadable text in place, and refuses to save over it, when no backup can be written', () => {
    const fake = new FakeStorage();
    const big = `{"schemaVersion":1,"data":"${'x'.repeat(1000)}"}`;
    fake.items.set(runKey, big);
    fake.quotaChars = big.length + 200; // room for the probe, not for a second copy
    const p = storagePersistence(fake);
    expect(p.available).toBe(true);
    expect(p.loadRun()).toEqual(setAside);
    expect(fake.items.get(runKey)).toBe(big);
    expect(p.saveRun(run)).toBe(false);
    expect(fake.items.get(runKey)).toBe(big);
    // Settings are a different item and still save.
    expect(p.saveSettings(settings)).toBe(true);
  });

  it(`stops making backups after ${MAX_BACKUPS}, keeping the text where it is`, () => {
    const fake = new FakeStorage();
    for (let n = 1; n <= MAX_BACKUPS; n++) {
      fake.items.set(n === 1 ? `${runKey}.backup` : `${runKey}.backup.${n}`, `old ${n}`);
    }
    fake.items.set(runKey, 'newest');
    const p = storagePersistence(fake);
    expect(p.loadRun()).toEqual(setAside);
    expect(fake.items.get(runKey)).toBe('newest');
    expect(p.saveRun(run)).toBe(false);
  });
});

describe("the facilitator's room", () => {
  const room = {
    scenarioId: 'leaderboard',
    seed: 9,
    weeks: 26,
    evidence: 'low',
    preset: 'twenty',
    check: true,
    codes: 'Amber AQEF\nTeal AQEG',
  } as const;
  const roomKey = `${KEY_PREFIX}:room`;

  it('is kept between visits, codes included', () => {
    const fake = new FakeStorage();
    expect(storagePersistence(fake).saveRoom(room)).toBe(true);
    expect(storagePersistence(fake).loadRoom()).toEqual({ value: room, setAside: false });
  });

  it('kept before the learning check came in, opens with the check off', () => {
    const fake = new FakeStorage();
    const { check: _, ...older } = room;
    fake.items.set(roomKey, JSON.stringify({ schemaVersion: 1, data: older }));
    expect(storagePersistence(fake).loadRoom()).toEqual({
      value: { ...room, check: false },
      setAside: false,
    });
  });

  it.each([
    ['an unknown scenario', { ...room, scenarioId: 'nope' }],
    ['a run length the game does not play', { ...room, weeks: 13 }],
    ['a seed out of range', { ...room, seed: -1 }],
    ['an unknown reading', { ...room, evidence: 'bold' }],
    ['codes past the limit', { ...room, codes: 'x'.repeat(200_001) }],
    ['a check that is not on or off', { ...room, check: 'yes' }],
  ])('with %s is set aside, not trusted', (_what, bad) => {
    const fake = new FakeStorage();
    fake.items.set(roomKey, JSON.stringify({ schemaVersion: 1, data: bad }));
    expect(storagePersistence(fake).loadRoom()).toEqual(setAside);
    expect(fake.items.get(`${roomKey}.backup`)).toContain('"schemaVersion":1');
  });
});
