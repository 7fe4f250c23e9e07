// The room's learning check, from pasted codes built with the game's own encoder: too few checked
// codes show nothing; six give the before, after and Hake's gain worked out by hand; runs without
// a check and later codes mix in; a damaged check is left out and its run kept; the exports' rows
// are anonymous.
import { describe, expect, it } from 'vitest';
import { resultsCodeOf } from '../../src/content/canonical-decisions.ts';
import { beforeAfter, predictionGap } from '../../src/content/check-stats.ts';
import { readCode } from '../../src/content/results-code.ts';
import { whatIfOf } from '../../src/state/debrief.ts';
import { checkRows, ROOM_CHECK_SEED, roomCheck } from '../../src/state/room-check.ts';
import { checkCsv, roomCsv } from '../../src/state/room-csv.ts';
import { buildRoom, codeLines, codesInJson, roomJson } from '../../src/state/workshop.ts';
import {
  checkedCodes,
  checkOf,
  damagedCheck,
  laterCodes,
  ROOM_SCORES,
  roomRun,
  uncheckedCodes,
} from './check-room-codes.ts';

const roomOf = (codes: readonly string[]) =>
  buildRoom(codeLines(codes.map((c, i) => `Team ${i + 1} ${c}`).join('\n')));

describe("the room's learning check", () => {
  it('says nothing about the check when no code carries one', () => {
    expect(roomCheck(roomOf(uncheckedCodes(3)))).toBeNull();
  });

  it('with four checked codes, shows no figure: each says how many more it needs', () => {
    const check = roomCheck(roomOf(checkedCodes(4)));
    expect(check).toMatchObject({ runs: 4, checked: 4, paired: 4, later: 0, retention: null });
    for (const f of [check?.beforeAfter, check?.items, check?.attribution])
      expect(f).toEqual({ kind: 'tooFew', have: 4, need: 1 });
    expect(check?.prediction).toEqual({ kind: 'tooFew', have: 0, need: 5 });
    // Nothing individual leaves in the exports either.
    expect(checkRows(roomOf(checkedCodes(4)).runs)).toEqual([]);
  });

  it("with six, gives the room's before and after, Hake's gain and the attribution shift", () => {
    const room = roomOf(checkedCodes(6));
    const check = roomCheck(room);
    const ba = check?.beforeAfter;
    if (ba?.kind !== 'ready') throw new Error('expected figures');
    expect(ba.n).toBe(6);
    expect(ba.before).toBeCloseTo(250 / 6, 10); // 15 of 36
    expect(ba.after).toBeCloseTo(75, 10); // 27 of 36
    expect(ba.gain).toBeCloseTo(4 / 7, 10);
    expect(ba.gainInterval?.low).toBeLessThanOrEqual(4 / 7);
    expect(ba.gainInterval?.high).toBeGreaterThanOrEqual(4 / 7);
    // The statistics are check-stats', on the records in the order of their codes.
    const records = [...room.runs]
      .sort((a, b) => (a.code < b.code ? -1 : 1))
      .map((r) => r.check)
      .filter((c) => c !== null);
    expect(ba).toEqual(beforeAfter(records, ROOM_CHECK_SEED));
    expect(check?.attribution).toMatchObject({ kind: 'ready', before: 50, after: 100, shift: 50 });
    const items = check?.items;
    if (items?.kind !== 'ready') throw new Error('expected items');
    // Everyone had stock and flow right before; only one got transfer, and only after.
    expect(items.items[0]).toMatchObject({ item: 'stock-flow', before: 100, after: 100 });
    expect(items.items[5]?.item).toBe('transfer');
    expect(items.items[5]?.before).toBe(0);
    expect(items.items[5]?.after).toBeCloseTo(100 / 6, 10);
  });

  it('gives the same intervals whatever order the codes are pasted in', () => {
    const codes = checkedCodes(6);
    const a = roomCheck(roomOf(codes));
    const b = roomCheck(roomOf([...codes].reverse()));
    expect(b?.beforeAfter).toEqual(a?.beforeAfter);
    expect(b?.attribution).toEqual(a?.attribution);
  });

  it("sets each prediction against the run's truth and the sound policy on the same seed", () => {
    const sound = whatIfOf({ ...roomRun(), weeks: 12 }).summary;
    const own = buildRoom(codeLines(checkedCodes(1)[0] ?? '')).runs[0]?.summary;
    if (!own) throw new Error('no run');
    // Features guessed one sound policy's worth too high, incidents right: about +100% and 0.
    const guess = {
      features: Math.round(own.featuresShipped + sound.featuresShipped),
      incidents: Math.round(own.incidents),
    };
    const codes = checkedCodes(6, (i) => ({ ...guess, confidence: i < 3 ? 5 : 2 }));
    const truth = {
      features: own.featuresShipped,
      incidents: own.incidents,
      soundFeatures: sound.featuresShipped,
      soundIncidents: sound.incidents,
    };
    const one = predictionGap({ ...guess, confidence: 5 }, truth);
    expect(one.features).toBeCloseTo(100, 0);
    const gap = roomCheck(roomOf(codes))?.prediction;
    if (gap?.kind !== 'ready') throw new Error('expected the gap');
    expect(gap.n).toBe(6);
    expect(gap.features).toBeCloseTo(one.features, 10);
    expect(gap.incidents).toBeCloseTo(one.incidents, 10);
    expect(gap.bySureness.sure.n).toBe(3);
  });

  it('mixes runs with and without a check: the figures are those of the checked ones', () => {
    const mixed = roomOf([...uncheckedCodes(3), ...checkedCodes(6)]);
    expect(mixed.runs).toHaveLength(9);
    expect(mixed.refused).toEqual([]);
    const check = roomCheck(mixed);
    expect(check).toMatchObject({ runs: 9, checked: 6, paired: 6 });
    expect(check?.beforeAfter).toEqual(roomCheck(roomOf(checkedCodes(6)))?.beforeAfter);
  });

  it('counts players who skipped a sitting as checked, but not in the before and after', () => {
    const { after: _skipped, ...before } = checkOf(2, 5, 0);
    const skipped = roomRun({ check: before });
    const check = roomCheck(roomOf([...checkedCodes(4), resultsCodeOf(skipped)]));
    expect(check).toMatchObject({ checked: 5, paired: 4 });
    expect(check?.beforeAfter).toEqual({ kind: 'tooFew', have: 4, need: 1 });
  });

  it('takes later codes for retention only, never as runs', () => {
    const room = roomOf([...checkedCodes(6), ...laterCodes(5)]);
    expect(room.runs).toHaveLength(6);
    expect(room.later).toHaveLength(5);
    expect(room.refused).toEqual([]);
    const check = roomCheck(room);
    expect(check?.later).toBe(5);
    const r = check?.retention;
    if (r?.kind !== 'ready') throw new Error('expected retention');
    expect(r.later).toBeCloseTo(200 / 3, 10); // 20 of 30
    expect(r.keptShareOfGain).toBeCloseTo(0.75, 10); // (66.67 - 41.67) / (75 - 41.67)
    // The room's before and after are the runs' alone.
    expect(check?.beforeAfter).toEqual(roomCheck(roomOf(checkedCodes(6)))?.beforeAfter);
  });

  it('says how many more later codes retention needs, and works with later codes alone', () => {
    expect(roomCheck(roomOf([...checkedCodes(6), ...laterCodes(2)]))?.retention).toEqual({
      kind: 'tooFew',
      have: 2,
      need: 3,
    });
    const alone = roomCheck(roomOf(laterCodes(5)));
    expect(alone).toMatchObject({ runs: 0, checked: 0, later: 5 });
    expect(alone?.retention).toMatchObject({ kind: 'ready', keptShareOfGain: null });
    expect(alone?.beforeAfter).toEqual({ kind: 'tooFew', have: 0, need: 5 });
  });

  it('keeps a run whose check was damaged, without its check, and names its line', () => {
    const codes = checkedCodes(6);
    const bad = damagedCheck(codes[0] ?? '');
    const read = readCode(bad);
    expect(read).toMatchObject({ ok: true, checkProblem: { kind: 'checksum' } });
    const room = roomOf([bad, ...codes.slice(1)]);
    expect(room.runs).toHaveLength(6);
    const check = roomCheck(room);
    expect(check).toMatchObject({ checked: 5, damagedLines: [1] });
    expect(check?.beforeAfter).toMatchObject({ kind: 'ready', n: 5 });
  });
});

describe("the exports' check rows", () => {
  const room = roomOf([...checkedCodes(6), ...laterCodes(5)]);
  const rows = checkRows(room.runs, room.later);

  it('give every item of every sitting, anonymously, before/after paired by respondent', () => {
    // Six players x two sittings x six items, then five later checks x six items.
    expect(rows).toHaveLength(6 * 2 * 6 + 5 * 6);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'respondent',
      'item',
      'form',
      'sitting',
      'choice',
      'correct',
    ]);
    const first = rows.filter((r) => r.respondent === 1);
    expect(first.map((r) => r.sitting)).toEqual([
      ...Array(6).fill('before'),
      ...Array(6).fill('after'),
    ]);
    expect(new Set(first.map((r) => r.form)).size).toBe(2);
    expect(rows.filter((r) => r.sitting === 'later').map((r) => r.respondent)).toEqual(
      [7, 8, 9, 10, 11].flatMap((n) => Array(6).fill(n)),
    );
    // The share right over the before rows is the room's before.
    const before = rows.filter((r) => r.sitting === 'before');
    expect(before.filter((r) => r.correct).length).toBe(
      ROOM_SCORES.reduce((s, [pre]) => s + pre, 0),
    );
  });

  it('are a CSV of their own, with no team name and no code', () => {
    const csv = checkCsv(rows).trim().split('\n');
    expect(csv[0]).toBe('respondent,item,form,sitting,choice,correct');
    expect(csv).toHaveLength(rows.length + 1);
    expect(csv[1]).toMatch(/^1,stock-flow,[AB],before,[a-z-]+,[01]$/);
    const text = csv.join('\n');
    expect(text).not.toContain('Team');
    for (const r of room.runs) expect(text).not.toContain(r.code);
    // The room's own CSV is unchanged: one row a run.
    expect(roomCsv(room.runs).trim().split('\n')).toHaveLength(7);
  });

  it('ride in the JSON apart from the runs, with the later codes, which drop back in', () => {
    const json = JSON.parse(roomJson(room.runs, { later: room.later, check: rows }));
    expect(json.check).toEqual(rows);
    expect(json.later).toEqual(room.later.map((l) => ({ code: l.code })));
    const again = buildRoom(codeLines((codesInJson(JSON.stringify(json)) ?? []).join('\n')));
    expect(again.runs).toHaveLength(6);
    expect(again.later).toHaveLength(5);
    // A room without a check exports as before.
    expect(JSON.parse(roomJson(roomOf(uncheckedCodes(2)).runs))).not.toHaveProperty('check');
  });
});
