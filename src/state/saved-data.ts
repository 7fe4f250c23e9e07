/**
 * The shape of what the game keeps between visits, and how older shapes are brought up to
 * date. Each item is saved as `{ schemaVersion, data }`; when the data's shape changes,
 * SCHEMA_VERSION goes up by one and a migration from the old version joins the table, so a
 * save from any past version still loads (tests/platform/golden/ keeps one file per version).
 */

export const SCHEMA_VERSION = 1;

export type SavedItem = 'run' | 'settings' | 'room';

/** Turns one item's data saved at version N into its shape at version N + 1. */
export type Migration = (data: unknown, item: SavedItem) => unknown;

/**
 * Keyed by the version a migration starts from. Empty while version 1 is the only one that
 * ever shipped; the day version 2 ships, `1: (data, item) => ...` goes here.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/**
 * The data brought from `version` to `current`, or null when it cannot be: a version from the
 * future, one that never existed, or a gap in the table.
 */
export function migrate(
  item: SavedItem,
  version: number,
  data: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = SCHEMA_VERSION,
): { data: unknown } | null {
  if (!Number.isInteger(version) || version < 1 || version > current) return null;
  let out = data;
  for (let v = version; v < current; v++) {
    const step = Object.hasOwn(migrations, v) ? migrations[v] : undefined;
    if (!step) return null;
    out = step(out, item);
  }
  return { data: out };
}
