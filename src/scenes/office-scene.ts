/**
 * The animated office floor: engineers at desks, pull requests flowing into a review pile,
 * through the merge gate into production, and outages and breaches as alarms. A view only:
 * it reads the store, never calls an action, and holds no game logic (every number it draws
 * comes from office-model.ts, office-looks.ts and office-tokens.ts).
 */
import * as Phaser from 'phaser';
import type { Snapshot } from '../state/run-record.ts';
import type { GameStore } from '../state/store.ts';
import { atlasHeight, drawAtlas } from './office-art.ts';
import { floorKey, paintFloor } from './office-floor.ts';
import type { FrameName, FrameRect } from './office-frames.ts';
import {
  ART_SCALE,
  ATLAS_KEY,
  CELL,
  DESK_LINE,
  FIGURE_BOX,
  figureFrame,
  tokenFrame,
} from './office-frames.ts';
import type { SeatLook } from './office-looks.ts';
import { emptyLook, seatLooks } from './office-looks.ts';
import type { Anchors, DeskGrid, Flow, Seat, Zones } from './office-model.ts';
import {
  alarmsFor,
  anchorsFor,
  assignSeats,
  crewOf,
  deskCentre,
  deskGrid,
  flowFor,
  hash01,
  moraleBand,
  onboardingSeats,
  openingFlow,
  zonesFor,
} from './office-model.ts';
import type { PipelineWeek } from './office-pipeline.ts';
import { Pipeline } from './office-pipeline.ts';
import type { Lane, Route } from './office-tokens.ts';
import {
  advance,
  SpawnClock,
  stillLanes,
  TokenTable,
  tokenAlpha,
  tokenAt,
  tokenFrameFor,
} from './office-tokens.ts';

export interface OfficeOptions {
  /** True when motion should stop: no movement, pulses or flashes, static states instead. */
  reducedMotion: () => boolean;
  /** Calls back the moment that wish changes; returns the unsubscribe. */
  onMotionChange?: (listener: () => void) => () => void;
}

/** Seconds one week's flow takes to play out on the floor at speed 1. */
const CYCLE_SECONDS = 8;
const TOKEN_POOL = 96;
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
  /** Told once the first picture is complete (the page shows the canvas from then on). */
  onBuilt: (() => void) | null = null;
  /** What is left of building the first picture, a step a frame (see `create`). */
  private building: Array<() => void> = [];
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
  private flow: Flow = flowFor(null, 1);
  private week: PipelineWeek = {
    queueLines: 0,
    baseline: 1,
    aiShare: 0,
    reviewerMorale: 1,
    alarms: [],
  };
  private speed = 1;

  // Layout.
  private zones: Zones = zonesFor(0, 0);
  private grid: DeskGrid = { cols: 0, rows: 0, cell: 0, cellW: 0, x0: 0, y0: 0 };
  private at: Anchors = anchorsFor(this.zones, 0, 0);
  /** The top of the review pile, where written work lands and reviewed work leaves. */
  private pileTop = 0;

  // Game objects: made once, reused.
  private bg!: Phaser.GameObjects.Image;
  private bgTex: Phaser.Textures.CanvasTexture | null = null;
  /** What the floor texture was last painted from: the same inputs skip the paint and upload. */
  private bgDrawn = '';
  private atlasFrames = new Map<FrameName, FrameRect>();
  private atlasCanvas: HTMLCanvasElement | null = null;
  private figures: Phaser.GameObjects.Image[] = [];
  private clouds: Phaser.GameObjects.Image[] = [];
  private sweats: Phaser.GameObjects.Image[] = [];
  private flags: Phaser.GameObjects.Image[] = [];
  private pipeline!: Pipeline;
  /** One sprite per row of `table`, by index. */
  private tokens: Phaser.GameObjects.Image[] = [];

  private readonly table = new TokenTable(TOKEN_POOL);
  private readonly spawner = new SpawnClock();
  /** Made once, so a frame's launches allocate no closure. */
  private readonly spawnLane = (lane: Lane): void => this.spawn(lane);
  private spawnSeq = 0;
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

  /**
   * The first picture is built a step a frame (`building`), not all in the task that boots
   * Phaser: drawing the atlas, uploading it, making the sprites, painting the floor and
   * uploading it each cost a slow phone tens of milliseconds, and together they would hold up
   * whatever the reader does meanwhile (scrolling the blog post the game is embedded in).
   */
  create(): void {
    this.bgTex = this.textures.createCanvas(BG_KEY, 2, 2);
    this.bgDrawn = '';
    this.bg = this.add.image(0, 0, BG_KEY).setOrigin(0, 0).setDepth(0);
    this.reduced = this.opts.reducedMotion();
    this.fitCamera();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.detach, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, this.detach, this);
    if (this.detached) return;
    let atlas: Phaser.Textures.CanvasTexture | null = null;
    this.building = [
      () => {
        atlas = this.textures.exists(ATLAS_KEY)
          ? null
          : this.textures.createCanvas(ATLAS_KEY, ATLAS_WIDTH, atlasHeight(ATLAS_WIDTH));
      },
      () => {
        if (atlas) this.drawAtlas(atlas);
      },
      () => atlas?.refresh(),
      () => {
        this.pipeline = new Pipeline((frame, depth) => this.img(frame, depth));
        for (let i = 0; i < TOKEN_POOL; i++)
          this.tokens.push(this.img(tokenFrame(false, 'plain'), 8));
      },
      // The floor's texture sized (uploaded blank), painted for the week, then uploaded.
      () => this.sizeFloor(),
      () => this.showSim(this.store.getState().sim, false),
      () => this.uploadFloor(),
      () => this.built(),
    ];
  }

  /** The first picture is complete: from now on the floor follows the store. */
  private built(): void {
    this.unsubscribe = this.store.subscribe((state, prev) => {
      if (state.sim === prev.sim && state.ui.speed === prev.ui.speed) return;
      // Drawn on the office's next frame, not in the click that played the week: the run
      // screen's own update and the floor's (a desk change re-uploads its texture) then run
      // as two tasks, neither long enough to hold up the next input.
      this.simChanged = true;
      this.wake();
    });
    this.stopMotionWatch = this.opts.onMotionChange?.(() => this.applyMotion()) ?? null;
    // A week, a resize or a change of motion that came while building is drawn now.
    this.reduced = !this.opts.reducedMotion();
    this.applyMotion();
    this.showSim(this.store.getState().sim);
    this.onBuilt?.();
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
    this.pipeline.stopGate();
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
    const step = this.building.shift();
    if (step) {
      if (!this.detached) step();
      return;
    }
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
    this.spawner.tick(this.flow, (dt * this.speed) / CYCLE_SECONDS, this.spawnLane);
    this.moveTokens(dt);
    this.pipeline.animate(dt, this.clock);
  }

  // ---- building ----

  /** Draws the sprites' atlas into its canvas texture, to be uploaded (`refresh`) by the caller. */
  private drawAtlas(tex: Phaser.Textures.CanvasTexture): void {
    const frames = drawAtlas(tex.getContext(), ATLAS_WIDTH);
    for (const [name, r] of frames) tex.add(name, 0, r.x, r.y, r.w, r.h);
    this.atlasFrames = frames;
    this.atlasCanvas = tex.getCanvas();
  }

  private img(frame: FrameName, depth: number): Phaser.GameObjects.Image {
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

  /** Lays the floor out for the store's week; `upload` false leaves its texture to `uploadFloor`. */
  private showSim(sim: Snapshot | null, upload = true): void {
    this.speed = this.store.getState().ui.speed;
    if (!sim) {
      this.seats = Array.from({ length: IDLE_DESKS }, () => ({ level: null, since: 0 }));
      this.lastWeek = -1;
      this.flow = flowFor(null, 1);
      this.week = { ...this.week, queueLines: 0, aiShare: this.flow.aiShare, alarms: [] };
      this.looks = this.seats.map((_, i) => emptyLook(i));
      this.layout(upload);
      return;
    }
    const st = sim.state;
    if (st.week < this.lastWeek || sim.history.length === 0 || this.lastWeek < 0) this.seats = [];
    this.lastWeek = st.week;
    const { crew, onboarding } = crewOf(st);
    this.seats = assignSeats(this.seats, crew, st.week);
    const m = st.last;
    const baseline = Math.max(1, st.reference.linesPerWeek);
    this.flow = m ? flowFor(m, baseline, st.queue) : openingFlow(st);
    this.week = {
      queueLines: m ? m.reviewQueueLines : st.queue.human.lines + st.queue.ai.lines,
      baseline,
      aiShare: this.flow.aiShare,
      reviewerMorale: moraleBand(st.staff.senior.morale),
      alarms: alarmsFor(sim.lastEvents),
    };
    this.looks = seatLooks(this.seats, st, onboardingSeats(this.seats, onboarding));
    this.layout(upload);
  }

  // ---- layout (on a new week and on resize) ----

  private onResize(): void {
    this.fitCamera();
    // Still building: the steps left lay the floor out at the size it has then.
    if (this.building.length > 0) return;
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

  private layout(upload = true): void {
    this.wake();
    const w = this.viewW();
    const h = this.viewH();
    this.zones = zonesFor(w, h);
    this.at = anchorsFor(this.zones, w, h);
    this.grid = deskGrid(this.seats.length, this.zones.floor);
    this.ensureSeats(this.seats.length);
    this.drawFloor(upload);
    this.placeAll();
  }

  /** Repaints the floor texture, unless it was last painted from the same inputs. */
  private drawFloor(upload: boolean): void {
    const px = this.px;
    const tex = this.bgTex;
    if (!tex) return;
    const { w, h } = this.sizeFloor();
    const bypass = this.flow.skipped > 0;
    const drawn = floorKey(w, h, px, this.looks, bypass);
    if (drawn === this.bgDrawn) return;
    this.bgDrawn = drawn;
    const g = tex.getContext();
    g.setTransform(px, 0, 0, px, 0, 0);
    paintFloor(g, {
      w,
      h,
      zones: this.zones,
      grid: this.grid,
      looks: this.looks,
      at: this.at,
      bypass,
      atlas: { canvas: this.atlasCanvas, frames: this.atlasFrames },
    });
    this.bg
      .setOrigin(0, 0)
      .setPosition(0, 0)
      .setScale(1 / px);
    if (upload) this.uploadFloor();
  }

  /**
   * The floor texture at the canvas's own resolution (it is drawn in CSS pixels, `w` by `h`).
   * A new size clears it, and Phaser uploads it blank.
   */
  private sizeFloor(): { w: number; h: number } {
    const px = this.px;
    const w = Math.max(1, Math.round(this.scale.width)) / px;
    const h = Math.max(1, Math.round(this.scale.height)) / px;
    this.bgTex?.setSize(Math.round(w * px), Math.round(h * px));
    return { w, h };
  }

  /** Sends the painted floor to the renderer. */
  private uploadFloor(): void {
    this.bgTex?.refresh();
    this.bg.setTexture(BG_KEY);
  }

  /** Positions and frames for everything that only changes with the week or the size. */
  private placeAll(): void {
    this.placeFigures();
    this.pileTop = this.pipeline.place(this.zones, this.at, this.week, this.reduced);
    if (this.reduced) this.placeStaticTokens();
  }

  private placeFigures(): void {
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

  /** One launch owed by the flow's `lane`. */
  private spawn(lane: Lane): void {
    if (lane === 'human') this.spawnWrite(false);
    else if (lane === 'ai') this.spawnWrite(true);
    else if (lane === 'reviewed') this.spawnFromPile('toGate');
    else if (lane === 'skipped') this.spawnFromPile('skip');
    else if (lane === 'abandoned') this.spawnFromPile('abandon');
    else this.pipeline.liftGate();
  }

  private tokenScale(): number {
    const base = this.grid.cell > 0 ? this.grid.cell * 0.34 : 16;
    return Math.max(12, Math.min(20, base)) / (16 * ART_SCALE);
  }

  /** Shows row `i`'s sprite at the start of the way it was just launched on. */
  private show(i: number): void {
    const tok = this.table.rows[i];
    const img = this.tokens[i];
    if (!tok || !img) return;
    img
      .setFrame(tokenFrameFor(tok.ai, tok.route))
      .setPosition(tok.ax, tok.ay)
      .setScale(this.tokenScale())
      .setAlpha(1);
    img.setVisible(true);
  }

  private spawnWrite(ai: boolean): void {
    const n = this.seats.length;
    if (n === 0) return;
    const i = this.table.free();
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
    const tx = this.at.pileX + (hash01(this.spawnSeq, 5) - 0.5) * 20;
    const ty = this.pileTop - 6;
    const lift = -Math.min(80, Math.abs(tx - sx) * 0.25 + 20);
    this.table.launch(
      i,
      'write',
      ai,
      sx,
      sy,
      tx,
      ty,
      lift,
      1.4 + hash01(seat, this.spawnSeq) * 0.6,
    );
    this.show(i);
  }

  private nextAi(): boolean {
    this.spawnSeq++;
    return hash01(this.spawnSeq, 11) < this.flow.aiShare;
  }

  /** Sends a PR from the top of the pile down its lane, in token row `i` (a free one by default). */
  private spawnFromPile(route: Route, i = this.table.free()): void {
    if (i < 0) return;
    const ai = this.nextAi();
    const at = this.at;
    const ax = at.pileX;
    const ay = this.pileTop - 4;
    if (route === 'toGate') {
      this.table.launch(i, route, ai, ax, ay, at.gateX, at.gateY - 4, -14, 0.9);
    } else if (route === 'skip') {
      const tx = at.prodX + (hash01(this.spawnSeq, 2) - 0.5) * this.zones.prod.w * 0.5;
      const lift = -Math.max(40, this.zones.gate.h * 0.35);
      this.table.launch(i, route, ai, ax, ay, tx, at.prodY - 10, lift, 1.6);
    } else {
      this.table.launch(i, route, ai, ax, ay, at.binX, at.binY - 6, -10, 1.4);
    }
    this.show(i);
  }

  private moveTokens(dt: number): void {
    const p = this.pt;
    const at = this.at;
    const rows = this.table.rows;
    for (let i = 0; i < rows.length; i++) {
      const tok = rows[i];
      const img = this.tokens[i];
      if (!tok?.active || !img) continue;
      if (!advance(tok, dt)) {
        if (tok.route === 'toGate') {
          // Through the gate: the same PR goes on to production, ticked as reviewed.
          const tx = at.prodX + (hash01(i, this.spawnSeq) - 0.5) * this.zones.prod.w * 0.5;
          this.table.launch(
            i,
            'toProd',
            tok.ai,
            at.gateX,
            at.gateY - 4,
            tx,
            at.prodY - 10,
            -12,
            0.9,
          );
          this.show(i);
          continue;
        }
        tok.active = false;
        img.setVisible(false);
        continue;
      }
      tokenAt(tok, tok.t, p);
      img.setPosition(p.x, p.y);
      img.setAlpha(tokenAlpha(tok.route, tok.t));
    }
  }

  private resetTokens(): void {
    this.table.clear();
    for (const img of this.tokens) img.setVisible(false);
  }

  /** Reduced motion: a few tokens stand still along each lane, in proportion to the flow. */
  private placeStaticTokens(): void {
    this.resetTokens();
    let next = 0;
    for (const lane of stillLanes(this.flow)) {
      const n = lane.count;
      for (let j = 0; j < n && next < TOKEN_POOL; j++) {
        const i = next++;
        if (lane.route === 'write') this.spawnWriteAt(i, j);
        else if (lane.route === 'toProd') this.spawnToProdAt(i);
        else this.spawnFromPile(lane.route, i);
        const tok = this.table.rows[i];
        const img = this.tokens[i];
        if (!tok || !img) continue;
        tokenAt(tok, lane.at(j, n), this.pt);
        img.setPosition(this.pt.x, this.pt.y).setAlpha(lane.route === 'abandon' ? 0.45 : 1);
        tok.active = false;
      }
    }
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
    this.table.launch(i, 'write', j % 2 === 1, sx, sy, this.at.pileX, this.pileTop - 6, -40, 1);
    this.show(i);
  }

  private spawnToProdAt(i: number): void {
    const at = this.at;
    const ai = this.nextAi();
    this.table.launch(i, 'toProd', ai, at.gateX, at.gateY - 4, at.prodX, at.prodY - 10, -12, 1);
    this.show(i);
  }
}
