// The reading of the evidence in the game's state: a run started at a reading keeps it (in the
// store, in a saved run, in its results code), old saved data loads as central, the room link
// carries it, the room says when its runs mix model versions or readings, an older model's code
// opens with the notice flag, and the debrief's run replays at another reading and comes back.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resultsCodeOf } from '../../src/content/canonical-decisions.ts';
import { CARDS } from '../../src/content/cards.ts';
import type { CodedRun } from '../../src/content/results-code.ts';
import { MODEL_VERSION, policyToDecisions } from '../../src/sim/index.ts';
import {
  modelVersionOf,
  otherReadings,
  playedOnOlderModel,
  readingOf,
} from '../../src/state/reading.ts';
import { ROOM_CSV_COLUMNS, roomCsv } from '../../src/state/room-csv.ts';
import { replay } from '../../src/state/run-record.ts';
import { parseRunRecord } from '../../src/state/saved-run.ts';
import { createGameStore, memoryPersistence, type Persistence } from '../../src/state/store.ts';
import {
  buildRoom,
  codeLines,
  codeOfRecord,
  recordOfCode,
  roomJson,
  roomMix,
  roomQuery,
} from '../../src/state/workshop.ts';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'platform', 'golden');
/** Made before the evidence readings (code version 1, model 1): mandate, seed 5, 12 weeks. */
const V1_CODE = 'AQEFAAwMAgDlAQQYJFAGAwMGATCzstq5';

const FIRST_CHOICE = new Map(CARDS.map((c) => [c.id, c.choices[0]?.id ?? '']));

const coded = (over: Partial<CodedRun> = {}): CodedRun => ({
  seed: 11,
  scenarioId: 'mandate',
  weeks: 12,
  mode: 'scenario',
  evidence: 'central',
  modelVersion: MODEL_VERSION,
  decisions: policyToDecisions({ aiMandate: 0.8, leaderboard: true }, 12),
  ...over,
});

/** A persistence that keeps what it is given, as JSON, like the browser's storage would. */
function jsonPersistence(): Persistence & { text: () => string | null } {
  let run: string | null = null;
  const base = memoryPersistence();
  return {
    ...base,
    available: true,
    loadRun: () => ({ value: run ? parseRunRecord(JSON.parse(run)) : null, setAside: false }),
    saveRun: (r) => {
      run = r ? JSON.stringify(r) : null;
      return true;
    },
    text: () => run,
  };
}

describe('a run at a reading', () => {
  it('starts at the reading asked for, central by default, and keeps it in the record', () => {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'sandbox', weeks: 52, seed: 3, mode: 'sandbox' });
    expect(store.getState().run?.evidence).toBe('central');
    store.getState().startRun({
      scenarioId: 'sandbox',
      weeks: 52,
      seed: 3,
      mode: 'sandbox',
      evidence: 'low',
    });
    expect(store.getState().run?.evidence).toBe('low');
    expect(store.getState().sim?.state.evidence).toBe('low');
    store.getState().playWeek();
    expect(store.getState().run?.evidence).toBe('low');
    // The results code names the reading.
    const code = codeOfRecord(store.getState().run ?? replayless());
    const opened = recordOfCode(code);
    expect(opened.ok && opened.record.evidence).toBe('low');
  });

  it('round-trips the reading through a saved run, and the continued run plays at it', () => {
    const saved = jsonPersistence();
    const store = createGameStore(saved);
    store.getState().startRun({
      scenarioId: 'mandate',
      weeks: 12,
      seed: 9,
      mode: 'scenario',
      evidence: 'high',
    });
    store.getState().playWeek();
    expect(JSON.parse(saved.text() ?? '{}').evidence).toBe('high');
    const again = createGameStore(saved);
    expect(again.getState().savedRun?.evidence).toBe('high');
    expect(again.getState().continueSaved()).toBe(true);
    expect(again.getState().sim?.state.evidence).toBe('high');
  });

  it('loads old saved data (no reading) as central, and refuses a reading it does not know', () => {
    const golden = JSON.parse(readFileSync(join(goldenDir, 'v1-run.json'), 'utf8')).data;
    expect(golden.evidence).toBeUndefined();
    const record = parseRunRecord(golden);
    expect(record).not.toBeNull();
    if (!record) return;
    expect(readingOf(record)).toBe('central');
    expect(replay(record).state.evidence).toBe('central');
    for (const r of ['low', 'central', 'high'] as const)
      expect(parseRunRecord({ ...golden, evidence: r })?.evidence).toBe(r);
    expect(parseRunRecord({ ...golden, evidence: 'cautious' })).toBeNull();
    expect(parseRunRecord({ ...golden, evidence: 2 })).toBeNull();
  });

  it('offers the other readings, the two ends first', () => {
    expect(otherReadings('central')).toEqual(['low', 'high']);
    expect(otherReadings('low')).toEqual(['high', 'central']);
    expect(otherReadings('high')).toEqual(['low', 'central']);
  });
});

describe('the room link', () => {
  it('carries the reading when it is not central, and a link without one plays at central', () => {
    const room = { scenarioId: 'mandate', seed: 42, weeks: 12 } as const;
    expect(roomQuery(room)).toBe('scenario=mandate&seed=42&weeks=12');
    expect(roomQuery({ ...room, evidence: 'central' })).toBe('scenario=mandate&seed=42&weeks=12');
    expect(roomQuery({ ...room, evidence: 'low' })).toBe(
      'scenario=mandate&seed=42&weeks=12&evidence=low',
    );
    expect(roomQuery({ ...room, evidence: 'high' })).toContain('evidence=high');
    // The learning check rides in the link when the room has it on, and only then.
    expect(roomQuery({ ...room, check: true })).toBe('scenario=mandate&seed=42&weeks=12&check=1');
    expect(roomQuery({ ...room, check: false })).not.toContain('check');
  });

  it('is kept in the store with the room', () => {
    const store = createGameStore();
    expect(store.getState().room.evidence).toBe('central');
    store.getState().setRoom({ evidence: 'high' });
    expect(roomQuery(store.getState().room)).toContain('evidence=high');
  });
});

describe("the link's reading", () => {
  it('is noted for the title and given to the room', () => {
    const store = createGameStore();
    expect(store.getState().linkReading).toBeNull();
    store.getState().setLinkReading('low');
    expect(store.getState().linkReading).toBe('low');
    expect(store.getState().room.evidence).toBe('low');
    expect(roomQuery(store.getState().room)).toContain('evidence=low');
  });
});

describe('a code from an older model', () => {
  it('opens with model version 1, at central, with the notice flag set', () => {
    const opened = recordOfCode(V1_CODE);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.record.modelVersion).toBe(1);
    expect(readingOf(opened.record)).toBe('central');
    expect(playedOnOlderModel(opened.record)).toBe(true);
    const store = createGameStore();
    expect(store.getState().openCode(V1_CODE, 'link')).toBe(true);
    const run = store.getState().run;
    expect(run && playedOnOlderModel(run)).toBe(true);
    expect(store.getState().sim?.history).toHaveLength(12);
  });

  it("does not set the flag for a code of today's model, or a run played here", () => {
    const opened = recordOfCode(resultsCodeOf(coded()));
    expect(opened.ok && playedOnOlderModel(opened.record)).toBe(false);
    expect(playedOnOlderModel({})).toBe(false);
    expect(modelVersionOf({})).toBe(MODEL_VERSION);
  });
});

describe("the debrief's run at another reading", () => {
  it('replays the same decisions at the other end, and comes back to the run as played', () => {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 12, seed: 7, mode: 'scenario' });
    store.getState().setLever('aiMandate', 1);
    for (let i = 0; i < 40 && store.getState().phase === 'run'; i++) {
      for (const p of store.getState().sim?.state.pendingCards ?? [])
        store.getState().answerCard(p.cardId, FIRST_CHOICE.get(p.cardId) ?? '');
      store.getState().acknowledgeBoard();
      store.getState().playWeek();
    }
    // The board's closing verdict of a 12-week run comes first; read, it opens the debrief.
    store.getState().acknowledgeBoard();
    expect(store.getState().phase).toBe('debrief');
    const played = store.getState().run;
    const playedSim = store.getState().sim;
    expect(played?.evidence).toBe('central');

    expect(store.getState().replayAtReading('low')).toBe(true);
    const low = store.getState();
    expect(low.phase).toBe('debrief');
    expect(low.replay).toEqual({ from: 'reading' });
    expect(low.run?.evidence).toBe('low');
    expect(low.run?.seed).toBe(7);
    expect(low.run?.decisions).toHaveLength(played?.decisions.length ?? -1);
    expect(low.sim?.state.evidence).toBe('low');
    expect(low.sim?.history).not.toEqual(playedSim?.history);

    // From one end to the other, then back to the run as played.
    expect(store.getState().replayAtReading('high')).toBe(true);
    expect(store.getState().run?.evidence).toBe('high');
    expect(store.getState().replayAtReading('central')).toBe(true);
    expect(store.getState().run).toBe(played);
    expect(store.getState().sim).toBe(playedSim);
    expect(store.getState().replay).toBeNull();

    // "Back" from a replay at a reading also returns to the run as played.
    store.getState().replayAtReading('high');
    store.getState().closeReplay();
    expect(store.getState().phase).toBe('debrief');
    expect(store.getState().run).toBe(played);
    expect(store.getState().replay).toBeNull();
  });

  it("keeps a facilitator's replay as the way back", () => {
    const store = createGameStore();
    const code = resultsCodeOf(coded({ evidence: 'high' }));
    store.getState().openCode(code, 'facilitator');
    store.getState().replayAtReading('low');
    expect(store.getState().run?.evidence).toBe('low');
    store.getState().closeReplay();
    expect(store.getState().replay).toEqual({ from: 'facilitator' });
    expect(store.getState().run?.evidence).toBe('high');
    store.getState().closeReplay();
    expect(store.getState().phase).toBe('facilitator');
  });
});

describe("the facilitator's room", () => {
  const central = resultsCodeOf(coded());
  const low = resultsCodeOf(coded({ evidence: 'low' }));

  it('does not flag a room of one model and one reading', () => {
    const room = buildRoom(codeLines(`A ${central}\nB ${resultsCodeOf(coded({ seed: 12 }))}`));
    expect(roomMix(room.runs)).toEqual({
      versions: [MODEL_VERSION],
      readings: ['central'],
      mixedVersions: false,
      mixedReadings: false,
      mixed: false,
    });
  });

  it('flags a room that mixes readings, or model versions', () => {
    const readings = roomMix(buildRoom(codeLines(`A ${central}\nB ${low}`)).runs);
    expect(readings).toMatchObject({ readings: ['low', 'central'], mixedReadings: true });
    expect(readings.mixedVersions).toBe(false);
    expect(readings.mixed).toBe(true);
    const versions = roomMix(buildRoom(codeLines(`A ${central}\nOld ${V1_CODE}`)).runs);
    expect(versions).toMatchObject({
      versions: [1, MODEL_VERSION],
      mixedVersions: true,
      mixedReadings: false,
      mixed: true,
    });
  });

  it('exports each run’s reading and model version in CSV and JSON', () => {
    const room = buildRoom(codeLines(`A ${central}\nB ${low}\nOld ${V1_CODE}`));
    const csv = roomCsv(room.runs).trim().split('\n');
    const cols = csv[0]?.split(',') ?? [];
    expect(ROOM_CSV_COLUMNS).toContain('evidence');
    expect(ROOM_CSV_COLUMNS).toContain('modelVersion');
    const at = (row: string | undefined, col: string) => row?.split(',')[cols.indexOf(col)];
    const rowOf = (name: string) => csv.find((l) => l.split(',')[1] === name);
    expect(at(rowOf('A'), 'evidence')).toBe('central');
    expect(at(rowOf('B'), 'evidence')).toBe('low');
    expect(at(rowOf('A'), 'modelVersion')).toBe(String(MODEL_VERSION));
    expect(at(rowOf('Old'), 'modelVersion')).toBe('1');
    const json = JSON.parse(roomJson(room.runs)) as {
      runs: Array<{ name: string; evidence: string; modelVersion: number }>;
    };
    expect(json.runs.find((r) => r.name === 'B')).toMatchObject({
      evidence: 'low',
      modelVersion: MODEL_VERSION,
    });
    expect(json.runs.find((r) => r.name === 'Old')?.modelVersion).toBe(1);
  });
});

function replayless(): never {
  throw new Error('no run');
}
