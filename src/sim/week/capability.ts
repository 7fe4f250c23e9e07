/** Adoption and pipeline capability move toward what the levers ask, with lags. */
import { V } from '../params.ts';
import type { Levers } from '../types.ts';
import type { WeekWork } from './work.ts';
import { clamp01 } from './work.ts';

export interface CapabilityInput {
  readonly levers: Levers;
}

export interface CapabilityOutput {
  /** Real AI adoption this week, 0..1. */
  readonly adoption: number;
  /** Adoption as the dashboard measures it: a leaderboard inflates it (D9). */
  readonly measuredAdoption: number;
  /** Pipeline capability this week, 0..1. */
  readonly pipelineLevel: number;
  readonly crunch: boolean;
}

/** Real adoption after a week of moving toward the mandate: people take up tools with a lag. */
export function nextAdoption(adoption: number, aiMandate: number): number {
  return clamp01(adoption + (aiMandate - adoption) * V.adoptionSpeed);
}

export function capabilityPhase(work: WeekWork, input: CapabilityInput): CapabilityOutput {
  const { st } = work;
  const { levers } = input;
  st.adoption = nextAdoption(st.adoption, levers.aiMandate);
  st.leaderboardWeeks = levers.leaderboard ? st.leaderboardWeeks + 1 : 0;
  st.pipelineLevel = clamp01(
    st.pipelineLevel +
      V.pipelineBuildRate * Math.max(0, levers.pipelineInvestment - st.pipelineLevel) -
      V.pipelineDecay * Math.max(0, st.pipelineLevel - levers.pipelineInvestment),
  );
  return {
    adoption: st.adoption,
    measuredAdoption: clamp01(
      st.adoption + (levers.leaderboard ? V.leaderboardAdoptionInflation : 0),
    ),
    pipelineLevel: st.pipelineLevel,
    crunch: levers.deadlinePressure === 'crunch',
  };
}
