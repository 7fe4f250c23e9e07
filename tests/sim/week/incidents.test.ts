// Surfacing and incidents: a share of latent defects surfaces each week; surfacing defects
// become incidents, more of them where ownership is low; each incident is billed and seniors
// owe response hours next week.
import { describe, expect, it } from 'vitest';
import { V } from '../../../src/sim/index.ts';
import { incidentsPhase, surfacingPhase } from '../../../src/sim/week/incidents.ts';
import { NO_CONDITIONS, workOn } from './fixture.ts';

const integration = { escapedDefects: 0, aiShareMerged: 0, testCatch: 0.3 };

function incidentsOver(seeds: number, ownership: number): number {
  let total = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const work = workOn(() => {}, seed);
    total += incidentsPhase(work, {
      pipelineLevel: 0,
      defectsSurfaced: 2000,
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
      st.latentDefects = 1000;
    });
    expect(surfacingPhase(work).defectsSurfaced).toBeCloseTo(1000 * V.defectManifestRate, 9);
    expect(work.st.latentDefects).toBeCloseTo(1000 * (1 - V.defectManifestRate), 9);
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
      defectsSurfaced: 5000,
      ownership: 0.5,
      integration,
      conditions: NO_CONDITIONS,
    });
    while (out.incidents === 0 && seed < 50) {
      seed += 1;
      work = workOn(() => {}, seed);
      out = incidentsPhase(work, {
        pipelineLevel: 0,
        defectsSurfaced: 5000,
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
});
