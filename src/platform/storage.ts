/**
 * Runs and settings kept in the browser's localStorage. Storage is untrusted and
 * unreliable: it may throw on access (a sandboxed iframe), refuse a write (quota),
 * or hold text written by another version or by hand. Nothing here ever throws;
 * text that cannot be read is copied to a backup key before anything overwrites it.
 */
import type { Persistence, Settings } from '../state/store.ts';

export const SCHEMA_VERSION = 1;
export const KEY_PREFIX = 'velocity-trap';

/** The part of the Web Storage API used here, so tests can hand in a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

interface Envelope {
  schemaVersion: typeof SCHEMA_VERSION;
  data: unknown;
}

const isEnvelope = (v: unknown): v is Envelope =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  (v as Record<string, unknown>).schemaVersion === SCHEMA_VERSION &&
  'data' in v;

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

export function storagePersistence(
  storage: StorageLike | null = browserStorage(),
  prefix: string = KEY_PREFIX,
): Persistence {
  const key = (name: string) => `${prefix}:${name}`;
  const available = probe(storage, key('probe'));

  const read = (name: string): unknown => {
    if (!storage || !available) return null;
    let text: string | null;
    try {
      text = storage.getItem(key(name));
    } catch {
      return null;
    }
    if (text === null) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (isEnvelope(parsed)) return parsed.data;
    // Garbage or another version: keep the text where a later version (or a person) can find it.
    try {
      storage.setItem(key(`${name}.backup`), text);
      storage.removeItem(key(name));
    } catch {
      // Nothing more can be done; the caller starts fresh either way.
    }
    return null;
  };

  const write = (name: string, data: unknown): void => {
    if (!storage || !available) return;
    try {
      if (data === null) {
        storage.removeItem(key(name));
        return;
      }
      const envelope: Envelope = { schemaVersion: SCHEMA_VERSION, data };
      storage.setItem(key(name), JSON.stringify(envelope));
    } catch {
      // Quota or a revoked permission: the game plays on without saving this write.
    }
  };

  return {
    available,
    loadRun: () => read('run'),
    saveRun: (record) => write('run', record),
    loadSettings: () => read('settings'),
    saveSettings: (settings: Settings) => write('settings', settings),
  };
}
