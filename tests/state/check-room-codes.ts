// Results codes of a room that took the learning check, built with the game's own encoder: the
// unit tests of the room's figures and the facilitator's browser test paste the same codes.
import { resultsCodeOf } from '../../src/content/canonical-decisions.ts';
import type { CheckAnswer, CheckForm, CheckRecord } from '../../src/content/learning-check.ts';
import { CHECK_ITEMS, NOT_SURE } from '../../src/content/learning-check.ts';
import { SOUND_POLICY } from '../../src/content/policies.ts';
import type { CodedRun } from '../../src/content/results-code.ts';
import { encodeLaterCode } from '../../src/content/results-code.ts';
import { MODEL_VERSION, policyToDecisions } from '../../src/sim/index.ts';

export const ROOM_SEED = 11;
export const ROOM_WEEKS = 12;

export const roomRun = (over: Partial<CodedRun> = {}): CodedRun => ({
  seed: ROOM_SEED,
  scenarioId: 'mandate',
  weeks: ROOM_WEEKS,
  mode: 'scenario',
  evidence: 'central',
  modelVersion: MODEL_VERSION,
  decisions: policyToDecisions(SOUND_POLICY, ROOM_WEEKS),
  ...over,
});

/** The first `k` items right, the next "not sure", the rest a wrong option (as check-stats' test). */
export function answers(k: number): CheckAnswer[] {
  return CHECK_ITEMS.map((item, i) => {
    const wrong = item.options.find((o) => o !== item.right) ?? '';
    return { item: item.id, choice: i < k ? item.right : i === k ? NOT_SURE : wrong };
  });
}

/**
 * Six players, items right out of six before and after (the attribution item is the third, so
 * it is right from k = 3 on):
 *   before 2, 3, 1, 2, 4, 3 -> 15 of 36 = 41.67%;  after 5, 6, 4, 3, 4, 5 -> 27 of 36 = 75%
 *   Hake's class gain = (75 - 41.67) / (100 - 41.67) = 33.33 / 58.33 = 4/7
 *   attribution: structural before 3 of 6 (50%), after 6 of 6 (100%): +50 points
 */
export const ROOM_SCORES: ReadonlyArray<readonly [number, number]> = [
  [2, 5],
  [3, 6],
  [1, 4],
  [2, 3],
  [4, 4],
  [3, 5],
];

export const checkOf = (pre: number, post: number, i: number): CheckRecord => ({
  firstForm: (i % 2 === 0 ? 'A' : 'B') as CheckForm,
  before: answers(pre),
  after: answers(post),
});

/** The room's first `n` players' codes; `prediction` adds each player's guess. */
export function checkedCodes(
  n: number,
  prediction?: (i: number) => CheckRecord['prediction'],
): string[] {
  return ROOM_SCORES.slice(0, n).map(([pre, post], i) => {
    const p = prediction?.(i);
    return resultsCodeOf(
      roomRun({ check: { ...checkOf(pre, post, i), ...(p ? { prediction: p } : {}) } }),
    );
  });
}

/** Runs without a check, each with its own decisions so no two are the same code. */
export function uncheckedCodes(n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    resultsCodeOf(
      roomRun({
        decisions: policyToDecisions({ ...SOUND_POLICY, aiMandate: 0.1 * (i + 1) }, ROOM_WEEKS),
      }),
    ),
  );
}

/**
 * Later codes (the check alone): items right 4, 5, 3, 6, 2 -> 20 of 30 = 66.67%; against the
 * room's 41.67% -> 75%, that keeps (66.67 - 41.67) / (75 - 41.67) = 75% of the day's gain.
 */
export const LATER_SCORES = [4, 5, 3, 6, 2] as const;

export const laterCodes = (n: number): string[] =>
  LATER_SCORES.slice(0, n).map((k, i) =>
    encodeLaterCode({ form: i % 2 === 0 ? 'A' : 'B', answers: answers(k) }),
  );

/** A code whose check section is damaged (its last checksum no longer holds); the run still reads. */
export function damagedCheck(code: string): string {
  const at = code.length - 3;
  const swap = code[at] === 'A' ? 'B' : 'A';
  return `${code.slice(0, at)}${swap}${code.slice(at + 1)}`;
}
