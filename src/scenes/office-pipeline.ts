/**
 * The pipeline's sprites: the review pile, the merge gate with its reviewer, and the alarm
 * rings over production. Made once and reused; placed when the week or the size changes, and
 * animated (the gate's lift, the rings' pulse) only while the floor moves.
 */
import type * as Phaser from 'phaser';
import type { FrameName } from './office-frames.ts';
import { ART_SCALE, CELL, DESK_LINE, FIGURE_BOX, figureFrame } from './office-frames.ts';
import type { Alarm, Anchors, Band, Zones } from './office-model.ts';
import { alarmRing, hash01, MAX_ALARMS, stackFor } from './office-model.ts';

const MAX_SLABS = 48;
const TAU = Math.PI * 2;

/** Makes a hidden sprite of an atlas frame at a depth. */
export type MakeImage = (frame: FrameName, depth: number) => Phaser.GameObjects.Image;

/** What of the week the pipeline shows. */
export interface PipelineWeek {
  queueLines: number;
  /** Lines a reference team writes in a week: the pile's scale. */
  baseline: number;
  aiShare: number;
  reviewerMorale: Band;
  alarms: readonly Alarm[];
}

export class Pipeline {
  private readonly slabs: Phaser.GameObjects.Image[] = [];
  private readonly more: Phaser.GameObjects.Image;
  private readonly gateBar: Phaser.GameObjects.Image;
  private readonly reviewer: Phaser.GameObjects.Image;
  private readonly lens: Phaser.GameObjects.Image;
  private readonly rings: Phaser.GameObjects.Image[] = [];
  private readonly ripples: Phaser.GameObjects.Image[] = [];
  private readonly icons: Phaser.GameObjects.Image[] = [];
  /** How far the gate's bar is through its lift: 1 just opened, 0 at rest. */
  private lift = 0;
  private alarms: readonly Alarm[] = [];
  /** Each ring's radius as placed (office-model's `alarmRing`), for its pulse. */
  private readonly radii: number[] = [];
  private at: Anchors | null = null;

  /** Made in this order so sprites of one depth draw in the order they always have. */
  constructor(img: MakeImage) {
    for (let i = 0; i < MAX_SLABS; i++) this.slabs.push(img('slab-h', 6));
    this.more = img('more', 6);
    this.gateBar = img('gate-bar', 7).setOrigin(0.06, 0.5);
    this.reviewer = img(figureFrame('senior', 1, 0), 5);
    this.lens = img('lens', 6);
    for (let i = 0; i < MAX_ALARMS; i++) {
      this.ripples.push(img('ring-incident', 9));
      this.rings.push(img('ring-incident', 9));
      this.icons.push(img('icon-incident', 10));
    }
  }

  /** Places every sprite for the week in the zones; returns the pile's top, where work lands. */
  place(z: Zones, at: Anchors, week: PipelineWeek, reduced: boolean): number {
    this.at = at;
    this.alarms = week.alarms;
    const top = this.placePile(z, at, week);
    this.placeGate(z, at, week.reviewerMorale);
    this.placeAlarms(z, at, reduced);
    return top;
  }

  /** A deploy: lift the bar, unless it is still up from the last one (at most about two a second). */
  liftGate(): void {
    if (this.lift <= 0) this.lift = 1;
  }

  /** Drops the lift at once, for when motion stops; the next `place` lowers the bar. */
  stopGate(): void {
    this.lift = 0;
  }

  animate(dt: number, clock: number): void {
    this.animateGate(dt);
    this.animateAlarms(clock);
  }

  private placePile(z: Zones, at: Anchors, week: PipelineWeek): number {
    const room = Math.max(0, at.pileBase - z.queue.y - 34);
    const cap = Math.min(MAX_SLABS, Math.floor(room / at.slabStep));
    const stack = stackFor(week.queueLines, week.baseline, cap);
    const slabW = Math.min(z.queue.w * 0.72, 88);
    const sx = slabW / (44 * ART_SCALE);
    const sy = (at.slabStep * 0.95) / (8 * ART_SCALE);
    const ai = week.aiShare;
    for (let i = 0; i < this.slabs.length; i++) {
      const slab = this.slabs[i];
      if (!slab) continue;
      if (i >= stack.slabs) {
        slab.setVisible(false);
        continue;
      }
      // AI-made slabs spread evenly through the pile, in their share.
      const isAi = Math.floor((i + 1) * ai) > Math.floor(i * ai);
      const jitter = (hash01(i, 3) - 0.5) * slabW * 0.12;
      slab
        .setFrame(isAi ? 'slab-ai' : 'slab-h')
        .setPosition(at.pileX + jitter, at.pileBase - (i + 0.5) * at.slabStep)
        .setScale(sx, sy)
        .setVisible(true);
    }
    const top = at.pileBase - stack.slabs * at.slabStep;
    const mk = Math.max(0.5, Math.min(1, z.queue.w / 120));
    this.more
      .setPosition(at.pileX, top - 12 * mk)
      .setScale(mk * 0.6)
      .setVisible(stack.overflow);
    return top;
  }

  private placeGate(z: Zones, at: Anchors, morale: Band): void {
    const half = Math.min(z.gate.w * 0.4, 22);
    const k = Math.max(0.25, Math.min(0.5, z.gate.w / 120));
    this.gateBar
      .setPosition(at.gateX - half, at.gateY - 4)
      .setScale((half * 2) / (40 * ART_SCALE), k * 0.9)
      .setRotation(0);
    this.gateBar.setVisible(true);
    // The reviewer sits at a small desk above the gate with a magnifying glass.
    const rc = at.reviewerCell;
    const rk = rc / (CELL * ART_SCALE);
    this.reviewer
      .setFrame(figureFrame('senior', morale, 1))
      .setOrigin(
        (CELL / 2 - FIGURE_BOX.x) / FIGURE_BOX.w,
        (DESK_LINE - FIGURE_BOX.y) / FIGURE_BOX.h,
      )
      .setPosition(at.gateX, at.reviewerDeskY)
      .setScale(rk)
      .setVisible(z.gate.w > 8);
    this.lens
      .setPosition(at.gateX + rc * 0.3, at.reviewerDeskY - rc * 0.12)
      .setScale(rk * 1.3)
      .setVisible(z.gate.w > 8);
  }

  private placeAlarms(z: Zones, at: Anchors, reduced: boolean): void {
    for (let i = 0; i < MAX_ALARMS; i++) {
      const ring = this.rings[i];
      const ripple = this.ripples[i];
      const icon = this.icons[i];
      if (!ring || !ripple || !icon) continue;
      const a = this.alarms[i];
      if (!a) {
        ring.setVisible(false);
        ripple.setVisible(false);
        icon.setVisible(false);
        continue;
      }
      const c = alarmRing(z, at, a.reach, i, this.alarms.length);
      const frame = `ring-${a.kind}` as const;
      const r = c.r;
      this.radii[i] = r;
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
        .setVisible(reduced);
      const ik = Math.max(0.4, Math.min(0.8, at.ringMax / 220));
      icon.setFrame(`icon-${a.kind}`).setPosition(c.x, c.y).setScale(ik).setVisible(true);
    }
  }

  private animateGate(dt: number): void {
    if (this.lift > 0) {
      this.lift = Math.max(0, this.lift - dt * 2.2);
      // Up fast, down slowly: a smooth lift, never a flash.
      const a = this.lift > 0.75 ? (1 - this.lift) * 4 : this.lift / 0.75;
      this.gateBar.setRotation(-1.1 * a);
    }
  }

  private animateAlarms(clock: number): void {
    const at = this.at;
    if (!at) return;
    for (let i = 0; i < this.alarms.length; i++) {
      const a = this.alarms[i];
      const ring = this.rings[i];
      const ripple = this.ripples[i];
      if (!a || !ring || !ripple) continue;
      const r = this.radii[i] ?? at.ringMin;
      const base = (2 * r) / (128 * ART_SCALE);
      // A slow pulse (0.8 Hz) and a ripple spreading out to the blast radius.
      const s = Math.sin(clock * 0.8 * TAU + i);
      ring.setScale(base * (0.94 + 0.06 * s)).setAlpha(0.8 + 0.15 * s);
      const p = (clock * 0.5 + i * 0.33) % 1;
      ripple
        .setVisible(true)
        .setScale(base * (0.25 + 0.75 * p))
        .setAlpha(0.6 * (1 - p));
    }
  }
}
