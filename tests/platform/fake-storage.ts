import type { StorageLike } from '../../src/platform/storage.ts';

/** A Map-backed Storage that can be told to fail the way browsers do. */
export class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  throwOnAccess = false;
  quotaOnWrite = false;
  /** Writes refused once the stored text would pass this many characters (like a browser's quota). */
  quotaChars = Number.POSITIVE_INFINITY;
  getItem(key: string): string | null {
    if (this.throwOnAccess) throw new DOMException('denied', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.throwOnAccess) throw new DOMException('denied', 'SecurityError');
    if (this.quotaOnWrite || this.used(key, value) > this.quotaChars) {
      throw new DOMException('full', 'QuotaExceededError');
    }
    this.items.set(key, value);
  }
  private used(key: string, value: string): number {
    if (this.quotaChars === Number.POSITIVE_INFINITY) return 0;
    let used = key.length + value.length;
    for (const [k, v] of this.items) if (k !== key) used += k.length + v.length;
    return used;
  }
  removeItem(key: string): void {
    if (this.throwOnAccess) throw new DOMException('denied', 'SecurityError');
    this.items.delete(key);
  }
}
