/** The simulation's public surface: the only module outside sim/ may import. */

export type {
  QuarterProgress,
  QuarterReview,
  QuarterSpan,
  TargetProgress,
} from './board.ts';
export {
  BOARD_LIMITS,
  BOARD_VERDICT_SHARES,
  BOARD_WEIGHTS,
  closingVerdict,
  quarterProgress,
  quarterSpan,
  weeksSinceReview,
  weighedTargets,
} from './board.ts';
export type { RunningCosts } from './costs.ts';
export { recruitingCost, runningCosts, severanceCost } from './costs.ts';
export type { DetectContext, DynamicFinding, DynamicId } from './dynamics.ts';
export { DYNAMIC_IDS, detectDynamics } from './dynamics.ts';
export type { FoldOptions } from './fold.ts';
export { foldWeeks, playWeek } from './fold.ts';
export type {
  BooleanLeverName,
  ChoiceLeverName,
  LeverKind,
  LeverSpec,
  ShareLeverName,
} from './levers.ts';
export {
  BOOLEAN_LEVERS,
  CHOICE_LEVERS,
  defaultLevers,
  LEVER_NAMES,
  LEVER_SPECS,
  mergeLevers,
  SHARE_LEVERS,
} from './levers.ts';
export type { ScenarioLength } from './limits.ts';
export {
  MAX_PLAYER_STAFFING_CHANGE,
  MAX_STAFFING_CHANGE,
  MAX_WEEKS,
  RUN_LENGTHS,
} from './limits.ts';
export type { Luck, LuckOptions, LuckPair } from './luck.ts';
export { luckOf, luckPair, luckSeeds } from './luck.ts';
export { isRunOver, spendRatio } from './overspend.ts';
export type {
  EvidenceReading,
  Param,
  ParamKey,
  ParamKind,
  ParamUnit,
  ParamValues,
  SourceId,
} from './params.ts';
export { EVIDENCE_READINGS, MODEL_VERSION, PARAMS, paramValues, V } from './params.ts';
export type { LeverChange, ParseResult, Policy, PolicyProblem, StaffingMove } from './policy.ts';
export { mergeDecisions, parsePolicy, policyToDecisions, withScripted } from './policy.ts';
export type { MonteCarloResult, RunOptions, RunResult, RunSummary, Spread } from './run.ts';
export {
  monteCarlo,
  quantile,
  runScenario,
  runSummary,
  runSummaryScored,
  SUMMARY_FIELDS,
  SummaryBuilder,
  spreadOf,
} from './run.ts';
export type { Score, ScoreComponent, ScoredRun, ScoreMeasures } from './score.ts';
export {
  falling,
  measuresOfSummary,
  rising,
  SCORE_COMPONENTS,
  scoreFromMeasures,
  scoreMeasures,
  scoreRun,
} from './score.ts';
export {
  arrivalWeek,
  headcount,
  onboardingGraduations,
  pipelineArrivals,
  productiveWeek,
  totalHeadcount,
} from './staffing.ts';
export { createInitialState } from './state.ts';
export { step } from './step.ts';
export type { SweepLever, SweepOptions, SweepOutcome, SweepPoint } from './sweep.ts';
export { policyWithLever, SWEEP_LEVERS, sweep } from './sweep.ts';
export * from './types.ts';
export { seniorReviewHours } from './week/hours.ts';
export { weightedMorale } from './week/work.ts';
