/**
 * The office's still picture: the floor, zones, desk mats, chairs and desks, the pile's tray,
 * the gate's posts, production's racks and the lanes, painted with Canvas 2D into one texture
 * once per layout (a new week or a resize), never per frame. A Phaser Graphics object would be
 * re-tessellated every frame, which costs more than everything that moves.
 */
import { PALETTE, roundRect } from './office-art.ts';
import type { CellBox, FrameName, FrameRect } from './office-frames.ts';
import { CELL, CHAIR_BOX, DESK_BOX } from './office-frames.ts';
import type { SeatLook } from './office-looks.ts';
import type { Anchors, DeskGrid, Zones } from './office-model.ts';
import { deskCentre } from './office-model.ts';

/** The drawn atlas, for stamping its chairs and desks into the floor. */
export interface Atlas {
  canvas: HTMLCanvasElement | null;
  frames: ReadonlyMap<FrameName, FrameRect>;
}

/** Everything the floor is painted from, in CSS pixels. */
export interface FloorPicture {
  w: number;
  h: number;
  zones: Zones;
  grid: DeskGrid;
  looks: readonly SeatLook[];
  at: Anchors;
  /** Whether work skips review this week: the bypass lane is drawn only then. */
  bypass: boolean;
  atlas: Atlas;
}

/**
 * What the floor depends on, as a string: the same key paints the same picture, so the paint
 * and the texture upload (about 20 ms in software WebGL) can be skipped. Most weeks change no
 * desk, and the zones and anchors follow from the size.
 */
export function floorKey(
  w: number,
  h: number,
  px: number,
  looks: readonly SeatLook[],
  bypass: boolean,
): string {
  const desks = looks.map((l) => (l.occupied ? l.desk : '-')).join();
  return `${w}x${h}@${px}|${looks.length}|${desks}|${bypass}`;
}

export function css(color: number, alpha = 1): string {
  return `rgba(${(color >> 16) & 255},${(color >> 8) & 255},${color & 255},${alpha})`;
}

/** Paints the whole floor into `g`, whose transform already maps CSS pixels. */
export function paintFloor(g: CanvasRenderingContext2D, p: FloorPicture): void {
  g.clearRect(0, 0, p.w, p.h);
  g.fillStyle = css(PALETTE.night);
  g.fillRect(0, 0, p.w, p.h);
  paintCarpet(g, p.zones, p.grid);
  paintDesks(g, p);
  paintQueue(g, p.zones, p.at);
  paintGate(g, p.zones, p.at);
  paintProduction(g, p.zones, p.at);
  // Zone signs, drawn rather than written: an hourglass over the queue, a cart over production.
  const z = p.zones;
  const sign = Math.max(10, Math.min(26, z.queue.w * 0.16, z.queue.h * 0.12));
  drawHourglass(g, p.at.pileX, z.queue.y + sign * 1.1, sign);
  drawCart(g, p.at.prodX, z.prod.y + sign * 1.1, sign);
  paintLanes(g, z, p.at, p.bypass);
  paintGatePosts(g, z, p.at);
}

/** The floor with a soft carpet grid and a warm pool of light in its middle. */
function paintCarpet(g: CanvasRenderingContext2D, z: Zones, grid: DeskGrid): void {
  const f = z.floor;
  g.fillStyle = css(PALETTE.floor);
  roundRect(g, f.x, f.y, f.w, f.h, 10);
  g.fill();
  g.save();
  roundRect(g, f.x, f.y, f.w, f.h, 10);
  g.clip();
  g.strokeStyle = css(PALETTE.mat, 0.5);
  g.lineWidth = 1;
  const step = Math.max(18, Math.min(40, grid.cell || 32));
  g.beginPath();
  for (let x = f.x + step; x < f.x + f.w; x += step) {
    g.moveTo(Math.round(x) + 0.5, f.y);
    g.lineTo(Math.round(x) + 0.5, f.y + f.h);
  }
  for (let y = f.y + step; y < f.y + f.h; y += step) {
    g.moveTo(f.x, Math.round(y) + 0.5);
    g.lineTo(f.x + f.w, Math.round(y) + 0.5);
  }
  g.stroke();
  const cx = f.x + f.w / 2;
  const cy = f.y + f.h / 2;
  const glow = g.createRadialGradient(cx, cy, 0, cx, cy, Math.max(f.w, f.h) * 0.7);
  glow.addColorStop(0, 'rgba(242,181,69,0.06)');
  glow.addColorStop(1, 'rgba(242,181,69,0)');
  g.fillStyle = glow;
  g.fillRect(f.x, f.y, f.w, f.h);
  g.restore();
}

/** A lit mat under each occupied desk, a bare outline where someone left; chairs and desks on top. */
function paintDesks(g: CanvasRenderingContext2D, p: FloorPicture): void {
  const grid = p.grid;
  if (grid.cell <= 0) return;
  const pad = grid.cell * 0.05;
  for (let i = 0; i < p.looks.length; i++) {
    const look = p.looks[i];
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
    stamp(g, p.atlas, look.chair, CHAIR_BOX, c.x, c.y, grid.cell);
    stamp(g, p.atlas, look.desk, DESK_BOX, c.x, c.y, grid.cell);
  }
}

/** Paints an atlas frame cut to `box`, scaled to a cell of height `cell` centred on (cx, cy). */
function stamp(
  g: CanvasRenderingContext2D,
  atlas: Atlas,
  frame: FrameName,
  box: CellBox,
  cx: number,
  cy: number,
  cell: number,
): void {
  const r = atlas.frames.get(frame);
  if (!r || !atlas.canvas) return;
  const k = cell / CELL;
  g.drawImage(
    atlas.canvas,
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

/** The queue's panel, the tray the pile stands on, and a bin for abandoned PRs. */
function paintQueue(g: CanvasRenderingContext2D, z: Zones, at: Anchors): void {
  g.fillStyle = css(PALETTE.panel);
  roundRect(g, z.queue.x, z.queue.y, z.queue.w, z.queue.h, 10);
  g.fill();
  g.strokeStyle = css(PALETTE.panelEdge);
  g.lineWidth = 1.5;
  g.stroke();
  const trayW = Math.min(z.queue.w * 0.84, 104);
  g.fillStyle = css(PALETTE.amberDim);
  roundRect(g, at.pileX - trayW / 2, at.pileBase + 1, trayW, 6, 2);
  g.fill();
  g.fillStyle = css(PALETTE.panelEdge);
  roundRect(g, at.binX - 7, at.binY - 9, 14, 13, 2);
  g.fill();
  g.fillRect(at.binX - 8, at.binY - 11, 16, 2);
  g.strokeStyle = css(PALETTE.night);
  g.lineWidth = 1;
  g.beginPath();
  for (const dx of [-3, 0, 3]) {
    g.moveTo(at.binX + dx + 0.5, at.binY - 6);
    g.lineTo(at.binX + dx + 0.5, at.binY + 2);
  }
  g.stroke();
}

/** The gate's lane and the reviewer's desk; the bar is a sprite that lifts on each deploy. */
function paintGate(g: CanvasRenderingContext2D, z: Zones, at: Anchors): void {
  g.fillStyle = css(PALETTE.panel, 0.55);
  roundRect(g, z.gate.x + 3, z.gate.y, Math.max(0, z.gate.w - 6), z.gate.h, 8);
  g.fill();
  const rc = at.reviewerCell;
  g.fillStyle = '#3b5482';
  roundRect(g, at.gateX - rc * 0.5, at.reviewerDeskY - 1, rc, rc * 0.13, 2);
  g.fill();
  g.fillStyle = '#263a5e';
  g.fillRect(at.gateX - rc * 0.45, at.reviewerDeskY - 1 + rc * 0.13, rc * 0.9, rc * 0.14);
}

/** Production: racks with warm status lights. */
function paintProduction(g: CanvasRenderingContext2D, z: Zones, at: Anchors): void {
  g.fillStyle = css(PALETTE.prod);
  roundRect(g, z.prod.x, z.prod.y, z.prod.w, z.prod.h, 10);
  g.fill();
  g.strokeStyle = css(PALETTE.amberDim, 0.8);
  g.lineWidth = 1.5;
  g.stroke();
  const racks = z.prod.w > 150 ? 3 : 2;
  const rw = Math.max(8, Math.min(30, (z.prod.w - 16) / racks - 10));
  const rh = Math.min(z.prod.h * 0.55, 170);
  const ry = at.prodY - rh / 2;
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
}

/** The pile through the gate to production, and the bypass over the reviewers' heads. */
function paintLanes(g: CanvasRenderingContext2D, z: Zones, at: Anchors, bypass: boolean): void {
  g.strokeStyle = css(PALETTE.path);
  g.lineWidth = 2;
  g.setLineDash([6, 5]);
  g.beginPath();
  g.moveTo(at.pileX, at.pileBase - 2);
  g.lineTo(at.pileX, at.gateY);
  g.lineTo(z.prod.x + 6, at.gateY);
  g.stroke();
  if (bypass) {
    g.strokeStyle = css(PALETTE.amberDim, 0.8);
    g.beginPath();
    const lift = -Math.max(40, z.gate.h * 0.35);
    g.moveTo(at.pileX, at.pileBase - 40);
    g.quadraticCurveTo(at.gateX, at.gateY + lift * 2 - 20, at.prodX, at.prodY - 10);
    g.stroke();
  }
  g.setLineDash([]);
}

/** Two amber posts, on top of the lane. */
function paintGatePosts(g: CanvasRenderingContext2D, z: Zones, at: Anchors): void {
  const postH = Math.min(40, z.gate.h * 0.3, z.gate.w * 1.2);
  const postW = Math.max(3, Math.min(6, z.gate.w * 0.12));
  const half = Math.min(z.gate.w * 0.4, 22);
  g.fillStyle = css(PALETTE.amber);
  roundRect(g, at.gateX - half - postW / 2, at.gateY - postH / 2, postW, postH, 2);
  g.fill();
  roundRect(g, at.gateX + half - postW / 2, at.gateY - postH / 2, postW, postH, 2);
  g.fill();
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
