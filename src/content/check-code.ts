/**
 * The learning check's section of a results code, bytes only (results-code.ts frames it).
 *
 *   run with a check: flags byte (bit 0: B first; bit 1: before; bit 2: after; bit 3: prediction),
 *     then each sitting present, then the prediction (varint features, varint incidents,
 *     byte confidence);
 *   later (the check alone): flags byte (bit 0: form B), then one sitting.
 *   A sitting: varint count, then per answer varint item index (CHECK_ITEMS) and varint choice
 *   (0: not sure, k + 1: the item's option k). An item appears at most once.
 *
 * Reading refuses anything the writer could not have written, naming the part (a CheckProblem),
 * so a damaged section is left out with a reason and never read as other answers.
 */

import { Reader, type Writer } from './code-bytes.ts';
import type {
  CheckAnswer,
  CheckForm,
  CheckPrediction,
  CheckRecord,
  LaterCheck,
} from './learning-check.ts';
import { CHECK_ITEMS, CONFIDENCE_LEVELS, MAX_GUESS, NOT_SURE } from './learning-check.ts';

export type CheckField = 'flags' | 'item' | 'choice' | 'prediction' | 'confidence' | 'end';

/** Why a code's check was left out (the run, if any, is kept). */
export type CheckProblem =
  | { kind: 'checksum' }
  | { kind: 'truncated' }
  | { kind: 'content'; field: CheckField };

/** What the encoder refuses: answers the game could never record. */
export class UnencodableCheck extends Error {}

class CheckRefusal extends Error {
  constructor(readonly field: CheckField) {
    super(field);
  }
}
class CheckTruncated extends Error {}

const FIRST_B = 1;
const BEFORE = 2;
const AFTER = 4;
const PREDICTION = 8;

function writeSitting(w: Writer, answers: readonly CheckAnswer[]): void {
  const seen = new Set<string>();
  w.varint(answers.length);
  for (const a of answers) {
    const index = CHECK_ITEMS.findIndex((i) => i.id === a.item);
    const item = CHECK_ITEMS[index];
    if (!item || seen.has(a.item)) throw new UnencodableCheck(`item ${a.item}`);
    seen.add(a.item);
    const option = (item.options as readonly string[]).indexOf(a.choice);
    if (a.choice !== NOT_SURE && option < 0) throw new UnencodableCheck(`choice ${a.choice}`);
    w.varint(index);
    w.varint(a.choice === NOT_SURE ? 0 : option + 1);
  }
}

function checkPrediction(p: CheckPrediction): void {
  const count = (n: number) => Number.isInteger(n) && n >= 0 && n <= MAX_GUESS;
  if (!count(p.features) || !count(p.incidents)) throw new UnencodableCheck('prediction');
  if (!(Number.isInteger(p.confidence) && p.confidence >= 1 && p.confidence <= CONFIDENCE_LEVELS))
    throw new UnencodableCheck('confidence');
}

export function writeCheck(w: Writer, c: CheckRecord): void {
  let flags = c.firstForm === 'B' ? FIRST_B : 0;
  if (c.before) flags |= BEFORE;
  if (c.after) flags |= AFTER;
  if (c.prediction) flags |= PREDICTION;
  w.byte(flags);
  if (c.before) writeSitting(w, c.before);
  if (c.after) writeSitting(w, c.after);
  if (c.prediction) {
    checkPrediction(c.prediction);
    w.varint(c.prediction.features);
    w.varint(c.prediction.incidents);
    w.byte(c.prediction.confidence);
  }
}

export function writeLater(w: Writer, l: LaterCheck): void {
  w.byte(l.form === 'B' ? FIRST_B : 0);
  writeSitting(w, l.answers);
}

function readSitting(r: Reader<CheckField>): CheckAnswer[] {
  const n = r.varint('item');
  if (n > CHECK_ITEMS.length) throw new CheckRefusal('item');
  const out: CheckAnswer[] = [];
  for (let k = 0; k < n; k++) {
    const item = CHECK_ITEMS[r.varint('item')];
    if (!item || out.some((a) => a.item === item.id)) throw new CheckRefusal('item');
    const c = r.varint('choice');
    const choice = c === 0 ? NOT_SURE : item.options[c - 1];
    if (choice === undefined) throw new CheckRefusal('choice');
    out.push({ item: item.id, choice });
  }
  return out;
}

/** Reads a whole section, or names what is wrong with it. */
function readWhole<T>(
  bytes: Uint8Array,
  read: (r: Reader<CheckField>) => T,
): { ok: true; value: T } | { ok: false; problem: CheckProblem } {
  const r = new Reader<CheckField>(
    bytes,
    (field) => new CheckRefusal(field),
    () => new CheckTruncated(),
  );
  try {
    const value = read(r);
    if (r.left !== 0) throw new CheckRefusal('end');
    return { ok: true, value };
  } catch (e) {
    if (e instanceof CheckRefusal)
      return { ok: false, problem: { kind: 'content', field: e.field } };
    if (e instanceof CheckTruncated) return { ok: false, problem: { kind: 'truncated' } };
    throw e;
  }
}

export function readCheck(bytes: Uint8Array) {
  return readWhole(bytes, (r): CheckRecord => {
    const flags = r.byte();
    if (flags > 15) throw new CheckRefusal('flags');
    const firstForm: CheckForm = flags & FIRST_B ? 'B' : 'A';
    const before = flags & BEFORE ? readSitting(r) : undefined;
    const after = flags & AFTER ? readSitting(r) : undefined;
    let prediction: CheckPrediction | undefined;
    if (flags & PREDICTION) {
      const features = r.varint('prediction');
      const incidents = r.varint('prediction');
      if (features > MAX_GUESS || incidents > MAX_GUESS) throw new CheckRefusal('prediction');
      const confidence = r.byte();
      if (confidence < 1 || confidence > CONFIDENCE_LEVELS) throw new CheckRefusal('confidence');
      prediction = { features, incidents, confidence };
    }
    return {
      firstForm,
      ...(before ? { before } : {}),
      ...(after ? { after } : {}),
      ...(prediction ? { prediction } : {}),
    };
  });
}

export function readLater(bytes: Uint8Array) {
  return readWhole(bytes, (r): LaterCheck => {
    const flags = r.byte();
    if (flags > 1) throw new CheckRefusal('flags');
    return { form: flags & FIRST_B ? 'B' : 'A', answers: readSitting(r) };
  });
}
