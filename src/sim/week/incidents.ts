/**
 * Production defects: the share that surfaces each week (fixing it is unplanned work), and
 * the incidents they cause, worse where nobody understands the code (D3).
 */
import { modProduct } from '../cards.ts';
import { V } from '../params.ts';
import { lognormal, poisson } from '../rng.ts';
import type { WeekConditions } from './causes.ts';
import { incidentCauses } from './causes.ts';
import type { IntegrationOutput } from './integration.ts';
import type { WeekWork } from './work.ts';
import { weightedMorale } from './work.ts';

export interface SurfacingOutput {
  /** Latent production defects that surfaced this week. */
  readonly defectsSurfaced: number;
}

/** Defects already in production surface before anyone plans the week's hours. */
export function surfacingPhase(work: WeekWork): SurfacingOutput {
  const { st } = work;
  const defectsSurfaced = st.latentDefects * V.defectManifestRate;
  st.latentDefects -= defectsSurfaced;
  return { defectsSurfaced };
}

export interface IncidentsInput {
  readonly pipelineLevel: number;
  readonly defectsSurfaced: number;
  readonly ownership: number;
  readonly integration: Pick<IntegrationOutput, 'escapedDefects' | 'aiShareMerged' | 'testCatch'>;
  readonly conditions: WeekConditions;
}

export interface IncidentsOutput {
  readonly incidents: number;
  readonly customersAffected: number;
  /** Hours to restore a typical incident this week (before its blast radius). */
  readonly typicalRestore: number;
}

export function incidentsPhase(work: WeekWork, input: IncidentsInput): IncidentsOutput {
  const { st, week, rng, events, ledger } = work;
  const { pipelineLevel, ownership, integration } = input;
  st.latentDefects += integration.escapedDefects;
  const ownershipRisk =
    (1 + V.ownershipRiskWeight * (1 - ownership)) /
    (1 + V.ownershipRiskWeight * (1 - V.ownershipRef));
  const incidentRate =
    input.defectsSurfaced *
    V.incidentPerDefect *
    ownershipRisk *
    (1 - V.pipelineIncidentCut * pipelineLevel) *
    modProduct(st.modifiers, 'incidentRisk');
  const incidents = poisson(rng, incidentRate);
  const aiShare = integration.aiShareMerged;
  const prSizeRatio = (aiShare * V.aiPrLines + (1 - aiShare) * V.humanPrLines) / V.humanPrLines;
  const typicalRestore =
    (V.restoreHoursBase *
      (1 + V.restoreOwnershipWeight * (1 - ownership)) *
      (1 - V.restorePipelineCut * pipelineLevel)) /
    (V.restoreMoraleBase + V.restoreMoraleSlope * weightedMorale(st));
  let customersAffected = 0;
  for (let i = 0; i < incidents; i++) {
    const blastRadius =
      lognormal(rng, V.blastSigma) *
      prSizeRatio ** V.blastChangeSizeExponent *
      (1 + (1 - ownership));
    const restoreHours = typicalRestore * blastRadius ** V.blastRestoreExponent;
    const customers = Math.round(
      V.customersPerOutageHour * restoreHours * blastRadius ** V.blastCustomersExponent,
    );
    customersAffected += customers;
    ledger.incidents += V.incidentCostFixed + V.incidentCostPerCustomer * customers;
    events.push({
      kind: 'incident',
      week,
      customers,
      restoreHours,
      blastRadius,
      chain: incidentCauses(input.conditions, {
        prSizeRatio,
        testCatch: integration.testCatch,
        ownership,
        restoreHours,
      }),
    });
  }
  // This week's incidents pull seniors into war rooms next week (D6).
  st.incidentHoursOwed = incidents * V.incidentResponseHours;
  return { incidents, customersAffected, typicalRestore };
}
