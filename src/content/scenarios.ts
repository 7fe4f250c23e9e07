/**
 * Scenario presets: a starting organisation, the levers in force, and what the
 * board expects. Names and briefs are i18n keys (`scenarios.<id>.name|brief`).
 */
import type { Levers, Scenario, ScenarioStart } from '../sim/index.ts';
import { defaultLevers } from '../sim/index.ts';

/** The retailer's engineering organisation before the mandate: ~100 engineers, a quarter senior. */
const ORG: ScenarioStart = {
  staff: { junior: 25, mid: 50, senior: 25 },
  morale: 0.7,
  adoption: 0,
  pipelineLevel: 0,
  codebaseKloc: 1500,
  ownership: 0.8,
  openVulns: 180,
  boardConfidence: 0.6,
  // Salaries come to about $412k a week; the rest is room for tools, compute and investment.
  weeklyBudget: 500_000,
};

/** The levers before any mandate: the lever table's defaults. */
const CALM: Levers = defaultLevers();

const scenario = (
  id: string,
  start: Partial<ScenarioStart>,
  levers: Partial<Levers>,
  extra: Partial<Pick<Scenario, 'scripted' | 'boardAdoptionTarget' | 'defaultWeeks'>> = {},
): Scenario => ({
  id,
  nameKey: `scenarios.${id}.name`,
  briefKey: `scenarios.${id}.brief`,
  start: { ...ORG, ...start },
  levers: { ...CALM, ...levers },
  boardAdoptionTarget: extra.boardAdoptionTarget ?? 0,
  defaultWeeks: extra.defaultWeeks ?? 26,
  ...(extra.scripted ? { scripted: extra.scripted } : {}),
});

export const SCENARIOS: readonly Scenario[] = [
  // The mandate has just been announced: the board wants more than 80% weekly use (F2).
  scenario('mandate', { adoption: 0.3 }, { aiMandate: 0.8 }, { boardAdoptionTarget: 0.8 }),
  // After the outages: senior sign-off on all AI code (F10), deadlines tight, fewer seniors.
  scenario(
    'signoff-crunch',
    {
      staff: { junior: 30, mid: 52, senior: 18 },
      adoption: 0.8,
      ownership: 0.62,
      morale: 0.55,
      openVulns: 400,
      boardConfidence: 0.45,
    },
    { aiMandate: 0.85, seniorSignoff: true, deadlinePressure: 'crunch' },
    { boardAdoptionTarget: 0.8 },
  ),
  // A usage leaderboard ranks engineers by tokens (F11).
  scenario(
    'leaderboard',
    { adoption: 0.5 },
    { aiMandate: 0.8, leaderboard: true },
    { boardAdoptionTarget: 0.8 },
  ),
  // Layoffs announced to fund AI (F8, F9): the cut lands in week 2.
  scenario(
    'layoffs',
    { adoption: 0.4, weeklyBudget: 460_000 },
    { aiMandate: 0.8 },
    { boardAdoptionTarget: 0.8, scripted: [{ week: 2, layoff: { junior: 4, mid: 6, senior: 4 } }] },
  ),
  // A team that invested in its pipeline at the pace of adoption (F6's recommendation).
  scenario(
    'pipeline',
    { adoption: 0.5, pipelineLevel: 0.6, ownership: 0.82, openVulns: 120, boardConfidence: 0.65 },
    { aiMandate: 0.6, seniorReviewShare: 0.4, pipelineInvestment: 0.8, securityReview: true },
    { boardAdoptionTarget: 0.8 },
  ),
  // Every lever free; the org starts where the mandate found it.
  scenario('sandbox', {}, {}, { defaultWeeks: 52 }),
];

export const SCENARIO_IDS = SCENARIOS.map((s) => s.id);

export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
