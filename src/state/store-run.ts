/**
 * The run's actions: starting or continuing a run, the draft for the coming week, answering what
 * interrupts it, and playing the week (the store's one call of the weekly step).
 */
import { CARDS } from '../content/cards.ts';
import { findScenario } from '../content/scenarios.ts';
import type { Levers } from '../sim/index.ts';
import { isRunOver, MAX_PLAYER_STAFFING_CHANGE, mergeLevers } from '../sim/index.ts';
import { closingOwed } from './board.ts';
import { startCheck } from './check.ts';
import { predictionOwed } from './check-owed.ts';
import { holdsPlay, pausesAutoplay } from './interrupt.ts';
import type { RunRecord, Snapshot } from './run-record.ts';
import { advance, replay, scenarioOf, startSnapshot } from './run-record.ts';
import {
  type ActionGroup,
  draftDecisions,
  emptyDraft,
  FRESH_FLOW,
  interruptIn,
} from './store-kit.ts';

export const runActions: ActionGroup<
  | 'startRun'
  | 'setLever'
  | 'setStaffing'
  | 'answerCard'
  | 'closeCard'
  | 'acknowledgeBoard'
  | 'playWeek'
  | 'continueSaved'
> = ({ set, get, setUi, saveRun }) => ({
  startRun(o) {
    if (!findScenario(o.scenarioId)) return;
    const run: RunRecord = {
      seed: o.seed >>> 0,
      scenarioId: o.scenarioId,
      weeks: o.weeks,
      mode: o.mode,
      decisions: [],
      evidence: o.evidence ?? 'central',
      ...(o.checkPlayer === undefined ? {} : { check: startCheck(o.seed >>> 0, o.checkPlayer) }),
    };
    set((s) => ({
      phase: 'run',
      run,
      sim: startSnapshot(run),
      draft: emptyDraft(),
      savedRun: null,
      replay: null,
      readingOrigin: null,
      codeProblem: null,
      ui: {
        ...s.ui,
        ...FRESH_FLOW,
        briefOpen: o.brief ?? false,
        playing: false,
        hintsOn: o.mode === 'guided' ? true : s.ui.hintsOn,
      },
    }));
    saveRun(run);
  },

  setLever(name, value) {
    const { sim, draft } = get();
    if (!sim) return;
    // Validate through the sim's own clamp, so the draft never holds what the model would refuse.
    const current = { ...sim.state.levers, ...draft.levers };
    const next = mergeLevers(current, { [name]: value } as Partial<Levers>);
    set({ draft: { ...draft, levers: { ...draft.levers, [name]: next[name] } } });
  },

  setStaffing(kind, level, count) {
    const { draft } = get();
    const n = Number.isFinite(count)
      ? Math.max(0, Math.min(MAX_PLAYER_STAFFING_CHANGE, Math.floor(count)))
      : 0;
    set({ draft: { ...draft, [kind]: { ...draft[kind], [level]: n } } });
  },

  answerCard(cardId, choiceId) {
    const { sim, draft } = get();
    if (!sim) return;
    const pending = sim.state.pendingCards.some((p) => p.cardId === cardId);
    const card = CARDS.find((c) => c.id === cardId);
    if (!pending || !card?.choices.some((c) => c.id === choiceId)) return;
    set((s) => ({
      draft: { ...draft, choices: { ...draft.choices, [cardId]: choiceId } },
      ui: { ...s.ui, cardOutcome: { cardId, choiceId } },
    }));
  },

  closeCard() {
    if (get().ui.cardOutcome) setUi({ cardOutcome: null });
  },

  acknowledgeBoard() {
    const { interrupt } = get();
    if (interrupt?.kind === 'board') setUi({ reviewRead: interrupt.week });
    else if (interrupt?.kind === 'closing') set({ phase: 'debrief' });
  },

  playWeek() {
    const { run, sim, draft } = get();
    if (!run || !sim || get().phase !== 'run' || get().replay) return false;
    if (isRunOver(sim.state, run.weeks)) return false;
    const { reviewRead, briefOpen } = get().ui;
    if (holdsPlay({ sim, choices: draft.choices, reviewRead, briefOpen, check: run.check })) {
      setUi({ playing: false });
      return false;
    }
    const decisions = draftDecisions(draft);
    const nextRun: RunRecord = { ...run, decisions: [...run.decisions, decisions] };
    const nextSim = advance(sim, scenarioOf(run), decisions);
    const over = isRunOver(nextSim.state, run.weeks);
    // A run over between reviews stays on the run screen for the board's closing verdict, and a
    // run with the learning check for the player's prediction.
    const toDebrief = over && !closingOwed(nextRun, nextSim) && !predictionOwed(nextRun, nextSim);
    set((s) => {
      const next = {
        run: nextRun,
        sim: nextSim,
        draft: emptyDraft(),
        phase: toDebrief ? ('debrief' as const) : ('run' as const),
        ui: { ...s.ui, cardOutcome: null },
      };
      // A new card or a board review pauses autoplay while it is up (`GAME_AUTOPLAY` waits);
      // without `autoResume` it stops, and the player starts it again by hand.
      const stop = over || (!s.ui.autoResume && pausesAutoplay(interruptIn(next)));
      return stop ? { ...next, ui: { ...next.ui, playing: false } } : next;
    });
    saveRun(nextRun);
    return true;
  },

  continueSaved() {
    const record = get().savedRun;
    if (!record) return false;
    let sim: Snapshot;
    try {
      sim = replay(record);
    } catch {
      set({ savedRun: null });
      return false;
    }
    set((s) => ({
      phase: isRunOver(sim.state, record.weeks) ? 'debrief' : 'run',
      run: record,
      sim,
      draft: emptyDraft(),
      savedRun: null,
      replay: null,
      readingOrigin: null,
      ui: { ...s.ui, ...FRESH_FLOW, playing: false },
    }));
    return true;
  },
});
