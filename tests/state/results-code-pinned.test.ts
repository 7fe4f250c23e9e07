// Codes written before the levers were declared in one table (src/sim/levers.ts), by the encoder
// of that time (code version 1), pinned here: the table-derived format must decode them to the
// same run, lever by lever (every lever, every pressure option), and write it back faithfully.
import { describe, expect, it } from 'vitest';
import type { CodedRun } from '../../src/content/results-code.ts';
import { decodeResultsCode, encodeResultsCode } from '../../src/content/results-code.ts';

/** What a version 1 code holds: no reading of the evidence, and no model version. */
type V1Run = Omit<CodedRun, 'evidence' | 'modelVersion'>;

const PINNED: ReadonlyArray<[string, V1Run]> = [
  [
    'AQIHBRoFBAB_F0AcKAGSAwAEAwECAMEEAAM_v5rdNzljXwEAAgAoAFCWwJGP',
    {
      seed: 7,
      scenarioId: 'sandbox',
      weeks: 26,
      mode: 'sandbox',
      decisions: [
        {
          levers: {
            aiMandate: 0.8,
            leaderboard: true,
            seniorReviewShare: 0.35,
            seniorSignoff: true,
            deadlinePressure: 'crunch',
            pipelineInvestment: 0.5,
            securityReview: true,
          },
        },
        {},
        {
          levers: { deadlinePressure: 'relaxed', leaderboard: false },
          hire: { senior: 3 },
          layoff: { junior: 2 },
        },
        { levers: { aiMandate: 0.123456789, securityReview: false }, choices: { breach: 'audit' } },
        { levers: { seniorSignoff: false, pipelineInvestment: 1 } },
      ],
    },
  ],
  [
    'AQEqAAwCAgAQCAAEBNivXws',
    {
      seed: 42,
      scenarioId: 'mandate',
      weeks: 12,
      mode: 'scenario',
      decisions: [
        { levers: { deadlinePressure: 'normal' } },
        { levers: { seniorReviewShare: 0.05 } },
      ],
    },
  ],
];

describe('results codes written before the lever table', () => {
  it.each(PINNED)(
    '%s decodes to the same run, read as the central reading of model 1',
    (code, run) => {
      const decoded = decodeResultsCode(code);
      const asV1 = { ...run, evidence: 'central', modelVersion: 1 } as const;
      expect(decoded).toEqual({ ok: true, run: asV1 });
      // Today's encoder writes the same run as a version 2 code, which reads back the same.
      expect(decodeResultsCode(encodeResultsCode(asV1))).toEqual({ ok: true, run: asV1 });
    },
  );
});
