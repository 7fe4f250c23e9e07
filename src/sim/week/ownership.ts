/** Ownership: what merges with real review stays understood; churn and relearning move it (D4). */
import { V } from '../params.ts';
import type { ReviewPhaseOutput } from './review.ts';
import type { WeekWork } from './work.ts';
import { clamp01 } from './work.ts';

export interface OwnershipInput {
  readonly review: Pick<ReviewPhaseOutput, 'humanSplit' | 'aiSplit' | 'aiDepth'>;
  readonly mergedLines: number;
}

export interface OwnershipOutput {
  /** Share of the codebase the team understands, 0..1. */
  readonly ownership: number;
}

export function ownershipPhase(work: WeekWork, input: OwnershipInput): OwnershipOutput {
  const { st } = work;
  const { humanSplit, aiSplit, aiDepth } = input.review;
  const understood =
    humanSplit.reviewed.lines * V.understoodHuman +
    aiSplit.reviewed.lines * (V.understoodAiBase + V.understoodAiReview * aiDepth) +
    humanSplit.skipped.lines * V.understoodHumanSkipped +
    aiSplit.skipped.lines * V.understoodAiSkipped;
  st.codebaseKloc = (st.codebaseKloc + input.mergedLines / 1000) * (1 - V.codeChurn);
  st.understoodKloc = (st.understoodKloc + understood / 1000) * (1 - V.codeChurn);
  st.understoodKloc += V.relearnRate * (st.codebaseKloc - st.understoodKloc);
  return { ownership: st.codebaseKloc > 0 ? clamp01(st.understoodKloc / st.codebaseKloc) : 1 };
}
