import { describe, expect, it } from 'vitest';
import type { Flow } from '../../src/scenes/office-model.ts';
import { flowFor } from '../../src/scenes/office-model.ts';
import type { Lane, Token } from '../../src/scenes/office-tokens.ts';
import {
  advance,
  LANES,
  SpawnClock,
  stillLanes,
  TokenTable,
  tokenAlpha,
  tokenAt,
  tokenFrameFor,
  tokenVariant,
} from '../../src/scenes/office-tokens.ts';

function row(table: TokenTable, i: number): Token {
  const r = table.rows[i];
  if (!r) throw new Error(`no row ${i}`);
  return r;
}

const flow = (over: Partial<Flow>): Flow => ({ ...flowFor(null, 1), ...over });

describe('TokenTable', () => {
  it('hands out the first free row, none when all fly, and frees them all at once', () => {
    const table = new TokenTable(3);
    expect(table.rows).toHaveLength(3);
    expect(table.free()).toBe(0);
    table.launch(0, 'write', false, 0, 0, 10, 0, -5, 1);
    table.launch(2, 'skip', true, 0, 0, 10, 0, -5, 1);
    expect(table.free()).toBe(1);
    table.launch(1, 'abandon', false, 0, 0, 10, 0, -5, 1);
    expect(table.free()).toBe(-1);
    table.launch(5, 'write', false, 0, 0, 1, 1, 0, 1);
    expect(table.rows).toHaveLength(3);
    table.clear();
    expect(table.rows.every((r) => !r.active)).toBe(true);
    expect(table.free()).toBe(0);
  });

  it('launch starts a row from the beginning of its new way', () => {
    const table = new TokenTable(1);
    const tok = row(table, 0);
    table.launch(0, 'toGate', true, 1, 2, 3, 4, -14, 0.9);
    tok.t = 0.7;
    table.launch(0, 'toProd', true, 5, 6, 7, 8, -12, 0.5);
    expect(tok).toEqual({
      active: true,
      route: 'toProd',
      ai: true,
      t: 0,
      dur: 0.5,
      ax: 5,
      ay: 6,
      bx: 7,
      by: 8,
      lift: -12,
    });
  });
});

describe('advance and tokenAt', () => {
  it('moves a token at 1/dur a second and says when it has arrived, leaving t where it was', () => {
    const table = new TokenTable(1);
    const tok = row(table, 0);
    table.launch(0, 'write', false, 0, 100, 100, 0, 0, 2);
    expect(advance(tok, 0.5)).toBe(true);
    expect(tok.t).toBeCloseTo(0.25);
    expect(advance(tok, 1)).toBe(true);
    expect(tok.t).toBeCloseTo(0.75);
    expect(advance(tok, 0.5)).toBe(false);
    expect(tok.t).toBeCloseTo(0.75);
  });

  it('places a token on its arc: the ends at 0 and 1, the bulge in the middle', () => {
    const table = new TokenTable(1);
    const tok = row(table, 0);
    table.launch(0, 'skip', false, 0, 0, 100, 0, -40, 1);
    const p = { x: NaN, y: NaN };
    tokenAt(tok, 0, p);
    expect(p).toEqual({ x: 0, y: 0 });
    tokenAt(tok, 1, p);
    expect(p).toEqual({ x: 100, y: 0 });
    tokenAt(tok, 0.5, p);
    expect(p.x).toBeCloseTo(50);
    expect(p.y).toBeCloseTo(-20);
  });
});

describe('a token’s look', () => {
  it('is ticked once reviewed, amber when it skipped review, plain otherwise', () => {
    expect(tokenVariant('toProd')).toBe('ok');
    expect(tokenVariant('skip')).toBe('skip');
    for (const r of ['write', 'toGate', 'abandon'] as const) expect(tokenVariant(r)).toBe('plain');
    expect(tokenFrameFor(false, 'write')).toBe('pr-h-plain');
    expect(tokenFrameFor(true, 'toProd')).toBe('pr-ai-ok');
    expect(tokenFrameFor(true, 'skip')).toBe('pr-ai-skip');
  });

  it('fades abandoned work all the way and merged work in its last fifth', () => {
    expect(tokenAlpha('abandon', 0)).toBe(1);
    expect(tokenAlpha('abandon', 0.75)).toBeCloseTo(0.25);
    for (const r of ['toProd', 'skip'] as const) {
      expect(tokenAlpha(r, 0.5)).toBe(1);
      expect(tokenAlpha(r, 0.8)).toBe(1);
      expect(tokenAlpha(r, 0.9)).toBeCloseTo(0.5);
    }
    for (const r of ['write', 'toGate'] as const) expect(tokenAlpha(r, 0.99)).toBe(1);
  });
});

describe('SpawnClock', () => {
  it('launches each lane at its own rate, keeping the fraction it is owed', () => {
    const clock = new SpawnClock();
    const f = flow({ human: 10, ai: 0, reviewed: 2.5, skipped: 0, abandoned: 0, deploys: 1 });
    const seen: Lane[] = [];
    // Forty steps of a fortieth of a cycle: one cycle in all.
    for (let i = 0; i < 40; i++) clock.tick(f, 1 / 40, (lane) => seen.push(lane));
    const count = (lane: Lane) => seen.filter((l) => l === lane).length;
    expect(count('human')).toBe(10);
    expect(count('reviewed')).toBe(2);
    expect(count('deploys')).toBe(1);
    expect(count('ai') + count('skipped') + count('abandoned')).toBe(0);
    // The half a reviewed PR still owed comes out in the next half cycle.
    const more: Lane[] = [];
    clock.tick(f, 0.2, (lane) => more.push(lane));
    expect(more.filter((l) => l === 'reviewed')).toHaveLength(1);
  });

  it('launches lane after lane within one frame, in the order of LANES', () => {
    const clock = new SpawnClock();
    const f = flow({ human: 2, ai: 1, reviewed: 1, skipped: 1, abandoned: 1, deploys: 1 });
    const seen: Lane[] = [];
    clock.tick(f, 1, (lane) => seen.push(lane));
    expect(seen).toEqual(['human', 'human', 'ai', 'reviewed', 'skipped', 'abandoned', 'deploys']);
    expect(LANES).toEqual(['human', 'ai', 'reviewed', 'skipped', 'abandoned', 'deploys']);
  });

  it('launches nothing for an empty flow, however long it runs', () => {
    const clock = new SpawnClock();
    let n = 0;
    for (let i = 0; i < 1000; i++) clock.tick(flowFor(null, 1), 0.1, () => n++);
    expect(n).toBe(0);
  });
});

describe('stillLanes', () => {
  it('stands up to five tokens on each lane, in proportion to the flow, inside the way', () => {
    const lanes = stillLanes(flow({ human: 6, ai: 3, reviewed: 40, skipped: 1, abandoned: 0 }));
    expect(lanes.map((l) => [l.route, l.count])).toEqual([
      ['write', 3],
      ['toProd', 5],
      ['skip', 1],
      ['abandon', 0],
    ]);
    for (const lane of lanes)
      for (let j = 0; j < lane.count; j++) {
        const t = lane.at(j, lane.count);
        expect(t).toBeGreaterThan(0);
        expect(t).toBeLessThan(1);
      }
  });
});
