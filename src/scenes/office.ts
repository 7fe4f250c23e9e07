/**
 * The animated office floor: engineers at desks, pull requests flowing into a review
 * pile, through the merge gate into production, and outages and breaches as alarms.
 * A view only: it reads the store, never calls an action, and holds no game logic
 * (every number it draws comes from office-model.ts).
 *
 * Loaded lazily by main.ts (`import('./scenes/office.ts')`) so Phaser lands in its own chunk.
 */
import * as Phaser from 'phaser';
import type { Level } from '../sim/index.ts';
import type { Snapshot } from '../state/run-record.ts';
import type { GameStore } from '../state/store.ts';
import { atlasHeight, drawAtlas, PALETTE, roundRect, SKINS } from './office-art.ts';
import type { CellBox, FrameRect } from './office-frames.ts';
import {
  ART_SCALE,
  ATLAS_KEY,
  CELL,
  CHAIR_BOX,
  DESK_BOX,
  DESK_LINE,
  FIGURE_BOX,
  figureFrame,
  tokenFrame,
} from './office-frames.ts';
import type { Alarm, DeskGrid, Flow, Seat, Zones } from './office-model.ts';
import {
  alarmsFor,
  alongArc,
  assignSeats,
  bobHz,
  crewOf,
  deskCentre,
  deskGrid,
  flowFor,
  hash01,
  levelLoad,
  loadBand,
  MAX_ALARMS,
  moraleBand,
  onboardingSeats,
  openingFlow,
  stackFor,
  usesAi,
  zonesFor,
} from './office-model.ts';

/** What mountOffice hands back; the same shape as ui/view-context's OfficeView (scenes import no ui). */
export interface OfficeView {
  setCovered(cssPx: number): void;
  destroy(): void;
}

export interface OfficeOptions {
  /** True when motion should stop: no movement, pulses or flashes, static states instead. */
  reducedMotion: () => boolean;
  /** Calls back the moment that wish changes; returns the unsubscribe. */
  onMotionChange?: (listener: () => void) => () => void;
}

/** Seconds one week's flow takes to play out on the floor at speed 1. */
const CYCLE_SECONDS = 8;
const TOKEN_POOL = 96;
const MAX_SLABS = 48;
/** Desks shown before any run exists: an empty office waiting for its team. */
const IDLE_DESKS = 12;
const ATLAS_WIDTH = 1024;
const TAU = Math.PI * 2;
const BG_KEY = 'vt-office-floor';
/**
 * Under reduced motion, frames drawn after the last change before the game loop sleeps: one to
 * draw the change, and spares for a texture that arrives a frame late.
 */
const STILL_FRAMES_BEFORE_SLEEP = 3;
/** Token frame names, made once: [hand-written, AI-made] by variant. */
const TOKEN_FRAMES = [false, true].map((ai) => ({
  plain: tokenFrame(ai, 'plain'),
  skip: tokenFrame(ai, 'skip'),
  ok: tokenFrame(ai, 'ok'),
})) as [Record<'plain' | 'skip' | 'ok', string>, Record<'plain' | 'skip' | 'ok', string>];

/** The lanes a pull request can travel. */
const Route = { Write: 0, ToGate: 1, ToProd: 2, Skip: 3, Abandon: 4 } as const;
type Route = (typeof Route)[keyof typeof Route];

interface SeatLook {
  frame: string;
  desk: string;
  chair: string;
  occupied: boolean;
  cloud: boolean;
  sweat: boolean;
  flag: boolean;
  hz: number;
  amp: number;
  squash: number;
  phase: number;
}

/** The office scene. Its key is its class name. */
export class OfficeScene extends Phaser.Scene {
  private readonly store: GameStore;
  private readonly opts: OfficeOptions;
  private unsubscribe: (() => void) | null = null;
  /** Set once the office is taken down; a create() that Phaser runs after that subscribes to nothing. */
  private detached = false;
  private reduced = false;
  private stopMotionWatch: (() => void) | null = null;
  /** Told whether the floor moves, so the page can show it (and tests can check it). */
  onMotionState: ((moving: boolean) => void) | null = null;
  /** Told when the game loop sleeps or wakes (under reduced motion), for the same reasons. */
  onLoopState: ((awake: boolean) => void) | null = null;
  /** Frames drawn since the picture last changed. */
  private stillFrames = 0;
  /** A week (or the speed) changed and the floor has not caught up yet: see `update`. */
  private simChanged = false;
  /** CSS pixels at the bottom of the canvas that the page covers; the floor is laid out above. */
  private covered = 0;
  private coverChanged = false;
  private clock = 0;

  // Model of what is shown.
  private seats: Seat[] = [];
  private looks: SeatLook[] = [];
  private lastWeek = -1;
  private flow: Flow = {
    human: 0,
    ai: 0,
    reviewed: 0,
    skipped: 0,
    abandoned: 0,
    aiShare: 0,
    deploys: 0,
  };
  private queueLines = 0;
  private baseline = 1;
  private alarms: Alarm[] = [];
  private speed = 1;
  private reviewerMorale: 0 | 1 | 2 = 1;

  // Layout.
  private zones: Zones = zonesFor(0, 0);
  private grid: DeskGrid = { cols: 0, rows: 0, cell: 0, cellW: 0, x0: 0, y0: 0 };
  private pileX = 0;
  private pileTop = 0;
  private pileBase = 0;
  private slabStep = 6;
  private gateX = 0;
  private gateY = 0;
  private prodX = 0;
  private prodY = 0;
  private binX = 0;
  private binY = 0;
  private ringMin = 0;
  private ringMax = 0;

  // Game objects: made once, reused.
  private bg!: Phaser.GameObjects.Image;
  private bgTex: Phaser.Textures.CanvasTexture | null = null;
  /** What the floor texture was last painted from: the same inputs skip the paint and upload. */
  private bgDrawn = '';
  private atlasFrames = new Map<string, FrameRect>();
  private atlasCanvas: HTMLCanvasElement | null = null;
  private figures: Phaser.GameObjects.Image[] = [];
  private clouds: Phaser.GameObjects.Image[] = [];
  private sweats: Phaser.GameObjects.Image[] = [];
  private flags: Phaser.GameObjects.Image[] = [];
  private slabs: Phaser.GameObjects.Image[] = [];
  private more!: Phaser.GameObjects.Image;
  private gateBar!: Phaser.GameObjects.Image;
  private reviewer!: Phaser.GameObjects.Image;
  private lens!: Phaser.GameObjects.Image;
  private rings: Phaser.GameObjects.Image[] = [];
  private ripples: Phaser.GameObjects.Image[] = [];
  private alarmIcons: Phaser.GameObjects.Image[] = [];
  private tokens: Phaser.GameObjects.Image[] = [];

  // Token state, structure of arrays: nothing is allocated per frame.
  private readonly tActive = new Uint8Array(TOKEN_POOL);
  private readonly tRoute = new Uint8Array(TOKEN_POOL);
  private readonly tAi = new Uint8Array(TOKEN_POOL);
  private readonly tT = new Float32Array(TOKEN_POOL);
  private readonly tDur = new Float32Array(TOKEN_POOL);
  private readonly tAx = new Float32Array(TOKEN_POOL);
  private readonly tAy = new Float32Array(TOKEN_POOL);
  private readonly tBx = new Float32Array(TOKEN_POOL);
  private readonly tBy = new Float32Array(TOKEN_POOL);
  private readonly tLift = new Float32Array(TOKEN_POOL);
  private readonly acc = new Float32Array(6);
  private spawnSeq = 0;
  private gateLift = 0;
  private readonly pt = { x: 0, y: 0 };
  /** Desk centres and each person's resting height, cached per layout so frames allocate nothing. */
  private seatX: number[] = [];
  private seatY: number[] = [];
  private figBaseY: number[] = [];

  /** Canvas pixels per CSS pixel: the scene lays out in CSS pixels and the camera zooms by this. */
  private readonly px: number;

  constructor(store: GameStore, opts: OfficeOptions, pixelRatio = 1) {
    super({ key: 'OfficeScene' });
    this.store = store;
    this.opts = opts;
    this.px = pixelRatio;
  }

  /** The view's size in CSS pixels (the canvas has `px` times as many). */
  private viewW(): number {
    return this.scale.width / this.px;
  }

  /** The height the floor is laid out in: the view's, less what the page covers (half at most). */
  private viewH(): number {
    const h = this.scale.height / this.px;
    return h - Math.min(this.covered, h / 2);
  }

  /**
   * The page covers `cssPx` of the floor's bottom. Laid out anew on the next frame at the same
   * canvas size: a new canvas size would make the browser reallocate it.
   */
  setCovered(cssPx: number): void {
    const px = Math.max(0, Math.round(cssPx));
    if (px === this.covered) return;
    this.covered = px;
    this.coverChanged = true;
    this.wake();
  }

  create(): void {
    this.buildAtlas();
    this.bgTex = this.textures.createCanvas(BG_KEY, 2, 2);
    this.bgDrawn = '';
    this.bg = this.add.image(0, 0, BG_KEY).setOrigin(0, 0).setDepth(0);
    for (let i = 0; i < MAX_SLABS; i++) this.slabs.push(this.img('slab-h', 6));
    this.more = this.img('more', 6);
    this.gateBar = this.img('gate-bar', 7).setOrigin(0.06, 0.5);
    this.reviewer = this.img(figureFrame('senior', 1, 0), 5);
    this.lens = this.img('lens', 6);
    for (let i = 0; i < MAX_ALARMS; i++) {
      this.ripples.push(this.img('ring-incident', 9));
      this.rings.push(this.img('ring-incident', 9));
      this.alarmIcons.push(this.img('icon-incident', 10));
    }
    for (let i = 0; i < TOKEN_POOL; i++) this.tokens.push(this.img(tokenFrame(false, 'plain'), 8));

    this.reduced = this.opts.reducedMotion();
    this.onMotionState?.(!this.reduced);
    this.fitCamera();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.detach, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, this.detach, this);
    if (this.detached) return;
    this.unsubscribe = this.store.subscribe((state, prev) => {
      if (state.sim === prev.sim && state.ui.speed === prev.ui.speed) return;
      // Drawn on the office's next frame, not in the click that played the week: the run
      // screen's own update and the floor's (a desk change re-uploads its texture) then run
      // as two tasks, neither long enough to hold up the next input.
      this.simChanged = true;
      this.wake();
    });
    this.stopMotionWatch = this.opts.onMotionChange?.(() => this.applyMotion()) ?? null;
    this.showSim(this.store.getState().sim);
  }

  /**
   * Under reduced motion nothing moves between changes, and a still picture needs no sixty frames
   * a second (on a phone, that is battery): once a change is drawn, the game loop sleeps until
   * the next change wakes it.
   */
  private rest(): void {
    this.stillFrames++;
    if (this.stillFrames < STILL_FRAMES_BEFORE_SLEEP || !this.game.loop.running) return;
    this.game.loop.sleep();
    this.onLoopState?.(false);
  }

  /** The picture changed (a week, a resize, the motion setting): draw it. */
  wake(): void {
    this.stillFrames = 0;
    // Only a loop Phaser has started: before that, Phaser starts it itself once its textures are in.
    const loop = this.game?.loop;
    if (!loop?.started || loop.running) return;
    loop.wake(true);
    this.onLoopState?.(true);
  }

  /** Stops (or restarts) every movement at once when the wish for less motion changes. */
  private applyMotion(): void {
    const r = this.opts.reducedMotion();
    if (r === this.reduced) return;
    this.wake();
    this.reduced = r;
    this.gateLift = 0;
    this.resetTokens();
    this.placeAll();
    this.onMotionState?.(!r);
  }

  /** Stops listening to the store and the scale manager. Safe to call more than once. */
  detach(): void {
    this.detached = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.stopMotionWatch?.();
    this.stopMotionWatch = null;
    this.scale?.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
  }

  override update(_time: number, deltaMs: number): void {
    if (this.simChanged) {
      this.simChanged = false;
      this.coverChanged = false;
      this.showSim(this.store.getState().sim);
    }
    if (this.coverChanged) {
      this.coverChanged = false;
      this.resetTokens();
      this.layout();
    }
    if (this.reduced) {
      this.rest();
      return;
    }
    const dt = Math.min(0.1, deltaMs / 1000);
    this.clock += dt;
    this.animateFigures();
    this.spawnTokens(dt);
    this.moveTokens(dt);
    this.animateGate(dt);
    this.animateAlarms();
  }

  // ---- building ----

  private buildAtlas(): void {
    const textures = this.textures;
    if (!textures.exists(ATLAS_KEY)) {
      const tex = textures.createCanvas(ATLAS_KEY, ATLAS_WIDTH, atlasHeight(ATLAS_WIDTH));
      if (!tex) throw new Error('office atlas could not be created');
      const frames = drawAtlas(tex.getContext(), ATLAS_WIDTH);
      for (const [name, r] of frames) tex.add(name, 0, r.x, r.y, r.w, r.h);
      tex.refresh();
      this.atlasFrames = frames;
      this.atlasCanvas = tex.getCanvas();
    }
  }

  /** Paints an atlas frame cut to `box` into the floor texture, scaled to a cell of height `cell`. */
  private stamp(
    g: CanvasRenderingContext2D,
    frame: string,
    box: CellBox,
    cx: number,
    cy: number,
    cell: number,
  ): void {
    const r = this.atlasFrames.get(frame);
    if (!r || !this.atlasCanvas) return;
    const k = cell / CELL;
    g.drawImage(
      this.atlasCanvas,
      r.x,
      r.y,
      r.w,
      r.h,
      cx + (box.x - CELL / 2) * k,
      cy + (box.y - CELL / 2) * k,
      box.w * k,
      box.h * k,
    );
  }

  private img(frame: string, depth: number): Phaser.GameObjects.Image {
    return this.add.image(0, 0, ATLAS_KEY, frame).setDepth(depth).setVisible(false);
  }

  /** Makes sure there are game objects for `n` desks (they are never destroyed, only hidden). */
  private ensureSeats(n: number): void {
    while (this.figures.length < n) {
      this.figures.push(
        this.img(figureFrame('mid', 1, 0), 3).setOrigin(
          (CELL / 2 - FIGURE_BOX.x) / FIGURE_BOX.w,
          (DESK_LINE - FIGURE_BOX.y) / FIGURE_BOX.h,
        ),
      );
      this.clouds.push(this.img('cloud', 5));
      this.sweats.push(this.img('sweat', 5));
      this.flags.push(this.img('flag', 5));
    }
  }

  // ---- the store's week ----

  private showSim(sim: Snapshot | null): void {
    const s = this.store.getState();
    this.speed = s.ui.speed;
    if (!sim) {
      this.seats = Array.from({ length: IDLE_DESKS }, () => ({ level: null, since: 0 }));
      this.lastWeek = -1;
      this.flow = flowFor(null, 1);
      this.queueLines = 0;
      this.alarms = [];
      this.looks = this.seats.map((_, i) => emptyLook(i));
      this.layout();
      return;
    }
    const st = sim.state;
    if (st.week < this.lastWeek || sim.history.length === 0 || this.lastWeek < 0) this.seats = [];
    this.lastWeek = st.week;
    const { crew, onboarding } = crewOf(st);
    this.seats = assignSeats(this.seats, crew, st.week);
    const fresh = onboardingSeats(this.seats, onboarding);
    const m = st.last;
    this.baseline = Math.max(1, st.reference.linesPerWeek);
    this.flow = m ? flowFor(m, this.baseline, st.queue) : openingFlow(st);
    this.queueLines = m ? m.reviewQueueLines : st.queue.human.lines + st.queue.ai.lines;
    this.alarms = alarmsFor(sim.lastEvents);
    this.reviewerMorale = moraleBand(st.staff.senior.morale);
    const band: Record<Level, { morale: 0 | 1 | 2; load: 0 | 1 | 2 }> = {
      junior: { morale: 0, load: 0 },
      mid: { morale: 0, load: 0 },
      senior: { morale: 0, load: 0 },
    };
    for (const level of ['junior', 'mid', 'senior'] as const) {
      band[level] = {
        morale: moraleBand(st.staff[level].morale),
        load: loadBand(levelLoad(level, m, st.levers.deadlinePressure)),
      };
    }
    this.looks = this.seats.map((seat, i) => {
      if (seat.level === null) return emptyLook(i);
      const b = band[seat.level];
      const skin = Math.floor(hash01(i, 99) * SKINS);
      return {
        frame: figureFrame(seat.level, b.morale, skin),
        desk: usesAi(i, st.adoption) ? 'desk-ai' : 'desk-on',
        chair: 'chair',
        occupied: true,
        cloud: b.morale === 0,
        sweat: b.load === 2,
        flag: fresh[i] === true,
        hz: bobHz(b.load),
        amp: b.load === 0 ? 0.6 : b.load === 1 ? 0.9 : 1.3,
        squash: b.load === 0 ? 1 : b.load === 1 ? 0.96 : 0.88,
        phase: hash01(i, 7) * TAU,
      };
    });
    this.layout();
  }

  // ---- layout (on a new week and on resize) ----

  private onResize(): void {
    this.fitCamera();
    // Tokens in flight would land in the old places: start the flow afresh. (A new week keeps
    // them flying, so autoplay does not blink.)
    this.resetTokens();
    this.layout();
  }

  /** World units are CSS pixels: zoom by the pixel ratio, world origin at the top-left corner. */
  private fitCamera(): void {
    this.cameras.resize(this.scale.width, this.scale.height);
    // Centred on the whole canvas, not on the part laid out (see `viewH`).
    const h = this.scale.height / this.px;
    this.cameras.main.setZoom(this.px).centerOn(this.viewW() / 2, h / 2);
  }

  private layout(): void {
    this.wake();
    const w = this.viewW();
    const h = this.viewH();
    const z = zonesFor(w, h);
    this.zones = z;
    this.grid = deskGrid(this.seats.length, z.floor);
    this.ensureSeats(this.seats.length);

    // The review pile stands on a tray at the bottom of the queue zone.
    this.pileX = z.queue.x + z.queue.w / 2;
    this.pileBase = z.queue.y + z.queue.h - 16;
    this.slabStep = Math.max(3, Math.min(7, z.queue.h / 34));
    this.binX = z.queue.x + 12;
    this.binY = z.queue.y + z.queue.h - 10;
    this.gateX = z.gate.x + z.gate.w / 2;
    this.gateY = z.gate.y + z.gate.h * (z.landscape ? 0.62 : 0.6);
    this.prodX = z.prod.x + z.prod.w / 2;
    this.prodY = z.prod.y + z.prod.h * 0.5;
    this.ringMin = Math.max(16, Math.min(z.prod.w, z.prod.h) * 0.22);
    this.ringMax = Math.max(this.ringMin, Math.min(w, h) * 0.45);
    this.drawStatic();
    this.placeAll();
  }

  /**
   * The floor, zones, desk mats and lanes: painted with Canvas 2D into one texture once per
   * layout (a new week or a resize), never per frame. A Graphics object would be re-tessellated
   * every frame, which costs more than everything that moves.
   */
  private drawStatic(): void {
    // Painted at the canvas's own resolution, drawn in CSS pixels.
    const px = this.px;
    const w = Math.max(1, Math.round(this.scale.width)) / px;
    const h = Math.max(1, Math.round(this.scale.height)) / px;
    const tex = this.bgTex;
    if (!tex) return;
    // Uploading the texture is the dearest thing a week does to the office (about 20 ms in
    // software WebGL), and most weeks change no desk: the size, the desks and the bypass lane
    // are all the painting depends on (zones and positions follow from the size).
    const desks = this.looks.map((l) => (l.occupied ? l.desk : '-')).join();
    const drawn = `${w}x${h}@${px}|${this.seats.length}|${desks}|${this.flow.skipped > 0}`;
    if (drawn === this.bgDrawn) return;
    this.bgDrawn = drawn;
    tex.setSize(Math.round(w * px), Math.round(h * px));
    const g = tex.getContext();
    g.setTransform(px, 0, 0, px, 0, 0);
    const z = this.zones;
    g.clearRect(0, 0, w, h);
    g.fillStyle = css(PALETTE.night);
    g.fillRect(0, 0, w, h);
    // Floor with a soft carpet grid.
    g.fillStyle = css(PALETTE.floor);
    roundRect(g, z.floor.x, z.floor.y, z.floor.w, z.floor.h, 10);
    g.fill();
    g.save();
    roundRect(g, z.floor.x, z.floor.y, z.floor.w, z.floor.h, 10);
    g.clip();
    g.strokeStyle = css(PALETTE.mat, 0.5);
    g.lineWidth = 1;
    const step = Math.max(18, Math.min(40, this.grid.cell || 32));
    g.beginPath();
    for (let x = z.floor.x + step; x < z.floor.x + z.floor.w; x += step) {
      g.moveTo(Math.round(x) + 0.5, z.floor.y);
      g.lineTo(Math.round(x) + 0.5, z.floor.y + z.floor.h);
    }
    for (let y = z.floor.y + step; y < z.floor.y + z.floor.h; y += step) {
      g.moveTo(z.floor.x, Math.round(y) + 0.5);
      g.lineTo(z.floor.x + z.floor.w, Math.round(y) + 0.5);
    }
    g.stroke();
    // A warm pool of light in the middle of the floor.
    const glow = g.createRadialGradient(
      z.floor.x + z.floor.w / 2,
      z.floor.y + z.floor.h / 2,
      0,
      z.floor.x + z.floor.w / 2,
      z.floor.y + z.floor.h / 2,
      Math.max(z.floor.w, z.floor.h) * 0.7,
    );
    glow.addColorStop(0, 'rgba(242,181,69,0.06)');
    glow.addColorStop(1, 'rgba(242,181,69,0)');
    g.fillStyle = glow;
    g.fillRect(z.floor.x, z.floor.y, z.floor.w, z.floor.h);
    g.restore();
    // Desk mats: a lit mat under each occupied desk, a bare outline where someone left.
    const grid = this.grid;
    if (grid.cell > 0) {
      const pad = grid.cell * 0.05;
      for (let i = 0; i < this.seats.length; i++) {
        const look = this.looks[i];
        const c = deskCentre(grid, i);
        const x = c.x - grid.cellW / 2 + pad;
        const y = c.y - grid.cell / 2 + pad;
        roundRect(g, x, y, grid.cellW - pad * 2, grid.cell - pad * 2, grid.cell * 0.12);
        if (look?.occupied) {
          g.fillStyle = css(PALETTE.mat);
          g.fill();
          g.strokeStyle = css(PALETTE.matEdge);
        } else {
          g.strokeStyle = css(PALETTE.matEdge, 0.7);
        }
        g.lineWidth = 1;
        g.setLineDash(look?.occupied ? [] : [4, 3]);
        g.stroke();
        g.setLineDash([]);
        if (!look) continue;
        g.imageSmoothingQuality = 'high';
        this.stamp(g, look.chair, CHAIR_BOX, c.x, c.y, grid.cell);
        this.stamp(g, look.desk, DESK_BOX, c.x, c.y, grid.cell);
      }
    }
    // Queue zone: a panel, the tray the pile stands on, and a bin for abandoned PRs.
    g.fillStyle = css(PALETTE.panel);
    roundRect(g, z.queue.x, z.queue.y, z.queue.w, z.queue.h, 10);
    g.fill();
    g.strokeStyle = css(PALETTE.panelEdge);
    g.lineWidth = 1.5;
    g.stroke();
    const trayW = Math.min(z.queue.w * 0.84, 104);
    g.fillStyle = css(PALETTE.amberDim);
    roundRect(g, this.pileX - trayW / 2, this.pileBase + 1, trayW, 6, 2);
    g.fill();
    g.fillStyle = css(PALETTE.panelEdge);
    roundRect(g, this.binX - 7, this.binY - 9, 14, 13, 2);
    g.fill();
    g.fillRect(this.binX - 8, this.binY - 11, 16, 2);
    g.strokeStyle = css(PALETTE.night);
    g.lineWidth = 1;
    g.beginPath();
    for (const dx of [-3, 0, 3]) {
      g.moveTo(this.binX + dx + 0.5, this.binY - 6);
      g.lineTo(this.binX + dx + 0.5, this.binY + 2);
    }
    g.stroke();
    // Gate zone: a lane and two amber posts; the bar is a sprite that lifts on each deploy.
    g.fillStyle = css(PALETTE.panel, 0.55);
    roundRect(g, z.gate.x + 3, z.gate.y, Math.max(0, z.gate.w - 6), z.gate.h, 8);
    g.fill();
    // The reviewer's desk.
    const rc = this.reviewerCell();
    g.fillStyle = '#3b5482';
    roundRect(g, this.gateX - rc * 0.5, this.reviewerDeskY() - 1, rc, rc * 0.13, 2);
    g.fill();
    g.fillStyle = '#263a5e';
    g.fillRect(this.gateX - rc * 0.45, this.reviewerDeskY() - 1 + rc * 0.13, rc * 0.9, rc * 0.14);
    // Production: racks with warm status lights.
    g.fillStyle = css(PALETTE.prod);
    roundRect(g, z.prod.x, z.prod.y, z.prod.w, z.prod.h, 10);
    g.fill();
    g.strokeStyle = css(PALETTE.amberDim, 0.8);
    g.lineWidth = 1.5;
    g.stroke();
    const racks = z.prod.w > 150 ? 3 : 2;
    const rw = Math.max(8, Math.min(30, (z.prod.w - 16) / racks - 10));
    const rh = Math.min(z.prod.h * 0.55, 170);
    const ry = this.prodY - rh / 2;
    for (let r = 0; r < racks; r++) {
      const rx = z.prod.x + ((r + 0.5) * z.prod.w) / racks - rw / 2;
      g.fillStyle = '#1c2a47';
      roundRect(g, rx, ry, rw, rh, 3);
      g.fill();
      g.strokeStyle = css(PALETTE.panelEdge);
      g.lineWidth = 1;
      g.stroke();
      for (let y = ry + 6; y < ry + rh - 6; y += 9) {
        g.fillStyle = '#0b1322';
        g.fillRect(rx + 3, y, rw - 6, 5);
        g.fillStyle = css(PALETTE.amber, 0.9);
        g.fillRect(rx + rw - 8, y + 1.5, 2.5, 2);
      }
    }
    // Zone signs, drawn rather than written: an hourglass over the queue, a cart over production.
    const sign = Math.max(10, Math.min(26, z.queue.w * 0.16, z.queue.h * 0.12));
    drawHourglass(g, this.pileX, z.queue.y + sign * 1.1, sign);
    drawCart(g, this.prodX, z.prod.y + sign * 1.1, sign);
    // Lanes: the pile through the gate to production, and the bypass over the reviewers.
    g.strokeStyle = css(PALETTE.path);
    g.lineWidth = 2;
    g.setLineDash([6, 5]);
    g.beginPath();
    g.moveTo(this.pileX, this.pileBase - 2);
    g.lineTo(this.pileX, this.gateY);
    g.lineTo(z.prod.x + 6, this.gateY);
    g.stroke();
    if (this.flow.skipped > 0) {
      g.strokeStyle = css(PALETTE.amberDim, 0.8);
      g.beginPath();
      const lift = -Math.max(40, z.gate.h * 0.35);
      g.moveTo(this.pileX, this.pileBase - 40);
      g.quadraticCurveTo(this.gateX, this.gateY + lift * 2 - 20, this.prodX, this.prodY - 10);
      g.stroke();
    }
    g.setLineDash([]);
    // Gate posts on top of the lane.
    const postH = Math.min(40, z.gate.h * 0.3, z.gate.w * 1.2);
    const postW = Math.max(3, Math.min(6, z.gate.w * 0.12));
    const half = Math.min(z.gate.w * 0.4, 22);
    g.fillStyle = css(PALETTE.amber);
    roundRect(g, this.gateX - half - postW / 2, this.gateY - postH / 2, postW, postH, 2);
    g.fill();
    roundRect(g, this.gateX + half - postW / 2, this.gateY - postH / 2, postW, postH, 2);
    g.fill();
    tex.refresh();
    this.bg
      .setTexture(BG_KEY)
      .setOrigin(0, 0)
      .setPosition(0, 0)
      .setScale(1 / px);
  }

  /** Positions and frames for everything that only changes with the week or the size. */
  private placeAll(): void {
    const g = this.grid;
    const k = g.cell / (CELL * ART_SCALE);
    for (let i = 0; i < this.figures.length; i++) {
      const look = this.looks[i];
      const fig = this.figures[i];
      const cloud = this.clouds[i];
      const sweat = this.sweats[i];
      const flag = this.flags[i];
      if (!fig || !cloud || !sweat || !flag) continue;
      if (!look || i >= this.seats.length || g.cell <= 0) {
        fig.setVisible(false);
        cloud.setVisible(false);
        sweat.setVisible(false);
        flag.setVisible(false);
        continue;
      }
      const c = deskCentre(g, i);
      this.seatX[i] = c.x;
      this.seatY[i] = c.y;
      this.figBaseY[i] = this.figureY(c.y);
      // Chairs and desks are painted into the floor texture; only people are sprites.
      fig
        .setFrame(look.frame)
        .setPosition(c.x, this.figureY(c.y))
        .setScale(k, k * look.squash)
        .setVisible(look.occupied);
      cloud
        .setPosition(c.x + g.cell * 0.12, c.y - g.cell * 0.37)
        .setScale(k)
        .setVisible(look.cloud);
      sweat
        .setPosition(c.x + g.cell * 0.08, c.y - g.cell * 0.2)
        .setScale(k)
        .setVisible(look.sweat);
      flag
        .setPosition(c.x - g.cell * 0.4, c.y + g.cell * 0.1)
        .setScale(k)
        .setVisible(look.flag);
    }
    this.placePile();
    this.placeGate();
    this.placeAlarms();
    if (this.reduced) this.placeStaticTokens();
  }

  private placePile(): void {
    const z = this.zones;
    const room = Math.max(0, this.pileBase - z.queue.y - 34);
    const cap = Math.min(MAX_SLABS, Math.floor(room / this.slabStep));
    const stack = stackFor(this.queueLines, this.baseline, cap);
    const slabW = Math.min(z.queue.w * 0.72, 88);
    const sx = slabW / (44 * ART_SCALE);
    const sy = (this.slabStep * 0.95) / (8 * ART_SCALE);
    const ai = this.flow.aiShare;
    for (let i = 0; i < this.slabs.length; i++) {
      const slab = this.slabs[i];
      if (!slab) continue;
      if (i >= stack.slabs) {
        slab.setVisible(false);
        continue;
      }
      const isAi = Math.floor((i + 1) * ai) > Math.floor(i * ai);
      const jitter = (hash01(i, 3) - 0.5) * slabW * 0.12;
      slab
        .setFrame(isAi ? 'slab-ai' : 'slab-h')
        .setPosition(this.pileX + jitter, this.pileBase - (i + 0.5) * this.slabStep)
        .setScale(sx, sy)
        .setVisible(true);
    }
    this.pileTop = this.pileBase - stack.slabs * this.slabStep;
    const mk = Math.max(0.5, Math.min(1, z.queue.w / 120));
    this.more
      .setPosition(this.pileX, this.pileTop - 12 * mk)
      .setScale(mk * 0.6)
      .setVisible(stack.overflow);
  }

  private placeGate(): void {
    const z = this.zones;
    const half = Math.min(z.gate.w * 0.4, 22);
    const k = Math.max(0.25, Math.min(0.5, z.gate.w / 120));
    this.gateBar
      .setPosition(this.gateX - half, this.gateY - 4)
      .setScale((half * 2) / (40 * ART_SCALE), k * 0.9)
      .setRotation(0);
    this.gateBar.setVisible(true);
    // The reviewer sits at a small desk above the gate with a magnifying glass.
    const rc = this.reviewerCell();
    const rk = rc / (CELL * ART_SCALE);
    this.reviewer
      .setFrame(figureFrame('senior', this.reviewerMorale, 1))
      .setOrigin(
        (CELL / 2 - FIGURE_BOX.x) / FIGURE_BOX.w,
        (DESK_LINE - FIGURE_BOX.y) / FIGURE_BOX.h,
      )
      .setPosition(this.gateX, this.reviewerDeskY())
      .setScale(rk)
      .setVisible(z.gate.w > 8);
    this.lens
      .setPosition(this.gateX + rc * 0.3, this.reviewerDeskY() - rc * 0.12)
      .setScale(rk * 1.3)
      .setVisible(z.gate.w > 8);
  }

  private reviewerCell(): number {
    return Math.max(24, Math.min(this.zones.gate.w * 1.1, 60));
  }

  private reviewerDeskY(): number {
    return this.gateY - Math.max(26, Math.min(56, this.zones.gate.h * 0.2));
  }

  private alarmCentre(i: number): { x: number; y: number } {
    const n = this.alarms.length;
    const z = this.zones;
    const spread = z.landscape ? z.prod.h * 0.28 : z.prod.w * 0.28;
    const off = n <= 1 ? 0 : (i - (n - 1) / 2) * spread;
    return z.landscape
      ? { x: this.prodX, y: this.prodY + off }
      : { x: this.prodX + off, y: this.prodY };
  }

  private placeAlarms(): void {
    for (let i = 0; i < MAX_ALARMS; i++) {
      const ring = this.rings[i];
      const ripple = this.ripples[i];
      const icon = this.alarmIcons[i];
      if (!ring || !ripple || !icon) continue;
      const a = this.alarms[i];
      if (!a) {
        ring.setVisible(false);
        ripple.setVisible(false);
        icon.setVisible(false);
        continue;
      }
      const c = this.alarmCentre(i);
      const frame = a.kind === 'incident' ? 'ring-incident' : 'ring-breach';
      const r = this.ringMin + a.reach * (this.ringMax - this.ringMin);
      ring
        .setFrame(frame)
        .setPosition(c.x, c.y)
        .setScale((2 * r) / (128 * ART_SCALE))
        .setAlpha(0.95);
      ring.setVisible(true);
      // Reduced motion: a second, still ring inside instead of a ripple.
      ripple
        .setFrame(frame)
        .setPosition(c.x, c.y)
        .setScale((2 * r * 0.6) / (128 * ART_SCALE))
        .setAlpha(0.5)
        .setVisible(this.reduced);
      const ik = Math.max(0.4, Math.min(0.8, this.ringMax / 220));
      icon
        .setFrame(a.kind === 'incident' ? 'icon-incident' : 'icon-breach')
        .setPosition(c.x, c.y)
        .setScale(ik)
        .setVisible(true);
    }
  }

  private figureY(cellCentreY: number): number {
    return cellCentreY + ((DESK_LINE - CELL / 2) / CELL) * this.grid.cell;
  }

  // ---- motion (skipped entirely under reduced motion) ----

  private animateFigures(): void {
    const k = this.grid.cell / (CELL * ART_SCALE);
    const t = this.clock;
    for (let i = 0; i < this.seats.length; i++) {
      const look = this.looks[i];
      const fig = this.figures[i];
      if (!look || !fig || !look.occupied) continue;
      const s = Math.sin(t * look.hz * TAU + look.phase);
      fig.y = (this.figBaseY[i] ?? 0) + s * look.amp * k * ART_SCALE;
    }
  }

  private spawnTokens(dt: number): void {
    const f = this.flow;
    const rate = (dt * this.speed) / CYCLE_SECONDS;
    const acc = this.acc;
    acc[0] = (acc[0] ?? 0) + f.human * rate;
    acc[1] = (acc[1] ?? 0) + f.ai * rate;
    acc[2] = (acc[2] ?? 0) + f.reviewed * rate;
    acc[3] = (acc[3] ?? 0) + f.skipped * rate;
    acc[4] = (acc[4] ?? 0) + f.abandoned * rate;
    acc[5] = (acc[5] ?? 0) + f.deploys * rate;
    while ((acc[0] ?? 0) >= 1) {
      acc[0] = (acc[0] ?? 0) - 1;
      this.spawnWrite(false);
    }
    while ((acc[1] ?? 0) >= 1) {
      acc[1] = (acc[1] ?? 0) - 1;
      this.spawnWrite(true);
    }
    while ((acc[2] ?? 0) >= 1) {
      acc[2] = (acc[2] ?? 0) - 1;
      this.spawnFromPile(Route.ToGate);
    }
    while ((acc[3] ?? 0) >= 1) {
      acc[3] = (acc[3] ?? 0) - 1;
      this.spawnFromPile(Route.Skip);
    }
    while ((acc[4] ?? 0) >= 1) {
      acc[4] = (acc[4] ?? 0) - 1;
      this.spawnFromPile(Route.Abandon);
    }
    while ((acc[5] ?? 0) >= 1) {
      acc[5] = (acc[5] ?? 0) - 1;
      // One lift at a time: at most about two a second, whatever the speed.
      if (this.gateLift <= 0) this.gateLift = 1;
    }
  }

  private freeToken(): number {
    for (let i = 0; i < TOKEN_POOL; i++) if (this.tActive[i] === 0) return i;
    return -1;
  }

  private tokenScale(): number {
    const base = this.grid.cell > 0 ? this.grid.cell * 0.34 : 16;
    return Math.max(12, Math.min(20, base)) / (16 * ART_SCALE);
  }

  private launch(
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
    this.tActive[i] = 1;
    this.tRoute[i] = route;
    this.tAi[i] = ai ? 1 : 0;
    this.tT[i] = 0;
    this.tDur[i] = dur;
    this.tAx[i] = ax;
    this.tAy[i] = ay;
    this.tBx[i] = bx;
    this.tBy[i] = by;
    this.tLift[i] = lift;
    const img = this.tokens[i];
    if (!img) return;
    const variant = route === Route.Skip ? 'skip' : route === Route.ToProd ? 'ok' : 'plain';
    img
      .setFrame(TOKEN_FRAMES[ai ? 1 : 0][variant])
      .setPosition(ax, ay)
      .setScale(this.tokenScale())
      .setAlpha(1);
    img.setVisible(true);
  }

  private spawnWrite(ai: boolean): void {
    const n = this.seats.length;
    if (n === 0) return;
    const i = this.freeToken();
    if (i < 0) return;
    // Pick an occupied desk, walking a fixed stride so sources spread over the floor.
    let seat = -1;
    for (let tries = 0; tries < n; tries++) {
      this.spawnSeq = (this.spawnSeq + 37) % n;
      if (this.looks[this.spawnSeq]?.occupied) {
        seat = this.spawnSeq;
        break;
      }
    }
    if (seat < 0) return;
    const sx = (this.seatX[seat] ?? 0) + this.grid.cell * 0.25;
    const sy = (this.seatY[seat] ?? 0) - this.grid.cell * 0.05;
    const tx = this.pileX + (hash01(this.spawnSeq, 5) - 0.5) * 20;
    const ty = this.pileTop - 6;
    const lift = -Math.min(80, Math.abs(tx - sx) * 0.25 + 20);
    this.launch(i, Route.Write, ai, sx, sy, tx, ty, lift, 1.4 + hash01(seat, this.spawnSeq) * 0.6);
  }

  private nextAi(): boolean {
    this.spawnSeq++;
    return hash01(this.spawnSeq, 11) < this.flow.aiShare;
  }

  /** Sends a PR from the top of the pile down its lane, in token slot `i` (a free one by default). */
  private spawnFromPile(route: Route, i = this.freeToken()): void {
    if (i < 0) return;
    const ai = this.nextAi();
    const ax = this.pileX;
    const ay = this.pileTop - 4;
    if (route === Route.ToGate) {
      this.launch(i, route, ai, ax, ay, this.gateX, this.gateY - 4, -14, 0.9);
    } else if (route === Route.Skip) {
      const tx = this.prodX + (hash01(this.spawnSeq, 2) - 0.5) * this.zones.prod.w * 0.5;
      const lift = -Math.max(40, this.zones.gate.h * 0.35);
      this.launch(i, route, ai, ax, ay, tx, this.prodY - 10, lift, 1.6);
    } else {
      this.launch(i, route, ai, ax, ay, this.binX, this.binY - 6, -10, 1.4);
    }
  }

  private moveTokens(dt: number): void {
    const p = this.pt;
    for (let i = 0; i < TOKEN_POOL; i++) {
      if (this.tActive[i] === 0) continue;
      const img = this.tokens[i];
      if (!img) continue;
      const t = (this.tT[i] ?? 0) + dt / (this.tDur[i] ?? 1);
      const route = this.tRoute[i];
      if (t >= 1) {
        if (route === Route.ToGate) {
          const tx = this.prodX + (hash01(i, this.spawnSeq) - 0.5) * this.zones.prod.w * 0.5;
          this.launch(
            i,
            Route.ToProd,
            this.tAi[i] === 1,
            this.gateX,
            this.gateY - 4,
            tx,
            this.prodY - 10,
            -12,
            0.9,
          );
          continue;
        }
        this.tActive[i] = 0;
        img.setVisible(false);
        continue;
      }
      this.tT[i] = t;
      alongArc(
        this.tAx[i] ?? 0,
        this.tAy[i] ?? 0,
        this.tBx[i] ?? 0,
        this.tBy[i] ?? 0,
        this.tLift[i] ?? 0,
        t,
        p,
      );
      img.setPosition(p.x, p.y);
      if (route === Route.Abandon) img.setAlpha(1 - t);
      else if (route === Route.ToProd || route === Route.Skip)
        img.setAlpha(t > 0.8 ? (1 - t) * 5 : 1);
    }
  }

  private resetTokens(): void {
    this.tActive.fill(0);
    for (const img of this.tokens) img.setVisible(false);
  }

  /** Reduced motion: a few tokens stand still along each lane, in proportion to the flow. */
  private placeStaticTokens(): void {
    this.resetTokens();
    const f = this.flow;
    let next = 0;
    const put = (route: Route, count: number, frac: (j: number, n: number) => number) => {
      const n = Math.min(5, count);
      for (let j = 0; j < n && next < TOKEN_POOL; j++) {
        const i = next++;
        if (route === Route.Write) this.spawnWriteAt(i, j);
        else this.spawnFromPileAt(i, route);
        const img = this.tokens[i];
        if (!img) continue;
        const t = frac(j, n);
        alongArc(
          this.tAx[i] ?? 0,
          this.tAy[i] ?? 0,
          this.tBx[i] ?? 0,
          this.tBy[i] ?? 0,
          this.tLift[i] ?? 0,
          t,
          this.pt,
        );
        img.setPosition(this.pt.x, this.pt.y).setAlpha(route === Route.Abandon ? 0.45 : 1);
        this.tActive[i] = 0;
      }
    };
    put(Route.Write, Math.ceil((f.human + f.ai) / 3), (j, n) => (j + 0.6) / (n + 0.5));
    put(Route.ToProd, Math.ceil(f.reviewed / 4), (j, n) => (j + 0.5) / (n + 0.3));
    put(Route.Skip, Math.ceil(f.skipped / 4), (j, n) => (j + 0.5) / (n + 0.3));
    put(Route.Abandon, Math.ceil(f.abandoned / 4), () => 0.6);
  }

  private spawnWriteAt(i: number, j: number): void {
    const occupied: number[] = [];
    for (let s = 0; s < this.looks.length && occupied.length < 64; s++)
      if (this.looks[s]?.occupied) occupied.push(s);
    if (occupied.length === 0) return;
    const seat = occupied[(j * 7) % occupied.length] ?? 0;
    const c = deskCentre(this.grid, seat);
    const sx = c.x + this.grid.cell * 0.25;
    const sy = c.y - this.grid.cell * 0.05;
    this.launch(i, Route.Write, j % 2 === 1, sx, sy, this.pileX, this.pileTop - 6, -40, 1);
  }

  private spawnFromPileAt(i: number, route: Route): void {
    if (route === Route.ToProd) {
      const ai = this.nextAi();
      this.launch(
        i,
        Route.ToProd,
        ai,
        this.gateX,
        this.gateY - 4,
        this.prodX,
        this.prodY - 10,
        -12,
        1,
      );
    } else {
      this.spawnFromPile(route, i);
    }
  }

  private animateGate(dt: number): void {
    if (this.gateLift > 0) {
      this.gateLift = Math.max(0, this.gateLift - dt * 2.2);
      // Up fast, down slowly: a smooth lift, never a flash.
      const a = this.gateLift > 0.75 ? (1 - this.gateLift) * 4 : this.gateLift / 0.75;
      this.gateBar.setRotation(-1.1 * a);
    }
  }

  private animateAlarms(): void {
    const t = this.clock;
    for (let i = 0; i < this.alarms.length; i++) {
      const a = this.alarms[i];
      const ring = this.rings[i];
      const ripple = this.ripples[i];
      if (!a || !ring || !ripple) continue;
      const r = this.ringMin + a.reach * (this.ringMax - this.ringMin);
      const base = (2 * r) / (128 * ART_SCALE);
      // A slow pulse (0.8 Hz) and a ripple spreading out to the blast radius.
      const s = Math.sin(t * 0.8 * TAU + i);
      ring.setScale(base * (0.94 + 0.06 * s)).setAlpha(0.8 + 0.15 * s);
      const p = (t * 0.5 + i * 0.33) % 1;
      ripple
        .setVisible(true)
        .setScale(base * (0.25 + 0.75 * p))
        .setAlpha(0.6 * (1 - p));
    }
  }
}

function css(color: number, alpha = 1): string {
  return `rgba(${(color >> 16) & 255},${(color >> 8) & 255},${color & 255},${alpha})`;
}

function drawHourglass(g: CanvasRenderingContext2D, x: number, y: number, s: number): void {
  g.save();
  g.strokeStyle = css(PALETTE.amberDim);
  g.fillStyle = css(PALETTE.amberDim, 0.5);
  g.lineWidth = Math.max(1.5, s * 0.1);
  g.lineJoin = 'round';
  const w = s * 0.42;
  const h = s * 0.55;
  g.beginPath();
  g.moveTo(x - w, y - h);
  g.lineTo(x + w, y - h);
  g.lineTo(x - w, y + h);
  g.lineTo(x + w, y + h);
  g.closePath();
  g.stroke();
  g.beginPath();
  g.moveTo(x - w * 0.55, y + h);
  g.lineTo(x, y + h * 0.45);
  g.lineTo(x + w * 0.55, y + h);
  g.closePath();
  g.fill();
  g.restore();
}

function drawCart(g: CanvasRenderingContext2D, x: number, y: number, s: number): void {
  g.save();
  g.strokeStyle = css(PALETTE.amberDim);
  g.fillStyle = css(PALETTE.amberDim);
  g.lineWidth = Math.max(1.5, s * 0.1);
  g.lineJoin = 'round';
  g.lineCap = 'round';
  const u = s / 2;
  g.beginPath();
  g.moveTo(x - u * 1.1, y - u * 0.7);
  g.lineTo(x - u * 0.75, y - u * 0.7);
  g.lineTo(x - u * 0.45, y + u * 0.35);
  g.lineTo(x + u * 0.85, y + u * 0.35);
  g.lineTo(x + u * 1.05, y - u * 0.4);
  g.lineTo(x - u * 0.62, y - u * 0.4);
  g.stroke();
  for (const dx of [-0.3, 0.65]) {
    g.beginPath();
    g.arc(x + u * dx, y + u * 0.72, u * 0.16, 0, Math.PI * 2);
    g.fill();
  }
  g.restore();
}

function emptyLook(i: number): SeatLook {
  return {
    frame: figureFrame('mid', 1, 0),
    desk: 'desk-off',
    chair: 'chair-empty',
    occupied: false,
    cloud: false,
    sweat: false,
    flag: false,
    hz: 0,
    amp: 0,
    squash: 1,
    phase: hash01(i, 7) * TAU,
  };
}

/**
 * Mounts the office floor into `parent` and resolves with a handle whose `destroy()` removes
 * the canvas, stops the game loop and unsubscribes from the store.
 */
export function mountOffice(
  parent: HTMLElement,
  store: GameStore,
  opts: OfficeOptions,
): Promise<OfficeView> {
  const host = document.createElement('div');
  host.className = 'vt-office-floor';
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:relative;width:100%;height:100%;overflow:hidden;';
  parent.appendChild(host);
  const box = host.getBoundingClientRect();
  if (box.width > 0 && box.height < 40) {
    // The container has a width but gave no height: keep a sensible shape rather than
    // collapse to nothing. (A hidden container, 0 x 0, is left alone: it sizes when shown.)
    host.style.height = 'auto';
    host.style.aspectRatio = '16 / 10';
  }

  // Crisp on high-density screens: Phaser's RESIZE mode sizes the canvas to its parent in CSS
  // pixels, so the parent it measures is a sizer `px` times the host's size, and the canvas is
  // shown at the host's size. Capped at 2: three times the pixels costs more than it shows.
  const px = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
  const sizer = document.createElement('div');
  sizer.style.cssText = `position:absolute;left:0;top:0;width:${px * 100}%;height:${px * 100}%;pointer-events:none;`;
  host.appendChild(sizer);

  const prevBlur = window.onblur;
  const prevFocus = window.onfocus;
  const scene = new OfficeScene(store, opts, px);
  scene.onMotionState = (moving) => {
    host.dataset.motion = moving ? 'moving' : 'still';
  };
  scene.onLoopState = (awake) => {
    host.dataset.loop = awake ? 'awake' : 'asleep';
  };
  const config = (type: number): Phaser.Types.Core.GameConfig => ({
    // AUTO is WebGL, with the Canvas renderer when WebGL is unavailable.
    type,
    parent: sizer,
    backgroundColor: PALETTE.night,
    banner: false,
    autoFocus: false,
    disableContextMenu: false,
    canvasStyle: `position:absolute;left:0;top:0;display:block;width:${100 / px}%;height:${100 / px}%;`,
    // The office is a picture: no keyboard, pointer or touch handling (it would swallow
    // scrolling on phones and keys in an iframe), and nothing on the window.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
    audio: { noAudio: true },
    scale: {
      mode: Phaser.Scale.RESIZE,
      parent: sizer,
      width: '100%',
      height: '100%',
      expandParent: false,
      autoRound: true,
    },
    // Shaders compile in parallel where the browser can (KHR_parallel_shader_compile): the floor
    // may appear a few frames later, but the page is not held up meanwhile, so "Play week"
    // answers at once even while the office boots.
    render: { antialias: true, powerPreference: 'low-power', skipUnreadyShaders: true },
    scene,
  });

  let game: Phaser.Game;
  try {
    game = new Phaser.Game(config(Phaser.AUTO));
  } catch {
    sizer.replaceChildren();
    game = new Phaser.Game(config(Phaser.CANVAS));
  }

  // The canvas is black from the moment Phaser makes it until the floor's first frame: keep it
  // out of sight (its size still counts) so the panel's own background shows until then.
  host.style.visibility = 'hidden';
  game.events.once(Phaser.Core.Events.POST_RENDER, () => {
    host.style.visibility = '';
  });

  // Phaser's visibility handler assigns window.onblur/onfocus when its loop starts and never
  // puts them back.
  const restoreWindowHandlers = () => {
    if (window.onblur !== prevBlur) window.onblur = prevBlur;
    if (window.onfocus !== prevFocus) window.onfocus = prevFocus;
  };
  // A sleeping loop does not look at its parent's size: a resize wakes it, and is taken at the
  // next frame rather than at Phaser's next check (every half second).
  const resized =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          game.scale.dirty = true;
          scene.wake();
        })
      : null;
  resized?.observe(host);
  let destroyed = false;
  return Promise.resolve({
    setCovered(cssPx: number) {
      if (destroyed) return;
      scene.setCovered(cssPx);
      host.dataset.covered = String(Math.round(cssPx));
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      resized?.disconnect();
      scene.detach();
      // Phaser takes a game down in its next step: a sleeping loop would never get there.
      scene.wake();
      const renderer = game.renderer;
      game.events.once(Phaser.Core.Events.DESTROY, () => {
        // Phaser leaves the WebGL context to the garbage collector; give it back now so
        // mounting again and again never runs into the browser's context limit.
        const gl = renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer ? renderer.gl : null;
        if (gl) queueMicrotask(() => gl.getExtension('WEBGL_lose_context')?.loseContext());
        restoreWindowHandlers();
      });
      game.destroy(true);
      host.remove();
      restoreWindowHandlers();
    },
  });
}
