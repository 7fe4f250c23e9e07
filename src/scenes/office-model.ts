/**
 * The office floor as numbers: where the zones and desks go for a given size, who sits
 * where as the team changes, and how a week's metrics become things to draw (tokens,
 * stack height, alarm radius). Pure functions, no Phaser, no DOM: the scene only draws
 * what these return, and they are tested in Node.
 */
import type { Level, SimEvent, SimState, WeekMetrics } from '../sim/index.ts';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The floor plan: desks, then the review queue, the merge gate and production. */
export interface Zones {
  floor: Rect;
  queue: Rect;
  gate: Rect;
  prod: Rect;
  /** True when the pipeline runs along the right edge; false when it is a strip along the bottom. */
  landscape: boolean;
}

const PAD = 8;

/** The merge gate's share of the pipeline's width, either way round. */
const GATE_SHARE = 0.16;

/** The pipeline's box split left to right: the review queue, the merge gate, production. */
function pipelineZones(box: Rect, queueShare: number): Pick<Zones, 'queue' | 'gate' | 'prod'> {
  const queueW = box.w * queueShare;
  const gateW = box.w * GATE_SHARE;
  const prodW = Math.max(0, box.w - queueW - gateW);
  return {
    queue: { x: box.x, y: box.y, w: queueW, h: box.h },
    gate: { x: box.x + queueW, y: box.y, w: gateW, h: box.h },
    prod: { x: box.x + queueW + gateW, y: box.y, w: prodW, h: box.h },
  };
}

/**
 * One side of the canvas, `length` long, cut in two: the desks first, then the pipeline's `pipe`
 * (where it starts and how long it is), padded at both ends and between.
 */
function splitSide(length: number, pipe: number): { floor: number; start: number; size: number } {
  const floor = Math.max(0, length - pipe - PAD * 2);
  const start = PAD + floor + PAD;
  return { floor, start, size: Math.max(0, length - start - PAD) };
}

/** Splits a W x H canvas into the four zones. Never returns a negative size. */
export function zonesFor(width: number, height: number): Zones {
  const w = Math.max(0, width);
  const h = Math.max(0, height);
  const landscape = w >= h * 1.05;
  if (landscape) {
    // Desks on the left, the pipeline in a band on the right, left to right.
    const band = splitSide(w, Math.max(Math.min(120, w * 0.42), w * 0.34));
    const innerH = Math.max(0, h - PAD * 2);
    return {
      landscape,
      floor: { x: PAD, y: PAD, w: band.floor, h: innerH },
      ...pipelineZones({ x: band.start, y: PAD, w: band.size, h: innerH }, 0.42),
    };
  }
  // Portrait: desks on top, the pipeline in a strip along the bottom.
  const strip = splitSide(h, Math.max(0, Math.min(h * 0.45, Math.max(120, h * 0.36))));
  const innerW = Math.max(0, w - PAD * 2);
  return {
    landscape,
    floor: { x: PAD, y: PAD, w: innerW, h: strip.floor },
    ...pipelineZones({ x: PAD, y: strip.start, w: innerW, h: strip.size }, 0.38),
  };
}

/** Where the pipeline's fixed things stand in the zones, in the view's pixels. */
export interface Anchors {
  /** The review pile's centre line and the tray it stands on. */
  pileX: number;
  pileBase: number;
  /** The height of one slab of the pile. */
  slabStep: number;
  /** The bin abandoned pull requests fall into. */
  binX: number;
  binY: number;
  /** The merge gate's lane. */
  gateX: number;
  gateY: number;
  /** Production's centre, where merged work lands and alarms ring. */
  prodX: number;
  prodY: number;
  /** The smallest and largest alarm ring radius. */
  ringMin: number;
  ringMax: number;
  /** The reviewer's cell size and the line of their desk above the gate. */
  reviewerCell: number;
  reviewerDeskY: number;
}

/** The anchors of `z`, zones laid out in a `width` x `height` view. */
export function anchorsFor(z: Zones, width: number, height: number): Anchors {
  const gateY = z.gate.y + z.gate.h * (z.landscape ? 0.62 : 0.6);
  const ringMin = Math.max(16, Math.min(z.prod.w, z.prod.h) * 0.22);
  return {
    pileX: z.queue.x + z.queue.w / 2,
    pileBase: z.queue.y + z.queue.h - 16,
    slabStep: Math.max(3, Math.min(7, z.queue.h / 34)),
    binX: z.queue.x + 12,
    binY: z.queue.y + z.queue.h - 10,
    gateX: z.gate.x + z.gate.w / 2,
    gateY,
    prodX: z.prod.x + z.prod.w / 2,
    prodY: z.prod.y + z.prod.h * 0.5,
    ringMin,
    ringMax: Math.max(ringMin, Math.min(width, height) * 0.45),
    reviewerCell: Math.max(24, Math.min(z.gate.w * 1.1, 60)),
    reviewerDeskY: gateY - Math.max(26, Math.min(56, z.gate.h * 0.2)),
  };
}

/** Production's long side, along which alarms are spread, and each alarm's share of it. */
function alarmSlot(z: Zones, n: number): number {
  return (z.landscape ? z.prod.h : z.prod.w) / Math.max(1, n);
}

/** Where alarm `i` of `n` rings: each in its own slot along production's long side. */
export function alarmCentre(z: Zones, at: Anchors, i: number, n: number): { x: number; y: number } {
  const off = n <= 1 ? 0 : (i - (n - 1) / 2) * alarmSlot(z, n);
  return z.landscape ? { x: at.prodX, y: at.prodY + off } : { x: at.prodX + off, y: at.prodY };
}

/** Pixels kept clear between a ring and the desks, and between two rings. */
const RING_GAP = 2;

/**
 * Alarm `i` of `n` as a ring: its centre and radius. The radius grows with the alarm's reach,
 * but never past its own slot (rings do not overlap one another) nor over the desks' side of the
 * floor (an outage rings over production, not over the people).
 */
export function alarmRing(
  z: Zones,
  at: Anchors,
  reach: number,
  i: number,
  n: number,
): { x: number; y: number; r: number } {
  const c = alarmCentre(z, at, i, n);
  const desks = z.landscape ? c.x - (z.floor.x + z.floor.w) : c.y - (z.floor.y + z.floor.h);
  const slot = n <= 1 ? Number.POSITIVE_INFINITY : alarmSlot(z, n) / 2;
  const wanted = at.ringMin + clamp01(reach) * (at.ringMax - at.ringMin);
  return { ...c, r: Math.max(0, Math.min(wanted, desks - RING_GAP, slot - RING_GAP / 2)) };
}

/** A grid of square desk cells centred in a rectangle. */
export interface DeskGrid {
  cols: number;
  rows: number;
  /** Height of one cell, in pixels (the desk art is drawn to this). */
  cell: number;
  /** Width of one cell: at least its height, a little wider when the floor has room. */
  cellW: number;
  /** Top-left corner of the first cell. */
  x0: number;
  y0: number;
}

/** The largest square cells (at most `maxCell` wide) that fit `n` desks in `area`, centred. */
export function deskGrid(n: number, area: Rect, maxCell = 88): DeskGrid {
  const count = Math.max(0, Math.floor(n));
  if (count === 0 || area.w <= 0 || area.h <= 0) {
    return { cols: 0, rows: 0, cell: 0, cellW: 0, x0: area.x, y0: area.y };
  }
  let best = { cols: 1, rows: count, cell: 0 };
  for (let cols = 1; cols <= count; cols++) {
    const rows = Math.ceil(count / cols);
    const cell = Math.min(area.w / cols, area.h / rows);
    if (cell > best.cell) best = { cols, rows, cell };
  }
  const cell = Math.min(maxCell, Math.floor(best.cell * 100) / 100);
  const cellW = Math.max(cell, Math.min(cell * 1.3, Math.floor((area.w / best.cols) * 100) / 100));
  return {
    cols: best.cols,
    rows: best.rows,
    cell,
    cellW,
    x0: area.x + (area.w - best.cols * cellW) / 2,
    y0: area.y + (area.h - best.rows * cell) / 2,
  };
}

/** The centre of desk `i` (row-major). */
export function deskCentre(g: DeskGrid, i: number): { x: number; y: number } {
  const col = g.cols > 0 ? i % g.cols : 0;
  const row = g.cols > 0 ? Math.floor(i / g.cols) : 0;
  return { x: g.x0 + (col + 0.5) * g.cellW, y: g.y0 + (row + 0.5) * g.cell };
}

// ---- Who sits where ----

/** One desk. `level` null means the desk is empty (someone left, nobody has taken it). */
export interface Seat {
  level: Level | null;
  /** The week its current occupant arrived (or the week it was emptied). */
  since: number;
}

export type Crew = Record<Level, number>;

const LEVEL_ORDER: readonly Level[] = ['senior', 'mid', 'junior'];

/** A stable pseudo-random number in [0, 1) from two integers (no state, no Math.random). */
export function hash01(a: number, b = 0): number {
  let h = (Math.imul(a | 0, 0x9e3779b1) ^ Math.imul((b | 0) + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  return h / 4294967296;
}

/**
 * The desks after the team changed to `crew`. People who stay keep their desk; people
 * who leave leave an empty desk behind (scattered, as quits are); newcomers take empty
 * desks first, then new desks at the end. The number of desks never shrinks.
 */
export function assignSeats(prev: readonly Seat[], crew: Crew, week: number): Seat[] {
  const seats = prev.map((s) => ({ ...s }));
  const arrivals: Array<{ level: Level; key: number }> = [];
  for (const level of LEVEL_ORDER) {
    const want = Math.max(0, Math.floor(crew[level]));
    const mine: number[] = [];
    seats.forEach((s, i) => {
      if (s.level === level) mine.push(i);
    });
    if (mine.length > want) {
      const leaving = mine
        .map((i) => ({ i, k: hash01(i, week * 7919 + 13) }))
        .sort((a, b) => a.k - b.k || a.i - b.i)
        .slice(0, mine.length - want);
      for (const { i } of leaving) {
        const seat = seats[i];
        if (seat) {
          seat.level = null;
          seat.since = week;
        }
      }
    } else {
      const n = want - mine.length;
      // Spread each level evenly through the arrivals so levels mix on the floor.
      for (let j = 0; j < n; j++) arrivals.push({ level, key: (j + 0.5) / n });
    }
  }
  arrivals.sort(
    (a, b) => a.key - b.key || LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level),
  );
  let cursor = 0;
  for (const a of arrivals) {
    while (cursor < seats.length && seats[cursor]?.level !== null) cursor++;
    if (cursor < seats.length) {
      const seat = seats[cursor];
      if (seat) {
        seat.level = a.level;
        seat.since = week;
      }
    } else {
      seats.push({ level: a.level, since: week });
      cursor = seats.length;
    }
  }
  return seats;
}

/** Headcount per level in the sim state: everyone seated, productive or onboarding. */
export function crewOf(state: Pick<SimState, 'staff'>): { crew: Crew; onboarding: Crew } {
  const crew: Crew = { junior: 0, mid: 0, senior: 0 };
  const onboarding: Crew = { junior: 0, mid: 0, senior: 0 };
  for (const level of LEVEL_ORDER) {
    const c = state.staff[level];
    let ob = 0;
    for (const n of c.onboarding) ob += n;
    const active = Math.max(0, Math.round(c.active));
    const fresh = Math.max(0, Math.round(ob));
    crew[level] = active + fresh;
    onboarding[level] = fresh;
  }
  return { crew, onboarding };
}

/** Which seats hold someone still onboarding: the most recent arrivals of each level. */
export function onboardingSeats(seats: readonly Seat[], onboarding: Crew): boolean[] {
  const out = seats.map(() => false);
  for (const level of LEVEL_ORDER) {
    const mine: number[] = [];
    seats.forEach((s, i) => {
      if (s.level === level) mine.push(i);
    });
    mine.sort((a, b) => (seats[b]?.since ?? 0) - (seats[a]?.since ?? 0) || b - a);
    const n = Math.min(mine.length, Math.max(0, Math.floor(onboarding[level])));
    for (let k = 0; k < n; k++) {
      const i = mine[k];
      if (i !== undefined) out[i] = true;
    }
  }
  return out;
}

// ---- How people look ----

/** 0 = low, 1 = middling, 2 = good. */
export type Band = 0 | 1 | 2;

export function moraleBand(morale: number): Band {
  if (!(morale >= 0.45)) return 0;
  return morale < 0.65 ? 1 : 2;
}

/** 0 = calm, 1 = busy, 2 = overloaded. */
export function loadBand(load: number): Band {
  if (!(load >= 0.4)) return 0;
  return load < 0.7 ? 1 : 2;
}

const PRESSURE_LOAD = { relaxed: 0.15, normal: 0.35, crunch: 0.7 } as const;

/** How loaded one level is (0..1): deadline pressure, staff shortfall, and for seniors review and mentoring. */
export function levelLoad(
  level: Level,
  m: Pick<WeekMetrics, 'staffShortfall' | 'seniorLoad' | 'reviewLoad'> | null,
  pressure: keyof typeof PRESSURE_LOAD,
): number {
  let load = PRESSURE_LOAD[pressure];
  if (m) {
    load += 0.6 * Math.max(0, m.staffShortfall);
    if (level === 'senior')
      load += 0.5 * Math.max(0, m.seniorLoad - 0.2) + 0.04 * Math.max(0, m.reviewLoad - 1);
  }
  return Math.max(0, Math.min(1, load));
}

/** Typing bob frequency in Hz for a load band: the busier, the faster (always a gentle motion). */
export function bobHz(band: Band): number {
  return band === 0 ? 0.6 : band === 1 ? 1.2 : 2.2;
}

/** Whether the person at a seat uses AI tools this week, so the share of lit AI screens equals adoption. */
export function usesAi(seatIndex: number, adoption: number): boolean {
  return hash01(seatIndex, 4242) < adoption;
}

// ---- Flow of pull requests ----

/** Tokens a baseline week's output is drawn as, per animation cycle. */
export const BASELINE_TOKENS = 20;
export const MAX_TOKENS = 48;
/** Slabs in the review pile for one baseline week's lines waiting. */
export const SLABS_PER_WEEK = 6;

/** Per-cycle counts of what moves on the floor this week. */
export interface Flow {
  /** Hand-written PRs leaving desks. */
  human: number;
  /** AI-assisted PRs leaving desks. */
  ai: number;
  /** PRs reviewed and merged through the gate. */
  reviewed: number;
  /** PRs merged without review, over the reviewers' heads. */
  skipped: number;
  /** PRs closed unmerged after waiting too long; they fade out. */
  abandoned: number;
  /** Share of the waiting PRs that are AI-made (0..1). */
  aiShare: number;
  /** Gate openings per cycle. */
  deploys: number;
}

/** Tokens for a number of lines, on the run's scale (a baseline week = BASELINE_TOKENS). Monotone, capped. */
export function tokensFor(lines: number, baselineLines: number): number {
  if (!(lines > 0)) return 0;
  const unit = Math.max(1, baselineLines) / BASELINE_TOKENS;
  return Math.min(MAX_TOKENS, Math.max(1, Math.round(lines / unit)));
}

export function flowFor(
  m: Pick<
    WeekMetrics,
    'linesWritten' | 'aiLines' | 'linesReviewed' | 'linesSkipped' | 'linesAbandoned' | 'deploys'
  > | null,
  baselineLines: number,
  queue?: Pick<SimState['queue'], 'human' | 'ai'>,
): Flow {
  if (!m) return { human: 0, ai: 0, reviewed: 0, skipped: 0, abandoned: 0, aiShare: 0, deploys: 0 };
  const total = tokensFor(m.linesWritten, baselineLines);
  const aiFrac = m.linesWritten > 0 ? Math.max(0, Math.min(1, m.aiLines / m.linesWritten)) : 0;
  const ai = Math.round(total * aiFrac);
  const waiting = queue ? queue.human.lines + queue.ai.lines : 0;
  return {
    human: total - ai,
    ai,
    reviewed: tokensFor(m.linesReviewed, baselineLines),
    skipped: tokensFor(m.linesSkipped, baselineLines),
    abandoned: tokensFor(m.linesAbandoned, baselineLines),
    aiShare: queue && waiting > 0 ? queue.ai.lines / waiting : aiFrac,
    deploys: Math.min(12, Math.max(0, Math.round(m.deploys / 2))),
  };
}

/**
 * Before the first week there are no metrics yet: the floor shows the baseline week the run
 * starts from (its reference lines and deploys, AI at the current adoption, all reviewed).
 */
export function openingFlow(state: Pick<SimState, 'reference' | 'adoption' | 'queue'>): Flow {
  const lines = state.reference.linesPerWeek;
  return flowFor(
    {
      linesWritten: lines,
      aiLines: lines * Math.max(0, Math.min(1, state.adoption)),
      linesReviewed: lines,
      linesSkipped: 0,
      linesAbandoned: 0,
      deploys: state.reference.deploysPerWeek,
    },
    lines,
    state.queue,
  );
}

/** The review pile: how many slabs to draw, and whether it spills over what fits. */
export interface Stack {
  slabs: number;
  overflow: boolean;
}

/** Slabs for the lines waiting for review, on the run's scale, capped at `maxSlabs`. Monotone in `queueLines`. */
export function stackFor(queueLines: number, baselineLines: number, maxSlabs: number): Stack {
  const cap = Math.max(0, Math.floor(maxSlabs));
  if (!(queueLines > 0) || cap === 0) return { slabs: 0, overflow: cap === 0 && queueLines > 0 };
  const unit = Math.max(1, baselineLines) / SLABS_PER_WEEK;
  const raw = Math.max(1, Math.ceil(queueLines / unit));
  return raw > cap ? { slabs: cap, overflow: true } : { slabs: raw, overflow: false };
}

// ---- Alarms ----

export interface Alarm {
  kind: 'incident' | 'breach';
  /** Where the ring's radius sits between the smallest and the largest the view draws (0..1). */
  reach: number;
}

export const MAX_ALARMS = 3;

/** The week's outages and breaches as rings: the radius grows with the blast radius (or customers, for a breach). */
export function alarmsFor(events: readonly SimEvent[]): Alarm[] {
  const out: Alarm[] = [];
  for (const e of events) {
    if (out.length >= MAX_ALARMS) break;
    if (e.kind === 'incident') {
      const r = Math.max(0, e.blastRadius);
      out.push({ kind: 'incident', reach: clamp01(0.45 * Math.log2(1 + r) - 0.15) });
    } else if (e.kind === 'breach') {
      const c = Math.max(0, e.customers);
      out.push({ kind: 'breach', reach: clamp01(0.12 * Math.log10(1 + c) - 0.1) });
    }
  }
  return out;
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}

/** A position along a quadratic curve from a to b bulging by `lift` (negative = up). Writes into `out`. */
export function alongArc(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  lift: number,
  t: number,
  out: { x: number; y: number },
): void {
  const cx = (ax + bx) / 2;
  const cy = (ay + by) / 2 + lift;
  const u = 1 - t;
  out.x = u * u * ax + 2 * u * t * cx + t * t * bx;
  out.y = u * u * ay + 2 * u * t * cy + t * t * by;
}
