/**
 * The shortest decisions that play a run exactly as the given ones did, so its results code
 * stays short: a lever set to the value it already had, a card answer for a card that is not
 * on the table (the CLI's policies answer every card every week), an explicit "status quo"
 * answer, a hire of zero people: none of them changes the run, so none is written.
 *
 * Each week is checked by stepping the model with the trimmed decisions and with the given
 * ones: the trimmed ones are kept only when the week comes out identical; otherwise the given
 * decisions (tidied to what the model reads) are kept. So a trimmed run is never another run.
 */

import type {
  EventCard,
  EvidenceReading,
  Headcount,
  Levers,
  RunResult,
  SimState,
  StepResult,
  WeekDecisions,
} from '../sim/index.ts';
import { createInitialState, LEVELS, playWeek, runScenario } from '../sim/index.ts';
import { CARDS } from './cards.ts';
import type { CodedRun } from './results-code.ts';
import { encodeResultsCode } from './results-code.ts';
import { findScenario } from './scenarios.ts';

const MAX_PEOPLE = 200;

function tidyCounts(c: Partial<Headcount> | undefined): Partial<Headcount> | undefined {
  if (!c) return undefined;
  const out: Partial<Headcount> = {};
  for (const l of LEVELS) {
    const raw = c[l];
    const n = Number.isFinite(raw) ? Math.max(0, Math.min(MAX_PEOPLE, Math.floor(raw ?? 0))) : 0;
    if (n > 0) out[l] = n;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The answers the model will read: pending cards only, and only when not the first choice. */
function tidyChoices(
  state: SimState,
  choices: Record<string, string> | undefined,
  cards: readonly EventCard[],
): Record<string, string> | undefined {
  if (!choices) return undefined;
  const out: Record<string, string> = {};
  for (const p of state.pendingCards) {
    const card = cards.find((c) => c.id === p.cardId);
    const wanted = choices[p.cardId];
    const choice = card?.choices.find((c) => c.id === wanted);
    if (card && choice && choice !== card.choices[0]) out[card.id] = choice.id;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function assemble(parts: WeekDecisions): WeekDecisions {
  const out: WeekDecisions = {};
  if (parts.levers && Object.keys(parts.levers).length > 0) out.levers = parts.levers;
  if (parts.hire) out.hire = parts.hire;
  if (parts.layoff) out.layoff = parts.layoff;
  if (parts.choices) out.choices = parts.choices;
  return out;
}

const sameWeek = (a: StepResult, b: StepResult): boolean => JSON.stringify(a) === JSON.stringify(b);

export interface CanonicalInput {
  scenarioId: string;
  seed: number;
  decisions: readonly WeekDecisions[];
  /** The reading of the evidence the run is played at (central when absent). */
  evidence?: EvidenceReading;
}

/** Decisions that replay exactly like `run.decisions`, with everything that changes nothing left out. */
export function canonicalDecisions(
  run: CanonicalInput,
  cards: readonly EventCard[] = CARDS,
): WeekDecisions[] {
  const scenario = findScenario(run.scenarioId);
  if (!scenario) throw new Error(`unknown scenario ${run.scenarioId}`);
  let state = createInitialState(scenario, run.seed, run.evidence);
  const out: WeekDecisions[] = [];
  run.decisions.forEach((given) => {
    const play = (d: WeekDecisions) => playWeek(state, scenario, d, cards);
    const reference = play(given);
    const tidy: WeekDecisions = {
      hire: tidyCounts(given.hire),
      layoff: tidyCounts(given.layoff),
      choices: tidyChoices(state, given.choices, cards),
    } as WeekDecisions;
    const changed: Partial<Levers> = {};
    for (const [k, v] of Object.entries(given.levers ?? {})) {
      if (v !== undefined && state.levers[k as keyof Levers] !== v)
        Object.assign(changed, { [k]: v });
    }
    const candidates = [
      assemble({ ...tidy, levers: changed }),
      assemble({ ...tidy, ...(given.levers ? { levers: given.levers } : {}) }),
    ];
    const kept = candidates.find((c) => sameWeek(play(c), reference)) ?? given;
    out.push(kept);
    state = reference.state;
  });
  return out;
}

/** A finished or unfinished run's results code, from its decisions as played. */
export function resultsCodeOf(run: CodedRun, cards: readonly EventCard[] = CARDS): string {
  return encodeResultsCode({ ...run, decisions: canonicalDecisions(run, cards) });
}

/** Plays a decoded code's run through the model: the CLI prints this, the browser replays the same. */
export function runOfCode(run: CodedRun, cards: readonly EventCard[] = CARDS): RunResult {
  const scenario = findScenario(run.scenarioId);
  if (!scenario) throw new Error(`unknown scenario ${run.scenarioId}`);
  return runScenario({
    scenario,
    seed: run.seed,
    weeks: run.weeks,
    decisions: run.decisions,
    cards,
    evidence: run.evidence,
  });
}
