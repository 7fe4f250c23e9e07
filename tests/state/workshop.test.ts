import { describe, expect, it } from 'vitest';
import { resultsCodeOf, runOfCode } from '../../src/content/canonical-decisions.ts';
import { SOUND_POLICY } from '../../src/content/policies.ts';
import type { CodedRun } from '../../src/content/results-code.ts';
import { MODEL_VERSION, policyToDecisions } from '../../src/sim/index.ts';
import { ROOM_CSV_COLUMNS, roomCsv } from '../../src/state/room-csv.ts';
import type { RunRecord } from '../../src/state/run-record.ts';
import { replay } from '../../src/state/run-record.ts';
import { createGameStore, memoryPersistence } from '../../src/state/store.ts';
import {
  buildRoom,
  codeLines,
  codesInJson,
  recordOfCode,
  roomJson,
  roomSpread,
} from '../../src/state/workshop.ts';

const run = (over: Partial<CodedRun> = {}): CodedRun => ({
  seed: 11,
  scenarioId: 'mandate',
  weeks: 12,
  mode: 'scenario',
  evidence: 'central',
  modelVersion: MODEL_VERSION,
  decisions: Array.from({ length: 12 }, () => ({})),
  ...over,
});
const sound = run({ decisions: policyToDecisions(SOUND_POLICY, 12) });
const mandateOnly = run({
  decisions: policyToDecisions({ aiMandate: 1, leaderboard: true, deadlinePressure: 'crunch' }, 12),
});
const soundCode = resultsCodeOf(sound);
const mandateCode = resultsCodeOf(mandateOnly);

describe('the facilitator list', () => {
  it('reads one code a line, with an optional team name, and codes inside game links', () => {
    expect(
      codeLines(
        `Team Amber  ${soundCode}\n\n  ${mandateCode}  \nTeal: https://x.test/game/?lang=de&code=${soundCode}#top`,
      ),
    ).toEqual([
      { line: 1, name: 'Team Amber', code: soundCode },
      { line: 3, name: '', code: mandateCode },
      { line: 4, name: 'Teal', code: soundCode },
    ]);
  });

  it('finds codes in a CLI run, in a room export, and nowhere in other JSON', () => {
    expect(
      codesInJson(JSON.stringify({ scenario: 'mandate', seed: 1, code: soundCode, weeks: [] })),
    ).toEqual([soundCode]);
    const room = buildRoom(codeLines(`Amber ${soundCode}\nTeal ${mandateCode}`));
    const again = codesInJson(roomJson(room.runs));
    expect(again).toEqual(room.runs.map((r) => `${r.name} ${r.code}`));
    expect(codesInJson('{"weeks": []}')).toEqual([]);
    expect(codesInJson('not json')).toBeNull();
  });
});

describe('the room', () => {
  it('replays every code, ranks on the score, and reports bad lines with their reason', () => {
    const room = buildRoom(
      codeLines(
        `Crunch ${mandateCode}\nSound ${soundCode}\nTypo ${soundCode.slice(0, -1)}\n${resultsCodeOf(run({ weeks: 20, decisions: [] }))}`,
      ),
    );
    expect(room.runs.map((r) => [r.rank, r.name])).toEqual([
      [1, 'Sound'],
      [2, 'Crunch'],
    ]);
    expect(room.runs[0]?.score.total).toBeGreaterThan(room.runs[1]?.score.total ?? 100);
    expect(room.refused.map((r) => [r.line, r.problem.kind])).toEqual([
      [3, 'checksum'],
      [4, 'length'],
    ]);
    const crunch = room.runs[1];
    expect(crunch?.tried.maxMandate).toBe(1);
    expect(crunch?.tried.crunchWeeks).toBe(12);
    expect(crunch?.tried.leaderboardWeeks).toBe(12);
    expect(room.runs[0]?.tried.hired).toBe(6);
    // The room's figures are the model's: the same as a headless replay of the code.
    expect(room.runs[0]?.summary).toEqual(runOfCode(sound).summary);
    const spread = roomSpread(room.runs);
    expect(spread.total.max).toBe(room.runs[0]?.score.total);
    expect(spread.total.min).toBe(room.runs[1]?.score.total);
  });

  it('exports CSV with stable columns, one row a run, and team names kept as text', () => {
    const room = buildRoom(
      codeLines(`=HYPERLINK("x") ${soundCode}\n"Quoted, team" ${mandateCode}`),
    );
    const lines = roomCsv(room.runs).trim().split('\n');
    expect(lines[0]).toBe(ROOM_CSV_COLUMNS.join(','));
    // Each column once, so a spreadsheet can look one up by its name.
    expect(new Set(ROOM_CSV_COLUMNS).size).toBe(ROOM_CSV_COLUMNS.length);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^1,"'=HYPERLINK\(""x""\)",/);
    expect(lines[2]).toContain(`"""Quoted, team""",${mandateCode},mandate,mandate,11,12,`);
  });

  it('writes figures rounded to what they mean, and names beside the ids', () => {
    const room = buildRoom(codeLines(`A ${soundCode}\nB ${mandateCode}`));
    const names = {
      scenario: (id: string) => `Scenario ${id}`,
      reading: (r: string) => `Reading ${r}`,
      answer: (card: string, choice: string) => `${card.toUpperCase()}: ${choice}`,
    };
    const [head, ...rows] = roomCsv(room.runs, names).trim().split('\n');
    const cols = head?.split(',') ?? [];
    for (const row of rows) {
      const cells = row.split(',');
      // No figure carries more than three decimals (shares); counts and money are whole.
      for (const cell of cells) if (/^-?\d+\.\d+$/.test(cell)) expect(cell).toMatch(/\.\d{1,3}$/);
      for (const col of ['linesWritten', 'incidents', 'budgetSpent', 'featuresShipped'])
        expect(cells[cols.indexOf(col)], col).toMatch(/^\d+$/);
      expect(cells[cols.indexOf('scenarioName')]).toMatch(/^Scenario /);
      expect(cells[cols.indexOf('evidenceName')]).toBe('Reading central');
    }
  });

  it('counts a code pasted twice once, and says which line it repeats', () => {
    const room = buildRoom(codeLines(`A ${soundCode}\nB ${mandateCode}\nA again ${soundCode}`));
    expect(room.runs).toHaveLength(2);
    expect(room.refused).toEqual([
      expect.objectContaining({ name: 'A again', problem: { kind: 'duplicate', line: 1 } }),
    ]);
  });
});

describe('the store and results codes', () => {
  it('opens a code as a read-only replayed debrief, keeping a saved run and saving nothing', () => {
    const saved: RunRecord = {
      seed: 3,
      scenarioId: 'leaderboard',
      weeks: 26,
      mode: 'scenario',
      decisions: [{}, {}],
    };
    const persistence = memoryPersistence();
    persistence.saveRun(saved);
    const store = createGameStore(persistence);
    expect(store.getState().openCode(soundCode, 'link')).toBe(true);
    const s = store.getState();
    expect(s.phase).toBe('debrief');
    expect(s.replay).toEqual({ from: 'link' });
    expect(s.sim?.history).toEqual(replay({ ...sound, weeks: 12 }).history);
    expect(s.playWeek()).toBe(false);
    expect(persistence.loadRun().value).toEqual(saved);
    s.closeReplay();
    expect(store.getState().phase).toBe('title');
    expect(store.getState().savedRun).toEqual(saved);
  });

  it('says why a code is refused, and goes back to the room from a debrief opened there', () => {
    const store = createGameStore();
    expect(store.getState().openCode('AQEF!', 'link')).toBe(false);
    expect(store.getState().codeProblem).toEqual({ kind: 'characters', at: 5, char: '!' });
    expect(store.getState().phase).toBe('title');
    store.getState().openFacilitator();
    store.getState().setRoom({ codes: soundCode });
    expect(store.getState().openCode(soundCode, 'facilitator')).toBe(true);
    store.getState().closeReplay();
    expect(store.getState().phase).toBe('facilitator');
    expect(store.getState().room.codes).toBe(soundCode);
    expect(recordOfCode(soundCode)).toEqual({
      ok: true,
      record: { ...sound, decisions: expect.any(Array) },
    });
  });

  it('opens a ten-year sandbox code, a length the game plays, and refuses one it does not', () => {
    const long = run({ scenarioId: 'sandbox', weeks: 520, mode: 'sandbox', decisions: [] });
    expect(recordOfCode(resultsCodeOf(long))).toEqual({ ok: true, record: long });
    const odd = resultsCodeOf(run({ weeks: 104, decisions: [] }));
    expect(recordOfCode(odd)).toEqual({ ok: false, problem: { kind: 'length', weeks: 104 } });
  });
});
