/**
 * Reading a saved run back. Saved data is untrusted (another version, another
 * tab, a hand edit): anything that is not a valid run record is refused whole,
 * and the caller falls back to a fresh start (keeping the text aside).
 */
import * as v from 'valibot';
import {
  CHECK_FORMS,
  CHECK_ITEM_IDS,
  CONFIDENCE_LEVELS,
  MAX_GUESS,
} from '../content/learning-check.ts';
import { findScenario } from '../content/scenarios.ts';
import type { Levers } from '../sim/index.ts';
import { EVIDENCE_READINGS, parsePolicy } from '../sim/index.ts';
import { validAnswers } from './check.ts';
import type { RunCheck, RunMode, RunRecord } from './run-record.ts';
import { CHECK_STEPS, PLAYABLE_LENGTHS, RUN_CHECK_VERSION } from './run-record.ts';

const MODES = ['guided', 'scenario', 'sandbox'] as const satisfies readonly RunMode[];
/** The sim's own bound on one week's hires or layoffs of one level. */
const MAX_COUNT = 200;

/** The levers alone, checked by the sim's policy reader, which knows every lever and its range. */
function readLevers(raw: unknown): Partial<Levers> | null {
  const parsed = parsePolicy(raw);
  if (!parsed.ok) return null;
  const { staffing, changes, eventChoices, ...levers } = parsed.value;
  return staffing || changes || eventChoices ? null : levers;
}

const LeversSchema = v.pipe(
  v.unknown(),
  v.check((raw) => readLevers(raw) !== null),
  v.transform((raw) => readLevers(raw) ?? {}),
);

const count = v.exactOptional(
  v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT)),
);
const CountsSchema = v.strictObject({ junior: count, mid: count, senior: count });

const DecisionsSchema = v.strictObject({
  levers: v.exactOptional(LeversSchema),
  hire: v.exactOptional(CountsSchema),
  layoff: v.exactOptional(CountsSchema),
  choices: v.exactOptional(v.record(v.string(), v.string())),
});

const AnswersSchema = v.pipe(
  v.array(v.strictObject({ item: v.picklist(CHECK_ITEM_IDS), choice: v.string() })),
  v.check((a) => validAnswers(a)),
);
const guess = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_GUESS));

/** The learning check of a saved run (version 1; a save from before the check has none). */
const CheckSchema = v.strictObject({
  version: v.literal(RUN_CHECK_VERSION),
  player: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff)),
  firstForm: v.picklist(CHECK_FORMS),
  passed: v.array(v.picklist(CHECK_STEPS)),
  before: v.exactOptional(AnswersSchema),
  after: v.exactOptional(AnswersSchema),
  prediction: v.exactOptional(
    v.strictObject({
      features: guess,
      incidents: guess,
      confidence: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(CONFIDENCE_LEVELS)),
    }),
  ),
});

const RunRecordSchema = v.pipe(
  v.object({
    seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff)),
    scenarioId: v.pipe(
      v.string(),
      v.check((id) => findScenario(id) !== undefined),
    ),
    weeks: v.picklist(PLAYABLE_LENGTHS),
    mode: v.picklist(MODES),
    decisions: v.array(DecisionsSchema),
    // Saved before the evidence readings existed: such a run plays at the central reading.
    evidence: v.optional(v.picklist(EVIDENCE_READINGS)),
    check: v.optional(CheckSchema),
  }),
  v.check((r) => r.decisions.length <= r.weeks),
);

export function parseRunRecord(raw: unknown): RunRecord | null {
  const result = v.safeParse(RunRecordSchema, raw);
  if (!result.success) return null;
  const { seed, scenarioId, weeks, mode, decisions, evidence, check } = result.output;
  return {
    seed,
    scenarioId,
    weeks,
    mode,
    decisions,
    ...(evidence ? { evidence } : {}),
    ...(check ? { check: check satisfies RunCheck } : {}),
  };
}
