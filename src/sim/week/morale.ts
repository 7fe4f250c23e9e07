/**
 * Morale: every level drifts toward a target set by pressure, surveillance, layoffs,
 * incidents and shipping; seniors' also by their review and mentoring load (D6).
 */
import { modSum } from '../cards.ts';
import { V } from '../params.ts';
import type { Levers } from '../types.ts';
import { LEVELS } from '../types.ts';
import type { WeekWork } from './work.ts';
import { clamp, clamp01 } from './work.ts';

export interface MoraleInput {
  readonly levers: Levers;
  readonly pipelineLevel: number;
  readonly crunch: boolean;
  readonly shortfall: number;
  readonly seniorLoad: number;
  /** Review load: pending lines over full-depth capacity. */
  readonly reviewLoad: number;
  readonly incidents: number;
  readonly breaches: number;
  readonly featuresShipped: number;
}

export function moralePhase(work: WeekWork, input: MoraleInput): void {
  const { st } = work;
  const { levers } = input;
  st.incidentFatigue =
    st.incidentFatigue * V.incidentFatigueDecay +
    input.incidents +
    V.breachFatigueWeight * input.breaches;
  const shipping =
    V.moraleShipping *
    clamp(st.expectedFeatures > 0 ? input.featuresShipped / st.expectedFeatures - 1 : 0, -1, 1);
  const common =
    V.moraleBase +
    (input.crunch ? V.moraleCrunch : levers.deadlinePressure === 'relaxed' ? V.moraleRelaxed : 0) +
    (levers.leaderboard ? V.moraleLeaderboard : 0) +
    // The grudge against a mandate is about tools that do not help; a platform that makes
    // them help takes it away (S7).
    levers.aiMandate * (1 - input.pipelineLevel) * V.moraleMandate +
    st.layoffFear * V.moraleLayoffFear +
    input.shortfall * V.moraleShortfall +
    st.incidentFatigue * V.moraleIncident +
    shipping +
    modSum(st.modifiers, 'morale');
  const seniorExtra =
    V.moraleSeniorLoad * Math.max(0, input.seniorLoad - V.seniorLoadThreshold) +
    V.moraleReviewOverload * clamp(input.reviewLoad - 1, 0, V.reviewOverloadCap);
  for (const l of LEVELS) {
    const target = clamp01(common + (l === 'senior' ? seniorExtra : 0));
    const cohort = st.staff[l];
    cohort.morale = clamp01(cohort.morale + (target - cohort.morale) * V.moraleAdjustRate);
  }
  st.layoffFear *= V.layoffFearDecay;
  st.expectedFeatures +=
    V.expectedFeaturesSmoothing * (input.featuresShipped - st.expectedFeatures);
}
