/**
 * The guided run's hints, as data: each one short sentence shown once, when the lever or metric
 * it names first matters. A hint has an id (remembered as seen in the saved settings), the
 * condition on the run that makes it matter, the i18n key of its sentence, and the part of the
 * run screen it points at (the `data-hint` name that screen puts on that element).
 *
 * Order matters: when two hints matter at once, the earlier one shows first (and the later one
 * the next time the run changes, if it still matters).
 */
import type { LeverName, SimEvent, WeekMetrics } from '../sim/index.ts';

/**
 * What a hint's condition reads: the run as it stands before the coming week. Built from the
 * store by `hintInput` in `src/state/hints.ts`, so the conditions here stay pure data over it.
 */
export interface HintInput {
  /** Weeks played so far (0 before the first). */
  week: number;
  /** The metrics of the week just played, or null before the first. */
  last: WeekMetrics | null;
  /** Events of the week just played. */
  lastEvents: readonly SimEvent[];
  /** Cards waiting for an answer. */
  pendingCards: number;
}

/**
 * The parts of the run screen a hint can point at: a lever's control is marked with the lever's
 * name; the rest are marked by name in `src/ui/run/` (tests/content/hints.test.ts finds each).
 */
export type HintAnchor =
  | LeverName
  | 'card'
  | 'incidents'
  | 'board'
  | 'reviewQueue'
  | 'ownership'
  | 'morale';

export interface HintDef {
  readonly id: string;
  /**
   * The full i18n key of its sentence. Written out in full, not built from the id, so the run
   * screen passes it to the typed `tr` and a key missing from English fails the typecheck.
   */
  readonly key: `screens:hints.${string}`;
  /** The `data-hint` name of the element the hint points at, if any. */
  readonly anchor?: HintAnchor;
  readonly when: (s: HintInput) => boolean;
}

/** In the order they are checked: when two matter at once, the earlier one shows first. */
export const HINTS = [
  { id: 'mandate', key: 'screens:hints.mandate', anchor: 'aiMandate', when: (s) => s.week === 0 },
  {
    id: 'card',
    key: 'screens:hints.card',
    anchor: 'card',
    when: (s) => s.pendingCards > 0,
  },
  {
    id: 'incident',
    key: 'screens:hints.incident',
    anchor: 'incidents',
    when: (s) => s.lastEvents.some((e) => e.kind === 'incident'),
  },
  {
    id: 'breach',
    key: 'screens:hints.breach',
    anchor: 'incidents',
    when: (s) => s.lastEvents.some((e) => e.kind === 'breach'),
  },
  {
    id: 'boardReview',
    key: 'screens:hints.boardReview',
    anchor: 'board',
    when: (s) => s.lastEvents.some((e) => e.kind === 'boardReview'),
  },
  {
    // Load above 1: more code came to review than reviewers can read well in a week. The queue
    // may still empty (by skimming or skipping), so the sentence speaks of what arrived.
    id: 'reviewQueue',
    key: 'screens:hints.reviewQueue',
    anchor: 'reviewQueue',
    when: (s) => (s.last?.reviewLoad ?? 0) > 1,
  },
  {
    id: 'skimming',
    key: 'screens:hints.skimming',
    anchor: 'seniorReviewShare',
    when: (s) => (s.last?.reviewDepth ?? 1) < 0.7,
  },
  {
    id: 'ownership',
    key: 'screens:hints.ownership',
    anchor: 'ownership',
    when: (s) => s.last !== null && s.last.ownership < 0.65,
  },
  {
    id: 'seniorMorale',
    key: 'screens:hints.seniorMorale',
    anchor: 'morale',
    when: (s) => s.last !== null && s.last.seniorMorale < 0.5,
  },
  {
    id: 'vanity',
    key: 'screens:hints.vanity',
    anchor: 'board',
    when: (s) => s.week >= 4 && s.last !== null && s.last.perceivedVelocity > 1.1,
  },
  {
    id: 'pipeline',
    key: 'screens:hints.pipeline',
    anchor: 'pipelineInvestment',
    when: (s) => s.week === 6,
  },
] as const satisfies readonly HintDef[];

/** One of the hints, with its key and target as literal types (the typed `tr` checks the key). */
export type Hint = (typeof HINTS)[number];
export type HintId = Hint['id'];

/**
 * The hints a card's text presupposes, beyond `card` (which every card's first showing carries):
 * the deep dive's "Another outage" speaks of outages, the breach card of a breach, and so on. A
 * card and the events its hints explain come out of the same week, so the explanation is shown
 * inside the card when it opens, never after it (`cardHintsDue` in `src/state/hints.ts`).
 */
export const CARD_HINTS: Readonly<Record<string, readonly HintId[]>> = {
  breach: ['breach'],
  'outage-deep-dive': ['incident'],
  'senior-quits': ['seniorMorale'],
  'review-backlog': ['reviewQueue'],
  'velocity-brag': ['vanity'],
};

/** The hints shown inside a card when it opens: `card` first, then what the card presupposes. */
export function hintsOfCard(cardId: string): readonly Hint[] {
  const ids: readonly HintId[] = ['card', ...(CARD_HINTS[cardId] ?? [])];
  return HINTS.filter((h) => ids.includes(h.id));
}

/** The first hint that matters now and has not been shown, or null (also without a run). */
export function nextHint(
  input: HintInput | null,
  seen: readonly string[],
  hints: readonly Hint[] = HINTS,
): Hint | null {
  if (!input) return null;
  return hints.find((h) => !seen.includes(h.id) && h.when(input)) ?? null;
}
