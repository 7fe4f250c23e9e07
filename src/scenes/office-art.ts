/**
 * Every picture on the office floor, drawn in code onto one canvas (a generated texture
 * atlas): no image or font is fetched from anywhere. Drawn at twice the size it is shown,
 * so it stays crisp when scaled. Colour is never the only signal: seniority is size and a
 * badge, morale is a face and an icon, AI-made work is a different shape.
 *
 * Palette: Okabe-Ito hues (safe for the common colour-vision deficiencies) on a calm navy,
 * with a warm amber accent.
 */
import type { Level } from '../sim/index.ts';
import type { CellBox, FrameName, FrameRect, TokenVariant } from './office-frames.ts';
import {
  ART_SCALE,
  CHAIR_BOX,
  DESK_BOX,
  FIGURE_BOX,
  figureFrame,
  tokenFrame,
} from './office-frames.ts';
import type { Band } from './office-model.ts';

export const PALETTE = {
  night: 0x0d1628,
  floor: 0x132039,
  mat: 0x182a49,
  matEdge: 0x1f3458,
  panel: 0x15243f,
  panelEdge: 0x2b4270,
  prod: 0x0f1a31,
  amber: 0xf2b545,
  amberDim: 0x9c7330,
  path: 0x2c4570,
} as const;

const C = {
  amber: '#f2b545',
  amberSoft: '#f7d48a',
  amberDeep: '#b9822a',
  sky: '#56b4e9',
  skyDeep: '#2f7fb0',
  slate: '#8d9bb6',
  slateDeep: '#5d6b86',
  vermillion: '#e0733a',
  vermillionDeep: '#a94a1c',
  green: '#2fbf8f',
  purple: '#cc79a7',
  purpleDeep: '#8e4b73',
  yellow: '#f0e442',
  paper: '#efe5cc',
  paperLine: '#9c8c69',
  ink: '#0b1222',
  deskTop: '#3b5482',
  deskFront: '#263a5e',
  deskEdge: '#5572a6',
  chair: '#24365a',
  chairEdge: '#334a75',
  screenOff: '#1c2840',
  screenOn: '#f6c46a',
  screenAi: '#d9a6cf',
  monitor: '#0b1426',
  hair: ['#2b1d14', '#5a3a22', '#c9a15e', '#1b1b1f'] as const,
  skin: ['#f1d2b6', '#c99a74', '#8d5a3b'] as const,
  cloud: '#aab4c6',
  drop: '#7cc7f2',
} as const;

export const SKINS = C.skin.length;
export const LEVELS_DRAWN: readonly Level[] = ['junior', 'mid', 'senior'];

type Draw = (g: CanvasRenderingContext2D, w: number, h: number) => void;

interface Piece {
  name: FrameName;
  w: number;
  h: number;
  /** Where the frame's top-left sits in the drawing's own coordinates (a cell's, for people and desks). */
  ox?: number;
  oy?: number;
  draw: Draw;
}

/** Where each piece goes in an atlas `width` texture pixels wide: shelf packing, tallest first,
 * with a 2 px gutter so filtering never bleeds. */
function pack(width: number): { placed: Array<{ piece: Piece; at: FrameRect }>; height: number } {
  const order = [...atlasPieces()].sort((a, b) => b.h - a.h);
  const placed: Array<{ piece: Piece; at: FrameRect }> = [];
  const gutter = 2;
  let x = 0;
  let y = 0;
  let shelf = 0;
  for (const piece of order) {
    const w = piece.w * ART_SCALE;
    const h = piece.h * ART_SCALE;
    if (x + w > width) {
      x = 0;
      y += shelf + gutter;
      shelf = 0;
    }
    placed.push({ piece, at: { x, y, w, h } });
    x += w + gutter;
    shelf = Math.max(shelf, h);
  }
  return { placed, height: y + shelf };
}

/** The atlas height needed for `width`, without drawing (for sizing the canvas first). */
export function atlasHeight(width: number): number {
  return pack(width).height;
}

/** Draws the atlas onto `ctx` (at ART_SCALE) and returns where each frame is, in texture pixels. */
export function drawAtlas(ctx: CanvasRenderingContext2D, width: number): Map<FrameName, FrameRect> {
  const frames = new Map<FrameName, FrameRect>();
  for (const { piece: p, at } of pack(width).placed) {
    frames.set(p.name, at);
    ctx.save();
    ctx.beginPath();
    ctx.rect(at.x, at.y, at.w, at.h);
    ctx.clip();
    ctx.translate(at.x, at.y);
    ctx.scale(ART_SCALE, ART_SCALE);
    ctx.translate(-(p.ox ?? 0), -(p.oy ?? 0));
    p.draw(ctx, p.w, p.h);
    ctx.restore();
  }
  return frames;
}

function atlasPieces(): Piece[] {
  const pieces: Piece[] = [];
  for (const level of LEVELS_DRAWN)
    for (const morale of [0, 1, 2] as const)
      for (let skin = 0; skin < SKINS; skin++)
        pieces.push({
          name: figureFrame(level, morale, skin),
          ...boxed(FIGURE_BOX),
          draw: (g) => drawFigure(g, level, morale, skin),
        });
  pieces.push({ name: 'desk-off', ...boxed(DESK_BOX), draw: (g) => drawDesk(g, 'off') });
  pieces.push({ name: 'desk-on', ...boxed(DESK_BOX), draw: (g) => drawDesk(g, 'on') });
  pieces.push({ name: 'desk-ai', ...boxed(DESK_BOX), draw: (g) => drawDesk(g, 'ai') });
  pieces.push({ name: 'chair', ...boxed(CHAIR_BOX), draw: (g) => drawChair(g, false) });
  pieces.push({ name: 'chair-empty', ...boxed(CHAIR_BOX), draw: (g) => drawChair(g, true) });
  pieces.push({ name: 'cloud', w: 20, h: 18, draw: drawCloud });
  pieces.push({ name: 'sweat', w: 10, h: 14, draw: drawSweat });
  pieces.push({ name: 'flag', w: 16, h: 20, draw: drawFlag });
  pieces.push({ name: 'lens', w: 18, h: 18, draw: drawLens });
  for (const ai of [false, true])
    for (const v of ['plain', 'skip', 'ok'] as const)
      pieces.push({ name: tokenFrame(ai, v), w: 16, h: 16, draw: (g) => drawToken(g, ai, v) });
  pieces.push({ name: 'slab-h', w: 44, h: 8, draw: (g) => drawSlab(g, false) });
  pieces.push({ name: 'slab-ai', w: 44, h: 8, draw: (g) => drawSlab(g, true) });
  pieces.push({ name: 'more', w: 22, h: 18, draw: drawMore });
  pieces.push({ name: 'ring-incident', w: 128, h: 128, draw: drawIncidentRing });
  pieces.push({ name: 'ring-breach', w: 128, h: 128, draw: drawBreachRing });
  pieces.push({ name: 'icon-incident', w: 30, h: 30, draw: drawBolt });
  pieces.push({ name: 'icon-breach', w: 30, h: 30, draw: drawLock });
  pieces.push({ name: 'gate-bar', w: 40, h: 8, draw: drawGateBar });
  pieces.push({ name: 'dot', w: 6, h: 6, draw: drawDot });
  return pieces;
}

function boxed(b: CellBox): { w: number; h: number; ox: number; oy: number } {
  return { w: b.w, h: b.h, ox: b.x, oy: b.y };
}

// ---- helpers ----

/** A rounded-rectangle path (Canvas 2D's own roundRect is newer than some browsers we serve). */
export function roundRect(
  g: CanvasRenderingContext2D,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): void {
  const k = Math.max(0, Math.min(r, w / 2, h / 2));
  g.beginPath();
  g.moveTo(x + k, y);
  g.arcTo(x + w, y, x + w, y + h, k);
  g.arcTo(x + w, y + h, x, y + h, k);
  g.arcTo(x, y + h, x, y, k);
  g.arcTo(x, y, x + w, y, k);
  g.closePath();
}

function circle(g: CanvasRenderingContext2D, x: number, y: number, r: number) {
  g.beginPath();
  g.arc(x, y, r, 0, Math.PI * 2);
}

/** The icons' style: a fill outlined in ink, `width` wide. */
function inked(g: CanvasRenderingContext2D, fill: string, width: number) {
  g.fillStyle = fill;
  g.strokeStyle = C.ink;
  g.lineWidth = width;
}

/** A closed path through the points, given as x, y pairs: the shapes drawn by hand. */
function polygon(g: CanvasRenderingContext2D, xy: readonly number[]) {
  g.beginPath();
  g.moveTo(xy[0] ?? 0, xy[1] ?? 0);
  for (let i = 2; i + 1 < xy.length; i += 2) g.lineTo(xy[i] ?? 0, xy[i + 1] ?? 0);
  g.closePath();
}

function star(g: CanvasRenderingContext2D, x: number, y: number, r: number) {
  g.beginPath();
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const k = i % 2 === 0 ? r : r * 0.45;
    const px = x + Math.cos(a) * k;
    const py = y + Math.sin(a) * k;
    if (i === 0) g.moveTo(px, py);
    else g.lineTo(px, py);
  }
  g.closePath();
}

// ---- people and desks (a 64 x 64 cell, centre at 32,32) ----

const SHIRT: Record<Band, readonly [string, string]> = {
  0: [C.vermillion, C.vermillionDeep],
  1: [C.slate, C.slateDeep],
  2: [C.sky, C.skyDeep],
};

const SIZE: Record<Level, { head: number; shoulders: number; torso: number }> = {
  junior: { head: 7.4, shoulders: 10, torso: 14 },
  mid: { head: 8.4, shoulders: 12.5, torso: 16 },
  senior: { head: 9.4, shoulders: 14.5, torso: 18 },
};

function drawFigure(g: CanvasRenderingContext2D, level: Level, morale: Band, skin: number) {
  const s = SIZE[level];
  const [shirt, shirtDeep] = SHIRT[morale];
  const cx = 25;
  const base = 44; // where the torso disappears behind the desk
  const top = base - s.torso;
  const headY = top - s.head + 1.5;
  // Torso
  g.fillStyle = shirt;
  g.strokeStyle = level === 'senior' ? C.amber : shirtDeep;
  g.lineWidth = level === 'senior' ? 1.6 : 1;
  roundRect(g, cx - s.shoulders, top, s.shoulders * 2, s.torso + 6, s.shoulders * 0.7);
  g.fill();
  g.stroke();
  if (level === 'mid') {
    // A lanyard: two lines and a small card.
    g.strokeStyle = C.ink;
    g.lineWidth = 0.9;
    g.beginPath();
    g.moveTo(cx - 3, top + 1);
    g.lineTo(cx, top + 7);
    g.lineTo(cx + 3, top + 1);
    g.stroke();
    g.fillStyle = C.paper;
    g.fillRect(cx - 1.8, top + 6.5, 3.6, 4);
  }
  if (level === 'senior') {
    // An amber star badge on the chest.
    inked(g, C.amber, 0.8);
    star(g, cx + s.shoulders * 0.45, top + 6, 4);
    g.fill();
    g.stroke();
  }
  // Neck and head
  const skinC = C.skin[skin % C.skin.length] ?? C.skin[0];
  g.fillStyle = skinC;
  g.fillRect(cx - 2, top - 2.5, 4, 4);
  circle(g, cx, headY, s.head);
  g.fill();
  g.strokeStyle = 'rgba(11,18,34,0.55)';
  g.lineWidth = 0.8;
  g.stroke();
  // Hair
  g.fillStyle =
    C.hair[(skin + (level === 'mid' ? 1 : level === 'senior' ? 2 : 0)) % C.hair.length] ?? C.ink;
  g.beginPath();
  g.arc(cx, headY, s.head, Math.PI * 1.05, Math.PI * 1.95);
  g.closePath();
  g.fill();
  if (level === 'senior') {
    // A touch of grey at the temples.
    g.fillStyle = 'rgba(220,225,235,0.55)';
    g.fillRect(cx - s.head + 0.6, headY - 2.5, 1.6, 2.5);
    g.fillRect(cx + s.head - 2.2, headY - 2.5, 1.6, 2.5);
  }
  // Face: eyes and a mouth that says the morale.
  g.fillStyle = C.ink;
  const eo = s.head * 0.38;
  const ey = headY + 0.6;
  if (morale === 0) {
    // Tired, half-closed eyes.
    g.fillRect(cx - eo - 1, ey - 0.3, 2, 0.9);
    g.fillRect(cx + eo - 1, ey - 0.3, 2, 0.9);
  } else {
    circle(g, cx - eo, ey, 0.95);
    g.fill();
    circle(g, cx + eo, ey, 0.95);
    g.fill();
  }
  g.strokeStyle = C.ink;
  g.lineWidth = 0.9;
  g.lineCap = 'round';
  const my = headY + s.head * 0.5;
  const mw = s.head * 0.38;
  g.beginPath();
  if (morale === 2) {
    g.arc(cx, my - 1.2, mw, Math.PI * 0.15, Math.PI * 0.85);
  } else if (morale === 1) {
    g.moveTo(cx - mw * 0.8, my);
    g.lineTo(cx + mw * 0.8, my);
  } else {
    g.arc(cx, my + 1.6, mw, Math.PI * 1.2, Math.PI * 1.8);
  }
  g.stroke();
  g.lineCap = 'butt';
}

function drawChair(g: CanvasRenderingContext2D, empty: boolean) {
  g.save();
  if (empty) {
    // Pushed back and turned: nobody sits here now.
    g.translate(34, 30);
    g.rotate(0.35);
    g.translate(-25, -30);
  }
  g.fillStyle = C.chair;
  g.strokeStyle = C.chairEdge;
  g.lineWidth = 1.2;
  roundRect(g, 25 - 13, 16, 26, 28, 6);
  g.fill();
  g.stroke();
  g.restore();
}

function drawDesk(g: CanvasRenderingContext2D, state: 'off' | 'on' | 'ai') {
  // Monitor on the right, turned towards the seat.
  const mx = 41;
  const my = 25;
  g.fillStyle = C.monitor;
  g.fillRect(mx + 7, my + 14, 3, 6);
  roundRect(g, mx - 1, my - 1, 20, 16, 2.5);
  g.fill();
  const screen = state === 'off' ? C.screenOff : state === 'ai' ? C.screenAi : C.screenOn;
  if (state !== 'off') {
    g.fillStyle = state === 'ai' ? 'rgba(217,166,207,0.18)' : 'rgba(246,196,106,0.18)';
    circle(g, mx + 9, my + 7, 12);
    g.fill();
  }
  g.fillStyle = screen;
  roundRect(g, mx + 1, my + 1, 16, 12, 1.5);
  g.fill();
  if (state === 'on') {
    g.fillStyle = 'rgba(11,18,34,0.45)';
    g.fillRect(mx + 3, my + 4, 9, 1.2);
    g.fillRect(mx + 3, my + 7, 11, 1.2);
    g.fillRect(mx + 3, my + 10, 6, 1.2);
  } else if (state === 'ai') {
    // A four-point spark: AI at work.
    g.fillStyle = C.ink;
    g.beginPath();
    const sx = mx + 9;
    const sy = my + 7;
    g.moveTo(sx, sy - 5);
    g.lineTo(sx + 1.3, sy - 1.3);
    g.lineTo(sx + 5, sy);
    g.lineTo(sx + 1.3, sy + 1.3);
    g.lineTo(sx, sy + 5);
    g.lineTo(sx - 1.3, sy + 1.3);
    g.lineTo(sx - 5, sy);
    g.lineTo(sx - 1.3, sy - 1.3);
    g.closePath();
    g.fill();
  }
  // Desk top and front.
  g.fillStyle = C.deskTop;
  roundRect(g, 4, 42, 56, 8, 2);
  g.fill();
  g.fillStyle = C.deskEdge;
  g.fillRect(5, 42, 54, 1.4);
  g.fillStyle = C.deskFront;
  g.fillRect(6, 50, 52, 11);
  g.fillStyle = 'rgba(0,0,0,0.25)';
  g.fillRect(8, 52, 18, 7);
  // A mug on the left (warm, cared-for).
  if (state !== 'off') {
    g.fillStyle = C.amberSoft;
    roundRect(g, 10, 37, 5, 6, 1);
    g.fill();
    g.strokeStyle = C.amberSoft;
    g.lineWidth = 0.9;
    g.beginPath();
    g.arc(15.5, 40, 1.8, -Math.PI / 2, Math.PI / 2);
    g.stroke();
  }
}

// ---- icons ----

function drawCloud(g: CanvasRenderingContext2D) {
  inked(g, C.cloud, 0.8);
  g.beginPath();
  g.arc(7, 8, 4, Math.PI * 0.5, Math.PI * 1.5);
  g.arc(10.5, 4.8, 4, Math.PI, Math.PI * 2);
  g.arc(14, 8, 4, Math.PI * 1.5, Math.PI * 0.5);
  g.closePath();
  g.fill();
  g.stroke();
  g.strokeStyle = C.drop;
  g.lineWidth = 1.2;
  for (const x of [7, 11, 15]) {
    g.beginPath();
    g.moveTo(x, 13.5);
    g.lineTo(x - 1.2, 16.5);
    g.stroke();
  }
}

function drawSweat(g: CanvasRenderingContext2D) {
  inked(g, C.drop, 0.8);
  g.beginPath();
  g.moveTo(5, 1.5);
  g.quadraticCurveTo(9, 8, 8, 10);
  g.arc(5, 9.8, 3, 0, Math.PI);
  g.quadraticCurveTo(1, 8, 5, 1.5);
  g.closePath();
  g.fill();
  g.stroke();
}

function drawFlag(g: CanvasRenderingContext2D) {
  // A small pennant on a stick: new starter.
  g.strokeStyle = C.paper;
  g.lineWidth = 1.3;
  g.beginPath();
  g.moveTo(3, 19);
  g.lineTo(3, 2);
  g.stroke();
  inked(g, C.yellow, 0.8);
  polygon(g, [3.6, 2, 15, 6, 3.6, 10]);
  g.fill();
  g.stroke();
}

function drawLens(g: CanvasRenderingContext2D) {
  g.strokeStyle = C.amberSoft;
  g.lineWidth = 2.2;
  circle(g, 7.5, 7.5, 5);
  g.stroke();
  g.fillStyle = 'rgba(247,212,138,0.25)';
  g.fill();
  g.lineWidth = 3;
  g.lineCap = 'round';
  g.beginPath();
  g.moveTo(11.5, 11.5);
  g.lineTo(16, 16);
  g.stroke();
  g.lineCap = 'butt';
}

function drawToken(g: CanvasRenderingContext2D, ai: boolean, v: TokenVariant) {
  if (ai) {
    // AI-made: a diamond with a spark.
    g.fillStyle = C.purple;
    g.strokeStyle = v === 'skip' ? C.amber : C.purpleDeep;
    g.lineWidth = v === 'skip' ? 1.8 : 1;
    if (v === 'skip') g.setLineDash([2, 1.5]);
    polygon(g, [8, 1, 15, 8, 8, 15, 1, 8]);
    g.fill();
    g.stroke();
    g.setLineDash([]);
    g.fillStyle = C.paper;
    polygon(g, [8, 4.5, 9, 7, 11.5, 8, 9, 9, 8, 11.5, 7, 9, 4.5, 8, 7, 7]);
    g.fill();
  } else {
    // Hand-written: a page with lines.
    g.fillStyle = C.paper;
    g.strokeStyle = v === 'skip' ? C.amber : C.paperLine;
    g.lineWidth = v === 'skip' ? 1.8 : 1;
    if (v === 'skip') g.setLineDash([2, 1.5]);
    roundRect(g, 2.5, 1.5, 11, 13, 1.5);
    g.fill();
    g.stroke();
    g.setLineDash([]);
    g.fillStyle = C.paperLine;
    g.fillRect(4.5, 4.5, 6.5, 1);
    g.fillRect(4.5, 7, 7, 1);
    g.fillRect(4.5, 9.5, 5, 1);
  }
  if (v === 'ok') {
    // Reviewed: a tick in a green disc.
    g.fillStyle = C.green;
    circle(g, 12, 12, 3.6);
    g.fill();
    g.strokeStyle = C.ink;
    g.lineWidth = 1.2;
    g.beginPath();
    g.moveTo(10.3, 12);
    g.lineTo(11.6, 13.4);
    g.lineTo(13.8, 10.6);
    g.stroke();
  } else if (v === 'skip') {
    // Unreviewed: a warning triangle.
    inked(g, C.amber, 0.7);
    polygon(g, [12, 8.2, 15.6, 15, 8.4, 15]);
    g.fill();
    g.stroke();
    g.fillStyle = C.ink;
    g.fillRect(11.5, 10.3, 1, 2.6);
    g.fillRect(11.5, 13.4, 1, 1);
  }
}

function drawSlab(g: CanvasRenderingContext2D, ai: boolean) {
  g.fillStyle = ai ? C.purple : C.paper;
  g.strokeStyle = ai ? C.purpleDeep : C.paperLine;
  g.lineWidth = 0.8;
  roundRect(g, 1, 1, 42, 6, 1.2);
  g.fill();
  g.stroke();
  if (ai) {
    g.fillStyle = C.paper;
    for (let x = 6; x < 42; x += 8) {
      polygon(g, [x, 2.2, x + 1.8, 4, x, 5.8, x - 1.8, 4]);
      g.fill();
    }
  } else {
    g.fillStyle = C.paperLine;
    g.fillRect(4, 3.5, 36, 0.9);
  }
}

function drawMore(g: CanvasRenderingContext2D) {
  // Two stacked chevrons: the pile goes on beyond what fits.
  g.strokeStyle = C.amber;
  g.lineWidth = 2.6;
  g.lineJoin = 'round';
  for (const y of [8, 15]) {
    g.beginPath();
    g.moveTo(3, y);
    g.lineTo(11, y - 6);
    g.lineTo(19, y);
    g.stroke();
  }
}

function drawIncidentRing(g: CanvasRenderingContext2D) {
  // An outage: solid concentric circles.
  g.strokeStyle = C.vermillion;
  g.lineWidth = 4;
  circle(g, 64, 64, 60);
  g.stroke();
  g.lineWidth = 1.5;
  g.globalAlpha = 0.6;
  circle(g, 64, 64, 52);
  g.stroke();
  g.globalAlpha = 0.12;
  g.fillStyle = C.vermillion;
  circle(g, 64, 64, 60);
  g.fill();
  g.globalAlpha = 1;
}

function hexagon(g: CanvasRenderingContext2D, x: number, y: number, r: number) {
  g.beginPath();
  for (let i = 0; i < 6; i++) {
    const a = Math.PI / 6 + (i * Math.PI) / 3;
    const px = x + Math.cos(a) * r;
    const py = y + Math.sin(a) * r;
    if (i === 0) g.moveTo(px, py);
    else g.lineTo(px, py);
  }
  g.closePath();
}

function drawBreachRing(g: CanvasRenderingContext2D) {
  // A breach: a dashed hexagon with a hatched band, unlike the outage's solid circle.
  g.save();
  hexagon(g, 64, 64, 60);
  g.clip();
  g.strokeStyle = 'rgba(240,228,66,0.22)';
  g.lineWidth = 2;
  for (let k = -128; k < 256; k += 9) {
    g.beginPath();
    g.moveTo(k, 0);
    g.lineTo(k + 128, 128);
    g.stroke();
  }
  g.restore();
  g.save();
  hexagon(g, 64, 64, 50);
  g.fillStyle = C.ink;
  g.globalAlpha = 0.6;
  g.fill();
  g.restore();
  g.strokeStyle = C.yellow;
  g.lineWidth = 4;
  g.setLineDash([10, 6]);
  hexagon(g, 64, 64, 60);
  g.stroke();
  g.setLineDash([]);
}

function drawBolt(g: CanvasRenderingContext2D) {
  inked(g, C.vermillion, 1.2);
  circle(g, 15, 15, 13.5);
  g.fill();
  g.stroke();
  g.fillStyle = C.paper;
  polygon(g, [17, 4, 8, 17, 14, 17, 12, 26, 22, 12, 16, 12]);
  g.fill();
}

function drawLock(g: CanvasRenderingContext2D) {
  inked(g, C.yellow, 1.2);
  hexagon(g, 15, 15, 14);
  g.fill();
  g.stroke();
  // An open padlock: shackle lifted off on one side.
  g.strokeStyle = C.ink;
  g.lineWidth = 2.2;
  g.beginPath();
  g.arc(13, 11, 4.5, Math.PI, Math.PI * 1.95);
  g.stroke();
  g.fillStyle = C.ink;
  roundRect(g, 8.5, 13, 13, 10, 1.5);
  g.fill();
  g.fillStyle = C.yellow;
  g.fillRect(14.2, 16, 1.6, 4);
}

function drawGateBar(g: CanvasRenderingContext2D) {
  roundRect(g, 1, 1, 38, 6, 2);
  g.fillStyle = C.paper;
  g.fill();
  g.save();
  roundRect(g, 1, 1, 38, 6, 2);
  g.clip();
  g.fillStyle = C.amber;
  for (let x = -4; x < 40; x += 8) {
    polygon(g, [x, 7, x + 4, 1, x + 8, 1, x + 4, 7]);
    g.fill();
  }
  g.restore();
}

function drawDot(g: CanvasRenderingContext2D) {
  g.fillStyle = '#ffffff';
  circle(g, 3, 3, 2.6);
  g.fill();
}
