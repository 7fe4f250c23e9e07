// The lever table: each lever declared once, its kind matching its type, its default the calm
// organisation the scenarios start from; merging, parsing and sweeps follow the table.
import { describe, expect, it } from 'vitest';
import type { Levers } from '../../src/sim/index.ts';
import {
  BOOLEAN_LEVERS,
  CHOICE_LEVERS,
  defaultLevers,
  LEVER_NAMES,
  LEVER_SPECS,
  mergeLevers,
  PRESSURES,
  parsePolicy,
  SHARE_LEVERS,
  SWEEP_LEVERS,
} from '../../src/sim/index.ts';

describe('the lever table', () => {
  it('declares every lever once, in the order the results code depends on', () => {
    expect(LEVER_NAMES).toEqual([
      'aiMandate',
      'leaderboard',
      'seniorReviewShare',
      'seniorSignoff',
      'deadlinePressure',
      'pipelineInvestment',
      'securityReview',
    ]);
    expect([...SHARE_LEVERS, ...BOOLEAN_LEVERS, ...CHOICE_LEVERS].sort()).toEqual(
      [...LEVER_NAMES].sort(),
    );
    expect(SWEEP_LEVERS).toEqual(SHARE_LEVERS);
    expect(LEVER_SPECS.deadlinePressure.options).toEqual(PRESSURES);
  });

  it('defaults to the calm organisation, each default of its declared kind', () => {
    const calm: Levers = {
      aiMandate: 0,
      leaderboard: false,
      seniorReviewShare: 0.25,
      seniorSignoff: false,
      deadlinePressure: 'normal',
      pipelineInvestment: 0,
      securityReview: false,
    };
    expect(defaultLevers()).toEqual(calm);
  });

  it('clamps, refuses and keeps by kind when merging untrusted input', () => {
    const merged = mergeLevers(defaultLevers(), {
      aiMandate: 7,
      leaderboard: 'yes' as unknown as boolean,
      deadlinePressure: 'panic' as unknown as Levers['deadlinePressure'],
      securityReview: true,
    });
    expect(merged.aiMandate).toBe(1);
    expect(merged.leaderboard).toBe(false);
    expect(merged.deadlinePressure).toBe('normal');
    expect(merged.securityReview).toBe(true);
  });

  it('parses a policy by the same kinds, naming the options of a choice', () => {
    expect(parsePolicy({ deadlinePressure: 'panic' })).toEqual({
      ok: false,
      problem: { field: 'deadlinePressure', expected: `one of ${PRESSURES.join(', ')}` },
    });
    expect(parsePolicy({ pipelineInvestment: 2 }).ok).toBe(false);
    expect(parsePolicy({ seniorSignoff: true, aiMandate: 0.5 }).ok).toBe(true);
  });
});
