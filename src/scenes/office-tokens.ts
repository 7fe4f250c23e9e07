/**
 * The pull requests in flight on the office floor: one table of plain records, reused so a
 * frame allocates nothing, and the clock that turns the week's flow into launches. Pure (no
 * Phaser): the scene owns one sprite per row and copies each row's position and look onto it.
 */
import type { TokenFrame, TokenVariant } from './office-frames.ts';
import { tokenFrame } from './office-frames.ts';
import type { Flow } from './office-model.ts';
import { alongArc } from './office-model.ts';

/** The lanes a pull request can travel: desk to pile, pile to gate to production, or around. */
export type Route = 'write' | 'toGate' | 'toProd' | 'skip' | 'abandon';

/** One pull request on its way along a curve from (ax, ay) to (bx, by). */
export interface Token {
  active: boolean;
  route: Route;
  ai: boolean;
  /** How far along, 0 to 1. */
  t: number;
  /** Seconds the whole way takes. */
  dur: number;
  ax: number;
  ay: number;
  bx: number;
  by: number;
  /** How far the curve bulges (negative: upwards). */
  lift: number;
}

export class TokenTable {
  readonly rows: readonly Token[];

  constructor(size: number) {
    this.rows = Array.from({ length: size }, () => ({
      active: false,
      route: 'write' as Route,
      ai: false,
      t: 0,
      dur: 1,
      ax: 0,
      ay: 0,
      bx: 0,
      by: 0,
      lift: 0,
    }));
  }

  /** The first row not in flight, or -1 when all are (the launch is then dropped). */
  free(): number {
    for (let i = 0; i < this.rows.length; i++) if (!this.rows[i]?.active) return i;
    return -1;
  }

  /**
   * Starts row `i` from the beginning of a new way, unless there is no such row. Positional, so
   * a launch allocates nothing.
   */
  launch(
    i: number,
    route: Route,
    ai: boolean,
    ax: number,
    ay: number,
    bx: number,
    by: number,
    lift: number,
    dur: number,
  ): void {
    const tok = this.rows[i];
    if (!tok) return;
    tok.active = true;
    tok.route = route;
    tok.ai = ai;
    tok.t = 0;
    tok.dur = dur;
    tok.ax = ax;
    tok.ay = ay;
    tok.bx = bx;
    tok.by = by;
    tok.lift = lift;
  }

  clear(): void {
    for (const row of this.rows) row.active = false;
  }
}

/** Moves `tok` on by `dt` seconds; false once it has arrived (its `t` then stays as it was). */
export function advance(tok: Token, dt: number): boolean {
  const t = tok.t + dt / tok.dur;
  if (t >= 1) return false;
  tok.t = t;
  return true;
}

/** Where `tok` is at `t` along its way, written into `out`. */
export function tokenAt(tok: Token, t: number, out: { x: number; y: number }): void {
  alongArc(tok.ax, tok.ay, tok.bx, tok.by, tok.lift, t, out);
}

export function tokenVariant(route: Route): TokenVariant {
  return route === 'skip' ? 'skip' : route === 'toProd' ? 'ok' : 'plain';
}

/** Every token frame name, built once: a launch then builds no string. */
const FRAMES = [false, true].map((ai) => ({
  plain: tokenFrame(ai, 'plain'),
  skip: tokenFrame(ai, 'skip'),
  ok: tokenFrame(ai, 'ok'),
})) as [Record<TokenVariant, TokenFrame>, Record<TokenVariant, TokenFrame>];

export function tokenFrameFor(ai: boolean, route: Route): TokenFrame {
  return FRAMES[ai ? 1 : 0][tokenVariant(route)];
}

/** Abandoned work fades all the way; merged work fades out in its last fifth, into production. */
export function tokenAlpha(route: Route, t: number): number {
  if (route === 'abandon') return 1 - t;
  if (route === 'toProd' || route === 'skip') return t > 0.8 ? (1 - t) * 5 : 1;
  return 1;
}

/** The flow's counts that launch something, in the order a frame launches them. */
export const LANES = [
  'human',
  'ai',
  'reviewed',
  'skipped',
  'abandoned',
  'deploys',
] as const satisfies readonly (keyof Flow)[];
export type Lane = (typeof LANES)[number];

/**
 * Turns the week's flow (counts per cycle) into whole launches as time passes: each lane keeps
 * the fraction it is owed, so a slow lane still launches now and then, at its own rate.
 */
export class SpawnClock {
  private readonly owed: Record<Lane, number> = {
    human: 0,
    ai: 0,
    reviewed: 0,
    skipped: 0,
    abandoned: 0,
    deploys: 0,
  };

  /** Adds `cycles` of `flow` and calls `spawn` once per whole launch owed, lane after lane. */
  tick(flow: Flow, cycles: number, spawn: (lane: Lane) => void): void {
    for (let l = 0; l < LANES.length; l++) {
      const lane = LANES[l] as Lane;
      let owed = this.owed[lane] + flow[lane] * cycles;
      while (owed >= 1) {
        owed -= 1;
        spawn(lane);
      }
      this.owed[lane] = owed;
    }
  }
}

/** Reduced motion: how many tokens stand still on a lane (five at most) and where along it. */
export interface StillLane {
  route: Route;
  count: number;
  at: (j: number, n: number) => number;
}

export function stillLanes(f: Flow): StillLane[] {
  const spread = (j: number, n: number) => (j + 0.5) / (n + 0.3);
  return [
    {
      route: 'write',
      count: Math.min(5, Math.ceil((f.human + f.ai) / 3)),
      at: (j, n) => (j + 0.6) / (n + 0.5),
    },
    { route: 'toProd', count: Math.min(5, Math.ceil(f.reviewed / 4)), at: spread },
    { route: 'skip', count: Math.min(5, Math.ceil(f.skipped / 4)), at: spread },
    { route: 'abandon', count: Math.min(5, Math.ceil(f.abandoned / 4)), at: () => 0.6 },
  ];
}
