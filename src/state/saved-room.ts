/**
 * Reading the facilitator's room back: its settings and the results codes pasted in, kept so a
 * reload in the middle of a workshop loses nothing. A field of the wrong type or out of range
 * makes the whole item unreadable (kept aside, defaults apply), as for the other saved items.
 */
import * as v from 'valibot';
import { findScenario } from '../content/scenarios.ts';
import { EVIDENCE_READINGS } from '../sim/index.ts';
import { PLAYABLE_LENGTHS } from './run-record.ts';
import type { RoomSettings } from './store.ts';
import { WORKSHOP_PRESETS } from './workshop.ts';

/**
 * More than a room's worth of codes: a code is about 40 characters, so this holds thousands of
 * lines while keeping a pasted novel out of the browser's few megabytes of storage.
 */
export const MAX_ROOM_CODES_CHARS = 200_000;
/** Seeds are 32-bit (the PRNG's state). */
const MAX_SEED = 0xffffffff;

export const DEFAULT_ROOM: RoomSettings = {
  scenarioId: 'mandate',
  seed: 1,
  weeks: 52,
  evidence: 'central',
  preset: 'session',
  check: true,
  codes: '',
};

const RoomSchema = v.object({
  scenarioId: v.pipe(
    v.string(),
    v.check((id) => findScenario(id) !== undefined),
  ),
  seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SEED)),
  weeks: v.picklist(PLAYABLE_LENGTHS),
  evidence: v.picklist(EVIDENCE_READINGS),
  preset: v.picklist(WORKSHOP_PRESETS.map((p) => p.id)),
  // A room kept before the learning check came in plays without it, as it did.
  check: v.optional(v.boolean(), false),
  codes: v.pipe(v.string(), v.maxLength(MAX_ROOM_CODES_CHARS)),
});

export function parseRoom(raw: unknown): RoomSettings | null {
  const result = v.safeParse(RoomSchema, raw);
  return result.success ? result.output : null;
}
