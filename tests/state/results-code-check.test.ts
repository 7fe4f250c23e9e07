// Results code version 3: the learning check rides in a section of its own. Codes round-trip the
// answers (property test); codes without a check are the same strings as before (golden); a
// damaged check is left out with its reason while the run is kept; a `later` code holds the
// check alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckAnswer, CheckRecord, LaterCheck } from '../../src/content/learning-check.ts';
import {
  CHECK_FORMS,
  CHECK_ITEMS,
  CONFIDENCE_LEVELS,
  MAX_GUESS,
  NOT_SURE,
} from '../../src/content/learning-check.ts';
import type { CodedRun } from '../../src/content/results-code.ts';
import {
  CODE_VERSION,
  decodeResultsCode,
  encodeLaterCode,
  encodeResultsCode,
  readCode,
  toBase64Url,
} from '../../src/content/results-code.ts';

const sitting: fc.Arbitrary<CheckAnswer[]> = fc
  .shuffledSubarray([...CHECK_ITEMS])
  .chain((items) =>
    fc.tuple(
      ...items.map((item) =>
        fc
          .constantFrom(NOT_SURE, ...item.options)
          .map((choice): CheckAnswer => ({ item: item.id, choice })),
      ),
    ),
  );
const check: fc.Arbitrary<CheckRecord> = fc.record(
  {
    firstForm: fc.constantFrom(...CHECK_FORMS),
    before: sitting,
    after: sitting,
    prediction: fc.record({
      features: fc.integer({ min: 0, max: MAX_GUESS }),
      incidents: fc.integer({ min: 0, max: MAX_GUESS }),
      confidence: fc.integer({ min: 1, max: CONFIDENCE_LEVELS }),
    }),
  },
  { requiredKeys: ['firstForm'] },
);
const later: fc.Arbitrary<LaterCheck> = fc.record({
  form: fc.constantFrom(...CHECK_FORMS),
  answers: sitting,
});

const RUN: CodedRun = {
  seed: 42,
  scenarioId: 'pipeline',
  weeks: 26,
  mode: 'scenario',
  evidence: 'central',
  modelVersion: 1,
  decisions: [{ levers: { aiMandate: 0.5 } }, {}, { hire: { senior: 2 } }],
};
const CHECKED: CodedRun = {
  ...RUN,
  check: {
    firstForm: 'B',
    before: [
      { item: 'stock-flow', choice: 'turned' },
      { item: 'attribution', choice: 'careless' },
      { item: 'levers', choice: NOT_SURE },
    ],
    after: CHECK_ITEMS.map((i) => ({ item: i.id, choice: i.right })),
    prediction: { features: 140, incidents: 3, confidence: 4 },
  },
};

describe('results codes without a check (golden)', () => {
  it('are written byte for byte as the encoder before the check wrote them, and read the same', () => {
    // Made by the version 2 encoder before the learning check existed.
    const golden: Array<[string, CodedRun]> = [
      ['AgEBASoEGgMCAAEoAYABBAKC4Q5o', RUN],
      [
        'AgAAAc3Mg9oLAAwDAgAcEhwBgAYBAgEAAlf75s4',
        {
          seed: 3_141_592_653,
          scenarioId: 'mandate',
          weeks: 12,
          mode: 'guided',
          evidence: 'low',
          modelVersion: 1,
          decisions: [
            {
              levers: { seniorSignoff: true, deadlinePressure: 'crunch', seniorReviewShare: 0.35 },
            },
            {},
            { choices: { breach: 'audit' }, layoff: { junior: 2 } },
          ],
        },
      ],
    ];
    for (const [code, run] of golden) {
      expect(encodeResultsCode(run)).toBe(code);
      // fast-check's records have no prototype, hence toEqual (which still sees every key).
      expect(decodeResultsCode(code)).toEqual({ ok: true, run });
    }
  });
});

describe('results codes with a check', () => {
  it('round-trip every run with every check', () => {
    fc.assert(
      fc.property(check, fc.integer({ min: 0, max: 0xffffffff }), (c, seed) => {
        const run: CodedRun = { ...RUN, seed, check: c };
        const code = encodeResultsCode(run);
        expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
        // fast-check's records have no prototype, hence toEqual (which still sees every key).
        expect(decodeResultsCode(code)).toEqual({ ok: true, run });
      }),
      { numRuns: 300 },
    );
  });

  it('are version 3, and stay short: a full check adds under 50 characters', () => {
    const code = encodeResultsCode(CHECKED);
    expect(readCode(code)).toStrictEqual({ ok: true, run: CHECKED });
    const bytes = Buffer.from(code, 'base64url');
    expect(bytes[0]).toBe(CODE_VERSION);
    expect(code.length - encodeResultsCode(RUN).length).toBeLessThan(50);
  });

  it('refuse answers the game could never record', () => {
    const bad = (c: CheckRecord) => () => encodeResultsCode({ ...RUN, check: c });
    expect(bad({ firstForm: 'A', before: [{ item: 'levers', choice: 'nope' }] })).toThrow();
    const twice = { item: 'levers', choice: NOT_SURE } as const;
    expect(bad({ firstForm: 'A', before: [twice, twice] })).toThrow();
    expect(
      bad({ firstForm: 'A', prediction: { features: 1, incidents: 1, confidence: 9 } }),
    ).toThrow();
  });
});

describe('a damaged check section', () => {
  const code = encodeResultsCode(CHECKED);
  const runPart = encodeResultsCode(RUN); // how long the run's part is, roughly
  const bytes = Uint8Array.from(Buffer.from(code, 'base64url'));

  it('is left out with its reason while the run is kept', () => {
    // Flip a byte of the check section (after the run and its checksum): the whole code's
    // checksum fails, the run's holds.
    const flipped = bytes.slice();
    const at = bytes.length - 6;
    flipped[at] = (flipped[at] ?? 0) ^ 0x10;
    expect(decodeResultsCode(toBase64Url(flipped))).toStrictEqual({
      ok: true,
      run: RUN,
      checkProblem: { kind: 'checksum' },
    });
  });

  it('that passes its checksum but cannot be read is refused by name, the run kept', () => {
    // A section written by hand: flags say "before", then an item index no item has.
    const head = bytes.slice(0, bytes.length - 4);
    // Keep everything up to the run's checksum, then write a bad section and seal it again.
    const runEnd = head.length - (head.length - findRunEnd(head));
    const body = Uint8Array.from([...head.slice(0, runEnd), 0b10, 1, 99, 0]);
    const sealed = new Uint8Array(body.length + 4);
    sealed.set(body);
    new DataView(sealed.buffer).setUint32(body.length, crc32Of(body));
    expect(decodeResultsCode(toBase64Url(sealed))).toStrictEqual({
      ok: true,
      run: RUN,
      checkProblem: { kind: 'content', field: 'item' },
    });
  });

  it('never yields other answers, and the run is never another run', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const corruption = fc.oneof(
      fc
        .tuple(fc.integer({ min: 0, max: code.length - 1 }), fc.constantFrom(...alphabet))
        .filter(([i, c]) => code[i] !== c)
        .map(([i, c]) => code.slice(0, i) + c + code.slice(i + 1)),
      fc.integer({ min: 1, max: code.length - 1 }).map((n) => code.slice(0, n)),
      fc.integer({ min: 1, max: 20 }).map((n) => code + 'A'.repeat(n)),
    );
    let kept = 0;
    fc.assert(
      fc.property(corruption, (bad) => {
        fc.pre(bad !== code);
        const r = decodeResultsCode(bad);
        if (!r.ok) return;
        // Accepted only as the same run, with its check left out and a reason given.
        expect(r.run).toStrictEqual(RUN);
        expect(r.checkProblem).toBeDefined();
        kept += 1;
      }),
      { numRuns: 1000 },
    );
    console.info(
      `corrupted checked codes: ${kept} of 1000 kept the run (${runPart.length} of ${code.length} characters are the run's)`,
    );
    expect(kept).toBeGreaterThan(0);
  });
});

describe('a later code (the check alone)', () => {
  it('round-trips, and is refused as a run with a reason of its own', () => {
    fc.assert(
      fc.property(later, (l) => {
        const code = encodeLaterCode(l);
        expect(readCode(code)).toEqual({ ok: true, later: l });
        expect(decodeResultsCode(code)).toStrictEqual({
          ok: false,
          problem: { kind: 'checkOnly' },
        });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a damaged one whole: it holds nothing else to keep', () => {
    const code = encodeLaterCode({ form: 'A', answers: [{ item: 'transfer', choice: 'queue' }] });
    const bad = code.slice(0, 4) + (code[4] === 'A' ? 'B' : 'A') + code.slice(5);
    expect(readCode(bad)).toStrictEqual({ ok: false, problem: { kind: 'checksum' } });
  });
});

/** Where the run's part (and its checksum) ends in a version 3 code's bytes. */
function findRunEnd(body: Uint8Array): number {
  let length = 0;
  let scale = 1;
  let at = 2;
  for (;;) {
    const b = body[at] ?? 0;
    at += 1;
    length += (b & 0x7f) * scale;
    if ((b & 0x80) === 0) break;
    scale *= 0x80;
  }
  return at + length + 4;
}

function crc32Of(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
