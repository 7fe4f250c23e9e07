/**
 * Reading saved settings back. Every field is optional (a setting the save predates takes its
 * default), but a field of the wrong type makes the whole item unreadable: it is kept aside and
 * the defaults apply, rather than half of a damaged save being trusted.
 */
import * as v from 'valibot';
import { isLanguage } from '../content/languages.ts';
import type { Settings } from './store.ts';

/** More hints than the game has, and longer ids than any, mean the text is not ours. */
const MAX_HINTS = 200;
const MAX_HINT_ID = 100;

const SettingsSchema = v.object({
  muted: v.exactOptional(v.boolean()),
  hintsOn: v.exactOptional(v.boolean()),
  hintsSeen: v.exactOptional(
    v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_HINT_ID))), v.maxLength(MAX_HINTS)),
  ),
  reducedMotion: v.exactOptional(v.boolean()),
  shortcuts: v.exactOptional(v.boolean()),
  autoResume: v.exactOptional(v.boolean()),
  // A language this version does not speak (saved by a later one) reads as not chosen.
  language: v.exactOptional(
    v.pipe(
      v.unknown(),
      v.transform((x) => (isLanguage(x) ? x : null)),
    ),
  ),
});

export function parseSettings(raw: unknown): Partial<Settings> | null {
  const result = v.safeParse(SettingsSchema, raw);
  if (!result.success) return null;
  return result.output;
}
