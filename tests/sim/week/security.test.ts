// The security phase: escaped vulnerabilities pile up; when one is exploited the breach costs
// money, board confidence and morale, and a sweep fixes part of the open ones.
import { describe, expect, it } from 'vitest';
import { V } from '../../../src/sim/index.ts';
import { poolsTotal } from '../../../src/sim/origin.ts';
import { securityPhase } from '../../../src/sim/week/security.ts';
import { leversWith, NO_CONDITIONS, poolsOf, workOn } from './fixture.ts';

describe('securityPhase', () => {
  it('adds escaped vulnerabilities to those still open', () => {
    const work = workOn((st) => {
      st.openVulns = poolsOf(0);
    });
    const out = securityPhase(work, {
      levers: leversWith(work, {}),
      pipelineLevel: 0,
      escapedVulns: poolsOf(10),
      conditions: NO_CONDITIONS,
    });
    expect(out.breaches).toBe(0);
    expect(poolsTotal(work.st.openVulns)).toBe(10);
  });

  it('makes a breach cost money, confidence and morale, and sweeps vulnerabilities', () => {
    // So many open vulnerabilities that a breach is all but certain.
    const work = workOn((st) => {
      st.openVulns = poolsOf(1e7);
    });
    const confidence = work.st.boardConfidence;
    const morale = work.st.staff.mid.morale;
    const out = securityPhase(work, {
      levers: leversWith(work, { securityReview: false }),
      pipelineLevel: 0,
      escapedVulns: poolsOf(0),
      conditions: NO_CONDITIONS,
    });
    expect(out.breaches).toBe(1);
    expect(work.ledger.breaches).toBeGreaterThan(0);
    expect(work.st.boardConfidence).toBeCloseTo(confidence - V.breachBoardHit, 12);
    expect(work.st.staff.mid.morale).toBeCloseTo(morale - V.breachMoraleHit, 12);
    expect(poolsTotal(work.st.openVulns)).toBeCloseTo(
      1e7 * (1 - V.vulnDiscoveryRate) * (1 - V.breachSweepShare),
      3,
    );
    const breach = work.events.find((e) => e.kind === 'breach');
    expect(breach?.kind === 'breach' && breach.chain.map((c) => c.link)).toContain(
      'noSecurityReview',
    );
    // A hand-written vulnerability: nothing in its chain speaks of AI.
    expect(breach?.kind === 'breach' && breach.origin).toBe('human');
    expect(breach?.kind === 'breach' && breach.chain.map((c) => c.link)).not.toContain('aiVulns');
  });

  it('a security review also sweeps what is already in production', () => {
    const open = (securityReview: boolean) => {
      const work = workOn((st) => {
        st.openVulns = poolsOf(1000);
      });
      securityPhase(work, {
        levers: leversWith(work, { securityReview }),
        pipelineLevel: 0,
        escapedVulns: poolsOf(0),
        conditions: NO_CONDITIONS,
      });
      return poolsTotal(work.st.openVulns);
    };
    expect(open(true)).toBeLessThan(open(false));
  });
});
