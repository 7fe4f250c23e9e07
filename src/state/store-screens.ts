/**
 * Moving between screens: back to the title, to the sources and back, to the facilitator's room.
 * Leaving an unfinished run keeps it to continue from the title.
 */
import { type ActionGroup, unfinishedRun } from './store-kit.ts';

export const screenActions: ActionGroup<
  'toTitle' | 'showSources' | 'closeSources' | 'openFacilitator'
> = ({ set, get }) => ({
  toTitle() {
    const unfinished = unfinishedRun(get());
    set((s) => ({
      phase: 'title',
      replay: null,
      readingOrigin: null,
      savedRun: unfinished ?? s.savedRun,
      ui: { ...s.ui, playing: false },
    }));
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
    const unfinished = unfinishedRun(get());
    set((s) => ({
      phase: 'facilitator',
      replay: null,
      readingOrigin: null,
      savedRun: unfinished ?? s.savedRun,
      ui: { ...s.ui, playing: false },
    }));
  },
});
