/** Security: vulnerabilities accumulate until found or exploited; a breach hits hard (D11). */
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
  /** Vulnerabilities shipped to production this week. */
  readonly escapedVulns: number;
  readonly conditions: WeekConditions;
}

export interface SecurityOutput {
  /** Major breaches this week: at most one. */
  readonly breaches: number;
  readonly customersAffected: number;
}

export function securityPhase(work: WeekWork, input: SecurityInput): SecurityOutput {
  const { st, week, rng, events, ledger } = work;
  st.openVulns = st.openVulns * (1 - V.vulnDiscoveryRate) + input.escapedVulns;
  const breaches = Math.min(1, poisson(rng, st.openVulns * V.breachPerVulnWeek));
  if (breaches === 0) return { breaches, customersAffected: 0 };
  const customers = Math.round(V.breachCustomers * lognormal(rng, V.breachSigma));
  const cost = V.breachCost * Math.sqrt(customers / V.breachCustomers);
  ledger.breaches += cost;
  st.openVulns *= 1 - V.breachSweepShare;
  st.boardConfidence = clamp01(st.boardConfidence - V.breachBoardHit);
  for (const l of LEVELS) st.staff[l].morale = clamp01(st.staff[l].morale - V.breachMoraleHit);
  events.push({
    kind: 'breach',
    week,
    customers,
    cost,
    chain: breachCauses(input.conditions, {
      securityReview: input.levers.securityReview,
      pipelineLevel: input.pipelineLevel,
    }),
  });
  return { breaches, customersAffected: customers };
}
