/**
 * Runs and settings kept in the browser's localStorage. Storage is untrusted and
 * unreliable: it may throw on access (a sandboxed iframe), refuse a write (quota),
 * or hold text written by another version or by hand. Nothing here ever throws.
 *
 * Each item is saved as `{ schemaVersion, data }`. On load the envelope is checked, older
 * versions are migrated, and the data is validated; text that fails any of that is copied to
 * a backup key (`<prefix>:<item>.backup`, then `.backup.2`, `.backup.3`, ... so an older
 * backup is never overwritten) before anything overwrites it, and the caller is told.
 */
import * as v from 'valibot';
import { migrate, type SavedItem, SCHEMA_VERSION } from '../state/saved-data.ts';
import { parseRoom } from '../state/saved-room.ts';
import { parseRunRecord } from '../state/saved-run.ts';
import { parseSettings } from '../state/saved-settings.ts';
import type { Loaded, Persistence } from '../state/store.ts';

export { SCHEMA_VERSION };
export const KEY_PREFIX = 'velocity-trap';
/** Backups kept per item; past this the unreadable text stays where it is and that item is not saved over. */
export const MAX_BACKUPS = 20;

/** The part of the Web Storage API used here, so tests can hand in a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const EnvelopeSchema = v.object({
  schemaVersion: v.pipe(v.number(), v.integer()),
  data: v.unknown(),
});

/** The page's localStorage, or null when merely touching it throws. */
export function browserStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** True when a value can be written, read back and removed. */
function probe(storage: StorageLike | null, key: string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, '1');
    const ok = storage.getItem(key) === '1';
    storage.removeItem(key);
    return ok;
  } catch {
    return false;
  }
}

/** The key a backup of `key` goes to: the first free one, or the one already holding `text`. */
function backupKey(storage: StorageLike, key: string, text: string): string | null {
  for (let n = 1; n <= MAX_BACKUPS; n++) {
    const candidate = n === 1 ? `${key}.backup` : `${key}.backup.${n}`;
    const held = storage.getItem(candidate);
    if (held === null || held === text) return candidate;
  }
  return null;
}

/** Item data from its saved text, or null when the text is not a save this version can read. */
function decode<T>(item: SavedItem, text: string, parse: (data: unknown) => T | null): T | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const envelope = v.safeParse(EnvelopeSchema, json);
  if (!envelope.success) return null;
  const migrated = migrate(item, envelope.output.schemaVersion, envelope.output.data);
  return migrated ? parse(migrated.data) : null;
}

export function storagePersistence(
  storage: StorageLike | null = browserStorage(),
  prefix: string = KEY_PREFIX,
): Persistence {
  const key = (name: SavedItem) => `${prefix}:${name}`;
  const available = probe(storage, `${prefix}:probe`);
  /** Items whose unreadable text could not be set aside: writing over it would destroy it. */
  const stuck = new Set<SavedItem>();

  const read = <T>(name: SavedItem, parse: (data: unknown) => T | null): Loaded<T> => {
    const none: Loaded<T> = { value: null, setAside: false };
    if (!storage || !available) return none;
    try {
      const text = storage.getItem(key(name));
      if (text === null) return none;
      const value = decode(name, text, parse);
      if (value !== null) return { value, setAside: false };
      // Garbage or another version: keep the text where a later version (or a person) can find it.
      const backup = backupKey(storage, key(name), text);
      if (backup === null) {
        stuck.add(name);
        return { value: null, setAside: true };
      }
      storage.setItem(backup, text);
      storage.removeItem(key(name));
      return { value: null, setAside: true };
    } catch {
      // The backup write failed (quota): the text stays under its own key, untouched.
      stuck.add(name);
      return { value: null, setAside: true };
    }
  };

  /** True when the data is now in storage (or removed, for null). */
  const write = (name: SavedItem, data: unknown): boolean => {
    if (!storage || !available || stuck.has(name)) return false;
    try {
      if (data === null) {
        storage.removeItem(key(name));
        return true;
      }
      storage.setItem(key(name), JSON.stringify({ schemaVersion: SCHEMA_VERSION, data }));
      return true;
    } catch {
      // Quota or a revoked permission: the game plays on, and the caller tells the player.
      return false;
    }
  };

  return {
    available,
    loadRun: () => read('run', parseRunRecord),
    saveRun: (record) => write('run', record),
    loadSettings: () => read('settings', parseSettings),
    saveSettings: (settings) => write('settings', settings),
    loadRoom: () => read('room', parseRoom),
    saveRoom: (room) => write('room', room),
  };
}
