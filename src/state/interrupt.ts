/**
 * What stops the run screen for the player: the run's brief before its first week (a run opened
 * from a link), the board's closing verdict at the end of a run that ends between reviews, the
 * board's quarterly review, an event card, or the causes of an outage the player asked to see.
 * One at a time, in that order. The store keeps the
 * interrupt owed now (`GameState.interrupt`) and recomputes it here after every change, so the
 * dialogs only draw it and the week bar and autoplay only ask it.
 */
import type { SimEvent } from '../sim/index.ts';
import { closingOwed } from './board.ts';
import { beforeOwed, checkOwes, predictionOwed } from './check-owed.ts';
import type { RunCheck, Snapshot } from './run-record.ts';

export type Interrupt =
  /** The run's brief (scenario, premise, the board's first targets), before week 1 is played. */
  | { readonly kind: 'brief' }
  /** A sitting of the learning check: six questions before week 1, or after the debrief's reveal. */
  | { readonly kind: 'check'; readonly sitting: 'before' | 'after' }
  /** The learning check's prediction of the run's features and incidents, before the debrief. */
  | { readonly kind: 'prediction' }
  /** The board's verdict on the weeks since its last review, the run over between reviews. */
  | { readonly kind: 'closing'; readonly week: number }
  /** The review the board gave at the end of `week`, not yet read. */
  | { readonly kind: 'board'; readonly week: number }
  /** A card: waiting for an answer (`choiceId` null), or answered, its outcome on screen. */
  | { readonly kind: 'card'; readonly cardId: string; readonly choiceId: string | null }
  /** The causal chain of the incident or breach at `eventIndex` in the run's events. */
  | { readonly kind: 'cause'; readonly eventIndex: number };

/** A card the player just answered: its outcome stays up until they go on. */
export interface CardOutcome {
  readonly cardId: string;
  readonly choiceId: string;
}

/** What decides the interrupt: the run, the draft's answers, and what the player read or opened. */
export interface InterruptInput {
  readonly phase: string;
  readonly sim: Snapshot | null;
  /** The run's length in weeks; null with no run. */
  readonly weeks: number | null;
  /** The run's brief is up: the run was opened from a link and its first week not yet begun. */
  readonly briefOpen: boolean;
  /** Card id -> the choice the draft holds for it. */
  readonly choices: Readonly<Record<string, string>>;
  /** The week whose board review the player has read; null before any. */
  readonly reviewRead: number | null;
  readonly cardOutcome: CardOutcome | null;
  /** The incident or breach whose causes the player opened. */
  readonly openCause: number | null;
  /** The run's learning check, when it is on. */
  readonly check?: RunCheck | undefined;
  /** The player asked, on the debrief, for the check's second sitting. */
  readonly checkAfterOpen?: boolean;
}

/** The week of the board review the week just played brought, or null. */
export function boardReviewWeek(sim: Snapshot | null): number | null {
  const review = sim?.lastEvents.find((e) => e.kind === 'boardReview');
  return review ? review.week : null;
}

/** The first pending card the draft has no answer for, or null. */
export function owedCardId(
  sim: Snapshot | null,
  choices: Readonly<Record<string, string>>,
): string | null {
  for (const p of sim?.state.pendingCards ?? []) {
    if (choices[p.cardId] === undefined) return p.cardId;
  }
  return null;
}

/** The run's brief is up: opened from a link, and its first week not yet begun. */
export const briefUp = (briefOpen: boolean, sim: Snapshot | null): boolean =>
  briefOpen && sim?.state.week === 0;

/** The board review the week just played brought, while the player has not read it; else null. */
function unreadReview(sim: Snapshot | null, reviewRead: number | null): number | null {
  const review = boardReviewWeek(sim);
  return review !== null && review !== reviewRead ? review : null;
}

const isCause = (e: SimEvent | undefined): boolean =>
  e?.kind === 'incident' || e?.kind === 'breach';

/**
 * The interrupt owed now: the brief, then the board's closing verdict (nothing else is owed once
 * the run is over), then its unread review, then a card, then a cause the player opened.
 */
export function interruptOf(i: InterruptInput): Interrupt | null {
  if (i.phase === 'debrief' && i.checkAfterOpen && checkOwes(i.check, 'after')) {
    return { kind: 'check', sitting: 'after' };
  }
  if (i.phase !== 'run' || !i.sim) return null;
  if (briefUp(i.briefOpen, i.sim)) return { kind: 'brief' };
  if (beforeOwed(i.check, i.sim)) return { kind: 'check', sitting: 'before' };
  // Guessed before anything of the ending is shown, the board's closing verdict included.
  if (i.weeks !== null && predictionOwed({ weeks: i.weeks, check: i.check }, i.sim)) {
    return { kind: 'prediction' };
  }
  if (i.weeks !== null && closingOwed({ weeks: i.weeks }, i.sim)) {
    return { kind: 'closing', week: i.sim.state.week };
  }
  const review = unreadReview(i.sim, i.reviewRead);
  if (review !== null) return { kind: 'board', week: review };
  if (i.cardOutcome) return { kind: 'card', ...i.cardOutcome };
  const owed = owedCardId(i.sim, i.choices);
  if (owed !== null) return { kind: 'card', cardId: owed, choiceId: null };
  if (i.openCause !== null && isCause(i.sim.events[i.openCause])) {
    return { kind: 'cause', eventIndex: i.openCause };
  }
  return null;
}

/**
 * Whether weeks must wait for the player: the brief holds play back until the player starts the
 * run, and the learning check's first questions until they are answered or skipped; while the board's review is unread, or a card is owed an answer (the week would take its
 * status quo unasked), the next week is not played. The player closes the review
 * (`acknowledgeBoard`) as they answer a card; a replayed run does neither, as it runs the sim, not
 * the store. A card's outcome on screen does not hold play: it is the answer given, and the week
 * played moves past it.
 */
export function holdsPlay(
  i: Pick<InterruptInput, 'sim' | 'choices' | 'briefOpen' | 'reviewRead' | 'check'>,
): boolean {
  return (
    briefUp(i.briefOpen, i.sim) ||
    beforeOwed(i.check, i.sim) ||
    unreadReview(i.sim, i.reviewRead) !== null ||
    owedCardId(i.sim, i.choices) !== null
  );
}

/**
 * Whether autoplay waits while `interrupt` is on screen: the brief, the board's verdicts and a
 * card stop the clock so the player can read them; the causes the player opened do not.
 */
export function pausesAutoplay(interrupt: Interrupt | null): boolean {
  return interrupt !== null && interrupt.kind !== 'cause';
}

export function sameInterrupt(a: Interrupt | null, b: Interrupt | null): boolean {
  if (a === null || b === null) return a === b;
  switch (a.kind) {
    case 'brief':
      return b.kind === 'brief';
    case 'check':
      return b.kind === 'check' && a.sitting === b.sitting;
    case 'prediction':
      return b.kind === 'prediction';
    case 'closing':
      return b.kind === 'closing' && a.week === b.week;
    case 'board':
      return b.kind === 'board' && a.week === b.week;
    case 'card':
      return b.kind === 'card' && a.cardId === b.cardId && a.choiceId === b.choiceId;
    case 'cause':
      return b.kind === 'cause' && a.eventIndex === b.eventIndex;
  }
}
