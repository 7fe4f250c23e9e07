/**
 * Moving between screens: back to the title, to the sources and back, to the facilitator's room,
 * to the learning check taken alone (`?check=later`).
 * Leaving an unfinished run keeps it to continue from the title.
 */
import { type ActionGroup, unfinishedRun } from './store-kit.ts';

export const screenActions: ActionGroup<
  'toTitle' | 'showSources' | 'closeSources' | 'openFacilitator' | 'openLaterCheck'
> = ({ set, get }) => {
  /** Leaves for `phase`, out of any replay; an unfinished run of the player's is kept to continue. */
  const leaveFor = (phase: 'title' | 'facilitator' | 'later'): void => {
    const unfinished = unfinishedRun(get());
    set((s) => ({
      phase,
      replay: null,
      readingOrigin: null,
      savedRun: unfinished ?? s.savedRun,
      ui: { ...s.ui, playing: false },
    }));
  };
  return {
    toTitle() {
      leaveFor('title');
    },

    showSources(focus) {
      set((s) => ({
        phase: 'sources',
        sourcesReturn: s.phase === 'sources' ? s.sourcesReturn : s.phase,
        sourcesFocus: focus ?? null,
        ui: { ...s.ui, playing: false },
      }));
    },

    closeSources() {
      const back = get().sourcesReturn;
      if (back === 'title' || get().phase !== 'sources') {
        get().toTitle();
        return;
      }
      set({ phase: back });
    },

    openFacilitator() {
      leaveFor('facilitator');
    },

    openLaterCheck() {
      leaveFor('later');
    },
  };
};
