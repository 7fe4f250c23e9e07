/**
 * What every group of store actions shares: the one `set` that keeps the interrupt in step, the
 * writes to persistence (a refused write is said), and the small facts about a run the groups
 * ask. `createGameStore` (store.ts) builds the kit once and hands it to each group.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { WeekDecisions } from '../sim/index.ts';
import { isRunOver } from '../sim/index.ts';
import { interruptOf, sameInterrupt } from './interrupt.ts';
import type { RunRecord } from './run-record.ts';
import { replay } from './run-record.ts';
import type { Draft, GameActions, GameState, Persistence, UiState } from './store.ts';

type Full = GameState & GameActions;

export interface StoreKit {
  /** Every change goes through here, so the interrupt follows whatever it depends on. */
  readonly set: (patch: Partial<GameState> | ((s: Full) => Partial<GameState>)) => void;
  readonly get: () => Full;
  readonly setUi: (patch: Partial<UiState>) => void;
  readonly persistence: Persistence;
  /** Notes a write the browser refused, so the player is told progress may not be kept. */
  readonly noteWrite: (ok: boolean) => void;
  readonly saveRun: (record: RunRecord | null) => void;
  readonly saveSettings: () => void;
}

/** Each group of actions: a function of the kit returning its part of `GameActions`. */
export type ActionGroup<K extends keyof GameActions> = (kit: StoreKit) => Pick<GameActions, K>;

export function storeKit(
  rawSet: StoreApi<Full>['setState'],
  get: () => Full,
  persistence: Persistence,
): StoreKit {
  // The interrupt is recomputed here, in one place rather than in each action; it keeps its
  // identity while it stays the same.
  const set: StoreKit['set'] = (patch) =>
    rawSet((s) => {
      const p = typeof patch === 'function' ? patch(s) : patch;
      const interrupt = interruptIn({ ...s, ...p });
      return sameInterrupt(interrupt, s.interrupt) ? p : { ...p, interrupt };
    });
  const setUi = (patch: Partial<UiState>) => set((s) => ({ ui: { ...s.ui, ...patch } }));
  // A refused write is said, never hidden: the player must not believe a run is kept when it is not.
  const noteWrite = (ok: boolean) => {
    if (!ok && persistence.available && !get().ui.saveFailed) setUi({ saveFailed: true });
  };
  return {
    set,
    get,
    setUi,
    persistence,
    noteWrite,
    saveRun: (record) => noteWrite(persistence.saveRun(record)),
    saveSettings: () => {
      const { muted, hintsOn, hintsSeen, reducedMotion, shortcuts, autoResume, chosenLanguage } =
        get().ui;
      noteWrite(
        persistence.saveSettings({
          muted,
          hintsOn,
          hintsSeen,
          reducedMotion,
          shortcuts,
          autoResume,
          language: chosenLanguage,
        }),
      );
    },
  };
}

export const emptyDraft = (): Draft => ({
  levers: {},
  hire: { junior: 0, mid: 0, senior: 0 },
  layoff: { junior: 0, mid: 0, senior: 0 },
  choices: {},
});

/** The decisions the draft amounts to, with nothing empty left in. */
export function draftDecisions(d: Draft): WeekDecisions {
  const out: WeekDecisions = {};
  if (Object.keys(d.levers).length > 0) out.levers = { ...d.levers };
  if (d.hire.junior + d.hire.mid + d.hire.senior > 0) out.hire = { ...d.hire };
  if (d.layoff.junior + d.layoff.mid + d.layoff.senior > 0) out.layoff = { ...d.layoff };
  if (Object.keys(d.choices).length > 0) out.choices = { ...d.choices };
  return out;
}

/**
 * Whether a saved run can be continued: weeks are left to play and the board did not replace the
 * player. Telling the second needs the run replayed; a record that will not replay is kept, and
 * `continueSaved` sets it aside when the player asks for it.
 */
export function stillPlayable(record: RunRecord): boolean {
  if (record.decisions.length >= record.weeks) return false;
  try {
    return !isRunOver(replay(record).state, record.weeks);
  } catch {
    return true;
  }
}

/** The player's own run still in progress: leaving it for another screen keeps it to continue. */
export function unfinishedRun(s: GameState): RunRecord | null {
  const { run, sim, replay: replaying } = s;
  return !replaying && run && sim && !isRunOver(sim.state, run.weeks) ? run : null;
}

/** What the interrupt is computed from, as the state holds it. */
export const interruptIn = (s: Pick<GameState, 'phase' | 'run' | 'sim' | 'draft' | 'ui'>) =>
  s.ui.fastForward
    ? null
    : interruptOf({
        phase: s.phase,
        sim: s.sim,
        weeks: s.run?.weeks ?? null,
        briefOpen: s.ui.briefOpen,
        choices: s.draft.choices,
        reviewRead: s.ui.reviewRead,
        cardOutcome: s.ui.cardOutcome,
        openCause: s.ui.openCause,
        check: s.run?.check,
        checkAfterOpen: s.ui.checkAfterOpen,
      });

/** A run's screen starts with nothing read, answered or opened. */
export const FRESH_FLOW = {
  openCause: null,
  reviewRead: null,
  cardOutcome: null,
  briefOpen: false,
  fastForward: false,
  checkAfterOpen: false,
} as const;
