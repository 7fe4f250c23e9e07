/**
 * The names and cuts of the office atlas's frames: what the scene asks for and what the art
 * draws agree by type, so a misspelt frame fails the typecheck instead of showing Phaser's
 * missing-texture square.
 */
import type { Level } from '../sim/index.ts';
import type { Band } from './office-model.ts';

export const ATLAS_KEY = 'vt-office-atlas';
/** Texture pixels per logical pixel. */
export const ART_SCALE = 2;
/** Logical size of one desk cell frame; the scene scales it to the grid's cell. */
export const CELL = 64;

/** A pull request's look: plain on its way, amber when it skipped review, ticked once reviewed. */
export type TokenVariant = 'plain' | 'skip' | 'ok';
export type FigureFrame = `fig-${Level}-${Band}-${number}`;
export type TokenFrame = `pr-${'h' | 'ai'}-${TokenVariant}`;
export type DeskFrame = 'desk-off' | 'desk-on' | 'desk-ai';
export type ChairFrame = 'chair' | 'chair-empty';
export type AlarmKind = 'incident' | 'breach';
export type FrameName =
  | FigureFrame
  | TokenFrame
  | DeskFrame
  | ChairFrame
  | 'cloud'
  | 'sweat'
  | 'flag'
  | 'lens'
  | 'slab-h'
  | 'slab-ai'
  | 'more'
  | `ring-${AlarmKind}`
  | `icon-${AlarmKind}`
  | 'gate-bar'
  | 'dot';

export interface FrameRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const figureFrame = (level: Level, morale: Band, skin: number): FigureFrame =>
  `fig-${level}-${morale}-${skin}`;

/** Hand-written (h) or AI-made (ai) work. */
export const tokenFrame = (ai: boolean, variant: TokenVariant): TokenFrame =>
  `pr-${ai ? 'ai' : 'h'}-${variant}`;

/** Parts of a 64 x 64 cell cut tight to what they draw, so the GPU fills no empty pixels. */
export interface CellBox {
  x: number;
  y: number;
  w: number;
  h: number;
}
/** A person, cut off where the desk top hides them. */
export const FIGURE_BOX: CellBox = { x: 8, y: 5, w: 36, h: 38 };
export const DESK_BOX: CellBox = { x: 2, y: 19, w: 62, h: 43 };
export const CHAIR_BOX: CellBox = { x: 6, y: 9, w: 48, h: 42 };
/** The line, in cell coordinates, where a person meets the desk top. */
export const DESK_LINE = 43;
