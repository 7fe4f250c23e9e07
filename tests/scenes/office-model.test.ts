import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import type { Seat } from '../../src/scenes/office-model.ts';
import {
  alarmCentre,
  alarmRing,
  alarmsFor,
  alongArc,
  anchorsFor,
  assignSeats,
  BASELINE_TOKENS,
  crewOf,
  deskCentre,
  deskGrid,
  flowFor,
  hash01,
  levelLoad,
  loadBand,
  moraleBand,
  onboardingSeats,
  openingFlow,
  stackFor,
  tokensFor,
  usesAi,
  zonesFor,
} from '../../src/scenes/office-model.ts';
import type { SimEvent } from '../../src/sim/index.ts';
import { createGameStore } from '../../src/state/store.ts';

function at<T>(items: readonly T[], i: number): T {
  const v = items[i];
  if (v === undefined) throw new Error(`no item ${i}`);
  return v;
}

const SIZES = [
  { name: 'phone', w: 360, h: 300 },
  { name: 'phone portrait', w: 360, h: 640 },
  { name: 'desktop', w: 900, h: 600 },
  { name: 'wide', w: 1280, h: 720 },
] as const;

const inside = (
  r: { x: number; y: number; w: number; h: number },
  o: { x: number; y: number; w: number; h: number },
) =>
  r.x >= o.x - 1e-6 &&
  r.y >= o.y - 1e-6 &&
  r.x + r.w <= o.x + o.w + 1e-6 &&
  r.y + r.h <= o.y + o.h + 1e-6;

const overlaps = (
  a: { x: number; y: number; w: number; h: number },
  b: { x: number; y: number; w: number; h: number },
) =>
  a.x < b.x + b.w - 1e-6 &&
  b.x < a.x + a.w - 1e-6 &&
  a.y < b.y + b.h - 1e-6 &&
  b.y < a.y + a.h - 1e-6;

describe('zonesFor', () => {
  it.each(SIZES)('keeps the four zones inside $w x $h without overlap', ({ w, h }) => {
    const z = zonesFor(w, h);
    const all = [z.floor, z.queue, z.gate, z.prod];
    const canvas = { x: 0, y: 0, w, h };
    for (const r of all) {
      expect(r.w).toBeGreaterThan(0);
      expect(r.h).toBeGreaterThan(0);
      expect(inside(r, canvas)).toBe(true);
    }
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) expect(overlaps(at(all, i), at(all, j))).toBe(false);
  });

  it('puts the pipeline on the right when wide and along the bottom when tall', () => {
    expect(zonesFor(1280, 720).landscape).toBe(true);
    expect(zonesFor(360, 640).landscape).toBe(false);
    const tall = zonesFor(360, 640);
    expect(tall.queue.y).toBeGreaterThan(tall.floor.y + tall.floor.h - 1);
  });

  it('never returns negative sizes for a degenerate canvas', () => {
    for (const [w, h] of [
      [0, 0],
      [10, 10],
      [-5, 40],
    ] as const) {
      const z = zonesFor(w, h);
      for (const r of [z.floor, z.queue, z.gate, z.prod]) {
        expect(r.w).toBeGreaterThanOrEqual(0);
        expect(r.h).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('deskGrid', () => {
  for (const size of [
    { w: 360, h: 300 },
    { w: 900, h: 600 },
  ]) {
    it(`fits every team of 0..300 in the floor at ${size.w} x ${size.h}, with no two desks overlapping`, () => {
      const floor = zonesFor(size.w, size.h).floor;
      for (let n = 0; n <= 300; n++) {
        const g = deskGrid(n, floor);
        expect(g.cols * g.rows).toBeGreaterThanOrEqual(n);
        if (n === 0) continue;
        expect(g.cell).toBeGreaterThan(0);
        const cells = Array.from({ length: n }, (_, i) => {
          const c = deskCentre(g, i);
          return { x: c.x - g.cellW / 2, y: c.y - g.cell / 2, w: g.cellW, h: g.cell };
        });
        for (const c of cells) expect(inside(c, floor)).toBe(true);
        // Cells in a grid overlap only if two share a row and column: check neighbours exhaustively for small n.
        if (n <= 40) {
          for (let i = 0; i < n; i++)
            for (let j = i + 1; j < n; j++)
              expect(overlaps(at(cells, i), at(cells, j))).toBe(false);
        } else {
          const keys = new Set(cells.map((c) => `${Math.round(c.x * 10)},${Math.round(c.y * 10)}`));
          expect(keys.size).toBe(n);
        }
      }
    });
  }

  it('gives bigger desks to smaller teams', () => {
    const floor = zonesFor(900, 600).floor;
    let last = Number.POSITIVE_INFINITY;
    for (const n of [1, 5, 20, 60, 120, 300]) {
      const cell = deskGrid(n, floor).cell;
      expect(cell).toBeLessThanOrEqual(last);
      last = cell;
    }
  });

  it('keeps 100 desks at a readable size on a 1280 x 720 screen', () => {
    expect(deskGrid(100, zonesFor(1280, 720).floor).cell).toBeGreaterThanOrEqual(50);
  });
});

describe('assignSeats', () => {
  const crew = (senior: number, mid: number, junior: number) => ({ senior, mid, junior });
  const count = (seats: Seat[], level: Seat['level']) =>
    seats.filter((s) => s.level === level).length;

  it('seats everyone at the start, levels mixed', () => {
    const seats = assignSeats([], crew(5, 10, 5), 0);
    expect(seats).toHaveLength(20);
    expect(count(seats, 'senior')).toBe(5);
    expect(count(seats, 'mid')).toBe(10);
    expect(count(seats, 'junior')).toBe(5);
    // Not all seniors in the front row.
    const firstSenior = seats.findIndex((s) => s.level === 'senior');
    const lastSenior = seats.map((s) => s.level).lastIndexOf('senior');
    expect(lastSenior - firstSenior).toBeGreaterThan(10);
  });

  it('leaves empty desks where people left, and everyone else keeps their desk', () => {
    const before = assignSeats([], crew(5, 10, 5), 0);
    const after = assignSeats(before, crew(4, 8, 5), 3);
    expect(after).toHaveLength(20);
    expect(count(after, null)).toBe(3);
    after.forEach((s, i) => {
      if (s.level !== null) expect(s.level).toBe(at(before, i).level);
    });
  });

  it('fills empty desks first, then adds desks at the end; never shrinks', () => {
    const before = assignSeats(assignSeats([], crew(5, 10, 5), 0), crew(4, 8, 5), 3);
    const emptyAt = before.flatMap((s, i) => (s.level === null ? [i] : []));
    const refill = assignSeats(before, crew(5, 10, 5), 4);
    expect(refill).toHaveLength(20);
    for (const i of emptyAt) expect(at(refill, i).level).not.toBeNull();
    const grow = assignSeats(refill, crew(5, 12, 8), 5);
    expect(grow).toHaveLength(25);
    const shrink = assignSeats(grow, crew(0, 0, 0), 6);
    expect(shrink).toHaveLength(25);
    expect(count(shrink, null)).toBe(25);
  });

  it('is deterministic', () => {
    const a = assignSeats(assignSeats([], crew(7, 9, 4), 0), crew(3, 9, 2), 2);
    const b = assignSeats(assignSeats([], crew(7, 9, 4), 0), crew(3, 9, 2), 2);
    expect(a).toEqual(b);
  });

  it('does not change the seats it was given', () => {
    const before = assignSeats([], crew(2, 2, 2), 0);
    const copy = structuredClone(before);
    assignSeats(before, crew(0, 1, 0), 1);
    expect(before).toEqual(copy);
  });

  it('marks the newest arrivals of each level as onboarding', () => {
    const start = assignSeats([], crew(2, 3, 2), 0);
    const hired = assignSeats(start, crew(2, 5, 2), 4);
    const flags = onboardingSeats(hired, { senior: 0, mid: 2, junior: 0 });
    const marked = hired.flatMap((s, i) => (flags[i] ? [s] : []));
    expect(marked).toHaveLength(2);
    for (const s of marked) {
      expect(s.level).toBe('mid');
      expect(s.since).toBe(4);
    }
  });
});

describe('looks', () => {
  it('bands morale and load monotonically', () => {
    let last = 0;
    for (let m = 0; m <= 1.0001; m += 0.01) {
      const b = moraleBand(m);
      expect(b).toBeGreaterThanOrEqual(last);
      last = b;
    }
    last = 0;
    for (let l = 0; l <= 1.0001; l += 0.01) {
      const b = loadBand(l);
      expect(b).toBeGreaterThanOrEqual(last);
      last = b;
    }
    expect(moraleBand(Number.NaN)).toBe(0);
  });

  it('loads people more under crunch and shortfall, seniors more under review load', () => {
    const m = { staffShortfall: 0, seniorLoad: 0.25, reviewLoad: 1 };
    expect(levelLoad('mid', m, 'crunch')).toBeGreaterThan(levelLoad('mid', m, 'normal'));
    expect(levelLoad('mid', m, 'normal')).toBeGreaterThan(levelLoad('mid', m, 'relaxed'));
    expect(levelLoad('mid', { ...m, staffShortfall: 0.3 }, 'normal')).toBeGreaterThan(
      levelLoad('mid', m, 'normal'),
    );
    expect(levelLoad('senior', { ...m, seniorLoad: 0.6, reviewLoad: 8 }, 'normal')).toBeGreaterThan(
      levelLoad('senior', m, 'normal'),
    );
    expect(
      levelLoad('senior', { staffShortfall: 5, seniorLoad: 5, reviewLoad: 99 }, 'crunch'),
    ).toBe(1);
  });

  it('lights AI screens on a share of seats that grows with adoption and never loses a seat', () => {
    const seats = 200;
    let prev = new Set<number>();
    for (const a of [0, 0.2, 0.5, 0.8, 1]) {
      const now = new Set<number>();
      for (let i = 0; i < seats; i++) if (usesAi(i, a)) now.add(i);
      for (const i of prev) expect(now.has(i)).toBe(true);
      expect(Math.abs(now.size / seats - a)).toBeLessThan(0.1);
      prev = now;
    }
  });

  it('hashes into [0, 1)', () => {
    for (let i = 0; i < 1000; i++) {
      const h = hash01(i, i * 3);
      expect(h).toBeGreaterThanOrEqual(0);
      expect(h).toBeLessThan(1);
    }
  });
});

describe('flow and stack', () => {
  const base = 40_000;

  it('maps lines to tokens monotonically, from zero, capped', () => {
    expect(tokensFor(0, base)).toBe(0);
    expect(tokensFor(-5, base)).toBe(0);
    expect(tokensFor(Number.NaN, base)).toBe(0);
    expect(tokensFor(1, base)).toBe(1);
    let last = 0;
    for (let l = 0; l <= 400_000; l += 1000) {
      const t = tokensFor(l, base);
      expect(t).toBeGreaterThanOrEqual(last);
      last = t;
    }
    expect(tokensFor(1e12, base)).toBeLessThanOrEqual(48);
  });

  it('splits the week into hand-written and AI-made PRs by the AI share of lines', () => {
    const f = flowFor(
      {
        linesWritten: 60_000,
        aiLines: 45_000,
        linesReviewed: 30_000,
        linesSkipped: 10_000,
        linesAbandoned: 5_000,
        deploys: 18,
      },
      base,
    );
    expect(f.human + f.ai).toBe(tokensFor(60_000, base));
    expect(f.ai).toBeGreaterThan(f.human);
    expect(f.reviewed).toBeGreaterThan(f.skipped);
    expect(f.skipped).toBeGreaterThan(f.abandoned);
    expect(f.deploys).toBeGreaterThan(0);
    expect(f.deploys).toBeLessThanOrEqual(12);
    expect(flowFor(null, base).human).toBe(0);
  });

  it('piles the queue monotonically, and marks the overflow past the cap', () => {
    let last = 0;
    for (let q = 0; q <= 500_000; q += 2_500) {
      const s = stackFor(q, base, 18);
      expect(s.slabs).toBeGreaterThanOrEqual(last);
      expect(s.slabs).toBeLessThanOrEqual(18);
      last = s.slabs;
    }
    expect(stackFor(0, base, 18)).toEqual({ slabs: 0, overflow: false });
    expect(stackFor(1, base, 18).slabs).toBe(1);
    expect(stackFor(500_000, base, 18)).toEqual({ slabs: 18, overflow: true });
  });
});

describe('openingFlow', () => {
  it('shows the baseline week before any week is played: all reviewed, AI at the adoption', () => {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 12, seed: 1, mode: 'scenario' });
    const st = store.getState().sim?.state;
    if (!st) throw new Error('no sim');
    const f = openingFlow(st);
    expect(f.human + f.ai).toBe(BASELINE_TOKENS);
    expect(f.ai / (f.human + f.ai)).toBeCloseTo(st.adoption, 1);
    expect(f.reviewed).toBe(BASELINE_TOKENS);
    expect(f.skipped).toBe(0);
    expect(f.abandoned).toBe(0);
    expect(f.deploys).toBeGreaterThan(0);
  });
});

describe('alarms', () => {
  const incident = (blastRadius: number): SimEvent => ({
    kind: 'incident',
    week: 1,
    customers: 1000,
    restoreHours: 3,
    blastRadius,
    origin: 'ai',
    path: 'skimmed',
    chain: [],
  });

  it('draws wider rings for wider blast radii, within bounds', () => {
    let last = 0;
    for (const r of [0.2, 0.5, 1, 2, 4, 8, 100]) {
      const a = at(alarmsFor([incident(r)]), 0);
      expect(a.kind).toBe('incident');
      expect(a.reach).toBeGreaterThanOrEqual(last);
      expect(a.reach).toBeLessThanOrEqual(1);
      last = a.reach;
    }
  });

  it('keeps breaches apart from outages, ignores other events and caps the count', () => {
    const events: SimEvent[] = [
      { kind: 'quit', week: 1, level: 'mid', count: 1 },
      {
        kind: 'breach',
        week: 1,
        customers: 50_000,
        cost: 1e6,
        origin: 'ai',
        path: 'skipped',
        chain: [],
      },
      incident(1),
      incident(2),
      incident(3),
    ];
    const alarms = alarmsFor(events);
    expect(alarms.map((a) => a.kind)).toEqual(['breach', 'incident', 'incident']);
  });
});

describe('alongArc', () => {
  it('starts at a, ends at b and bulges by the lift', () => {
    const p = { x: 0, y: 0 };
    alongArc(0, 0, 100, 0, -40, 0, p);
    expect(p).toEqual({ x: 0, y: 0 });
    alongArc(0, 0, 100, 0, -40, 1, p);
    expect(p).toEqual({ x: 100, y: 0 });
    alongArc(0, 0, 100, 0, -40, 0.5, p);
    expect(p.x).toBeCloseTo(50);
    expect(p.y).toBeCloseTo(-20);
  });
});

describe('anchorsFor and alarmCentre', () => {
  const inside = (r: { x: number; y: number; w: number; h: number }, x: number, y: number) =>
    x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h;

  it.each([
    [1280, 720],
    [360, 640],
    [900, 560],
  ])('keeps the pile, bin, gate and production inside their zones at %i x %i', (w, h) => {
    const z = zonesFor(w, h);
    const at = anchorsFor(z, w, h);
    expect(inside(z.queue, at.pileX, at.pileBase)).toBe(true);
    expect(inside(z.queue, at.binX, at.binY)).toBe(true);
    expect(inside(z.gate, at.gateX, at.gateY)).toBe(true);
    expect(inside(z.prod, at.prodX, at.prodY)).toBe(true);
    expect(at.reviewerDeskY).toBeLessThan(at.gateY);
    expect(at.slabStep).toBeGreaterThanOrEqual(3);
    expect(at.slabStep).toBeLessThanOrEqual(7);
    expect(at.ringMax).toBeGreaterThanOrEqual(at.ringMin);
    expect(at.reviewerCell).toBeGreaterThanOrEqual(24);
    expect(at.reviewerCell).toBeLessThanOrEqual(60);
  });

  it('centres one alarm on production and spreads more along its long side', () => {
    for (const [w, h] of [
      [1280, 720],
      [360, 640],
    ] as const) {
      const z = zonesFor(w, h);
      const at = anchorsFor(z, w, h);
      expect(alarmCentre(z, at, 0, 1)).toEqual({ x: at.prodX, y: at.prodY });
      const cs = [0, 1, 2].map((i) => alarmCentre(z, at, i, 3));
      expect(cs[1]).toEqual({ x: at.prodX, y: at.prodY });
      const along = z.landscape ? cs.map((c) => c.y) : cs.map((c) => c.x);
      const across = z.landscape ? cs.map((c) => c.x) : cs.map((c) => c.y);
      expect(along[0]).toBeLessThan(along[2] ?? 0);
      expect(new Set(across).size).toBe(1);
    }
  });
});

describe('alarmRing', () => {
  const sizes = [
    [1280, 720],
    [360, 640],
    // The phone's floor after an outage: the office panel's stage at 360 x 640, and shorter.
    [360, 420],
    [360, 300],
    [900, 560],
    [640, 200],
  ] as const;

  it.each(sizes)('keeps every ring clear of the desks and of each other at %i x %i', (w, h) => {
    const z = zonesFor(w, h);
    const at = anchorsFor(z, w, h);
    for (const n of [1, 2, 3]) {
      for (const reach of [0, 0.5, 1]) {
        const rings = Array.from({ length: n }, (_, i) => alarmRing(z, at, reach, i, n));
        for (const c of rings) {
          // The nearest point of the desks' rectangle to the centre lies at least a radius away.
          const dx = Math.max(z.floor.x - c.x, 0, c.x - (z.floor.x + z.floor.w));
          const dy = Math.max(z.floor.y - c.y, 0, c.y - (z.floor.y + z.floor.h));
          expect(Math.hypot(dx, dy)).toBeGreaterThanOrEqual(c.r);
          expect(c.r).toBeGreaterThan(0);
        }
        for (let i = 1; i < rings.length; i++) {
          const a = rings[i - 1];
          const b = rings[i];
          if (a && b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
        }
      }
    }
  });

  it('grows with the reach while it has room', () => {
    const z = zonesFor(1280, 720);
    const at = anchorsFor(z, 1280, 720);
    expect(alarmRing(z, at, 0, 0, 1).r).toBeLessThan(alarmRing(z, at, 1, 0, 1).r);
    expect(alarmRing(z, at, 0, 0, 1).r).toBe(at.ringMin);
  });
});

describe('on a real run', () => {
  it('seats the whole team every week, keeps desks stable, and moves work every week', () => {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'layoffs', weeks: 26, seed: 3, mode: 'scenario' });
    let seats: Seat[] = [];
    let desksBefore = 0;
    for (let week = 0; week < 26; week++) {
      const s = store.getState();
      for (const p of s.sim?.state.pendingCards ?? []) {
        const first = CARDS.find((c) => c.id === p.cardId)?.choices[0]?.id;
        if (first) s.answerCard(p.cardId, first);
      }
      if (week === 4) s.setStaffing('hire', 'junior', 6);
      // As the player closes the board's review: play waits for it.
      store.getState().acknowledgeBoard();
      if (!store.getState().playWeek()) break;
      const sim = store.getState().sim;
      if (!sim) throw new Error('no sim');
      const { crew, onboarding } = crewOf(sim.state);
      const before = seats;
      seats = assignSeats(seats, crew, sim.state.week);
      for (const level of ['junior', 'mid', 'senior'] as const) {
        expect(seats.filter((x) => x.level === level)).toHaveLength(crew[level]);
      }
      // Whoever stays keeps their desk.
      before.forEach((x, i) => {
        const now = at(seats, i);
        if (now.level !== null && x.level !== null && now.since !== sim.state.week) {
          expect(now.level).toBe(x.level);
        }
      });
      expect(seats.length).toBeGreaterThanOrEqual(desksBefore);
      desksBefore = seats.length;
      const flags = onboardingSeats(seats, onboarding);
      expect(flags.filter(Boolean).length).toBe(
        onboarding.junior + onboarding.mid + onboarding.senior,
      );
      const flow = flowFor(sim.state.last, sim.state.reference.linesPerWeek, sim.state.queue);
      expect(flow.human + flow.ai).toBeGreaterThan(0);
      expect(flow.aiShare).toBeGreaterThanOrEqual(0);
      expect(flow.aiShare).toBeLessThanOrEqual(1);
    }
    // The scripted layoff leaves empty desks behind.
    expect(seats.some((x) => x.level === null)).toBe(true);
  });
});
