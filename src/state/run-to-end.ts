/**
 * The sandbox's "Run to the end": the weeks left played without stopping, each card answered with
 * the choice the player set for it beforehand (its first, the status quo, unless they chose
 * another), each board review noted rather than shown. The weeks go a few at a time, one task per
 * idle moment (`idle.ts`), so the page keeps drawing and answering, and the player can stop it.
 * While it runs the store's `ui.fastForward` is set and no dialog is owed (`interrupt` is null).
 */
import { CARDS } from '../content/cards.ts';
import type { EventCard, WeekDecisions } from '../sim/index.ts';
import { isRunOver } from '../sim/index.ts';
import { queueIdleTask } from './idle.ts';
import { boardReviewWeek } from './interrupt.ts';
import type { RunRecord, Snapshot } from './run-record.ts';
import { advance, scenarioOf } from './run-record.ts';
import type { GameState } from './store.ts';

/** Card id -> the choice a run to the end answers it with; a card not listed takes its first. */
export type CardDefaults = Readonly<Record<string, string>>;

/** The deck, in order, for the list where the player sets each card's answer beforehand. */
export const DECK: readonly EventCard[] = CARDS;

/** Weeks played per task: a few, so progress shows and a stop is heard within a frame or two. */
export const WEEKS_PER_TASK = 4;

/** The choice `cardId` is answered with: the player's default if the card has it, else its first. */
export function defaultChoice(cardId: string, defaults: CardDefaults): string | null {
  const card = CARDS.find((c) => c.id === cardId);
  if (!card) return null;
  const set = defaults[cardId];
  return card.choices.find((c) => c.id === set)?.id ?? card.choices[0]?.id ?? null;
}

/** `decisions` with every pending card it leaves unanswered answered by default. */
function withDefaults(sim: Snapshot, decisions: WeekDecisions, defaults: CardDefaults) {
  const choices: Record<string, string> = { ...decisions.choices };
  for (const p of sim.state.pendingCards) {
    const c = choices[p.cardId] ?? defaultChoice(p.cardId, defaults);
    if (c !== null) choices[p.cardId] = c;
  }
  return Object.keys(choices).length > 0 ? { ...decisions, choices } : decisions;
}

/**
 * Plays up to `weeks` weeks of `run` on from `sim`: the first with `first` (the player's draft),
 * the rest with the levers as they stand; stops where the run is over. Pure over the model.
 */
export function playWeeksOn(
  run: RunRecord,
  sim: Snapshot,
  first: WeekDecisions,
  weeks: number,
  defaults: CardDefaults,
): { run: RunRecord; sim: Snapshot } {
  let r = run;
  let s = sim;
  const scenario = scenarioOf(run);
  for (let i = 0; i < weeks && !isRunOver(s.state, run.weeks); i++) {
    const decisions = withDefaults(s, i === 0 ? first : {}, defaults);
    r = { ...r, decisions: [...r.decisions, decisions] };
    s = advance(s, scenario, decisions);
  }
  return { run: r, sim: s };
}

/**
 * The store's change when a run to the end plays up to `weeks` weeks from `s` (its draft made into
 * `first`), or null when no week is left to play: the run and snapshot, the debrief once over, and
 * each review counted as read, as it was summed up rather than shown.
 */
export function playedOn(
  s: Pick<GameState, 'phase' | 'run' | 'sim' | 'ui'>,
  first: WeekDecisions,
  weeks: number,
  defaults: CardDefaults,
): (Pick<GameState, 'run' | 'sim' | 'phase' | 'ui'> & { run: RunRecord }) | null {
  const { run, sim } = s;
  if (!run || !sim || s.phase !== 'run' || isRunOver(sim.state, run.weeks)) return null;
  const next = playWeeksOn(run, sim, first, weeks, defaults);
  const over = isRunOver(next.sim.state, run.weeks);
  return {
    run: next.run,
    sim: next.sim,
    phase: over ? 'debrief' : 'run',
    ui: {
      ...s.ui,
      cardOutcome: null,
      playing: false,
      reviewRead: boardReviewWeek(next.sim) ?? s.ui.reviewRead,
      fastForward: over ? false : s.ui.fastForward,
    },
  };
}

/** The store's side of a run to the end (`GameActions.setFastForward`, `playOn`). */
export interface FastForwardStore {
  getState(): {
    phase: string;
    ui: { fastForward: boolean };
    setFastForward(on: boolean): void;
    playOn(weeks: number, defaults: CardDefaults): boolean;
  };
}

/**
 * Plays the run on `store` to its end, `WEEKS_PER_TASK` weeks per task on `queue`, calling
 * `progress` after each task and `done` once it ends (the run over, or stopped). Returns the stop.
 */
export function runToEnd(
  store: FastForwardStore,
  defaults: CardDefaults,
  on: { progress?: () => void; done?: () => void } = {},
  queue: (task: () => void) => () => void = queueIdleTask,
): () => void {
  let cancel: (() => void) | null = null;
  let finished = false;
  const finish = (): void => {
    if (finished) return;
    finished = true;
    cancel?.();
    cancel = null;
    if (store.getState().ui.fastForward) store.getState().setFastForward(false);
    on.done?.();
  };
  const task = (): void => {
    cancel = null;
    const s = store.getState();
    const played = s.phase === 'run' && s.ui.fastForward && s.playOn(WEEKS_PER_TASK, defaults);
    if (played) on.progress?.();
    if (played && store.getState().phase === 'run') cancel = queue(task);
    else finish();
  };
  store.getState().setFastForward(true);
  cancel = queue(task);
  return finish;
}
