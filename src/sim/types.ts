/**
 * The simulation's data shapes. Everything here is plain JSON-serialisable data:
 * a run is a value, `(state, decisions) -> state`, and it replays exactly.
 */
import type { Origin, Pools, ReviewPath } from './origin.ts';
import type { EvidenceReading } from './params.ts';

export type { Origin, Pools, ReviewPath } from './origin.ts';

import type { ScenarioLength } from './limits.ts';

export const LEVELS = ['junior', 'mid', 'senior'] as const;
export type Level = (typeof LEVELS)[number];
export type PerLevel<T> = Record<Level, T>;

export const PRESSURES = ['relaxed', 'normal', 'crunch'] as const;
export type DeadlinePressure = (typeof PRESSURES)[number];

/** The policy levers the player holds; they persist from week to week. */
export interface Levers {
  /** Share of engineers required to use AI tools every week (0..1). F2. */
  aiMandate: number;
  /** A public ranking of AI usage (token consumption). F11. */
  leaderboard: boolean;
  /** Share of senior engineers' time set aside for code review (0..1). */
  seniorReviewShare: number;
  /** All AI-assisted code needs a senior's sign-off before it merges. F10. */
  seniorSignoff: boolean;
  deadlinePressure: DeadlinePressure;
  /** Spending on pipeline automation, merge queue and test infrastructure (0..1 of the maximum). F6. */
  pipelineInvestment: number;
  /** A dedicated security review of changes, with scanning tools. */
  securityReview: boolean;
}

export type LeverName = keyof Levers;

export type Headcount = PerLevel<number>;

/** What the player decides before a week runs. Everything is optional: an empty object changes nothing. */
export interface WeekDecisions {
  levers?: Partial<Levers>;
  /** Requisitions opened this week; people arrive after the hiring delay. */
  hire?: Partial<Headcount>;
  /** People let go at the start of this week. */
  layoff?: Partial<Headcount>;
  /** Answers to pending event cards: card id -> choice id. A pending card left unanswered takes its first choice. */
  choices?: Record<string, string>;
}

/** One cohort of a seniority level. Arrays have a fixed length so a week's cost never grows with the run. */
export interface Cohort {
  /** Fully productive people. */
  active: number;
  /** New hires by weeks since arrival (index 0 arrived this week); they ramp up and take mentor time. */
  onboarding: number[];
  /** Open requisitions by weeks until arrival (index 0 arrives next week). */
  pipeline: number[];
  /** 0..1. */
  morale: number;
}

/** Lines of one origin (hand-written or AI-assisted) and what they carry with them. */
export interface Batch {
  lines: number;
  /** Feature content, in feature units. */
  units: number;
  defects: number;
  vulns: number;
}

/** Work waiting for review, kept by origin: sign-off and review speed treat AI code differently. */
export interface Queue {
  human: Batch;
  ai: Batch;
}

/** A temporary effect left by an event choice. */
export interface Modifier {
  id: string;
  weeksLeft: number;
  /** Multipliers and offsets applied while the modifier lasts. */
  effects: ModifierEffects;
}

export interface ModifierEffects {
  /** Multiplies the hours people spend writing code. */
  writingHours?: number;
  /** Multiplies review catch rates. */
  reviewCatch?: number;
  /** Multiplies review capacity. */
  reviewCapacity?: number;
  /** Added to every level's target morale. */
  morale?: number;
  /** Multiplies token consumption. */
  tokens?: number;
  /** Added to the share of the review backlog merged without review. */
  skipShare?: number;
  /** Multiplies incident probability. */
  incidentRisk?: number;
  /** Multiplies weekly quit probability. */
  attrition?: number;
}

/** A card waiting for the player's answer. */
export interface PendingCard {
  cardId: string;
  week: number;
}

export interface SimState {
  /** The last week simulated (0 before the first step). */
  week: number;
  /** PRNG state (see rng.ts). */
  rng: number;
  /** The reading of the evidence the run uses for every ranged parameter (params.ts). */
  evidence: EvidenceReading;
  levers: Levers;
  staff: PerLevel<Cohort>;
  queue: Queue;
  /** Merged lines waiting for integration (CI, merge queue, deploy). */
  integrationQueueLines: number;
  integrationQueueFeatureUnits: number;
  /** AI adoption actually in use (0..1). */
  adoption: number;
  /** Delivery pipeline capability built by investment (0..1); lags spending. */
  pipelineLevel: number;
  /** Codebase size and the part of it the current team understands, in thousands of lines. */
  codebaseKloc: number;
  understoodKloc: number;
  /** Escaped defects living in production, not yet surfaced, by origin and review path. */
  latentDefects: Pools;
  /** Exploitable vulnerabilities in production, not yet found, by origin and review path. */
  openVulns: Pools;
  /** Lingering fear after layoffs (0..1), decays over weeks. */
  layoffFear: number;
  /** Headcount the roadmap was planned for: layoffs and departures do not shrink the roadmap. */
  plannedHeadcount: number;
  /** Senior hours owed to last week's incidents, taken out of this week. */
  incidentHoursOwed: number;
  /** Recent incident load on the team (decaying count), feeds morale. */
  incidentFatigue: number;
  /** Wear from sustained crunch (0..1): it takes back the extra hours and then some (S6). */
  exhaustion: number;
  /** The board's confidence in engineering (0..1). */
  boardConfidence: number;
  /** Budget per week set by the board, in dollars. */
  weeklyBudget: number;
  /** Dollars spent so far in the run. */
  budgetSpent: number;
  /** Dollars spent so far less one-off bills (breaches, severance): what the board holds against the budget. */
  operatingSpent: number;
  /** The weekly budgets of the weeks played so far, added up. */
  budgetToDate: number;
  /** Weeks in a row spend to date has run over the board's tolerance. */
  overspendWeeks: number;
  /** The week the board replaced the player (0 while they are in charge). */
  replacedWeek: number;
  /** The board's adoption target (0 when it has none). */
  boardAdoptionTarget: number;
  /** Weekly features the team and board have come to expect (a slow average). */
  expectedFeatures: number;
  modifiers: Modifier[];
  pendingCards: PendingCard[];
  /** Card id -> last week it fired, for cooldowns and once-only cards. */
  cardHistory: Record<string, number>;
  /** Weeks in a row the leaderboard has been on. */
  leaderboardWeeks: number;
  /** The team's week before the run began: the board's yardstick and the debrief's "before". */
  reference: Reference;
  /** Running totals used by events and the board (fixed size). */
  totals: RunTotals;
  /** The previous week's metrics, which event triggers read. Null before the first week. */
  last: WeekMetrics | null;
}

/**
 * The team's week before the run began, with AI at the scenario's starting adoption and the
 * player's levers untouched: the board's yardstick, and what the debrief's "before" means.
 */
export interface Reference {
  linesPerWeek: number;
  featuresPerWeek: number;
  deploysPerWeek: number;
  leadTimeDays: number;
  changeFailureRate: number;
}

export interface RunTotals {
  incidents: number;
  breaches: number;
  quits: number;
  seniorQuits: number;
  laidOff: number;
  hired: number;
  customersAffected: number;
  quarterIncidents: number;
  quarterFeatures: number;
  quarterLines: number;
  quarterSpend: number;
  quarterBreaches: number;
}

/** What a week produced: everything a dashboard, chart or test reads. */
export interface WeekMetrics {
  week: number;
  engineers: number;
  juniors: number;
  mids: number;
  seniors: number;
  onboarding: number;
  arrivals: number;
  quits: number;
  laidOff: number;
  linesWritten: number;
  aiLines: number;
  reworkHours: number;
  linesReviewed: number;
  linesSkipped: number;
  /** Lines closed unmerged after waiting too long for review. */
  linesAbandoned: number;
  reviewQueueLines: number;
  /** Lines waiting over review capacity (1 = exactly one week of capacity pending). */
  reviewLoad: number;
  /** 1 = full-depth review; lower = skimming. */
  reviewDepth: number;
  /** Lines the reviewers could read this week at full depth (fatigue included). */
  reviewCapacity: number;
  /** Hours reviewers spent on review this week. */
  reviewHours: number;
  /** Lines one reviewer-hour got through this week. */
  linesPerReviewerHour: number;
  integrationQueueLines: number;
  featuresShipped: number;
  deploys: number;
  leadTimeDays: number;
  changeFailureRate: number;
  defectsInjected: number;
  defectsCaught: number;
  escapedDefects: number;
  /** The part of this week's escaped defects that came from AI-assisted changes. */
  escapedAiDefects: number;
  incidents: number;
  breaches: number;
  timeToRestoreHours: number;
  customersAffected: number;
  openVulns: number;
  morale: number;
  seniorMorale: number;
  ownership: number;
  adoption: number;
  /** Adoption as the board's dashboard reports it (inflated by the leaderboard). */
  measuredAdoption: number;
  tokens: number;
  computeCost: number;
  salaryCost: number;
  investmentCost: number;
  /** Incidents and breaches together. */
  incidentCost: number;
  /** The part of `incidentCost` that breaches cost (the board books it apart). */
  breachCost: number;
  /** Recruiting for the requisitions opened this week: the player's, backfills and cards'. */
  recruitingCost: number;
  /** Severance for this week's layoffs. */
  severanceCost: number;
  /** What event cards' answers cost this week. */
  cardCost: number;
  /** Everything spent this week, one-off costs included: the sum of the cost lines above. */
  spend: number;
  budgetSpent: number;
  weeklyBudget: number;
  pipelineLevel: number;
  boardConfidence: number;
  /** Velocity as engineers and managers perceive it, relative to the start (1 = unchanged). S5. */
  perceivedVelocity: number;
  /** Share of the planned headcount missing (0 = fully staffed). */
  staffShortfall: number;
  /** Senior time spent on review and mentoring (0..1 of their hours). */
  seniorLoad: number;
}

/** Why an incident or breach happened: the links of its causal chain, each with the fact behind it. */
export interface CauseLink {
  link: CauseLinkId;
  /** The measured value that made this link count (its unit depends on the link). */
  value: number;
  /** F/S ids of the facts or studies behind the link. */
  sources: string[];
}

export type CauseLinkId =
  | 'overload'
  | 'skimmed'
  | 'skipped'
  | 'aiVolume'
  | 'largeChanges'
  | 'weakTests'
  | 'lowOwnership'
  | 'departures'
  | 'crunch'
  | 'noSecurityReview'
  | 'aiVulns'
  | 'slowRestore'
  | 'ordinary';

export type SimEvent =
  | {
      kind: 'incident';
      week: number;
      customers: number;
      restoreHours: number;
      /** 1 = an ordinary incident; larger = a wider blast radius. */
      blastRadius: number;
      /** Whether the defect behind it came from an AI-assisted or a hand-written change. */
      origin: Origin;
      /** How that change passed review. */
      path: ReviewPath;
      chain: CauseLink[];
    }
  | {
      kind: 'breach';
      week: number;
      customers: number;
      cost: number;
      origin: Origin;
      path: ReviewPath;
      chain: CauseLink[];
    }
  | { kind: 'quit'; week: number; level: Level; count: number }
  | { kind: 'arrival'; week: number; level: Level; count: number }
  | { kind: 'layoff'; week: number; count: number }
  /** Spend to date ran past the budget to date by more than the board tolerates. */
  | { kind: 'budgetWarning'; week: number; ratio: number }
  /** The board imposed cuts: open requisitions cancelled, investment halved, leaderboard off. */
  | { kind: 'boardCuts'; week: number; ratio: number }
  /** The board replaced the head of engineering: the run ends this week. */
  | { kind: 'replaced'; week: number; ratio: number }
  | { kind: 'card'; week: number; cardId: string }
  | { kind: 'cardResolved'; week: number; cardId: string; choiceId: string }
  | {
      kind: 'boardReview';
      week: number;
      quarter: number;
      verdict: BoardVerdict;
      results: BoardTargetResult[];
    };

export type BoardVerdict = 'pleased' | 'satisfied' | 'concerned' | 'displeased';

export interface BoardTargetResult {
  target: 'adoption' | 'lines' | 'features' | 'budget' | 'incidents' | 'breaches';
  goal: number;
  actual: number;
  met: boolean;
}

export interface StepResult {
  state: SimState;
  metrics: WeekMetrics;
  events: SimEvent[];
}

// ---- Event cards (declared as data in content/, interpreted here) ----

/** A number the trigger of an event card can read. */
export type TriggerMetric =
  | keyof WeekMetrics
  | 'leaderboardWeeks'
  | 'layoffFear'
  | 'totalIncidents'
  | 'totalBreaches'
  | 'totalSeniorQuits'
  | 'mandate';

export interface TriggerCondition {
  metric: TriggerMetric;
  op: '>' | '>=' | '<' | '<=';
  value: number;
}

export type CardEffect =
  | { kind: 'setLever'; levers: Partial<Levers> }
  | { kind: 'morale'; level?: Level; delta: number }
  | { kind: 'spend'; dollars: number }
  | { kind: 'budget'; factor: number }
  | { kind: 'board'; delta: number }
  | { kind: 'ownership'; delta: number }
  | { kind: 'quit'; level: Level; count: number }
  | { kind: 'layoff'; share: number }
  | { kind: 'hire'; hire: Partial<Headcount> }
  | { kind: 'pipeline'; delta: number }
  /** Raises a share lever to at least this value; never lowers it. */
  | { kind: 'raiseLever'; lever: 'pipelineInvestment' | 'seniorReviewShare'; atLeast: number }
  /** The market's verdict on capital spending reaches the board (F9: shares fell 9%). */
  | { kind: 'sharePrice' }
  | { kind: 'vulns'; factor: number }
  | { kind: 'queue'; factor: number }
  | { kind: 'modifier'; id: string; weeks: number; effects: ModifierEffects };

export interface CardChoice {
  id: string;
  effects: CardEffect[];
}

export interface EventCard {
  id: string;
  /** All conditions must hold on the week just finished. */
  when: TriggerCondition[];
  /** The card fires at most once a run. */
  once?: boolean;
  /** Weeks before it may fire again. */
  cooldownWeeks?: number;
  /** Earliest week it may fire. */
  minWeek?: number;
  /** Probability it fires when its conditions hold (drawn from the run's PRNG). Default 1. */
  chance?: number;
  /** Two or three choices; the first is the default when nobody answers. */
  choices: CardChoice[];
}

// ---- Scenarios ----

export interface ScenarioStart {
  staff: Headcount;
  /** Average morale at the start (0..1). */
  morale: number;
  adoption: number;
  pipelineLevel: number;
  codebaseKloc: number;
  /** Share of the codebase the team understands at the start (0..1). */
  ownership: number;
  openVulns: number;
  boardConfidence: number;
  /** Weekly budget in dollars. */
  weeklyBudget: number;
}

export interface Scenario {
  id: string;
  /** i18n key of the scenario's name and brief (content/ supplies them). */
  nameKey: string;
  briefKey: string;
  start: ScenarioStart;
  levers: Levers;
  /** Decisions the scenario makes on the player's behalf (e.g. a layoff the board already announced). */
  scripted?: Array<{ week: number } & WeekDecisions>;
  /** The board's adoption target, if it has one (the mandate scenarios). */
  boardAdoptionTarget: number;
  defaultWeeks: ScenarioLength;
}
