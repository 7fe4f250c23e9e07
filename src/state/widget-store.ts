/**
 * The queue widget's own small store: one run of a scenario, the two levers a reader may move
 * (the AI mandate and the senior time for review) and whether weeks play on by themselves.
 * Like the game's store it is the only caller of the weekly step (through `advance`), and the
 * levers go through the sim's own clamp. input -> action -> store -> sim step -> store -> view.
 */
import type { StoreApi } from 'zustand/vanilla';
import { createStore } from 'zustand/vanilla';
import { findScenario } from '../content/scenarios.ts';
import type { Levers } from '../sim/index.ts';
import { isRunOver, mergeLevers } from '../sim/index.ts';
import type { Snapshot } from './run-record.ts';
import { advance, scenarioOf, startSnapshot } from './run-record.ts';

/** The levers the widget offers, by the game's own names. */
export const WIDGET_LEVERS = ['aiMandate', 'seniorReviewShare'] as const;
export type WidgetLever = (typeof WIDGET_LEVERS)[number];
export type WidgetLevers = Pick<Levers, WidgetLever>;

export const WIDGET_DEFAULTS = { scenarioId: 'mandate', seed: 1, weeks: 26 } as const;
/** A widget run is short enough to watch in a blog post and long enough for the queue to build. */
export const WIDGET_WEEKS = { min: 4, max: 52 } as const;

export interface WidgetOptions {
  scenarioId?: string | undefined;
  seed?: number | undefined;
  weeks?: number | undefined;
}

export interface WidgetState {
  scenarioId: string;
  seed: number;
  weeks: number;
  sim: Snapshot;
  /** What the reader has set; every week plays with these. */
  levers: WidgetLevers;
  playing: boolean;
}

export interface WidgetActions {
  setLever(name: WidgetLever, value: number): void;
  /** Plays the next week; returns false (and stops playing) once the run is over (played out, or the board ended it). */
  playWeek(): boolean;
  setPlaying(playing: boolean): void;
  /** The same seed from week 0 again, keeping the reader's levers. */
  restart(): void;
}

export type WidgetStore = StoreApi<WidgetState & WidgetActions>;

/** Options as the widget will use them: an unknown scenario, a bad seed or length fall back. */
export function widgetSettings(
  o: WidgetOptions,
): Pick<WidgetState, 'scenarioId' | 'seed' | 'weeks'> {
  const scenarioId =
    o.scenarioId && findScenario(o.scenarioId) ? o.scenarioId : WIDGET_DEFAULTS.scenarioId;
  const seed =
    typeof o.seed === 'number' && Number.isInteger(o.seed) && o.seed >= 0 && o.seed <= 0xffffffff
      ? o.seed
      : WIDGET_DEFAULTS.seed;
  const weeks =
    typeof o.weeks === 'number' &&
    Number.isInteger(o.weeks) &&
    o.weeks >= WIDGET_WEEKS.min &&
    o.weeks <= WIDGET_WEEKS.max
      ? o.weeks
      : WIDGET_DEFAULTS.weeks;
  return { scenarioId, seed, weeks };
}

const pickLevers = (lv: Levers): WidgetLevers => ({
  aiMandate: lv.aiMandate,
  seniorReviewShare: lv.seniorReviewShare,
});

export function createWidgetStore(options: WidgetOptions = {}, playing = true): WidgetStore {
  const settings = widgetSettings(options);
  const first = startSnapshot(settings);
  return createStore<WidgetState & WidgetActions>()((set, get) => ({
    ...settings,
    sim: first,
    levers: pickLevers(first.state.levers),
    playing,

    setLever(name, value) {
      const { sim, levers } = get();
      // The sim's own clamp, so the widget never holds what the model would refuse.
      const next = mergeLevers({ ...sim.state.levers, ...levers }, { [name]: value });
      set({ levers: { ...levers, [name]: next[name] } });
    },

    playWeek() {
      const { sim, weeks, levers } = get();
      if (isRunOver(sim.state, weeks)) {
        set({ playing: false });
        return false;
      }
      const next = advance(sim, scenarioOf(get()), { levers: { ...levers } });
      set({ sim: next, playing: isRunOver(next.state, weeks) ? false : get().playing });
      return true;
    },

    setPlaying(on) {
      const { sim, weeks } = get();
      set({ playing: on && !isRunOver(sim.state, weeks) });
    },

    restart() {
      set({ sim: startSnapshot(get()) });
    },
  }));
}
