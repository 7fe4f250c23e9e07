/**
 * The `sim` command end to end, as a child process. Each spawn costs about a
 * second (Node plus tsx), so there are few of them and they run concurrently.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MANDATE_ONLY_POLICY, SOUND_POLICY } from '../../src/content/policies.ts';
import { parsePolicy, SUMMARY_FIELDS } from '../../src/sim/index.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TIMEOUT = 60_000;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function sim(...args: string[]): Promise<Outcome> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/sim.ts', ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

describe.concurrent('npm run sim', () => {
  it(
    'prints one run as JSON with a week object per week',
    async () => {
      const r = await sim('--scenario', 'mandate', '--seed', '3', '--weeks', '12');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.scenario).toBe('mandate');
      expect(out.seed).toBe(3);
      expect(out.weeks).toHaveLength(12);
      expect(out.weeks.map((w: { week: number }) => w.week)).toEqual(
        Array.from({ length: 12 }, (_, i) => i + 1),
      );
      expect(Array.isArray(out.events)).toBe(true);
      expect(out.summary.weeks).toBe(12);
    },
    TIMEOUT,
  );

  it(
    'prints a Monte Carlo summary for --runs 5',
    async () => {
      const r = await sim('--scenario', 'mandate', '--runs', '5', '--weeks', '26');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.runs).toBe(5);
      for (const f of SUMMARY_FIELDS) {
        for (const k of ['mean', 'p10', 'p50', 'p90']) {
          expect(typeof out.summary[f][k], `${f}.${k}`).toBe('number');
        }
      }
      expect(out.shareWithBreach).toBeGreaterThanOrEqual(0);
      expect(out.shareWithBreach).toBeLessThanOrEqual(1);
    },
    TIMEOUT,
  );

  it(
    'prints CSV: a header and a row a week, with a policy file',
    async () => {
      const r = await sim(
        '--weeks',
        '20',
        '--format',
        'csv',
        '--policy',
        join(ROOT, 'examples', 'policy-sound.json'),
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(21);
      expect(lines[0]?.startsWith('week,engineers,')).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'refuses a bad policy file with exit 2 and one line, no stack',
    async () => {
      const r = await sim(
        '--policy',
        join(ROOT, 'tests', 'cli', 'fixtures', 'policy-bad-week.json'),
      );
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        'sim: policy field staffing[0].week: expected a whole week number from 1 to 520\n',
      );
      expect(r.stderr).not.toMatch(/^\s+at /m);
    },
    TIMEOUT,
  );

  it(
    'refuses bad arguments with exit 2 and one line',
    async () => {
      const r = await sim('--weeks', 'abc');
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('sim: --weeks must be a whole number from 1 to 520 (got "abc")\n');
    },
    TIMEOUT,
  );

  it(
    "carries the run's results code, and --replay CODE prints the same run byte for byte",
    async () => {
      const policy = join(ROOT, 'examples', 'policy-sound.json');
      const run = await sim(
        '--scenario',
        'pipeline',
        '--seed',
        '9',
        '--weeks',
        '26',
        '--policy',
        policy,
      );
      expect(run.code).toBe(0);
      const code = JSON.parse(run.stdout).code as string;
      expect(code).toMatch(/^[A-Za-z0-9_-]{16,80}$/);
      const [replayed, csvRun, csvReplay] = await Promise.all([
        sim('--replay', code),
        sim(
          '--scenario',
          'pipeline',
          '--seed',
          '9',
          '--weeks',
          '26',
          '--policy',
          policy,
          '--format',
          'csv',
        ),
        sim(`--replay=${code}`, '--format', 'csv'),
      ]);
      expect(replayed.stderr).toBe('');
      expect(replayed.stdout).toBe(run.stdout);
      expect(csvReplay.stdout).toBe(csvRun.stdout);
    },
    TIMEOUT,
  );

  it(
    '--evidence low runs every ranged parameter at its low reading, and its code replays it',
    async () => {
      const args = ['--scenario', 'sandbox', '--seed', '4', '--weeks', '12'];
      const [low, central] = await Promise.all([
        sim(
          ...args,
          '--evidence',
          'low',
          '--policy',
          join(ROOT, 'examples', 'policy-mandate.json'),
        ),
        sim(...args, '--policy', join(ROOT, 'examples', 'policy-mandate.json')),
      ]);
      expect(low.code).toBe(0);
      const out = JSON.parse(low.stdout);
      expect(out.evidence).toBe('low');
      expect(JSON.parse(central.stdout).evidence).toBe('central');
      // The low reading writes more AI lines for less feature content (params.ts ranges).
      expect(out.summary.linesWritten).toBeGreaterThan(
        JSON.parse(central.stdout).summary.linesWritten,
      );
      expect(typeof out.score.total).toBe('number');
      const replayed = await sim('--replay', out.code);
      expect(replayed.stdout).toBe(low.stdout);
    },
    TIMEOUT,
  );

  it(
    '--list-params prints the table as JSON; a bad --evidence exits 2 naming the choices',
    async () => {
      const [list, bad] = await Promise.all([
        sim('--list-params'),
        sim('--evidence', 'optimistic'),
      ]);
      expect(list.code).toBe(0);
      const table = JSON.parse(list.stdout);
      expect(table.aiTaskSpeed.kind).toBe('calibrated');
      expect(table.aiTaskSpeed.evidence.low).toBeLessThan(table.aiTaskSpeed.value);
      expect(table.hoursPerWeek.kind).toBe('assumed');
      expect(bad.code).toBe(2);
      expect(bad.stderr).toBe('sim: --evidence must be low, central or high (got "optimistic")\n');
    },
    TIMEOUT,
  );

  it(
    'refuses a mistyped results code with exit 2 and says what is wrong',
    async () => {
      const run = await sim('--scenario', 'mandate', '--seed', '2', '--weeks', '12');
      const code = JSON.parse(run.stdout).code as string;
      const typo = code.slice(0, 8) + (code[8] === 'Q' ? 'R' : 'Q') + code.slice(9);
      const [bad, clash] = await Promise.all([
        sim('--replay', typo),
        sim('--replay', code, '--seed', '4'),
      ]);
      expect(bad.code).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toMatch(/^sim: the results code does not match its checksum/);
      expect(clash.code).toBe(2);
      expect(clash.stderr).toBe(
        'sim: --replay takes the whole run from the code; leave out --seed\n',
      );
    },
    TIMEOUT,
  );

  it(
    'prints byte-identical output for the same seed',
    async () => {
      const args = ['--scenario', 'layoffs', '--seed', '11', '--weeks', '26'];
      const [a, b] = await Promise.all([sim(...args), sim(...args)]);
      expect(a.code).toBe(0);
      expect(a.stdout.length).toBeGreaterThan(1000);
      expect(b.stdout).toBe(a.stdout);
    },
    TIMEOUT,
  );
});

describe('example policy files', () => {
  it.each([
    ['policy-sound.json', SOUND_POLICY],
    ['policy-mandate.json', MANDATE_ONLY_POLICY],
  ])('examples/%s mirrors the content policy', (file, policy) => {
    const parsed = parsePolicy(JSON.parse(readFileSync(join(ROOT, 'examples', file), 'utf8')));
    expect(parsed).toEqual({ ok: true, value: policy });
  });
});
