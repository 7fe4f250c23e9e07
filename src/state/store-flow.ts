/**
 * What opens and closes a run around its weeks: the brief before week 1 (a run from a link), and
 * a sandbox's run to the end, which plays its weeks left with cards answered by default and no
 * dialog owed (`run-to-end.ts`).
 */

import { closingOwed } from './board.ts';
import { modeAfterBrief } from './brief.ts';
import { passStep, validAnswers } from './check.ts';
import { checkOwes } from './check-owed.ts';
import { type CardDefaults, playedOn } from './run-to-end.ts';
import { type ActionGroup, draftDecisions, emptyDraft } from './store-kit.ts';

export const flowActions: ActionGroup<
  | 'beginRun'
  | 'setFastForward'
  | 'playOn'
  | 'answerCheck'
  | 'predictRun'
  | 'openCheckAfter'
  | 'setLinkCheck'
> = ({ set, get, setUi, saveRun }) => ({
  beginRun(hints) {
    const { run, interrupt } = get();
    if (!run || interrupt?.kind !== 'brief') return;
    const mode = modeAfterBrief(run.mode, hints);
    const next = mode === run.mode ? run : { ...run, mode };
    set((s) => ({
      run: next,
      ui: { ...s.ui, briefOpen: false, hintsOn: mode === 'guided' ? true : s.ui.hintsOn },
    }));
    if (next !== run) saveRun(next);
  },

  answerCheck(answers) {
    const { run, interrupt, replay } = get();
    if (!run?.check || replay || interrupt?.kind !== 'check') return;
    if (answers && !validAnswers(answers)) return;
    const check = passStep(run.check, interrupt.sitting, answers);
    const next = { ...run, check };
    set((s) => ({ run: next, ui: { ...s.ui, checkAfterOpen: false } }));
    saveRun(next);
  },

  predictRun(prediction) {
    const { run, sim, interrupt, replay } = get();
    if (!run?.check || replay || interrupt?.kind !== 'prediction') return;
    const next = { ...run, check: passStep(run.check, 'prediction', prediction) };
    // The board's closing verdict, if owed, comes next on the run screen; else the debrief opens.
    set(closingOwed(next, sim) ? { run: next } : { run: next, phase: 'debrief' });
    saveRun(next);
  },

  openCheckAfter() {
    const { run, phase, replay } = get();
    if (phase !== 'debrief' || replay || !checkOwes(run?.check, 'after')) return;
    setUi({ checkAfterOpen: true });
  },

  setLinkCheck(on) {
    set({ linkCheck: on });
  },

  setFastForward(on) {
    const { phase, run } = get();
    if (on && (phase !== 'run' || run?.mode !== 'sandbox')) return;
    setUi(on ? { fastForward: true, playing: false, cardOutcome: null } : { fastForward: false });
  },

  playOn(weeks, defaults: CardDefaults) {
    const s = get();
    const next = s.replay ? null : playedOn(s, draftDecisions(s.draft), weeks, defaults);
    if (!next) return false;
    set({ ...next, draft: emptyDraft() });
    saveRun(next.run);
    return true;
  },
});
