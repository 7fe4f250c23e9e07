/**
 * How each desk looks this week: who sits there, their face and mood signs, their screen, and
 * how they bob as they type. Pure, so the scene only copies a look onto sprites and the floor.
 */
import type { Level, SimState } from '../sim/index.ts';
import { SKINS } from './office-art.ts';
import type { ChairFrame, DeskFrame, FigureFrame } from './office-frames.ts';
import { figureFrame } from './office-frames.ts';
import type { Band, Seat } from './office-model.ts';
import { bobHz, hash01, levelLoad, loadBand, moraleBand, usesAi } from './office-model.ts';

const TAU = Math.PI * 2;

export interface SeatLook {
  frame: FigureFrame;
  desk: DeskFrame;
  chair: ChairFrame;
  occupied: boolean;
  /** Low morale: a cloud over the head. */
  cloud: boolean;
  /** Overloaded: a drop of sweat. */
  sweat: boolean;
  /** Still onboarding: a flag on the desk. */
  flag: boolean;
  /** The typing bob: frequency (Hz), height, how much the figure is squashed, and its phase. */
  hz: number;
  amp: number;
  squash: number;
  phase: number;
}

/** An empty desk; its phase is fixed now so a person who sits there later bobs out of step. */
export function emptyLook(i: number): SeatLook {
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

/** The look of every seat in `state`'s week; `fresh[i]` marks a person still onboarding. */
export function seatLooks(
  seats: readonly Seat[],
  state: Pick<SimState, 'staff' | 'last' | 'levers' | 'adoption'>,
  fresh: readonly boolean[],
): SeatLook[] {
  const m = state.last;
  const band = {} as Record<Level, { morale: Band; load: Band }>;
  for (const level of ['junior', 'mid', 'senior'] as const) {
    band[level] = {
      morale: moraleBand(state.staff[level].morale),
      load: loadBand(levelLoad(level, m, state.levers.deadlinePressure)),
    };
  }
  return seats.map((seat, i) => {
    if (seat.level === null) return emptyLook(i);
    const b = band[seat.level];
    const skin = Math.floor(hash01(i, 99) * SKINS);
    return {
      frame: figureFrame(seat.level, b.morale, skin),
      desk: usesAi(i, state.adoption) ? 'desk-ai' : 'desk-on',
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
}
