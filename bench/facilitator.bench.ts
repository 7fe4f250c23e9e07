/**
 * `npm run bench:facilitator`: the facilitator view's work when a room's codes are shown.
 * Figures, not a test: it never fails on a slow machine.
 *
 *   - 40 results codes of 26-week runs (varied players: levers moved, staff hired and let go,
 *     cards answered), decoded, replayed, scored and ranked, as the view does it
 *     (goal: within 1 s; median and worst of 15 rounds after a warm-up);
 *   - the CSV and JSON exports of that room;
 *   - the room's learning check when all 40 carry one (before and after, gain, questions,
 *     attribution, prediction gap: 2,000 bootstrap resamples a figure), and its export rows;
 *   - encoding a finished 26-week run into its code (the debrief does it once);
 *   - the length of the codes: a typical 12, 26 and 52-week run.
 */
import { cpus, loadavg } from 'node:os';
import { resultsCodeOf, runOfCode } from '../src/content/canonical-decisions.ts';
import { CARDS } from '../src/content/cards.ts';
import type { CheckAnswer } from '../src/content/learning-check.ts';
import { CHECK_ITEMS, NOT_SURE } from '../src/content/learning-check.ts';
import type { CodedRun } from '../src/content/results-code.ts';
import { decodeResultsCode } from '../src/content/results-code.ts';
import type { WeekDecisions } from '../src/sim/index.ts';
import { MODEL_VERSION, PRESSURES } from '../src/sim/index.ts';
import { checkRows, roomCheck } from '../src/state/room-check.ts';
import { roomCsv } from '../src/state/room-csv.ts';
import { buildRoom, codeLines, roomJson } from '../src/state/workshop.ts';
import { median } from './median.ts';

/** A small deterministic generator, so every bench run times the same room. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A player who moves a lever every few weeks, hires or lets people go now and then, and answers cards. */
function player(i: number, weeks: number): CodedRun {
  const r = lcg(i + 1);
  const decisions: WeekDecisions[] = [];
  for (let w = 0; w < weeks; w++) {
    const d: WeekDecisions = {};
    if (r() < 0.3) {
      d.levers = {
        aiMandate: Math.round(r() * 20) / 20,
        seniorReviewShare: Math.round(r() * 20) / 20,
        deadlinePressure: PRESSURES[Math.floor(r() * 3)] ?? 'normal',
        seniorSignoff: r() < 0.3,
        pipelineInvestment: Math.round(r() * 10) / 10,
      };
    }
    if (r() < 0.1) d.hire = { senior: Math.floor(r() * 3), mid: Math.floor(r() * 4) };
    if (r() < 0.04) d.layoff = { junior: Math.floor(r() * 5) };
    const card = CARDS[Math.floor(r() * CARDS.length)];
    const choice = card?.choices[Math.floor(r() * (card?.choices.length ?? 1))];
    if (card && choice) d.choices = { [card.id]: choice.id };
    decisions.push(d);
  }
  return {
    seed: 20_260_101,
    scenarioId: 'mandate',
    weeks,
    mode: 'scenario',
    decisions,
    evidence: 'central',
    modelVersion: MODEL_VERSION,
  };
}

const time = (f: () => unknown): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};
const ms = (x: number): string => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;

const codes = Array.from({ length: 40 }, (_, i) => resultsCodeOf(player(i, 26)));
const list = codes.map((c, i) => `Team ${i + 1} ${c}`).join('\n');
const ROUNDS = 15;

for (let i = 0; i < 2; i++) buildRoom(codeLines(list));
const roomTimes = Array.from({ length: ROUNDS }, () => time(() => buildRoom(codeLines(list))));
const decoded = codes.map((c) => {
  const d = decodeResultsCode(c);
  if (!d.ok) throw new Error(d.problem.kind);
  return d.run;
});
// The model alone on the same 40 runs: what the room's replay cannot go below on this machine.
const modelTimes = Array.from({ length: ROUNDS }, () =>
  time(() => {
    for (const r of decoded) runOfCode(r);
  }),
);
const room = buildRoom(codeLines(list));
const exportTimes = Array.from({ length: ROUNDS }, () =>
  time(() => {
    roomCsv(room.runs);
    roomJson(room.runs);
  }),
);
const encodeTimes = Array.from({ length: ROUNDS }, (_, i) =>
  time(() => resultsCodeOf(player(100 + i, 26))),
);
const lengths = [12, 26, 52].map((w) => {
  const all = Array.from({ length: 20 }, (_, i) => resultsCodeOf(player(200 + i, w)).length);
  return `${w} weeks: median ${median(all)}, longest ${Math.max(...all)} characters`;
});

/** A sitting: each item answered right, wrong or "not sure" at random. */
function sitting(r: () => number): CheckAnswer[] {
  return CHECK_ITEMS.map((item) => {
    const x = r();
    const wrong = item.options.find((o) => o !== item.right) ?? NOT_SURE;
    return { item: item.id, choice: x < 0.5 ? item.right : x < 0.8 ? wrong : NOT_SURE };
  });
}
const checkedList = Array.from({ length: 40 }, (_, i) => {
  const r = lcg(1000 + i);
  const run = player(i, 26);
  const check = {
    firstForm: i % 2 === 0 ? ('A' as const) : ('B' as const),
    before: sitting(r),
    after: sitting(r),
    prediction: { features: Math.floor(r() * 200), incidents: Math.floor(r() * 30), confidence: 3 },
  };
  return `Team ${i + 1} ${resultsCodeOf({ ...run, check })}`;
}).join('\n');
const checkedRoom = buildRoom(codeLines(checkedList));
// A new list each round, so the view's memo does not answer from the round before.
const checkTimes = Array.from({ length: ROUNDS }, () =>
  time(() => roomCheck({ runs: [...checkedRoom.runs], later: checkedRoom.later })),
);
const checkRowTimes = Array.from({ length: ROUNDS }, () =>
  time(() => checkRows(checkedRoom.runs, checkedRoom.later)),
);

const rows: [string, string, string][] = [
  [
    'replay + rank 40 codes of 26-week runs',
    `median ${ms(median(roomTimes))}, worst ${ms(Math.max(...roomTimes))}`,
    'within 1 s',
  ],
  ['the model alone, same 40 runs', `median ${ms(median(modelTimes))}`, 'for scale'],
  ['export the room (CSV + JSON)', `median ${ms(median(exportTimes))}`, ''],
  [
    "the room's learning check, 40 checked codes",
    `median ${ms(median(checkTimes))}, worst ${ms(Math.max(...checkTimes))}`,
    '',
  ],
  ["the check's export rows, 40 codes", `median ${ms(median(checkRowTimes))}`, ''],
  ['encode one 26-week run', `median ${ms(median(encodeTimes))}`, ''],
  ...lengths.map((l): [string, string, string] => ['code length (busy player)', l, '']),
];
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log(
  `facilitator bench on ${cpus()[0]?.model ?? 'unknown CPU'}, load ${loadavg()[0]?.toFixed(2)}`,
);
console.log(`ranked ${room.runs.length} runs (${room.refused.length} refused)`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
