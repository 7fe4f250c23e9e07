import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalDecisions,
  resultsCodeOf,
  runOfCode,
} from '../../src/content/canonical-decisions.ts';
import { CARDS } from '../../src/content/cards.ts';
import type { CodedRun } from '../../src/content/results-code.ts';
import {
  CODE_CARDS,
  CODE_MODES,
  CODE_SCENARIOS,
  CODE_VERSION,
  crc32,
  decodeResultsCode,
  encodeResultsCode,
  MAX_CODE_LENGTH,
  toBase64Url,
} from '../../src/content/results-code.ts';
import { SCENARIOS } from '../../src/content/scenarios.ts';
import type { WeekDecisions } from '../../src/sim/index.ts';
import {
  EVIDENCE_READINGS,
  MODEL_VERSION,
  PRESSURES,
  policyToDecisions,
} from '../../src/sim/index.ts';

/** A code made today: the central reading of the current model. */
const NOW = { evidence: 'central', modelVersion: MODEL_VERSION } as const;

const share = fc.oneof(
  fc.integer({ min: 0, max: 20 }).map((k) => k / 20),
  fc.integer({ min: 0, max: 100 }).map((k) => k / 100),
  fc
    .double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true })
    .map((x) => (Object.is(x, -0) ? 0 : x)),
);
const counts = fc
  .record(
    {
      junior: fc.integer({ min: 0, max: 200 }),
      mid: fc.integer({ min: 0, max: 200 }),
      senior: fc.integer({ min: 0, max: 200 }),
    },
    { requiredKeys: [] },
  )
  .filter((c) => Object.keys(c).length > 0);
const levers = fc
  .record(
    {
      aiMandate: share,
      leaderboard: fc.boolean(),
      seniorReviewShare: share,
      seniorSignoff: fc.boolean(),
      deadlinePressure: fc.constantFrom(...PRESSURES),
      pipelineInvestment: share,
      securityReview: fc.boolean(),
    },
    { requiredKeys: [] },
  )
  .filter((l) => Object.keys(l).length > 0);
const choices = fc
  .uniqueArray(fc.integer({ min: 0, max: CODE_CARDS.length - 1 }), { minLength: 1, maxLength: 4 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((i) =>
        fc
          .constantFrom(...(CODE_CARDS[i]?.choices ?? []))
          .map((c) => [CODE_CARDS[i]?.id ?? '', c] as const),
      ),
    ),
  )
  .map((pairs) => Object.fromEntries(pairs));
const week: fc.Arbitrary<WeekDecisions> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({}) },
  {
    weight: 2,
    arbitrary: fc.record({ levers, hire: counts, layoff: counts, choices }, { requiredKeys: [] }),
  },
);
const codedRun: fc.Arbitrary<CodedRun> = fc
  .record({
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    scenarioId: fc.constantFrom(...CODE_SCENARIOS),
    weeks: fc.integer({ min: 1, max: 60 }),
    mode: fc.constantFrom(...CODE_MODES),
    decisions: fc.array(week, { maxLength: 60 }),
    evidence: fc.constantFrom(...EVIDENCE_READINGS),
    modelVersion: fc.integer({ min: 1, max: MODEL_VERSION }),
  })
  .map((r) => ({ ...r, decisions: r.decisions.slice(0, r.weeks) }));

describe('results code: round trip', () => {
  it('decodes every encodable run to the same run', () => {
    fc.assert(
      fc.property(codedRun, (run) => {
        const code = encodeResultsCode(run);
        expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
        const back = decodeResultsCode(code);
        expect(back).toEqual({ ok: true, run });
      }),
      { numRuns: 400 },
    );
  });

  it('trimmed decisions replay the identical trajectory, and the code of the run replays it too', () => {
    const loose: fc.Arbitrary<WeekDecisions> = fc.oneof(
      { weight: 2, arbitrary: fc.constant({}) },
      {
        weight: 3,
        arbitrary: fc.record(
          {
            levers,
            hire: counts,
            layoff: fc.record({ junior: fc.integer({ min: 0, max: 4 }) }),
            // Answers for any card, pending or not, as a policy gives them.
            choices: fc.constant(
              Object.fromEntries(CARDS.map((c) => [c.id, c.choices.at(-1)?.id ?? ''])),
            ),
          },
          { requiredKeys: [] },
        ),
      },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.constantFrom(...SCENARIOS.map((s) => s.id)),
        fc.array(loose, { minLength: 12, maxLength: 12 }),
        (seed, scenarioId, decisions) => {
          const run: CodedRun = {
            seed,
            scenarioId,
            weeks: 12,
            mode: 'scenario',
            decisions,
            ...NOW,
          };
          const original = runOfCode(run);
          const decoded = decodeResultsCode(resultsCodeOf(run));
          expect(decoded.ok).toBe(true);
          if (!decoded.ok) return;
          const replayed = runOfCode(decoded.run);
          expect(replayed.weeks).toEqual(original.weeks);
          expect(replayed.events).toEqual(original.events);
          expect(replayed.summary).toEqual(original.summary);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps codes short for typical runs', () => {
    // A player who moves a few levers now and then, hires twice and answers the cards.
    const typical = (weeks: number): CodedRun => {
      const decisions: WeekDecisions[] = Array.from({ length: weeks }, () => ({}));
      for (let w = 0; w < weeks; w += 4) {
        decisions[w] = { levers: { aiMandate: ((w * 5) % 100) / 100, seniorReviewShare: 0.35 } };
      }
      decisions[1] = { hire: { senior: 2, mid: 3 }, levers: { seniorSignoff: true } };
      decisions[Math.floor(weeks / 2)] = {
        levers: { pipelineInvestment: 0.6, deadlinePressure: 'crunch' },
      };
      return {
        seed: 3_141_592_653,
        scenarioId: 'mandate',
        weeks,
        mode: 'scenario',
        decisions,
        ...NOW,
      };
    };
    const lengths = [12, 26, 52].map((w) => resultsCodeOf(typical(w)).length);
    console.info(
      `results code length, typical 12/26/52-week runs: ${lengths.join(' / ')} characters`,
    );
    expect(lengths[2]).toBeLessThan(120);
  });

  it('knows every scenario, card and choice of the game (append new ones to the tables)', () => {
    for (const s of SCENARIOS) expect(CODE_SCENARIOS).toContain(s.id);
    for (const c of CARDS) {
      const coded = CODE_CARDS.find((x) => x.id === c.id);
      expect(coded?.choices).toEqual(c.choices.map((x) => x.id));
    }
  });

  it('a CLI policy run replays from its code', () => {
    const scenario = SCENARIOS.find((s) => s.id === 'layoffs');
    if (!scenario) throw new Error('no layoffs scenario');
    const decisions = policyToDecisions(
      {
        aiMandate: 0.83,
        eventChoices: { breach: 'audit', 'review-backlog': 'fix-it-week' },
        staffing: [{ week: 3, hire: { senior: 2 } }],
      },
      26,
    );
    const run: CodedRun = {
      seed: 7,
      scenarioId: 'layoffs',
      weeks: 26,
      mode: 'scenario',
      decisions,
      ...NOW,
    };
    expect(canonicalDecisions(run).length).toBe(26);
    const decoded = decodeResultsCode(resultsCodeOf(run));
    if (!decoded.ok) throw new Error(decoded.problem.kind);
    expect(runOfCode(decoded.run).weeks).toEqual(runOfCode(run).weeks);
  });
});

describe('results code: refused cleanly', () => {
  const good = resultsCodeOf({
    seed: 42,
    scenarioId: 'pipeline',
    weeks: 26,
    mode: 'scenario',
    ...NOW,
    decisions: [
      { levers: { aiMandate: 0.5 } },
      {},
      { hire: { senior: 2 } },
      ...Array.from({ length: 23 }, () => ({})),
    ],
  });

  it('names the part that is wrong', () => {
    expect(decodeResultsCode('')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(decodeResultsCode('   ')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(decodeResultsCode('x'.repeat(MAX_CODE_LENGTH + 1))).toEqual({
      ok: false,
      problem: { kind: 'tooLong', max: MAX_CODE_LENGTH },
    });
    expect(decodeResultsCode(`${good.slice(0, 5)}+${good.slice(6)}`)).toEqual({
      ok: false,
      problem: { kind: 'characters', at: 6, char: '+' },
    });
    expect(decodeResultsCode(good.slice(0, 8))).toEqual({
      ok: false,
      problem: { kind: 'truncated' },
    });
    const flipped = good.slice(0, 10) + (good[10] === 'A' ? 'B' : 'A') + good.slice(11);
    expect(decodeResultsCode(flipped)).toEqual({ ok: false, problem: { kind: 'checksum' } });
  });

  it('tells a newer or unknown version apart from a mistyped code', () => {
    const withVersion = (v: number): string => {
      // Version 2 and later carry the evidence reading and the model version after the mode.
      const head = v >= 2 ? [v, 1, 1, MODEL_VERSION] : [v, 1];
      const body = Uint8Array.from([...head, 42, 4, 26, 0, 0]);
      const bytes = new Uint8Array(body.length + 4);
      bytes.set(body);
      new DataView(bytes.buffer).setUint32(body.length, crc32(body));
      return toBase64Url(bytes);
    };
    // A run without a learning check is still written as version 2 (version 3 adds the check).
    expect(decodeResultsCode(withVersion(2)).ok).toBe(true);
    expect(decodeResultsCode(withVersion(CODE_VERSION + 1))).toEqual({
      ok: false,
      problem: { kind: 'newerVersion', version: CODE_VERSION + 1 },
    });
    // A code from before the evidence readings: the central reading of the first model.
    const old = decodeResultsCode(withVersion(1));
    expect(old.ok && old.run.evidence).toBe('central');
    expect(old.ok && old.run.modelVersion).toBe(1);
    expect(decodeResultsCode(withVersion(0))).toEqual({
      ok: false,
      problem: { kind: 'unknownVersion', version: 0 },
    });
  });

  it("still opens a code made on the first model, and replays it on today's", () => {
    // Made before the evidence readings (code version 1, model 1): the mandate scenario,
    // seed 5, 12 weeks of examples/policy-sound.json as it stood then.
    const decoded = decodeResultsCode('AQEFAAwMAgDlAQQYJFAGAwMGATCzstq5');
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.run).toMatchObject({
      seed: 5,
      scenarioId: 'mandate',
      weeks: 12,
      evidence: 'central',
      modelVersion: 1,
    });
    expect(decoded.run.decisions[0]?.levers?.aiMandate).toBe(0.3);
    expect(runOfCode(decoded.run).weeks).toHaveLength(12);
  });

  it('refuses 1,000 corrupted codes, each with a reason, and never yields another run', () => {
    const original = decodeResultsCode(good);
    expect(original.ok).toBe(true);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const corruption = fc.oneof(
      fc.integer({ min: 0, max: good.length - 1 }).map((n) => good.slice(0, n)),
      fc
        .tuple(fc.integer({ min: 0, max: good.length - 1 }), fc.constantFrom(...alphabet))
        .filter(([i, c]) => good[i] !== c)
        .map(([i, c]) => good.slice(0, i) + c + good.slice(i + 1)),
      fc
        .tuple(fc.integer({ min: 0, max: good.length - 2 }))
        .filter(([i]) => good[i] !== good[i + 1])
        .map(([i]) => good.slice(0, i) + good[i + 1] + good[i] + good.slice(i + 2)),
      fc
        .integer({ min: 1, max: CODE_VERSION + 200 })
        .filter((v) => v !== CODE_VERSION)
        .map((v) => alphabet[v % 64] + good.slice(1)),
      fc.constantFrom('', ' ', '\n', '?code=', 'null', 'undefined'),
      fc.integer({ min: MAX_CODE_LENGTH + 1, max: MAX_CODE_LENGTH * 40 }).map((n) => 'A'.repeat(n)),
      fc
        .string({ minLength: 1, maxLength: 80, unit: 'grapheme' })
        .filter((s) => /[^A-Za-z0-9_-]/.test(s.trim())),
      fc
        .tuple(
          fc.integer({ min: 0, max: good.length }),
          fc.constantFrom('+', '/', '=', '%', ' x', '€', '😀'),
        )
        .map(([i, c]) => good.slice(0, i) + c + good.slice(i)),
      fc.string({ minLength: 1, maxLength: 200, unit: fc.constantFrom(...alphabet) }),
      fc.integer({ min: 1, max: 60 }).map((n) => good + 'A'.repeat(n)),
    );
    const reasons = new Map<string, number>();
    fc.assert(
      fc.property(corruption, (bad) => {
        fc.pre(bad.trim() !== good);
        const r = decodeResultsCode(bad);
        expect(r.ok).toBe(false);
        if (!r.ok) reasons.set(r.problem.kind, (reasons.get(r.problem.kind) ?? 0) + 1);
      }),
      { numRuns: 1000 },
    );
    console.info(
      `corrupted codes refused, by reason: ${JSON.stringify(Object.fromEntries(reasons))}`,
    );
    expect(reasons.size).toBeGreaterThanOrEqual(5);
  });
});
