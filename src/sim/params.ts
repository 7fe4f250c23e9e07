/**
 * The one table of every tunable number in the model.
 *
 * Each entry names the fact (F1-F11, from the source articles) or study (S1-S6)
 * behind it, or `reasoning` where the value is a modelling judgement; the doc
 * comment says why the value is what it is. The model card in the game lists
 * this table (its player-facing text lives in the locale files under
 * `modelcard.params.<key>`), and the calibration tests hold the values to the
 * dynamics in design/dynamics.md.
 */

export type SourceId =
  | 'F1'
  | 'F2'
  | 'F3'
  | 'F4'
  | 'F5'
  | 'F6'
  | 'F7'
  | 'F8'
  | 'F9'
  | 'F10'
  | 'F11'
  | 'S1'
  | 'S2'
  | 'S3'
  | 'S4'
  | 'S5'
  | 'S6'
  | 'S7'
  | 'S8'
  | 'S9'
  | 'S10'
  | 'S11'
  | 'S12'
  | 'S13'
  /** The source articles' reporting in general (000: the mandate and its fallout; 001: the velocity trap). */
  | 'A0'
  | 'A1'
  | 'reasoning';

export type ParamUnit =
  | 'hours'
  | 'share'
  | 'factor'
  | 'lines/hour'
  | 'units/hour'
  | 'units'
  | 'lines'
  | 'lines/week'
  | 'per KLOC'
  | 'per week'
  | 'weeks'
  | 'days'
  | 'dollars'
  | 'dollars/week'
  | 'tokens/week'
  | 'dollars/M tokens'
  | 'people'
  | 'customers/hour'
  | 'customers';

/**
 * The model's version, carried in results codes so a code made on an older model is known
 * for what it is. Raise it whenever a change moves the numbers a run produces.
 * 1: the model until December 2026. 2: content-based defects with origins, the measured AI
 * gain, evidence readings, the board's answer to overspending. 3: the board's goals for features
 * and incidents in whole numbers (a quarter's review can turn on the rounding).
 */
export const MODEL_VERSION = 3;

/**
 * How a number is supported: `calibrated` to a figure its sources give, `inspired` by
 * the direction a source reports (the size is ours), or `assumed` (a modelling judgement
 * about the fictional company, said in the doc comment).
 */
export type ParamKind = 'calibrated' | 'inspired' | 'assumed';

/**
 * Which end of the evidence a run reads: `low` puts every ranged parameter at the value
 * least favourable to AI, `high` at the most favourable, `central` at the middle.
 */
export const EVIDENCE_READINGS = ['low', 'central', 'high'] as const;
export type EvidenceReading = (typeof EVIDENCE_READINGS)[number];

export interface Param {
  /** The central value: what a run at the central reading uses. */
  readonly value: number;
  readonly unit: ParamUnit;
  readonly kind: ParamKind;
  readonly sources: readonly SourceId[];
  /**
   * The value at each end of the published range, by reading rather than by size: `low` is
   * the end least favourable to AI, which may be the larger number (a defect risk).
   */
  readonly evidence?: { readonly low: number; readonly high: number };
}

const NAMED_SOURCE = /^[FS]\d+$|^A[01]$/;

/** A number whose support is a direction from the sources named, or a judgement when none is. */
const p = (value: number, unit: ParamUnit, ...sources: SourceId[]): Param => ({
  value,
  unit,
  kind: sources.some((s) => NAMED_SOURCE.test(s)) ? 'inspired' : 'assumed',
  sources,
});

/** A number taken from its sources' figures, with the range they span. */
const cal = (
  value: number,
  evidence: { low: number; high: number } | null,
  unit: ParamUnit,
  ...sources: SourceId[]
): Param => ({
  value,
  unit,
  kind: 'calibrated',
  sources,
  ...(evidence ? { evidence } : {}),
});

export const PARAMS = {
  // ---------------- Time ----------------
  /** A working week. */
  hoursPerWeek: p(40, 'hours', 'reasoning'),
  /** Share of hours left for engineering after meetings, planning and support. */
  focusShare: p(0.7, 'share', 'reasoning'),
  /** Hours worked relative to normal when deadlines are relaxed. */
  hoursRelaxed: p(0.95, 'factor', 'S6'),
  /** Overtime under crunch: schedule pressure buys hours first (Abdel-Hamid & Madnick). */
  hoursCrunch: p(1.2, 'factor', 'S6'),
  /** Exhaustion added by each week of crunch: about two months of overtime wear a team out (S6). */
  exhaustionPerCrunchWeek: p(0.125, 'share', 'S6'),
  /** Share of exhaustion left after a week without crunch. */
  exhaustionRecovery: p(0.8, 'share', 'S6'),
  /** Productive time lost each time the team doubles past the reference size (communication paths, Brooks). */
  commOverheadPerDoubling: p(0.05, 'share', 'S6'),
  /** Team size at which communication overhead is counted as zero. */
  commOverheadRefTeam: p(50, 'people', 'S6'),
  /** Floor on the share of time coordination leaves: past a point, teams split rather than drown in meetings. */
  commOverheadFloor: p(0.7, 'share', 'S6', 'reasoning'),
  /** Most of a shortfall's overtime a team can sustain: +30% of writing hours. */
  shortfallOvertimeCap: p(0.3, 'share', 'S6', 'reasoning'),
  /** Most of a level's hours mentoring can take: people still do their own work. */
  mentoringMaxShare: p(0.5, 'share', 'reasoning'),
  /** Most of seniors' hours last week's incidents can take this week: the rest waits or is dropped. */
  incidentResponseMaxShare: p(0.5, 'share', 'reasoning'),
  /** Most of writing time fixing surfaced defects can take: past it, bugs wait in the backlog. */
  bugfixMaxShare: p(0.5, 'share', 'reasoning'),

  // ---------------- Writing code ----------------
  /** Hand-written lines a junior produces per focused hour (about 60 a day). */
  linesPerHourJunior: p(8, 'lines/hour', 'reasoning'),
  /** Mid-level engineers write a little more code per hour. */
  linesPerHourMid: p(10, 'lines/hour', 'reasoning'),
  /** Seniors write about as many lines, but more value per line. */
  linesPerHourSenior: p(10, 'lines/hour', 'reasoning'),
  /** Feature content per focused hour: a junior's hour delivers half a mid's. */
  featureUnitsPerHourJunior: p(0.5, 'units/hour', 'reasoning'),
  featureUnitsPerHourMid: p(1, 'units/hour', 'reasoning'),
  featureUnitsPerHourSenior: p(1.3, 'units/hour', 'reasoning'),
  /** Feature content that makes one shipped feature (about 7 a week for 100 engineers). */
  featureUnitsPerFeature: p(400, 'units', 'reasoning'),
  /**
   * Lines an AI-assisted hour writes against a hand-written hour: inside the 3-5x output
   * target (F3), with PR size +154% (S4). More lines are the end least favourable to AI: they
   * are what review must read.
   */
  aiLineMultiplier: cal(3.5, { low: 4.5, high: 3 }, 'factor', 'F3', 'S4'),
  /**
   * Feature content an AI-assisted hour delivers against a hand-written hour, on a legacy
   * platform: the measured gain per task, rework included (S5: 19% slower; S9: 18% less time
   * for returning developers; S10: about 21% faster). Not F4's +40-73%, which is what
   * organisations report (reported velocity, below).
   */
  aiTaskSpeed: cal(1.1, { low: 0.84, high: 1.22 }, 'factor', 'S5', 'S9', 'S10'),
  /**
   * The same at full pipeline and platform capability: AI amplifies the delivery system
   * (S7); telemetry and trials put the gain there at +21% to +34% a task (S10, S8).
   */
  aiTaskSpeedPlatform: cal(1.3, { low: 1.1, high: 1.4 }, 'factor', 'S7', 'S8', 'S10'),
  /**
   * Share of an AI user's writing time spent correcting or redoing wrong output (D5), as the
   * rework hours a week reports; the measured gain above is already net of it. Under crunch
   * less is corrected, and what is left uncorrected adds lines and defects, not features.
   */
  aiReworkShare: p(0.15, 'share', 'F4', 'reasoning'),
  /** Under crunch, less AI output gets corrected before review (F4: the offshore gap under tight deadlines). */
  crunchReworkFactor: p(0.4, 'factor', 'F4'),
  /** Under crunch, more generated lines are accepted as they are. */
  crunchLineBoost: p(1.1, 'factor', 'F4'),
  /** Under crunch, accepted AI output carries more defects, since less of it was checked (D10). */
  crunchAiDefectBoost: p(1.25, 'factor', 'F4'),
  /** Share of the gap between the mandate and actual adoption closed each week. */
  adoptionSpeed: p(0.25, 'share', 'reasoning'),
  /** Measured adoption the leaderboard adds without any real use behind it (tokenmaxxing). */
  leaderboardAdoptionInflation: p(0.12, 'share', 'F11'),
  /** Token consumption under a usage leaderboard, relative to real use: gaming drove compute costs up. */
  leaderboardTokenMultiplier: p(2.5, 'factor', 'F11'),
  /** Share of AI users' hours spent on pointless prompts to climb the ranking. */
  leaderboardWastedShare: p(0.03, 'share', 'F11'),
  /** Tokens an engineer using AI agents consumes in a week (agents read whole codebases). */
  tokensPerAiUserWeek: p(40_000_000, 'tokens/week', 'reasoning'),
  /** Blended price of model tokens. */
  dollarsPerMillionTokens: p(6, 'dollars/M tokens', 'reasoning'),

  // ---------------- Review ----------------
  /** Share of mid-level engineers' time that goes to reviewing peers' code. */
  midReviewShare: p(0.15, 'share', 'reasoning'),
  /** Share of seniors' time set aside for review before anyone changes it: the calm organisation's habit. */
  defaultSeniorReviewShare: p(0.25, 'share', 'reasoning'),
  /** Lines a careful reviewer gets through per hour on hand-written code: ~200 a day at about two hours of review (F5), well under the 300-500/hour ceiling of S1. */
  reviewLinesPerHour: p(100, 'lines/hour', 'F5', 'S1'),
  /** AI-generated code is harder to read, so a reviewer-hour covers fewer of its lines. */
  aiReadabilityFactor: p(0.75, 'factor', 'S4', 'reasoning'),
  /** Review speed gained at full pipeline capability (linters, tests and checks do part of the work). */
  pipelineReviewBoost: p(0.6, 'factor', 'F6', 'reasoning'),
  /** How far review slows per unit of overload: tired reviewers read slower. */
  reviewFatigue: p(0.12, 'factor', 'S1', 'reasoning'),
  /** Depth reviewers hold under overload, by deadline pressure. Relaxed teams let the queue grow instead of skimming. */
  depthFloorRelaxed: p(0.85, 'share', 'reasoning'),
  depthFloorNormal: p(0.4, 'share', 'S1'),
  depthFloorCrunch: p(0.35, 'share', 'F4', 'S1'),
  /** Share of the review backlog merged unreviewed each week, by deadline pressure (S4: more PRs merged with no review). */
  skipShareRelaxed: p(0, 'share', 'reasoning'),
  skipShareNormal: p(0.15, 'share', 'S4'),
  skipShareCrunch: p(0.45, 'share', 'S4', 'F4'),
  /** Share of defects a senior finds in a full-depth review. */
  reviewCatchSenior: p(0.65, 'share', 'S1'),
  /** Share of defects a mid-level reviewer finds. */
  reviewCatchMid: p(0.5, 'share', 'S1'),
  /** AI changes are larger (S4: PR size +154%); past ~400 lines at a sitting fewer defects are found (S1). */
  aiLargeChangeCatch: p(0.85, 'factor', 'S1', 'S4'),
  /** Depth senior sign-off holds on AI code: sign-off means reading it properly. */
  signoffDepthFloor: p(0.9, 'share', 'F10'),
  /** Days a change waits for a senior to be free to sign it off. */
  signoffHandoffDays: p(1, 'days', 'F10', 'reasoning'),
  /** Highest utilisation used for queueing delay: past it, waiting shows up as backlog instead. */
  maxQueueUtilisation: p(0.85, 'share', 'reasoning'),
  /** Share of the review backlog abandoned each week: stale pull requests are closed, their work wasted. */
  staleAbandonShare: p(0.05, 'share', 'S4', 'reasoning'),
  /** Lines in a typical hand-written pull request. */
  humanPrLines: p(150, 'lines', 'S1'),
  /** Lines in a typical AI-assisted pull request (+154%). */
  aiPrLines: cal(380, null, 'lines', 'S4'),
  /** Share of the extra size of AI changes that small batches remove at full pipeline capability (S7: small batches decide whether AI helps). */
  smallBatchShare: p(0.6, 'share', 'S7'),
  /** Highest share of defects a reviewer finds at full depth: some always slip past a reading. */
  reviewCatchMax: p(0.95, 'share', 'S1', 'reasoning'),
  /** Overload past which reviewers slow no further, and senior morale falls no further: a huge queue is simply ignored. */
  reviewOverloadCap: p(3, 'factor', 'reasoning'),

  // ---------------- Defects and incidents ----------------
  /** Defects injected per thousand hand-written lines before any review. */
  defectsPerKloc: p(20, 'per KLOC', 'reasoning'),
  /**
   * Defects per unit of AI-assisted feature content against the same content written by hand:
   * CodeRabbit's 1.7x issues per PR (S12) at the cautious end; bugs per developer +54% on tasks
   * +34% (S8), about 1.15x, at the optimistic end; Cortex's incidents per PR +23.5% (S11) between.
   */
  aiDefectRisk: cal(1.4, { low: 1.7, high: 1.15 }, 'factor', 'S12', 'S8', 'S11'),
  /** Share of defects reaching CI that a legacy test suite catches. */
  testCatchBase: p(0.3, 'share', 'F6', 'reasoning'),
  /** Extra share caught at full pipeline capability. */
  testCatchPipeline: p(0.6, 'share', 'F6'),
  /** Highest share of defects any test suite catches: tests find what someone thought to test. */
  testCatchMax: p(0.9, 'share', 'F6', 'reasoning'),
  /** Share of latent production defects that surface each week. */
  defectManifestRate: p(0.25, 'share', 'reasoning'),
  /** Chance a surfacing defect becomes a production incident (about two a quarter at baseline). */
  incidentPerDefect: p(0.0012, 'share', 'reasoning'),
  /** Hours of unplanned work to fix a surfaced defect. */
  bugfixHours: p(1, 'hours', 'reasoning'),
  /** How strongly low ownership raises incident risk and restore time (D4). */
  ownershipRiskWeight: p(3, 'factor', 'reasoning'),
  /** Ownership at which incident risk is counted as normal. */
  ownershipRef: p(0.8, 'share', 'reasoning'),
  /** Spread of incident size (log-normal sigma): most are small, a few are very large. */
  blastSigma: p(0.7, 'factor', 'reasoning'),
  /** How blast radius grows with change size (exponent on AI PR size over hand-written). */
  blastChangeSizeExponent: p(0.5, 'factor', 'S4', 'reasoning'),
  /** How restore time grows with blast radius: bigger outages take longer, but much less than in proportion. */
  blastRestoreExponent: p(0.3, 'factor', 'reasoning'),
  /** How customers affected grow with blast radius, beyond the longer outage. */
  blastCustomersExponent: p(0.7, 'factor', 'reasoning'),
  /** Customers who feel an hour of a typical outage of a large online shop. */
  customersPerOutageHour: p(50_000, 'customers/hour', 'reasoning'),
  /** Share of would-be incidents that canary releases and automatic rollback turn into quiet reverts, at full pipeline capability. */
  pipelineIncidentCut: p(0.3, 'share', 'F6', 'reasoning'),
  /** Senior hours each incident takes: the war room, the follow-up, the post-mortem. They come out of the next week. */
  incidentResponseHours: p(40, 'hours', 'A0', 'reasoning'),
  /** Hours to restore a typical incident on well-understood code. */
  restoreHoursBase: p(2.5, 'hours', 'reasoning'),
  /** Restore time added per unit of lost ownership: nobody knows where to look. */
  restoreOwnershipWeight: p(2.5, 'factor', 'reasoning'),
  /** Share of restore time automated rollback saves at full pipeline capability. */
  restorePipelineCut: p(0.4, 'share', 'F6'),
  /** Restore speed at morale 0, relative to a fully motivated team: tired people restore slower. */
  restoreMoraleBase: p(0.6, 'factor', 'S6', 'reasoning'),
  /** Restore speed added from morale 0 to morale 1. */
  restoreMoraleSlope: p(0.4, 'factor', 'S6', 'reasoning'),
  /** Cost of an incident to the engineering budget: response, overtime, follow-up work. */
  incidentCostFixed: p(30_000, 'dollars', 'reasoning'),
  /** Cost per customer affected, charged to engineering (credits, support); lost sales fall on the business. */
  incidentCostPerCustomer: p(0.1, 'dollars', 'reasoning'),
  /** How fast a deploy's failure chance rises with the defects it carries (change failure rate ~10% at baseline). */
  deployFailPerDefect: p(0.015, 'factor', 'reasoning'),

  // ---------------- Security ----------------
  /** Exploitable vulnerabilities per thousand hand-written lines. */
  vulnsPerKloc: p(0.4, 'per KLOC', 'reasoning'),
  /**
   * Vulnerabilities per unit of AI-assisted feature content against hand-written: security
   * issues 1.5-2x (S12); 45% of generated tasks with an OWASP top-10 flaw (S13).
   */
  aiVulnRisk: cal(1.75, { low: 2, high: 1.5 }, 'factor', 'S12', 'S13'),
  /** Share of vulnerabilities an ordinary full-depth review finds. */
  reviewVulnCatch: p(0.4, 'share', 'reasoning'),
  /** Share of the remainder a dedicated security review finds. */
  securityReviewCatch: p(0.55, 'share', 'reasoning'),
  /** Senior time a dedicated security review takes. */
  securityReviewSeniorShare: p(0.05, 'share', 'reasoning'),
  /** Tooling and external review costs of the security review. */
  securityReviewWeeklyCost: p(15_000, 'dollars/week', 'reasoning'),
  /** Share of the remainder that pipeline scanners find at full capability. */
  pipelineVulnCatch: p(0.35, 'share', 'F6'),
  /** Share of open vulnerabilities found and fixed each week without a breach. */
  vulnDiscoveryRate: p(0.03, 'share', 'reasoning'),
  /** Extra share of open vulnerabilities a security review's scanners find each week in code already shipped. */
  securityReviewDiscovery: p(0.04, 'share', 'reasoning'),
  /** Weekly chance of a major breach per open vulnerability, set so a high mandate without review or security investment breaches in about 1 year in 5 (F7). */
  breachPerVulnWeek: cal(0.000016, null, 'share', 'F7'),
  /** Customers affected by a typical major breach. */
  breachCustomers: p(1_500_000, 'customers', 'reasoning'),
  /** Cost of a major breach: response, notification, fines. */
  breachCost: p(4_000_000, 'dollars', 'reasoning'),
  /** Share of open vulnerabilities fixed in the sweep after a breach. */
  breachSweepShare: p(0.3, 'share', 'reasoning'),
  /** Spread of breach size (log-normal sigma): narrower than incidents, since a breach is already major. */
  breachSigma: p(0.6, 'factor', 'reasoning'),
  /** Board confidence lost at once to a major breach in the press. */
  breachBoardHit: p(0.2, 'share', 'A0', 'reasoning'),
  /** Morale lost at once by everyone after a major breach. */
  breachMoraleHit: p(0.05, 'share', 'reasoning'),
  /** Incident load one breach adds, against one incident: the weeks of clean-up weigh on people longer. */
  breachFatigueWeight: p(3, 'factor', 'reasoning'),

  // ---------------- Ownership ----------------
  /** Share of a reviewed hand-written line the team understands. */
  understoodHuman: p(0.85, 'share', 'reasoning'),
  /** Share of an AI line its author understands before review (engineers losing ownership, seed 001). */
  understoodAiBase: p(0.3, 'share', 'reasoning'),
  /** Understanding added by a full-depth review of an AI line. */
  understoodAiReview: p(0.5, 'share', 'reasoning'),
  /** Understanding of hand-written lines merged unreviewed. */
  understoodHumanSkipped: p(0.7, 'share', 'reasoning'),
  /** Understanding of AI lines merged unreviewed. */
  understoodAiSkipped: p(0.15, 'share', 'reasoning'),
  /** Share of the active codebase retired or rewritten each week. */
  codeChurn: p(0.01, 'share', 'reasoning'),
  /** Share of not-understood code the team relearns each week through fixes and reading. */
  relearnRate: p(0.004, 'share', 'reasoning'),
  /** Share of a leaver's knowledge that leaves with them. */
  knowledgeLoss: p(0.7, 'share', 'reasoning'),
  /** Share of a laid-off person's knowledge that leaves with them: no notice, no handover. */
  layoffKnowledgeLoss: p(1, 'share', 'F8', 'reasoning'),
  /** Weight of a senior's knowledge relative to a mid's, when people leave. */
  seniorKnowledgeWeight: p(2, 'factor', 'reasoning'),
  juniorKnowledgeWeight: p(0.5, 'factor', 'reasoning'),

  // ---------------- Morale ----------------
  moraleBase: p(0.72, 'share', 'reasoning'),
  /** Share of the gap to target morale closed each week. */
  moraleAdjustRate: p(0.12, 'share', 'reasoning'),
  moraleCrunch: p(-0.18, 'share', 'S6'),
  moraleRelaxed: p(0.05, 'share', 'reasoning'),
  /** Being ranked by tokens feels like surveillance. */
  moraleLeaderboard: p(-0.06, 'share', 'F11'),
  /** Being required to use tools that "don't make us that much faster", at a full mandate. */
  moraleMandate: p(-0.06, 'share', 'F2', 'reasoning'),
  /** Immediate morale drop per share of the organisation laid off. */
  layoffShock: p(1.5, 'factor', 'F8'),
  /** Fear added per share laid off; it lowers morale and raises quitting while it lasts. */
  layoffFearPerShare: p(3, 'factor', 'F8'),
  /** Share of layoff fear that remains each week. */
  layoffFearDecay: p(0.92, 'share', 'reasoning'),
  moraleLayoffFear: p(-0.25, 'share', 'F8'),
  /**
   * The roadmap does not shrink with the team: a shortfall against the planned headcount
   * becomes schedule pressure (Abdel-Hamid & Madnick). Overtime per unit of shortfall,
   * capped at +30% of writing hours: it goes into shipping the roadmap, not into review.
   */
  shortfallOvertime: p(1.5, 'factor', 'S6', 'F8'),
  /** Extra defects per line for each unit of overtime: exhaustion makes errors (S6). */
  overtimeDefects: p(1, 'factor', 'S6'),
  /** How far the depth reviewers hold drops per unit of shortfall. */
  shortfallDepthDrop: p(0.4, 'factor', 'S6', 'F8'),
  /** Morale lost per unit of shortfall: the same roadmap on fewer shoulders. */
  moraleShortfall: p(-0.3, 'factor', 'S6', 'F8'),
  /** Senior load (review + mentoring share of hours) above which their morale suffers (D6). */
  seniorLoadThreshold: p(0.35, 'share', 'reasoning'),
  moraleSeniorLoad: p(-0.6, 'factor', 'reasoning'),
  /** Senior morale lost per unit of review overload (queue beyond capacity). */
  moraleReviewOverload: p(-0.06, 'factor', 'reasoning'),
  /** Morale lost per unit of recent incident load (pages, war rooms). */
  moraleIncident: p(-0.04, 'factor', 'reasoning'),
  /** Share of incident load that remains each week. */
  incidentFatigueDecay: p(0.7, 'share', 'reasoning'),
  /** Morale from shipping more (or less) than the team has come to expect. */
  moraleShipping: p(0.1, 'factor', 'reasoning'),
  /** Share of the gap between shipped and expected features the team's expectation closes each week. */
  expectedFeaturesSmoothing: p(0.1, 'share', 'reasoning'),
  /** Productivity at morale 0; rises linearly to about 1.0 at usual morale. */
  moraleProductivityBase: p(0.75, 'factor', 'S6'),
  moraleProductivitySlope: p(0.35, 'factor', 'S6'),

  // ---------------- Attrition ----------------
  annualQuitJunior: p(0.14, 'share', 'reasoning'),
  annualQuitMid: p(0.11, 'share', 'reasoning'),
  annualQuitSenior: p(0.09, 'share', 'reasoning'),
  /** How sharply quitting rises as morale falls below the reference. */
  quitMoraleSensitivity: p(3.5, 'factor', 'reasoning'),
  quitMoraleRef: p(0.65, 'share', 'reasoning'),
  /** Highest weekly chance anyone quits, however bad it gets: notice, savings and job search take time. */
  quitMaxWeekly: p(0.5, 'share', 'reasoning'),
  /** Weeks in a year: annual rates become weekly ones. */
  weeksPerYear: p(52, 'weeks', 'reasoning'),

  // ---------------- Staffing ----------------
  hiringDelayJunior: p(5, 'weeks', 'reasoning'),
  hiringDelayMid: p(7, 'weeks', 'reasoning'),
  hiringDelaySenior: p(10, 'weeks', 'reasoning'),
  /** Weeks a new hire takes to become fully productive. */
  onboardingWeeks: p(10, 'weeks', 'S6'),
  /** Productivity of a new hire in their first week. */
  onboardingStartProductivity: p(0.2, 'share', 'S6'),
  /** A new hire takes a quarter of a mentor's time while onboarding. */
  mentorShare: p(0.25, 'share', 'S6'),
  /** Share of mentoring done by seniors (mids do the rest). */
  mentoringBySeniors: p(0.6, 'share', 'reasoning'),
  salaryJunior: p(2_900, 'dollars/week', 'reasoning'),
  salaryMid: p(4_000, 'dollars/week', 'reasoning'),
  salarySenior: p(5_600, 'dollars/week', 'reasoning'),
  /** Recruiting cost per hire. */
  recruitingCost: p(25_000, 'dollars', 'reasoning'),
  /** Weeks of salary paid as severance. */
  severanceWeeks: p(12, 'weeks', 'F8', 'reasoning'),

  // ---------------- Pipeline ----------------
  /** Weekly spend at full pipeline investment. */
  pipelineMaxWeeklySpend: p(60_000, 'dollars/week', 'F6', 'reasoning'),
  /** Share of the gap to the funded pipeline level built each week: capability lags spending. */
  pipelineBuildRate: p(0.12, 'share', 'reasoning'),
  /** Share of pipeline capability that decays each week without upkeep. */
  pipelineDecay: p(0.04, 'share', 'reasoning'),
  /**
   * Changes (pull requests) a legacy CI and merge process integrates in a week: about 70% busy
   * at the pre-mandate pace of some 140 a week. F6 says most pipelines were not adapted; the
   * number is ours.
   */
  integrationCapacityPrs: p(200, 'units', 'F6', 'reasoning'),
  /** Extra integration capacity at full pipeline capability (merge queue, parallel CI). */
  integrationPipelineGain: p(1.5, 'factor', 'F6'),
  /** Pull requests batched into one deploy on a legacy pipeline. */
  prsPerDeployLegacy: p(8, 'factor', 'reasoning'),
  /** Pull requests per deploy at full pipeline capability. */
  prsPerDeployAutomated: p(1.5, 'factor', 'F6'),
  /** Days from starting a change to opening its pull request. */
  codingDays: p(1.5, 'days', 'reasoning'),
  /** Days a change waits for review and CI when the queue is light; grows as utilisation nears 1. */
  reviewBaseDays: p(0.5, 'days', 'reasoning'),
  ciBaseDays: p(0.4, 'days', 'reasoning'),
  /** Working days in a week: lead times are counted in working days. */
  workDaysPerWeek: p(5, 'days', 'reasoning'),
  /** Longest wait for the next deploy: at worst, deploys go out weekly. */
  deployWaitMaxDays: p(5, 'days', 'reasoning'),
  /** Average wait for the next deploy at one deploy a week: half a working week. */
  deployWaitDays: p(2.5, 'days', 'reasoning'),
  /** Fewest deploys a week counted when waiting for the next: below it the wait hits its cap anyway. */
  deployWaitMinDeploys: p(0.5, 'per week', 'reasoning'),

  // ---------------- Board ----------------
  /** Weeks in a quarter: the board reviews at the end of each. */
  quarterWeeks: p(13, 'weeks', 'reasoning'),
  /** Incidents in a quarter the board will tolerate. */
  boardIncidentTolerance: p(3, 'factor', 'reasoning'),
  /** Budget change after a pleased or displeased board. */
  boardBudgetStep: p(0.04, 'share', 'F9'),
  /** Board confidence lost when the market punishes a jump in AI capital spending: shares fell 9% on the news (F9). */
  sharePriceConfidenceHit: p(0.09, 'share', 'F9'),
  /** Weeks before the board reads spend to date: the first weeks' bills are lumpy (hires, severance). */
  overspendGraceWeeks: p(4, 'weeks', 'reasoning'),
  /** Spend to date over budget to date that the board notices and warns about. */
  overspendWarnRatio: p(1.1, 'factor', 'reasoning'),
  /** Board confidence lost at the warning. */
  overspendWarnConfidence: p(0.05, 'share', 'reasoning'),
  /** Weeks over the tolerance after which (and every as many weeks after) the board cuts, while spend runs past the cut ratio. */
  overspendCutWeeks: p(4, 'weeks', 'reasoning'),
  overspendCutRatio: p(1.15, 'factor', 'reasoning'),
  /** Share of pipeline investment the cuts leave. */
  overspendCutInvestment: p(0.5, 'share', 'F8', 'F9'),
  /** Weeks over the tolerance, and the ratio still over, after which the board replaces the player. */
  overspendReplaceWeeks: p(8, 'weeks', 'reasoning'),
  overspendReplaceRatio: p(1.2, 'factor', 'reasoning'),
  /** Weeks of pressure a displeased board leaves behind. */
  boardPressureWeeks: p(13, 'weeks', 'reasoning'),
  /** Morale cost of that pressure. */
  moraleBoardPressure: p(-0.05, 'share', 'reasoning'),
  /** Perceived speed-up from AI use alone (believed ~20% faster while measured slower). */
  perceivedAiBoost: cal(0.2, null, 'share', 'S5'),
  /** How strongly reported velocity follows merged output; set so the mandate alone reports about F4's +40%. */
  reportedOutputElasticity: cal(0.25, null, 'factor', 'F4'),
  /** Lowest merged output, against the pre-run pace, that reported velocity still follows. */
  perceivedLinesFloor: p(0.1, 'share', 'reasoning'),
  /** How much each target weighs in the board's verdict: its dashboard shows adoption first (D13). */
  boardWeightAdoption: p(3, 'factor', 'A0', 'reasoning'),
  boardWeightLines: p(2, 'factor', 'A0', 'reasoning'),
  boardWeightBudget: p(2, 'factor', 'F9', 'reasoning'),
  boardWeightFeatures: p(1, 'factor', 'reasoning'),
  boardWeightIncidents: p(1, 'factor', 'reasoning'),
  boardWeightBreaches: p(2, 'factor', 'F7', 'reasoning'),
  /** Share of the pre-run feature pace the board counts as keeping up. */
  boardFeaturesGoal: p(0.95, 'share', 'reasoning'),
  /** Share of weighted targets met for each verdict: pleased, satisfied, concerned (below that, displeased). */
  boardPleasedShare: p(0.8, 'share', 'reasoning'),
  boardSatisfiedShare: p(0.6, 'share', 'reasoning'),
  boardConcernedShare: p(0.4, 'share', 'reasoning'),
  /** Board confidence gained or lost with each verdict. */
  boardConfidencePleased: p(0.1, 'share', 'reasoning'),
  boardConfidenceSatisfied: p(0.03, 'share', 'reasoning'),
  boardConfidenceConcerned: p(-0.07, 'share', 'reasoning'),
  boardConfidenceDispleased: p(-0.15, 'share', 'reasoning'),

  // ---------------- Event cards ----------------
  /** Weeks before a card that has fired may fire again, unless it names its own cooldown: a quarter. */
  cardCooldownWeeks: p(13, 'weeks', 'reasoning'),

  // ---------------- Cause chains (explanations only; they do not feed back into the model) ----------------
  // An incident or breach lists the conditions that held in its week. These thresholds say
  // when a condition is worth naming; the model runs the same whatever they are.
  /** Typical change size, against hand-written, past which large changes are named. */
  causeLargeChange: p(1.5, 'factor', 'S4', 'S1'),
  /** Test catch rate, or pipeline capability for breaches, under which weak tests are named. */
  causeWeakTests: p(0.5, 'share', 'F6', 'reasoning'),
  /** Ownership under which low ownership is named. */
  causeLowOwnership: p(0.7, 'share', 'A1', 'reasoning'),
  /** Restore time, against the base, past which a slow restore is named. */
  causeSlowRestore: p(2, 'factor', 'A0', 'reasoning'),

  // ---------------- Score (the debrief's; it does not feed back into the model) ----------------
  // Each component maps its measure to 0..100 with a smooth Hill curve,
  // 100 / (1 + (x / mid)^steepness) (rising for features, falling for the rest), so
  // a little better always scores a little higher and no threshold can be gamed.
  // The weights make no single rule win: shipping alone, or never risking
  // anything, both leave points on the table.
  /** Weight of features delivered against the team's own pre-run pace. */
  scoreWeightFeatures: p(0.3, 'share', 'reasoning'),
  /** Weight of stability: incidents and change failure rate. */
  scoreWeightStability: p(0.2, 'share', 'reasoning'),
  /** Weight of recovery: time to restore service. */
  scoreWeightRecovery: p(0.1, 'share', 'reasoning'),
  /** Weight of people: departures and morale. */
  scoreWeightPeople: p(0.15, 'share', 'reasoning'),
  /** Weight of cost: spending against the board's budget. */
  scoreWeightCost: p(0.1, 'share', 'reasoning'),
  /** Weight of customers affected by outages and breaches. */
  scoreWeightCustomers: p(0.15, 'share', 'reasoning'),
  /** Features delivered, as a multiple of the pre-run pace, that score 50: the old pace alone is a pass, not a win. */
  scoreFeaturesMid: p(1, 'factor', 'reasoning'),
  /** How sharply the features score rises around its midpoint. */
  scoreFeaturesSteepness: p(4, 'factor', 'reasoning'),
  /** Incidents a week that score 50 on stability (about four a quarter, past the board's tolerance). */
  scoreIncidentsMid: p(0.3, 'per week', 'reasoning'),
  scoreIncidentsSteepness: p(2, 'factor', 'reasoning'),
  /** Change failure rate that scores 50 (DORA's low performers fail one change in five or more). */
  scoreCfrMid: p(0.2, 'share', 'S2', 'reasoning'),
  scoreCfrSteepness: p(2, 'factor', 'reasoning'),
  /** Mean time to restore that scores 50 on recovery. */
  scoreRestoreMid: p(5, 'hours', 'reasoning'),
  scoreRestoreSteepness: p(3, 'factor', 'reasoning'),
  /** Departures a year, as a share of the team, that score 50 (about twice the usual attrition). */
  scoreDeparturesMid: p(0.2, 'share', 'reasoning'),
  scoreDeparturesSteepness: p(2, 'factor', 'reasoning'),
  /** How much a layoff counts as a departure, against a quit: the cut is a choice, but people still lose their jobs. */
  scoreLayoffWeight: p(0.5, 'factor', 'F8', 'reasoning'),
  /** Mean morale that scores 50 on the morale half of people. */
  scoreMoraleMid: p(0.5, 'share', 'reasoning'),
  /** Width of the morale curve: a tenth of morale either side of the midpoint moves the score about a quarter. */
  scoreMoraleWidth: p(0.08, 'share', 'reasoning'),
  /** Spending as a multiple of the budget that scores 50: a small overrun costs little, a large one a lot. */
  scoreCostMid: p(1.25, 'factor', 'reasoning'),
  scoreCostSteepness: p(8, 'factor', 'reasoning'),
  /** Customers affected a week that score 50 on customers (about ten million a year). */
  scoreCustomersMid: p(200_000, 'customers', 'reasoning'),
  scoreCustomersSteepness: p(1.5, 'factor', 'reasoning'),

  // ---------------- Debrief: which dynamics showed (reads a finished run; no feedback) ----------------
  // A dynamic is reported only when the trajectory crosses its threshold; its strength
  // is 1 - threshold / measure (0 at the threshold, 0.5 at twice it, towards 1 beyond).
  /** Weeks averaged to smooth a trajectory before it is compared (a month). */
  dynWindowWeeks: p(4, 'weeks', 'reasoning'),
  /** Lines written, as a multiple of the team's pre-run pace, past which generation counts as multiplied (D1, D13). */
  dynLinesGrowth: p(1.5, 'factor', 'F3'),
  /** Lines growth over features growth past which the board's numbers and customers' diverge (D1, D13). */
  dynGapRatio: p(1.5, 'factor', 'F3', 'F4'),
  /** Review depth under which review counts as skimmed (D2). */
  dynSkimDepth: p(0.9, 'share', 'S1'),
  /** Share of merged lines that skipped review past which review counts as skipped (D2, D10). */
  dynSkipShare: p(0.02, 'share', 'S4'),
  /** Fall in lines per reviewer-hour past which review counts as slowed (D2). */
  dynReviewSlowdown: p(0.1, 'share', 'S4'),
  /** Fall in the share of the codebase the team understands that counts as erosion (D4). */
  dynOwnershipFall: p(0.05, 'share', 'A1'),
  /** Rework, in full-time engineers' worth of hours a week, that counts as eating the gain (D5). */
  dynReworkEngineers: p(3, 'people', 'F4'),
  /** Weeks seniors must spend past their load threshold before they count as the bottleneck (D6). */
  dynSeniorWeeks: p(4, 'weeks', 'reasoning'),
  /** Gap between senior morale and everyone else's that counts as seniors bearing the load (D6). */
  dynMoraleGap: p(0.04, 'share', 'reasoning'),
  /** Fall in deploys a week, against the pre-run pace, that counts as throttled delivery (D7). */
  dynDeployDrop: p(0.25, 'share', 'F10'),
  /** Share of the team laid off that counts as a cut to review capacity (D8). */
  dynLayoffShare: p(0.03, 'share', 'F8'),
  /** Measured adoption above real adoption, in points, that counts as a gamed metric (D9). */
  dynAdoptionInflation: p(0.05, 'share', 'F11'),
  /** Growth in open vulnerabilities that counts as security debt (D11). */
  dynVulnGrowth: p(1.3, 'factor', 'F7'),
  /** Pipeline capability reached that counts as having invested in it (D12). */
  dynPipelineLevel: p(0.5, 'share', 'F6'),
  /** Real AI adoption that counts as having scaled AI use (D12). */
  dynAdoption: p(0.4, 'share', 'F1'),
  /** Rise in perceived velocity that counts as feeling faster (D14). */
  dynPerceivedRise: p(0.05, 'share', 'S5'),
  /** Rise in lead time, as a multiple of the pace before the run, that counts as measurably slower (D7, D14). */
  dynLeadTimeRise: p(1.5, 'factor', 'S5', 'S4'),
  /**
   * Fall in features shipped a week, against the pace before the run, that counts as measurably
   * slower (D14). A smaller fall is within the spread of one quarter's weeks, and a debrief that
   * called it slower would claim what the run does not show.
   */
  dynFeaturesFall: p(0.1, 'share', 'reasoning'),
} as const satisfies Record<string, Param>;

export type ParamKey = keyof typeof PARAMS;

export type ParamValues = { readonly [K in ParamKey]: number };

function valuesAt(reading: EvidenceReading): ParamValues {
  return Object.fromEntries(
    Object.entries(PARAMS).map(([k, v]: [string, Param]) => [
      k,
      reading === 'central' || !v.evidence ? v.value : v.evidence[reading],
    ]),
  ) as ParamValues;
}

const BY_READING: Readonly<Record<EvidenceReading, ParamValues>> = {
  low: valuesAt('low'),
  central: valuesAt('central'),
  high: valuesAt('high'),
};

/** Every parameter's value at a reading of the evidence (tables built once, shared). */
export function paramValues(reading: EvidenceReading): ParamValues {
  return BY_READING[reading] ?? BY_READING.central;
}

/** Plain values at the central reading: numbers that no reading moves may be read from here. */
export const V: ParamValues = BY_READING.central;
