/**
 * The guided run's hints as data: an id, the condition on the run that makes it matter, the
 * i18n key of its one sentence, and the control or metric it points at (a `data-hint` name the
 * run screen puts on that element). Pure: no DOM, tested in Node.
 */
import type { SimEvent, WeekMetrics } from '../../sim/index.ts';
import type { GameState } from '../../state/store.ts';

/** What a hint's condition reads: the run as it stands before the coming week. */
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

export interface HintDef {
  id: string;
  /** Key under `screens:hints`. */
  key: `hints.${string}`;
  /** The `data-hint` name of the element the hint points at, if any. */
  anchor?: string;
  when(s: HintInput): boolean;
}

/** In the order they are checked: when two matter at once, the earlier one shows first. */
export const HINTS: readonly HintDef[] = [
  { id: 'mandate', key: 'hints.mandate', anchor: 'aiMandate', when: (s) => s.week === 0 },
  {
    id: 'card',
    key: 'hints.card',
    anchor: 'card',
    when: (s) => s.pendingCards > 0,
  },
  {
    id: 'incident',
    key: 'hints.incident',
    anchor: 'incidents',
    when: (s) => s.lastEvents.some((e) => e.kind === 'incident'),
  },
  {
    id: 'breach',
    key: 'hints.breach',
    anchor: 'incidents',
    when: (s) => s.lastEvents.some((e) => e.kind === 'breach'),
  },
  {
    id: 'boardReview',
    key: 'hints.boardReview',
    anchor: 'board',
    when: (s) => s.lastEvents.some((e) => e.kind === 'boardReview'),
  },
  {
    id: 'reviewQueue',
    key: 'hints.reviewQueue',
    anchor: 'reviewQueue',
    when: (s) => (s.last?.reviewLoad ?? 0) > 1,
  },
  {
    id: 'skimming',
    key: 'hints.skimming',
    anchor: 'seniorReviewShare',
    when: (s) => (s.last?.reviewDepth ?? 1) < 0.7,
  },
  {
    id: 'ownership',
    key: 'hints.ownership',
    anchor: 'ownership',
    when: (s) => s.last !== null && s.last.ownership < 0.65,
  },
  {
    id: 'seniorMorale',
    key: 'hints.seniorMorale',
    anchor: 'morale',
    when: (s) => s.last !== null && s.last.seniorMorale < 0.5,
  },
  {
    id: 'vanity',
    key: 'hints.vanity',
    anchor: 'board',
    when: (s) => s.week >= 4 && s.last !== null && s.last.perceivedVelocity > 1.1,
  },
  {
    id: 'pipeline',
    key: 'hints.pipeline',
    anchor: 'pipelineInvestment',
    when: (s) => s.week === 6,
  },
];

/** The hint input of a store state, or null when no run is in play. */
export function hintInput(s: Pick<GameState, 'phase' | 'sim'>): HintInput | null {
  if (s.phase !== 'run' || !s.sim) return null;
  return {
    week: s.sim.state.week,
    last: s.sim.history[s.sim.history.length - 1] ?? null,
    lastEvents: s.sim.lastEvents,
    pendingCards: s.sim.state.pendingCards.length,
  };
}

/** The first hint that matters now and has not been shown, or null. */
export function nextHint(
  input: HintInput | null,
  seen: readonly string[],
  hints: readonly HintDef[] = HINTS,
): HintDef | null {
  if (!input) return null;
  return hints.find((h) => !seen.includes(h.id) && h.when(input)) ?? null;
}

/** Hints show in a guided run while the player has not turned them off. */
export function hintsActive(s: Pick<GameState, 'phase' | 'run' | 'ui'>): boolean {
  return s.phase === 'run' && s.run?.mode === 'guided' && s.ui.hintsOn;
}
