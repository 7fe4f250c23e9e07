// Surfacing and incidents: a share of latent defects surfaces each week; surfacing defects
// become incidents, more of them where ownership is low; each incident is billed and seniors
// owe response hours next week.
import { describe, expect, it } from 'vitest';
import type { Origin } from '../../../src/sim/index.ts';
import { V } from '../../../src/sim/index.ts';
import { poolsTotal } from '../../../src/sim/origin.ts';
import { incidentsPhase, surfacingPhase } from '../../../src/sim/week/incidents.ts';
import { NO_CONDITIONS, poolsOf, workOn } from './fixture.ts';

const integration = {
  escapedDefectPools: poolsOf(0),
  aiShareMerged: 0,
  testCatch: 0.3,
  aiChangeLines: V.humanPrLines,
};

/** Defects surfacing this week, all from one origin. */
const surfacing = (n: number, origin: Origin = 'human') => ({
  defectsSurfaced: n,
  surfaced: poolsOf(n, origin),
});

function incidentsOver(seeds: number, ownership: number): number {
  let total = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const work = workOn(() => {}, seed);
    total += incidentsPhase(work, {
      pipelineLevel: 0,
      surfacing: surfacing(2000),
      ownership,
      integration,
      conditions: NO_CONDITIONS,
    }).incidents;
  }
  return total;
}

describe('surfacingPhase', () => {
  it('surfaces a fixed share of the latent defects', () => {
    const work = workOn((st) => {
      st.latentDefects = poolsOf(1000, 'ai', 'skimmed');
    });
    const out = surfacingPhase(work);
    expect(out.defectsSurfaced).toBeCloseTo(1000 * V.defectManifestRate, 9);
    expect(out.surfaced.ai.skimmed).toBeCloseTo(1000 * V.defectManifestRate, 9);
    expect(poolsTotal(work.st.latentDefects)).toBeCloseTo(1000 * (1 - V.defectManifestRate), 9);
  });
});

describe('incidentsPhase', () => {
  it('raises more incidents where nobody understands the code', () => {
    expect(incidentsOver(200, 0.2)).toBeGreaterThan(incidentsOver(200, 0.95));
  });

  it('bills each incident, records its causes, and books next week’s response hours', () => {
    let seed = 1;
    let work = workOn(() => {}, seed);
    let out = incidentsPhase(work, {
      pipelineLevel: 0,
      surfacing: surfacing(5000),
      ownership: 0.5,
      integration,
      conditions: NO_CONDITIONS,
    });
    while (out.incidents === 0 && seed < 50) {
      seed += 1;
      work = workOn(() => {}, seed);
      out = incidentsPhase(work, {
        pipelineLevel: 0,
        surfacing: surfacing(5000),
        ownership: 0.5,
        integration,
        conditions: NO_CONDITIONS,
      });
    }
    expect(out.incidents).toBeGreaterThan(0);
    expect(work.ledger.incidents).toBeCloseTo(
      out.incidents * V.incidentCostFixed + V.incidentCostPerCustomer * out.customersAffected,
      6,
    );
    expect(work.st.incidentHoursOwed).toBe(out.incidents * V.incidentResponseHours);
    const incidentEvents = work.events.filter((e) => e.kind === 'incident');
    expect(incidentEvents).toHaveLength(out.incidents);
    for (const e of incidentEvents) {
      if (e.kind === 'incident') expect(e.chain.map((c) => c.link)).toContain('lowOwnership');
    }
  });

  it("names the origin of each incident's own defect: AI links only for AI-assisted changes", () => {
    for (const origin of ['human', 'ai'] as const) {
      for (let seed = 1; seed <= 20; seed++) {
        const work = workOn(() => {}, seed);
        incidentsPhase(work, {
          pipelineLevel: 0,
          surfacing: surfacing(5000, origin),
          ownership: 0.9,
          integration: { ...integration, aiShareMerged: 0.9, aiChangeLines: V.aiPrLines },
          conditions: { ...NO_CONDITIONS, aiShareMerged: 0.9 },
        });
        for (const e of work.events) {
          if (e.kind !== 'incident') continue;
          expect(e.origin).toBe(origin);
          const links = e.chain.map((c) => c.link);
          expect(links.includes('aiVolume')).toBe(origin === 'ai');
          expect(links.includes('largeChanges')).toBe(origin === 'ai');
        }
      }
    }
  });
});
