/**
 * The room as a spreadsheet: one row a run in rank order. Column names are stable ids, not
 * translated, so a spreadsheet built on one export works on the next; beside the ids stand the
 * names a person reads (scenario, reading, the cards' answers) in the facilitator's language.
 * Figures are rounded to what they mean: whole counts and money, shares to three places.
 */
import type { RunSummary, ScoreComponent } from '../sim/index.ts';
import { SCORE_COMPONENTS, SUMMARY_FIELDS } from '../sim/index.ts';
import { modelVersionOf, readingOf } from './reading.ts';
import type { CheckRow } from './room-check.ts';
import type { RoomRun, Tried } from './workshop.ts';
import { TRIED_COLUMNS } from './workshop.ts';

/** The names a person reads, from the facilitator's language; ids stand in without them. */
export interface CsvNames {
  scenario(id: string): string;
  reading(reading: ReturnType<typeof readingOf>): string;
  /** A card's answer as "title: choice". */
  answer(cardId: string, choiceId: string): string;
}

const ID_NAMES: CsvNames = {
  scenario: (id) => id,
  reading: (r) => r,
  answer: (card, choice) => `${card}:${choice}`,
};

/** The run's figures the CSV adds after what each team tried: none twice (laid off is both). */
const SUMMARY_COLUMNS = SUMMARY_FIELDS.filter(
  (f): f is Exclude<(typeof SUMMARY_FIELDS)[number], (typeof TRIED_COLUMNS)[number]> =>
    !(TRIED_COLUMNS as readonly string[]).includes(f),
);

export const ROOM_CSV_COLUMNS = [
  'rank',
  'name',
  'code',
  'scenario',
  'scenarioName',
  'seed',
  'weeks',
  'evidence',
  'evidenceName',
  'modelVersion',
  'score',
  ...SCORE_COMPONENTS.map((c) => `score_${c}` as const),
  ...TRIED_COLUMNS,
  'answers',
  'answersText',
  ...SUMMARY_COLUMNS,
] as const;

type Numeric = ScoreComponent | (typeof TRIED_COLUMNS)[number] | (typeof SUMMARY_FIELDS)[number];

/** Decimal places each figure is written with: what its precision means, no more. */
const DECIMALS: Readonly<Record<Numeric, number>> = {
  // Points out of each component's maximum.
  ...(Object.fromEntries(SCORE_COMPONENTS.map((c) => [c, 1])) as Record<ScoreComponent, number>),
  maxMandate: 2,
  finalMandate: 2,
  meanPipeline: 2,
  meanSeniorReview: 2,
  signoffWeeks: 0,
  leaderboardWeeks: 0,
  crunchWeeks: 0,
  securityWeeks: 0,
  hired: 0,
  laidOff: 0,
  linesWritten: 0,
  featuresShipped: 0,
  incidents: 0,
  breaches: 0,
  deploys: 0,
  changeFailureRate: 3,
  meanLeadTimeDays: 1,
  meanTimeToRestoreHours: 1,
  customersAffected: 0,
  meanMorale: 3,
  finalOwnership: 3,
  finalEngineers: 0,
  quits: 0,
  computeCost: 0,
  budgetSpent: 0,
  escapedDefects: 0,
  peakReviewQueueLines: 0,
  finalReviewQueueLines: 0,
  meanAdoption: 3,
  meanEngineers: 1,
  budgetTotal: 0,
};

const rounded = (v: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
};

const csvCell = (v: string | number): string => {
  if (typeof v === 'number') return String(v);
  // A team name a spreadsheet would run as a formula is kept as text.
  const s = /^[=+\-@\t]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

const SCORE_DECIMALS = 1;

/** The room as CSV. Without `names`, the name columns repeat the ids (a test, a script). */
export function roomCsv(runs: readonly RoomRun[], names: CsvNames = ID_NAMES): string {
  const tried = (t: Tried, c: (typeof TRIED_COLUMNS)[number]) => rounded(t[c], DECIMALS[c]);
  const summary = (s: RunSummary, f: (typeof SUMMARY_FIELDS)[number]) => rounded(s[f], DECIMALS[f]);
  const rows = runs.map((r) => {
    const reading = readingOf(r.record);
    const values: Array<string | number> = [
      r.rank,
      r.name,
      r.code,
      r.record.scenarioId,
      names.scenario(r.record.scenarioId),
      r.record.seed,
      r.record.weeks,
      reading,
      names.reading(reading),
      modelVersionOf(r.record),
      rounded(r.score.total, SCORE_DECIMALS),
      ...SCORE_COMPONENTS.map((c) => rounded(r.score.components[c], DECIMALS[c])),
      ...TRIED_COLUMNS.map((c) => tried(r.tried, c)),
      r.tried.answers.map((a) => `${a.cardId}:${a.choiceId}`).join(' '),
      r.tried.answers.map((a) => names.answer(a.cardId, a.choiceId)).join('; '),
      ...SUMMARY_COLUMNS.map((f) => summary(r.summary, f)),
    ];
    return values.map(csvCell).join(',');
  });
  return `${[ROOM_CSV_COLUMNS.join(','), ...rows].join('\n')}\n`;
}

/** The check's spreadsheet: a row's fields, in order. */
export const CHECK_ROW_COLUMNS = [
  'respondent',
  'item',
  'form',
  'sitting',
  'choice',
  'correct',
] as const satisfies ReadonlyArray<keyof CheckRow>;

/**
 * The learning check's answers as a spreadsheet of their own, one row an item of a sitting
 * (`checkRows`): no name, code, time or free text, so it can be shared beyond the room. `correct`
 * is 1 or 0, so a column average is the share right; an unanswered item has an empty `choice`.
 */
export function checkCsv(rows: readonly CheckRow[]): string {
  const lines = rows.map((r) =>
    [r.respondent, r.item, r.form, r.sitting, r.choice ?? '', r.correct ? 1 : 0]
      .map(csvCell)
      .join(','),
  );
  return `${[CHECK_ROW_COLUMNS.join(','), ...lines].join('\n')}\n`;
}
