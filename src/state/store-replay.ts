/**
 * Runs shown replayed in the debrief, read-only and never saved: from a results code (a link, the
 * facilitator's room) or the debrief's own run at another reading of the evidence.
 */

import { replay } from './run-record.ts';
import type { ReadingOrigin, ReplayFrom } from './store.ts';
import {
  type ActionGroup,
  emptyDraft,
  FRESH_FLOW,
  type StoreKit,
  unfinishedRun,
} from './store-kit.ts';
import { codeOfRecord, recordOfCode } from './workshop.ts';

/**
 * Opens a results code's run in the debrief, replayed; `origin` is the run to come back to when it
 * is that run at another reading.
 */
function openReplay(
  { set, get }: StoreKit,
  code: string,
  from: ReplayFrom,
  origin: ReadingOrigin | null,
): boolean {
  const opened = recordOfCode(code);
  if (!opened.ok) {
    set({ codeProblem: opened.problem });
    return false;
  }
  const { record } = opened;
  // A code handed in before the run's end shows the weeks it played.
  const sim = replay(record);
  const unfinished = unfinishedRun(get());
  set((s) => ({
    phase: 'debrief',
    run: record,
    sim,
    draft: emptyDraft(),
    replay: { from },
    readingOrigin: origin,
    codeProblem: null,
    savedRun: unfinished ?? s.savedRun,
    ui: { ...s.ui, ...FRESH_FLOW, playing: false },
  }));
  return true;
}

export const replayActions: ActionGroup<
  'openCode' | 'replayAtReading' | 'closeReplay' | 'dismissCodeProblem'
> = (kit) => ({
  openCode(code, from) {
    return openReplay(kit, code, from, null);
  },

  replayAtReading(evidence) {
    const { run, sim, replay: replaying, readingOrigin } = kit.get();
    if (!run || !sim) return false;
    const origin = readingOrigin ?? { run, sim, replay: replaying };
    if (evidence === (origin.run.evidence ?? 'central')) {
      kit.set({ phase: 'debrief', ...origin, readingOrigin: null });
      return true;
    }
    // The one replay path: the run's results code, at the other reading.
    return openReplay(kit, codeOfRecord({ ...origin.run, evidence }), 'reading', origin);
  },

  closeReplay() {
    const { replay: replaying, readingOrigin } = kit.get();
    if (replaying?.from === 'reading' && readingOrigin) {
      kit.set({ phase: 'debrief', ...readingOrigin, readingOrigin: null });
      return;
    }
    if (replaying?.from === 'facilitator') {
      kit.set({ phase: 'facilitator', replay: null });
      return;
    }
    kit.get().toTitle();
  },

  dismissCodeProblem() {
    kit.set({ codeProblem: null });
  },
});
