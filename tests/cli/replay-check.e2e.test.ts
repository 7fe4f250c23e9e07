// `npm run sim -- --replay CODE` with the learning check: the check's answers and scores print
// beside the run, the run's part as it prints without a check; a damaged check is named and
// left out; a `later` code prints its check alone.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECK_ITEMS } from '../../src/content/learning-check.ts';
import type { CodedRun } from '../../src/content/results-code.ts';
import { encodeLaterCode, encodeResultsCode, toBase64Url } from '../../src/content/results-code.ts';
import { MODEL_VERSION } from '../../src/sim/index.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TIMEOUT = 60_000;

function sim(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/sim.ts', ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (err, stdout, stderr) => {
        done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

const RUN: CodedRun = {
  seed: 7,
  scenarioId: 'mandate',
  weeks: 12,
  mode: 'scenario',
  evidence: 'central',
  modelVersion: MODEL_VERSION,
  decisions: [{ levers: { aiMandate: 0.9 } }],
};
const CHECKED: CodedRun = {
  ...RUN,
  check: {
    firstForm: 'B',
    before: [
      { item: 'stock-flow', choice: 'turned' },
      { item: 'attribution', choice: 'careless' },
      { item: 'levers', choice: 'not-sure' },
    ],
    after: CHECK_ITEMS.map((i) => ({ item: i.id, choice: i.right })),
    prediction: { features: 60, incidents: 2, confidence: 4 },
  },
};

describe.concurrent('npm run sim -- --replay with a learning check', () => {
  it(
    'prints the check scored beside the run, the run as it prints without a check',
    async () => {
      const [plain, checked] = await Promise.all([
        sim('--replay', encodeResultsCode(RUN)),
        sim('--replay', encodeResultsCode(CHECKED)),
      ]);
      expect(checked.stderr).toBe('');
      const a = JSON.parse(plain.stdout);
      const b = JSON.parse(checked.stdout);
      const { check, code, ...run } = b;
      const { code: _plainCode, ...plainRun } = a;
      expect(run).toEqual(plainRun);
      expect(code).toBe(encodeResultsCode(CHECKED));
      // Before (form B): nothing right; after (form A): all six; gain (100 - 0) / (100 - 0) = 1.
      expect(check).toMatchObject({
        firstForm: 'B',
        before: { form: 'B', correct: 0, percent: 0 },
        after: { form: 'A', correct: 6, percent: 100 },
        gain: 1,
        attribution: { before: 'careless', after: 'overloaded-review' },
      });
      expect(check.before.items.map((i: { outcome: string }) => i.outcome)).toEqual([
        'incorrect',
        'unanswered',
        'incorrect',
        'notSure',
        'unanswered',
        'unanswered',
      ]);
      // The truth is the run's own summary; the gap is in percent of the sound policy's figure.
      const t = check.prediction.truth;
      expect(t.features).toBe(a.summary.featuresShipped);
      expect(t.incidents).toBe(a.summary.incidents);
      expect(check.prediction.gap.features).toBeCloseTo(
        (100 * (60 - t.features)) / Math.max(t.soundFeatures, 1),
        3,
      );
    },
    TIMEOUT,
  );

  it(
    'names a damaged check and replays the run without it',
    async () => {
      const bytes = Uint8Array.from(Buffer.from(encodeResultsCode(CHECKED), 'base64url'));
      bytes[bytes.length - 6] = (bytes[bytes.length - 6] ?? 0) ^ 1;
      const r = await sim('--replay', toBase64Url(bytes));
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.check).toBeUndefined();
      expect(out.checkProblem).toMatch(/learning check.*left out, the run is kept/);
      expect(out.weeks).toHaveLength(12);
    },
    TIMEOUT,
  );

  it(
    'prints a later code as its check alone, and refuses it as CSV',
    async () => {
      const later = encodeLaterCode({
        form: 'A',
        answers: [
          { item: 'transfer', choice: 'queue' },
          { item: 'prediction', choice: 'lead-only' },
        ],
      });
      const [json, csv] = await Promise.all([
        sim('--replay', later),
        sim('--replay', later, '--format', 'csv'),
      ]);
      expect(JSON.parse(json.stdout)).toMatchObject({
        later: { form: 'A', correct: 1, percent: expect.closeTo(100 / 6, 3) },
      });
      expect(csv.code).toBe(2);
      expect(csv.stderr).toMatch(/learning check alone/);
    },
    TIMEOUT,
  );
});
