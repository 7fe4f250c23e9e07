/**
 * The results code: a whole run (seed, scenario, length, mode and every decision, week by week)
 * as a short, URL-safe string that anyone can paste back in to replay the run exactly.
 *
 * Layout (version 2), bytes before base64url:
 *   version, mode, evidence reading, varint model version, varint seed, varint scenario,
 *   varint weeks, varint decided weeks,
 *   varint entries, then one entry per week that decided something
 *   (varint gap since the previous entry, varint field mask, the fields), then a CRC-32.
 * Scenario, card and choice ids are written as indexes into the tables below. Those tables
 * only ever grow at the end, so a code written by an older build keeps its meaning; a change
 * that would alter what an old code means must raise CODE_VERSION instead.
 *
 * Version 1 had no evidence reading and no model version: such a code reads as the central
 * reading of model 1, and replays on today's model (the screens say its figures may differ).
 *
 * Version 3 carries the learning check (check-code.ts) in a section of its own, checked apart,
 * so a damaged check is left out with a reason while the run is kept:
 *   3, kind 1 (a run with its check), varint length of the run's fields, the run's fields as
 *   version 2 writes them after its version byte, a CRC-32 of everything so far, the check
 *   section, then a CRC-32 of everything before it;
 *   3, kind 2 (`later`: the check taken alone, weeks later, with no run), the later section,
 *   a CRC-32.
 * A run without a check is still written as version 2, byte for byte as before, so every code
 * made without a check (in links, handouts and tests) stays the same string.
 *
 * Decoding never throws: every way a string can fail to be a code is a `CodeProblem` naming
 * the part that is wrong, so the screens can say it in the player's language.
 */
import type {
  EvidenceReading,
  Headcount,
  Level,
  LeverName,
  Levers,
  WeekDecisions,
} from '../sim/index.ts';
import {
  BOOLEAN_LEVERS,
  EVIDENCE_READINGS,
  LEVELS,
  LEVER_NAMES,
  LEVER_SPECS,
  MAX_STAFFING_CHANGE,
  MAX_WEEKS,
  MODEL_VERSION,
  SHARE_LEVERS,
} from '../sim/index.ts';
import type { CheckProblem } from './check-code.ts';
import { readCheck, readLater, writeCheck, writeLater } from './check-code.ts';
import { Reader, Writer } from './code-bytes.ts';
import type { CheckRecord, LaterCheck } from './learning-check.ts';

/** The newest version this build reads and writes. */
export const CODE_VERSION = 3;
/** A run without a check is written at this version, unchanged since it was introduced. */
const RUN_VERSION = 2;
const KIND_RUN_WITH_CHECK = 1;
const KIND_LATER = 2;
/** The model every version 1 code was made with. */
const FIRST_MODEL = 1;
/** Longer than any real run's code (a 520-week run changing everything every week stays below). */
export const MAX_CODE_LENGTH = 24_000;
const MAX_PEOPLE = MAX_STAFFING_CHANGE;
const MAX_SEED = 0xffffffff;

export const CODE_MODES = ['guided', 'scenario', 'sandbox'] as const;
export type CodeMode = (typeof CODE_MODES)[number];

/** Append-only: the index of an id is what a code stores. */
export const CODE_SCENARIOS: readonly string[] = [
  'mandate',
  'signoff-crunch',
  'leaderboard',
  'layoffs',
  'pipeline',
  'sandbox',
];

/** Append-only, cards and each card's choices alike. */
export const CODE_CARDS: ReadonlyArray<{ id: string; choices: readonly string[] }> = [
  { id: 'breach', choices: ['patch', 'security-review', 'audit'] },
  { id: 'outage-deep-dive', choices: ['move-on', 'deep-dive', 'signoff'] },
  { id: 'senior-quits', choices: ['let-go', 'counter-offer', 'lighten-load'] },
  { id: 'leaderboard-gamed', choices: ['keep', 'replace', 'cap-tokens'] },
  { id: 'review-backlog', choices: ['push-on', 'fix-it-week', 'rubber-stamp'] },
  { id: 'board-capex', choices: ['hold', 'all-in', 'fund-pipeline'] },
  { id: 'velocity-brag', choices: ['celebrate', 'measure-outcomes'] },
  { id: 'board-cuts', choices: ['push-back', 'comply', 'trim-spend'] },
  { id: 'burnout', choices: ['push-through', 'relax-deadlines', 'bonus'] },
];

/** Everything a code holds. `decisions` has one entry per week decided (index 0 = week 1). */
export interface CodedRun {
  seed: number;
  scenarioId: string;
  weeks: number;
  mode: CodeMode;
  decisions: WeekDecisions[];
  /** The reading of the evidence the run used. */
  evidence: EvidenceReading;
  /** The model the run was played on (MODEL_VERSION then); replays use today's model. */
  modelVersion: number;
  /** The learning check's answers and prediction, when the player took it (version 3). */
  check?: CheckRecord;
}

/** Which part of a code is wrong; each kind has its own message in the workshop namespace. */
export type CodeProblem =
  | { kind: 'empty' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'characters'; at: number; char: string }
  | { kind: 'truncated' }
  | { kind: 'checksum' }
  | { kind: 'newerVersion'; version: number }
  | { kind: 'unknownVersion'; version: number }
  | { kind: 'content'; field: CodeField }
  /** A `later` code: the check taken alone, with no run to replay (`readCode` reads it). */
  | { kind: 'checkOnly' };

export type CodeField =
  | 'mode'
  | 'evidence'
  | 'model'
  | 'seed'
  | 'scenario'
  | 'weeks'
  | 'decisions'
  | 'week'
  | 'lever'
  | 'staffing'
  | 'card'
  | 'choice'
  | 'end'
  /** The section of a `later` code, which holds nothing but the check. */
  | 'check';

/** A run, and when its check section was damaged, why it was left out (the run is kept). */
export type DecodeResult =
  | { ok: true; run: CodedRun; checkProblem?: CheckProblem }
  | { ok: false; problem: CodeProblem };

/** Any code: a run (with or without its check), or a `later` code's check alone. */
export type ReadCode = DecodeResult | { ok: true; later: LaterCheck };

// Field mask bits of one week's entry: one per lever in the lever table's order (aiMandate 1,
// leaderboard 2, seniorReviewShare 4, seniorSignoff 8, deadlinePressure 16, pipelineInvestment
// 32, securityReview 64), then hire, layoff and card choices. The flags byte holds the on/off
// levers in table order, then the deadline pressure's option index. Share levers follow in
// table order. The table's order is append-only, so every code ever written decodes the same.
const BIT = {
  ...(Object.fromEntries(LEVER_NAMES.map((n, i) => [n, 1 << i])) as Record<LeverName, number>),
  hire: 1 << LEVER_NAMES.length,
  layoff: 1 << (LEVER_NAMES.length + 1),
  choices: 1 << (LEVER_NAMES.length + 2),
};
const LEVER_BITS = BIT.hire - 1;
const ALL_BITS = (BIT.choices << 1) - 1;
const FLAG_LEVERS = BOOLEAN_LEVERS;
const PRESSURES = LEVER_SPECS.deadlinePressure.options;
/** The flags byte: the on/off levers' bits, then the pressure's index in as few bits as it needs. */
const PRESSURE_SHIFT = FLAG_LEVERS.length;
const FLAG_BITS = PRESSURE_SHIFT + Math.ceil(Math.log2(PRESSURES.length));
const FLAG_MASK_BITS = FLAG_LEVERS.reduce((m, k) => m | BIT[k], BIT.deadlinePressure);

// ---------- bytes ----------

/** Thrown inside the reader only; `decodeResultsCode` turns it into a CodeProblem. */
class Refusal extends Error {
  constructor(readonly problem: CodeProblem) {
    super(problem.kind);
  }
}
const content = (field: CodeField) => new Refusal({ kind: 'content', field });
const truncated = () => new Refusal({ kind: 'truncated' });

let crcTable: Uint32Array | null = null;
/** CRC-32 (IEEE), the checksum of zip and PNG: catches every single mistyped character. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[i] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = (crcTable[(crc ^ b) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    if (b !== undefined) out += ALPHABET[(n >> 6) & 63];
    if (c !== undefined) out += ALPHABET[n & 63];
  }
  return out;
}

/** Null when the text is not canonical base64url (a stray length or unused bits set). */
function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of text) {
    acc = (acc << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
      acc &= (1 << bits) - 1;
    }
  }
  if (acc !== 0) return null;
  return Uint8Array.from(out);
}

// ---------- encoding ----------

/** Shares on the game's grids take one or two bytes; anything else is kept exactly. */
function writeShare(w: Writer, v: number): void {
  for (const [tag, steps] of [
    [0, 20],
    [1, 100],
    [2, 1000],
  ] as const) {
    const k = Math.round(v * steps);
    if (k / steps === v) {
      w.varint(k * 4 + tag);
      return;
    }
  }
  w.varint(3);
  w.float(v);
}

function writeCounts(w: Writer, counts: Partial<Headcount>): void {
  let mask = 0;
  LEVELS.forEach((l, i) => {
    if (counts[l] !== undefined) mask |= 1 << i;
  });
  w.byte(mask);
  for (const l of LEVELS) {
    const n = counts[l];
    if (n !== undefined) w.varint(n);
  }
}

const isEmpty = (d: WeekDecisions): boolean => !d.levers && !d.hire && !d.layoff && !d.choices;

/** What `encodeResultsCode` cannot write; the run's own decisions are always writable. */
export class UnencodableRun extends Error {}

function checkCounts(counts: Partial<Headcount>): void {
  for (const l of LEVELS) {
    const n = counts[l];
    if (n !== undefined && !(Number.isInteger(n) && n >= 0 && n <= MAX_PEOPLE))
      throw new UnencodableRun(`staffing ${l}: ${n}`);
  }
}

function writeWeek(w: Writer, d: WeekDecisions): void {
  const levers = d.levers ?? {};
  let mask = 0;
  for (const k of Object.keys(levers) as Array<keyof Levers>) {
    if (levers[k] !== undefined) mask |= BIT[k];
  }
  if (d.hire) mask |= BIT.hire;
  if (d.layoff) mask |= BIT.layoff;
  if (d.choices) mask |= BIT.choices;
  w.varint(mask);
  if (mask & FLAG_MASK_BITS) {
    let flags = 0;
    FLAG_LEVERS.forEach((k, i) => {
      if (levers[k]) flags |= 1 << i;
    });
    const p = levers.deadlinePressure;
    if (p !== undefined) flags |= PRESSURES.indexOf(p) << PRESSURE_SHIFT;
    w.byte(flags);
  }
  for (const k of SHARE_LEVERS) {
    const v = levers[k];
    if (v === undefined) continue;
    if (!(Number.isFinite(v) && v >= 0 && v <= 1)) throw new UnencodableRun(`${k}: ${v}`);
    writeShare(w, v);
  }
  if (d.hire) {
    checkCounts(d.hire);
    writeCounts(w, d.hire);
  }
  if (d.layoff) {
    checkCounts(d.layoff);
    writeCounts(w, d.layoff);
  }
  if (d.choices) {
    const entries = Object.entries(d.choices);
    w.varint(entries.length);
    for (const [cardId, choiceId] of entries) {
      const card = CODE_CARDS.findIndex((c) => c.id === cardId);
      const choice = CODE_CARDS[card]?.choices.indexOf(choiceId) ?? -1;
      if (card < 0 || choice < 0) throw new UnencodableRun(`choice ${cardId}: ${choiceId}`);
      w.varint(card);
      w.varint(choice);
    }
  }
}

/** The code of a run. Throws UnencodableRun only for decisions the game could never make. */
export function encodeResultsCode(run: CodedRun): string {
  const scenario = CODE_SCENARIOS.indexOf(run.scenarioId);
  if (scenario < 0) throw new UnencodableRun(`scenario ${run.scenarioId}`);
  if (!(Number.isInteger(run.weeks) && run.weeks >= 1 && run.weeks <= MAX_WEEKS))
    throw new UnencodableRun(`weeks ${run.weeks}`);
  if (!(Number.isInteger(run.seed) && run.seed >= 0 && run.seed <= MAX_SEED))
    throw new UnencodableRun(`seed ${run.seed}`);
  if (run.decisions.length > run.weeks) throw new UnencodableRun('more decisions than weeks');
  const fields = new Writer();
  writeRunFields(fields, run, scenario);
  if (!run.check) {
    const w = new Writer();
    w.byte(RUN_VERSION);
    w.append(fields.done());
    return sealed(w.done());
  }
  const runBytes = fields.done();
  const w = new Writer();
  w.byte(CODE_VERSION);
  w.byte(KIND_RUN_WITH_CHECK);
  w.varint(runBytes.length);
  w.append(runBytes);
  w.uint32(crc32(w.done()));
  writeCheck(w, run.check);
  return sealed(w.done());
}

/** The code of a check taken alone, weeks later (`?check=later`). */
export function encodeLaterCode(later: LaterCheck): string {
  const w = new Writer();
  w.byte(CODE_VERSION);
  w.byte(KIND_LATER);
  writeLater(w, later);
  return sealed(w.done());
}

/** The body and its CRC-32, as base64url. */
function sealed(body: Uint8Array): string {
  const out = new Uint8Array(body.length + 4);
  out.set(body);
  new DataView(out.buffer).setUint32(body.length, crc32(body));
  return toBase64Url(out);
}

/** A run's fields after the version byte (versions 2 and 3 alike). */
function writeRunFields(w: Writer, run: CodedRun, scenario: number): void {
  w.byte(CODE_MODES.indexOf(run.mode));
  w.byte(EVIDENCE_READINGS.indexOf(run.evidence));
  w.varint(run.modelVersion);
  w.varint(run.seed);
  w.varint(scenario);
  w.varint(run.weeks);
  w.varint(run.decisions.length);
  const entries = run.decisions.flatMap((d, i) => (isEmpty(d) ? [] : [{ i, d }]));
  w.varint(entries.length);
  let next = 0;
  for (const { i, d } of entries) {
    w.varint(i - next);
    next = i + 1;
    writeWeek(w, d);
  }
}

// ---------- decoding ----------

function readCounts(r: Reader<CodeField>): Partial<Headcount> {
  const mask = r.byte();
  if (mask === 0 || mask > 7) throw content('staffing');
  const out: Partial<Headcount> = {};
  LEVELS.forEach((l: Level, i) => {
    if (mask & (1 << i)) {
      const n = r.varint('staffing');
      if (n > MAX_PEOPLE) throw content('staffing');
      out[l] = n;
    }
  });
  return out;
}

function readShare(r: Reader<CodeField>): number {
  const t = r.varint('lever');
  if (t === 3) {
    const v = r.float();
    if (!(v >= 0 && v <= 1)) throw content('lever');
    return v;
  }
  const steps = [20, 100, 1000][t % 4] ?? 1;
  const k = Math.floor(t / 4);
  if (k > steps) throw content('lever');
  return k / steps;
}

function readWeek(r: Reader<CodeField>): WeekDecisions {
  const mask = r.varint('decisions');
  if (mask === 0 || mask > ALL_BITS) throw content('decisions');
  const levers: Partial<Levers> = {};
  if (mask & FLAG_MASK_BITS) {
    const flags = r.byte();
    if (flags >= 1 << FLAG_BITS) throw content('lever');
    FLAG_LEVERS.forEach((k, i) => {
      const on = (flags & (1 << i)) !== 0;
      if (mask & BIT[k]) levers[k] = on;
      else if (on) throw content('lever');
    });
    const p = flags >> PRESSURE_SHIFT;
    if (mask & BIT.deadlinePressure) {
      const pressure = PRESSURES[p];
      if (!pressure) throw content('lever');
      levers.deadlinePressure = pressure;
    } else if (p !== 0) throw content('lever');
  }
  for (const k of SHARE_LEVERS) if (mask & BIT[k]) levers[k] = readShare(r);
  const out: WeekDecisions = {};
  if (mask & LEVER_BITS) out.levers = levers;
  if (mask & BIT.hire) out.hire = readCounts(r);
  if (mask & BIT.layoff) out.layoff = readCounts(r);
  if (mask & BIT.choices) {
    const n = r.varint('card');
    if (n === 0 || n > CODE_CARDS.length) throw content('card');
    const choices: Record<string, string> = {};
    for (let i = 0; i < n; i++) {
      const card = CODE_CARDS[r.varint('card')];
      if (!card || choices[card.id] !== undefined) throw content('card');
      const choice = card.choices[r.varint('choice')];
      if (choice === undefined) throw content('choice');
      choices[card.id] = choice;
    }
    out.choices = choices;
  }
  return out;
}

function readBody(r: Reader<CodeField>, version: number): CodedRun {
  if (version < 1 || version > CODE_VERSION) {
    throw new Refusal({ kind: 'unknownVersion', version });
  }
  const mode = CODE_MODES[r.byte()];
  if (!mode) throw content('mode');
  let evidence: EvidenceReading = 'central';
  let modelVersion = FIRST_MODEL;
  if (version >= 2) {
    const reading = EVIDENCE_READINGS[r.byte()];
    if (!reading) throw content('evidence');
    evidence = reading;
    modelVersion = r.varint('model');
    if (modelVersion < FIRST_MODEL || modelVersion > MODEL_VERSION) throw content('model');
  }
  const seed = r.varint('seed');
  if (seed > MAX_SEED) throw content('seed');
  const scenarioId = CODE_SCENARIOS[r.varint('scenario')];
  if (scenarioId === undefined) throw content('scenario');
  const weeks = r.varint('weeks');
  if (weeks < 1 || weeks > MAX_WEEKS) throw content('weeks');
  const decided = r.varint('decisions');
  if (decided > weeks) throw content('decisions');
  const entries = r.varint('decisions');
  if (entries > decided) throw content('decisions');
  const decisions: WeekDecisions[] = [];
  for (let e = 0; e < entries; e++) {
    const gap = r.varint('week');
    if (decisions.length + gap >= decided) throw content('week');
    for (let g = 0; g < gap; g++) decisions.push({});
    decisions.push(readWeek(r));
  }
  while (decisions.length < decided) decisions.push({});
  if (r.left !== 0) throw content('end');
  return { seed, scenarioId, weeks, mode, decisions, evidence, modelVersion };
}

/** Reads a run's code typed, pasted or taken from a link; surrounding white space is ignored. */
export function decodeResultsCode(input: string): DecodeResult {
  const read = readCode(input);
  return 'later' in read ? { ok: false, problem: { kind: 'checkOnly' } } : read;
}

const uint32At = (bytes: Uint8Array, at: number): number =>
  new DataView(bytes.buffer, bytes.byteOffset).getUint32(at);

/** Reads any code: a run's (with its check, if it has one) or a `later` code's check alone. */
export function readCode(input: string): ReadCode {
  const text = input.trim();
  if (text.length === 0) return { ok: false, problem: { kind: 'empty' } };
  if (text.length > MAX_CODE_LENGTH)
    return { ok: false, problem: { kind: 'tooLong', max: MAX_CODE_LENGTH } };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (!ALPHABET.includes(ch)) {
      return { ok: false, problem: { kind: 'characters', at: i + 1, char: ch } };
    }
  }
  const bytes = fromBase64Url(text);
  // A length or last character no encoder writes: something was added, lost or mistyped.
  if (!bytes) return { ok: false, problem: { kind: 'checksum' } };
  // Version 3: version, kind and the checksum at the very least; before it, a run's code holds
  // version, mode, five one-byte numbers and the checksum.
  if (bytes.length < (bytes[0] === CODE_VERSION ? 6 : 11))
    return { ok: false, problem: { kind: 'truncated' } };
  const body = bytes.subarray(0, bytes.length - 4);
  const intact = crc32(body) === uint32At(bytes, bytes.length - 4);
  const version = body[0] ?? 0;
  try {
    if (version === CODE_VERSION && body[1] === KIND_RUN_WITH_CHECK)
      return runWithCheck(bytes, intact);
    if (!intact) return { ok: false, problem: { kind: 'checksum' } };
    if (version > CODE_VERSION) return { ok: false, problem: { kind: 'newerVersion', version } };
    if (version === CODE_VERSION) {
      const later = body[1] === KIND_LATER ? readLater(body.subarray(2)) : null;
      if (!later) return { ok: false, problem: { kind: 'content', field: 'mode' } };
      if (!later.ok) return { ok: false, problem: { kind: 'content', field: 'check' } };
      return { ok: true, later: later.value };
    }
    return { ok: true, run: readBody(new Reader(body.subarray(1), content, truncated), version) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, problem: e.problem };
    throw e;
  }
}

/**
 * A run with its check: the run stands on its own checksum; the check is kept only when the
 * checksum over the whole code holds and its section reads, else it is left out with the reason.
 */
function runWithCheck(bytes: Uint8Array, intact: boolean): DecodeResult {
  const head = new Reader(bytes.subarray(2), content, truncated);
  const runLength = head.varint('end');
  const start = bytes.length - head.left;
  const end = start + runLength;
  if (end + 4 > bytes.length || crc32(bytes.subarray(0, end)) !== uint32At(bytes, end)) {
    return { ok: false, problem: { kind: 'checksum' } };
  }
  const run = readBody(new Reader(bytes.subarray(start, end), content, truncated), CODE_VERSION);
  const section = bytes.subarray(end + 4, bytes.length - 4);
  if (!intact) return { ok: true, run, checkProblem: { kind: 'checksum' } };
  const check = readCheck(section);
  if (!check.ok) return { ok: true, run, checkProblem: check.problem };
  return { ok: true, run: { ...run, check: check.value } };
}
