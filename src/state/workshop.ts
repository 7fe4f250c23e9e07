/**
 * The facilitator's room: results codes pasted or dropped in, each replayed into a run,
 * ranked on the debrief's score, with what each team tried and the room's spread. Pure:
 * text in, rows out; the facilitator screen only draws them.
 */

import { resultsCodeOf } from '../content/canonical-decisions.ts';
import type { CheckProblem } from '../content/check-code.ts';
import type { CheckRecord, LaterCheck } from '../content/learning-check.ts';
import type { CodedRun, CodeProblem } from '../content/results-code.ts';
import { decodeResultsCode, readCode } from '../content/results-code.ts';
import { WORKSHOP_PROMPTS, type WorkshopPrompt } from '../content/workshop-prompts.ts';
import type {
  EvidenceReading,
  Levers,
  RunSummary,
  Score,
  ScoreComponent,
  SimEvent,
  WeekDecisions,
  WeekMetrics,
} from '../sim/index.ts';
import {
  MODEL_VERSION,
  quantile,
  SCORE_COMPONENTS,
  SummaryBuilder,
  scoreRun,
} from '../sim/index.ts';

/** The score's components, in the order the room's tables and charts show them. */
export const ROOM_SCORE_COMPONENTS: readonly ScoreComponent[] = SCORE_COMPONENTS;

/** The facilitator's debrief prompts for a workshop length, in the order to ask them. */
export function workshopPrompts(preset: keyof typeof WORKSHOP_PROMPTS): readonly WorkshopPrompt[] {
  return WORKSHOP_PROMPTS[preset];
}

import { modelVersionOf, readingOf } from './reading.ts';
import type { CheckRow } from './room-check.ts';
import type { RunLength, RunRecord } from './run-record.ts';
import { foldRecord, PLAYABLE_LENGTHS } from './run-record.ts';

/** Workshop lengths and the run length each plays. */
/**
 * The workshop lengths a facilitator picks from. The 20-minute and the full session take the
 * learning check (about three minutes before and three after); five minutes leave no room for it.
 */
export const WORKSHOP_PRESETS = [
  { id: 'five', weeks: 12, check: false },
  { id: 'twenty', weeks: 26, check: true },
  { id: 'session', weeks: 52, check: true },
] as const satisfies ReadonlyArray<{ id: string; weeks: RunLength; check: boolean }>;
export type WorkshopPreset = (typeof WORKSHOP_PRESETS)[number]['id'];

/** A code the game itself cannot open (the CLI can play any length; the game plays four). */
export type RoomProblem =
  | CodeProblem
  | { kind: 'length'; weeks: number }
  /** The same code as an earlier line of the room's list: one run, counted once. */
  | { kind: 'duplicate'; line: number };

export type OpenResult = { ok: true; record: RunRecord } | { ok: false; problem: RoomProblem };

/** A results code as a run the game can show: decoded, and of a length the game plays. */
export function recordOfCode(code: string): OpenResult {
  const decoded = decodeResultsCode(code);
  if (!decoded.ok) return decoded;
  return playable(decoded.run);
}

function playable(run: CodedRun): OpenResult {
  const { weeks } = run;
  if (!(PLAYABLE_LENGTHS as readonly number[]).includes(weeks)) {
    return { ok: false, problem: { kind: 'length', weeks } };
  }
  return { ok: true, record: { ...run, weeks: weeks as RunLength } };
}

/** What the room makes of one pasted code: a run (with its check, if any) or a later check. */
export type RoomCode =
  | { ok: true; record: RunRecord; check: CheckRecord | null; checkProblem: CheckProblem | null }
  | { ok: true; later: LaterCheck }
  | { ok: false; problem: RoomProblem };

/**
 * Any code the room takes: a run's, whose check (when it carries one) is kept beside the record,
 * or a `later` code's check alone, which the room counts for retention (the game refuses it, as
 * it has no run to replay).
 */
export function roomCodeOf(code: string): RoomCode {
  const read = readCode(code);
  if (!read.ok) return read;
  if ('later' in read) return { ok: true, later: read.later };
  const { check, ...run } = read.run;
  const opened = playable(run);
  if (!opened.ok) return opened;
  return {
    ok: true,
    record: opened.record,
    check: check ?? null,
    checkProblem: read.checkProblem ?? null,
  };
}

/** The results code of a run record, as the debrief shows it. */
export function codeOfRecord(record: RunRecord): string {
  return resultsCodeOf({
    ...record,
    evidence: record.evidence ?? 'central',
    modelVersion: MODEL_VERSION,
  });
}

/** What the room link sets: the run everyone in the room plays. */
export interface RoomRunSettings {
  scenarioId: string;
  seed: number;
  weeks: RunLength;
  evidence?: EvidenceReading;
  /** The learning check on; a link without it plays without. */
  check?: boolean;
}

/**
 * The room link's query string (without `?`): scenario, seed and length, and the evidence
 * reading when it is not the central one (a link without it plays at central).
 */
export function roomQuery(room: RoomRunSettings): string {
  const q = new URLSearchParams({
    scenario: room.scenarioId,
    seed: String(room.seed),
    weeks: String(room.weeks),
  });
  const evidence = readingOf(room);
  if (evidence !== 'central') q.set('evidence', evidence);
  if (room.check) q.set('check', '1');
  return q.toString();
}

/** One line of the facilitator's list: an optional team name, then a code or a game link. */
export interface CodeLine {
  /** 1-based line number in the list. */
  line: number;
  name: string;
  code: string;
}

const CODE_IN_LINK = /[?&#]code=([^&#\s]*)/;

/** Splits the pasted list into codes: one a line, blank lines skipped, `name code` allowed. */
export function codeLines(text: string): CodeLine[] {
  const out: CodeLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const parts = trimmed.split(/\s+/);
    const last = parts.at(-1) ?? '';
    const link = CODE_IN_LINK.exec(last);
    let code = last;
    if (link) {
      try {
        code = decodeURIComponent(link[1] ?? '');
      } catch {
        code = link[1] ?? '';
      }
    }
    const name = parts
      .slice(0, -1)
      .join(' ')
      .replace(/[\s:,;=-]+$/, '');
    out.push({ line: i + 1, name, code });
  });
  return out;
}

/** The codes in a dropped JSON file: a CLI run, a room export, or any object or list holding `code`s. */
export function codesInJson(text: string): string[] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const found: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 6 || typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const rec = v as Record<string, unknown>;
    if (typeof rec.code === 'string') {
      const name = typeof rec.name === 'string' ? rec.name.replace(/\s+/g, ' ').trim() : '';
      found.push(name ? `${name} ${rec.code}` : rec.code);
      return;
    }
    for (const x of Object.values(rec)) walk(x, depth + 1);
  };
  walk(json, 0);
  return found;
}

/** What a team did with the levers and staff over its run. */
export interface Tried {
  maxMandate: number;
  finalMandate: number;
  signoffWeeks: number;
  leaderboardWeeks: number;
  crunchWeeks: number;
  securityWeeks: number;
  meanPipeline: number;
  meanSeniorReview: number;
  hired: number;
  laidOff: number;
  /** Card id -> the choice id the team took, for every card answered. */
  answers: Array<{ cardId: string; choiceId: string }>;
}

export interface RoomRun {
  line: number;
  name: string;
  code: string;
  record: RunRecord;
  weeks: WeekMetrics[];
  summary: RunSummary;
  score: Score;
  tried: Tried;
  rank: number;
  /** The learning check the code carries; null when it has none or it was damaged. */
  check: CheckRecord | null;
  /** Why the code's check was left out (the run is kept), when it was. */
  checkProblem: CheckProblem | null;
}

/** A `later` code: the check taken alone, weeks later. Anonymous: no team name is kept. */
export interface RoomLater {
  line: number;
  code: string;
  later: LaterCheck;
}

export interface RoomRefusal {
  line: number;
  name: string;
  code: string;
  problem: RoomProblem;
}

export interface Room {
  runs: RoomRun[];
  refused: RoomRefusal[];
  later: RoomLater[];
}

function triedOf(
  record: RunRecord,
  levers: readonly Levers[],
  weeks: readonly WeekMetrics[],
  events: readonly SimEvent[],
): Tried {
  const n = Math.max(1, levers.length);
  const count = (f: (l: Levers) => boolean) => levers.filter(f).length;
  const sum = (f: (l: Levers) => number) => levers.reduce((a, l) => a + f(l), 0);
  const staff = (d: WeekDecisions, k: 'hire' | 'layoff') =>
    (d[k]?.junior ?? 0) + (d[k]?.mid ?? 0) + (d[k]?.senior ?? 0);
  const answers: Tried['answers'] = [];
  for (const e of events) {
    if (e.kind === 'cardResolved') answers.push({ cardId: e.cardId, choiceId: e.choiceId });
  }
  return {
    maxMandate: Math.max(0, ...levers.map((l) => l.aiMandate)),
    finalMandate: levers.at(-1)?.aiMandate ?? 0,
    signoffWeeks: count((l) => l.seniorSignoff),
    leaderboardWeeks: count((l) => l.leaderboard),
    crunchWeeks: count((l) => l.deadlinePressure === 'crunch'),
    securityWeeks: count((l) => l.securityReview),
    meanPipeline: sum((l) => l.pipelineInvestment) / n,
    meanSeniorReview: sum((l) => l.seniorReviewShare) / n,
    hired: record.decisions.reduce((a, d) => a + staff(d, 'hire'), 0),
    laidOff: weeks.reduce((a, w) => a + w.laidOff, 0),
    answers,
  };
}

export interface RoomReplay {
  weeks: WeekMetrics[];
  events: SimEvent[];
  /** The levers in force each week. */
  levers: Levers[];
  summary: RunSummary;
  score: Score;
}

/**
 * Replays one run straight through the model (no per-week snapshots: a room replays many), up to
 * the week the board replaced the player when it did.
 */
export function replayForRoom(record: RunRecord): RoomReplay {
  const weeks: WeekMetrics[] = [];
  const events: SimEvent[] = [];
  const levers: Levers[] = [];
  const fold = new SummaryBuilder();
  const state = foldRecord(record, (r) => {
    weeks.push(r.metrics);
    for (const e of r.events) events.push(e);
    levers.push(r.state.levers);
    fold.add(r.metrics);
  });
  const summary = fold.result();
  return {
    weeks,
    events,
    levers,
    summary,
    score: scoreRun({ weeks, summary, final: state, plannedWeeks: record.weeks }),
  };
}

/**
 * Every line of the list replayed and ranked (best score first); later codes set apart; bad lines
 * kept with their reason.
 */
export function buildRoom(lines: readonly CodeLine[]): Room {
  const runs: RoomRun[] = [];
  const refused: RoomRefusal[] = [];
  const later: RoomLater[] = [];
  const firstLine = new Map<string, number>();
  for (const l of lines) {
    // A code pasted twice (a team that sent it twice, two files dropped) is one run, not two.
    const earlier = firstLine.get(l.code.trim());
    if (earlier !== undefined) {
      refused.push({ ...l, problem: { kind: 'duplicate', line: earlier } });
      continue;
    }
    firstLine.set(l.code.trim(), l.line);
    const opened = roomCodeOf(l.code);
    if (!opened.ok) {
      refused.push({ ...l, problem: opened.problem });
      continue;
    }
    if ('later' in opened) {
      later.push({ line: l.line, code: l.code.trim(), later: opened.later });
      continue;
    }
    const { record } = opened;
    const played = replayForRoom(record);
    runs.push({
      ...l,
      code: l.code.trim(),
      record,
      weeks: played.weeks,
      summary: played.summary,
      score: played.score,
      tried: triedOf(record, played.levers, played.weeks, played.events),
      rank: 0,
      check: opened.check,
      checkProblem: opened.checkProblem,
    });
  }
  runs.sort((a, b) => b.score.total - a.score.total || a.line - b.line);
  runs.forEach((r, i) => {
    r.rank = i + 1;
  });
  return { runs, refused, later };
}

/** Which model versions and readings the room's runs were played on, and whether they mix. */
export interface RoomMix {
  /** Every model version in the room, oldest first. */
  versions: number[];
  /** Every reading in the room, cautious first. */
  readings: EvidenceReading[];
  mixedVersions: boolean;
  mixedReadings: boolean;
  /** Either: the room's scores are then not like-for-like, and each run is marked. */
  mixed: boolean;
}

const READING_ORDER: readonly EvidenceReading[] = ['low', 'central', 'high'];

export function roomMix(runs: readonly Pick<RoomRun, 'record'>[]): RoomMix {
  const versions = [...new Set(runs.map((r) => modelVersionOf(r.record)))].sort((a, b) => a - b);
  const seen = new Set(runs.map((r) => readingOf(r.record)));
  const readings = READING_ORDER.filter((r) => seen.has(r));
  const mixedVersions = versions.length > 1;
  const mixedReadings = readings.length > 1;
  return {
    versions,
    readings,
    mixedVersions,
    mixedReadings,
    mixed: mixedVersions || mixedReadings,
  };
}

export interface Spread3 {
  min: number;
  median: number;
  max: number;
}

/** The room's spread of the total score and of each component. */
export function roomSpread(runs: readonly RoomRun[]): Record<'total' | ScoreComponent, Spread3> {
  const of = (values: number[]): Spread3 => {
    const sorted = [...values].sort((a, b) => a - b);
    return { min: sorted[0] ?? 0, median: quantile(sorted, 0.5), max: sorted.at(-1) ?? 0 };
  };
  const out = { total: of(runs.map((r) => r.score.total)) } as Record<
    'total' | ScoreComponent,
    Spread3
  >;
  for (const c of SCORE_COMPONENTS) out[c] = of(runs.map((r) => r.score.components[c]));
  return out;
}

/** What each team tried, in the order the CSV and the facilitator's table list it. */
export const TRIED_COLUMNS = [
  'maxMandate',
  'finalMandate',
  'signoffWeeks',
  'leaderboardWeeks',
  'crunchWeeks',
  'securityWeeks',
  'meanPipeline',
  'meanSeniorReview',
  'hired',
  'laidOff',
] as const satisfies ReadonlyArray<keyof Tried>;

/**
 * The room as JSON: every run with its code (so the file can be dropped back in), score and
 * summary; the later codes (dropped back in too); and the learning check's anonymous rows
 * (`checkRows`), apart from the runs so no row sits beside a team's name.
 */
export function roomJson(
  runs: readonly RoomRun[],
  extra: { later?: readonly RoomLater[]; check?: readonly CheckRow[] } = {},
): string {
  const { later = [], check = [] } = extra;
  return `${JSON.stringify(
    {
      kind: 'velocity-trap-room',
      version: 1,
      ...(later.length > 0 ? { later: later.map((l) => ({ code: l.code })) } : {}),
      ...(check.length > 0 ? { check } : {}),
      runs: runs.map((r) => ({
        rank: r.rank,
        name: r.name,
        code: r.code,
        scenario: r.record.scenarioId,
        seed: r.record.seed,
        weeks: r.record.weeks,
        evidence: readingOf(r.record),
        modelVersion: modelVersionOf(r.record),
        score: r.score,
        tried: r.tried,
        summary: r.summary,
      })),
    },
    null,
    2,
  )}\n`;
}
