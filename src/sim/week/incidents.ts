/**
 * Production defects: the share that surfaces each week (fixing it is unplanned work), and
 * the incidents they cause, worse where nobody understands the code (D3).
 */
import { modProduct } from '../cards.ts';
import type { Pools } from '../origin.ts';
import { addPools, drawPool, poolsTotal, scaledPools, scalePools } from '../origin.ts';
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
  /** The same, by origin and review path: an incident's own defect is drawn from them. */
  readonly surfaced: Pools;
}

/** Defects already in production surface before anyone plans the week's hours. */
export function surfacingPhase(work: WeekWork): SurfacingOutput {
  const { st } = work;
  const surfaced = scaledPools(st.latentDefects, V.defectManifestRate);
  scalePools(st.latentDefects, 1 - V.defectManifestRate);
  return { defectsSurfaced: poolsTotal(surfaced), surfaced };
}

export interface IncidentsInput {
  readonly pipelineLevel: number;
  readonly surfacing: SurfacingOutput;
  readonly ownership: number;
  readonly integration: Pick<
    IntegrationOutput,
    'escapedDefectPools' | 'aiShareMerged' | 'testCatch' | 'aiChangeLines'
  >;
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
  addPools(st.latentDefects, integration.escapedDefectPools);
  const ownershipRisk =
    (1 + V.ownershipRiskWeight * (1 - ownership)) /
    (1 + V.ownershipRiskWeight * (1 - V.ownershipRef));
  const incidentRate =
    input.surfacing.defectsSurfaced *
    V.incidentPerDefect *
    ownershipRisk *
    (1 - V.pipelineIncidentCut * pipelineLevel) *
    modProduct(st.modifiers, 'incidentRisk');
  const incidents = poisson(rng, incidentRate);
  const aiChangeSize = integration.aiChangeLines / V.humanPrLines;
  const typicalRestore =
    (V.restoreHoursBase *
      (1 + V.restoreOwnershipWeight * (1 - ownership)) *
      (1 - V.restorePipelineCut * pipelineLevel)) /
    (V.restoreMoraleBase + V.restoreMoraleSlope * weightedMorale(st));
  let customersAffected = 0;
  for (let i = 0; i < incidents; i++) {
    // The defect behind this incident, drawn from those surfacing: its own origin and review path.
    const { origin, path } = drawPool(rng, input.surfacing.surfaced);
    const changeSize = origin === 'ai' ? aiChangeSize : 1;
    const blastRadius =
      lognormal(rng, V.blastSigma) *
      changeSize ** V.blastChangeSizeExponent *
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
      origin,
      path,
      chain: incidentCauses(input.conditions, {
        origin,
        path,
        changeSize,
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
