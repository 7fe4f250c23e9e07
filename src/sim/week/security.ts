/** Security: vulnerabilities accumulate until found or exploited; a breach hits hard (D11). */

import type { Pools } from '../origin.ts';
import { addPools, drawPool, poolsTotal, scalePools } from '../origin.ts';
import { V } from '../params.ts';
import { lognormal, poisson } from '../rng.ts';
import type { Levers } from '../types.ts';
import { LEVELS } from '../types.ts';
import type { WeekConditions } from './causes.ts';
import { breachCauses } from './causes.ts';
import type { WeekWork } from './work.ts';
import { clamp01 } from './work.ts';

export interface SecurityInput {
  readonly levers: Levers;
  readonly pipelineLevel: number;
  /** Vulnerabilities shipped to production this week, by origin and review path. */
  readonly escapedVulns: Pools;
  readonly conditions: WeekConditions;
}

export interface SecurityOutput {
  /** Major breaches this week: at most one. */
  readonly breaches: number;
  readonly customersAffected: number;
}

export function securityPhase(work: WeekWork, input: SecurityInput): SecurityOutput {
  const { st, week, rng, events, ledger } = work;
  // Scanners of a security review sweep the code already in production, not only new changes.
  scalePools(
    st.openVulns,
    1 - V.vulnDiscoveryRate - (input.levers.securityReview ? V.securityReviewDiscovery : 0),
  );
  addPools(st.openVulns, input.escapedVulns);
  const breaches = Math.min(1, poisson(rng, poolsTotal(st.openVulns) * V.breachPerVulnWeek));
  if (breaches === 0) return { breaches, customersAffected: 0 };
  // The vulnerability behind the breach, with its own origin and review path.
  const { origin, path } = drawPool(rng, st.openVulns);
  const customers = Math.round(V.breachCustomers * lognormal(rng, V.breachSigma));
  const cost = V.breachCost * Math.sqrt(customers / V.breachCustomers);
  ledger.breaches += cost;
  scalePools(st.openVulns, 1 - V.breachSweepShare);
  st.boardConfidence = clamp01(st.boardConfidence - V.breachBoardHit);
  for (const l of LEVELS) st.staff[l].morale = clamp01(st.staff[l].morale - V.breachMoraleHit);
  events.push({
    kind: 'breach',
    week,
    customers,
    cost,
    origin,
    path,
    chain: breachCauses(input.conditions, {
      origin,
      path,
      securityReview: input.levers.securityReview,
      pipelineLevel: input.pipelineLevel,
    }),
  });
  return { breaches, customersAffected: customers };
}
