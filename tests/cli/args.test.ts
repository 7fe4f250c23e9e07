import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FORMAT,
  DEFAULT_RUNS,
  DEFAULT_SCENARIO,
  DEFAULT_SEED,
  MAX_SEED,
  type Options,
  parseArgs,
  readPolicy,
  usage,
} from '../../src/cli/args.ts';
import { CARDS } from '../../src/content/cards.ts';
import { SCENARIOS } from '../../src/content/scenarios.ts';

function options(argv: string[]): Options {
  const r = parseArgs(argv);
  if (r.kind !== 'run') throw new Error(`expected options, got ${JSON.stringify(r)}`);
  return r.options;
}

function error(argv: string[]): string {
  const r = parseArgs(argv);
  if (r.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(r)}`);
  return r.message;
}

describe('parseArgs: defaults', () => {
  it('runs the sandbox once, seed 1, for its default weeks, as JSON', () => {
    const o = options([]);
    expect(o.scenario.id).toBe(DEFAULT_SCENARIO);
    expect(DEFAULT_SCENARIO).toBe('sandbox');
    expect(o.seed).toBe(DEFAULT_SEED);
    expect(DEFAULT_SEED).toBe(1);
    expect(o.weeks).toBe(o.scenario.defaultWeeks);
    expect(o.runs).toBe(DEFAULT_RUNS);
    expect(DEFAULT_RUNS).toBe(1);
    expect(o.format).toBe(DEFAULT_FORMAT);
    expect(DEFAULT_FORMAT).toBe('json');
    expect(o.policyFile).toBeUndefined();
  });

  it("takes weeks from the chosen scenario's default", () => {
    for (const s of SCENARIOS) {
      expect(options(['--scenario', s.id]).weeks).toBe(s.defaultWeeks);
    }
  });
});

describe('parseArgs: every flag', () => {
  it('reads each flag with its value as the next argument', () => {
    const o = options([
      '--scenario',
      'mandate',
      '--seed',
      '42',
      '--weeks',
      '12',
      '--policy',
      'p.json',
      '--runs',
      '5',
      '--format',
      'csv',
    ]);
    expect(o.scenario.id).toBe('mandate');
    expect(o.seed).toBe(42);
    expect(o.weeks).toBe(12);
    expect(o.policyFile).toBe('p.json');
    expect(o.runs).toBe(5);
    expect(o.format).toBe('csv');
  });

  it('reads --flag=value too', () => {
    const o = options(['--scenario=layoffs', '--seed=0', '--weeks=520', '--runs=100000']);
    expect(o.scenario.id).toBe('layoffs');
    expect(o.seed).toBe(0);
    expect(o.weeks).toBe(520);
    expect(o.runs).toBe(100_000);
  });

  it('accepts every scenario id from content', () => {
    for (const s of SCENARIOS) expect(options(['--scenario', s.id]).scenario).toBe(s);
  });

  it('accepts the bounds of each number', () => {
    expect(options(['--weeks', '1']).weeks).toBe(1);
    expect(options(['--seed', String(MAX_SEED)]).seed).toBe(MAX_SEED);
    expect(options(['--runs', '1']).runs).toBe(1);
    expect(options(['--format', 'json']).format).toBe('json');
  });

  it('answers --help and -h with help, wherever they stand', () => {
    expect(parseArgs(['--help']).kind).toBe('help');
    expect(parseArgs(['-h']).kind).toBe('help');
    expect(parseArgs(['--seed', '3', '--help']).kind).toBe('help');
  });

  it('lists every scenario id in the usage text', () => {
    const text = usage();
    for (const s of SCENARIOS) expect(text).toContain(s.id);
    for (const f of ['--scenario', '--seed', '--weeks', '--policy', '--runs', '--format']) {
      expect(text).toContain(f);
    }
  });
});

describe('parseArgs: bad input', () => {
  it.each([
    [['--frobnicate'], 'sim: unknown option "--frobnicate" (see --help)'],
    [['--seed=3', '--verbose=1'], 'sim: unknown option "--verbose" (see --help)'],
    [['mandate'], 'sim: unexpected argument "mandate" (see --help)'],
    [['--weeks'], 'sim: --weeks needs a value'],
    [['--policy', '--seed', '2'], 'sim: --policy needs a value'],
    [['--seed='], 'sim: --seed needs a value'],
    [['--seed', '1', '--seed', '2'], 'sim: --seed is given more than once'],
    [
      ['--scenario', 'nope'],
      'sim: unknown scenario "nope" (one of mandate, signoff-crunch, leaderboard, layoffs, pipeline, sandbox)',
    ],
    [['--seed', '-1'], 'sim: --seed must be a whole number from 0 to 4294967295 (got "-1")'],
    [['--seed', '1.5'], 'sim: --seed must be a whole number from 0 to 4294967295 (got "1.5")'],
    [['--seed', 'abc'], 'sim: --seed must be a whole number from 0 to 4294967295 (got "abc")'],
    [['--seed', '1e3'], 'sim: --seed must be a whole number from 0 to 4294967295 (got "1e3")'],
    [
      ['--seed', '4294967296'],
      'sim: --seed must be a whole number from 0 to 4294967295 (got "4294967296")',
    ],
    [['--weeks', 'abc'], 'sim: --weeks must be a whole number from 1 to 520 (got "abc")'],
    [['--weeks', '0'], 'sim: --weeks must be a whole number from 1 to 520 (got "0")'],
    [['--weeks', '521'], 'sim: --weeks must be a whole number from 1 to 520 (got "521")'],
    [['--weeks', ' 12'], 'sim: --weeks must be a whole number from 1 to 520 (got " 12")'],
    [['--runs', '0'], 'sim: --runs must be a whole number from 1 to 100000 (got "0")'],
    [['--runs', '100001'], 'sim: --runs must be a whole number from 1 to 100000 (got "100001")'],
    [['--runs', '2.5'], 'sim: --runs must be a whole number from 1 to 100000 (got "2.5")'],
    [
      ['--seed', String(MAX_SEED), '--runs', '2'],
      'sim: --seed 4294967295 with --runs 2 goes past the last seed, 4294967295',
    ],
    [['--format', 'xml'], 'sim: --format must be json or csv (got "xml")'],
    [['--format', 'JSON'], 'sim: --format must be json or csv (got "JSON")'],
  ])('%j -> %s', (argv, message) => {
    const got = error(argv);
    expect(got).toBe(message);
    expect(got).not.toContain('\n');
  });
});

describe('readPolicy', () => {
  it('reads a valid policy', () => {
    const r = readPolicy(
      JSON.stringify({
        aiMandate: 0.5,
        staffing: [{ week: 2, hire: { senior: 1 } }],
        eventChoices: { breach: 'audit' },
      }),
      'p.json',
    );
    expect(r).toEqual({
      ok: true,
      policy: {
        aiMandate: 0.5,
        staffing: [{ week: 2, hire: { senior: 1 } }],
        eventChoices: { breach: 'audit' },
      },
    });
  });

  it('accepts every choice of every card', () => {
    for (const card of CARDS) {
      for (const choice of card.choices) {
        const text = JSON.stringify({ eventChoices: { [card.id]: choice.id } });
        expect(readPolicy(text, 'p.json').ok).toBe(true);
      }
    }
  });

  it.each([
    ['{bad', /^sim: policy file "p\.json" is not valid JSON: .+$/],
    ['', /^sim: policy file "p\.json" is not valid JSON: .+$/],
    ['{\n  "aiMandate": 0.5,\n  oops\n}', /^sim: policy file "p\.json" is not valid JSON: [^\n]+$/],
    ['[]', /^sim: policy file "p\.json": expected a JSON object$/],
    [
      '{"staffing":[{"week":0}]}',
      /^sim: policy field staffing\[0\]\.week: expected a whole week number from 1 to 520$/,
    ],
    ['{"aiMandate":2}', /^sim: policy field aiMandate: expected a number from 0 to 1$/],
    ['{"leaderboard":"yes"}', /^sim: policy field leaderboard: expected true or false$/],
    [
      '{"deadlinePressure":"panic"}',
      /^sim: policy field deadlinePressure: expected one of relaxed, normal, crunch$/,
    ],
    ['{"speed":1}', /^sim: policy field speed: expected a known field$/],
    [
      '{"changes":[{"week":3,"aiMandate":-1}]}',
      /^sim: policy field changes\[0\]\.aiMandate: expected a number from 0 to 1$/,
    ],
    [
      '{"staffing":[{"week":3,"hire":{"principal":1}}]}',
      /^sim: policy field staffing\[0\]\.hire\.principal: expected junior, mid or senior$/,
    ],
    [
      '{"eventChoices":{"breach":"panic"}}',
      /^sim: policy field eventChoices\.breach: expected one of patch, security-review, audit \(got "panic"\)$/,
    ],
    [
      '{"eventChoices":{"no-such-card":"x"}}',
      /^sim: policy field eventChoices\.no-such-card: expected a card id \(one of breach, .+\)$/,
    ],
  ])('%j is refused with one line', (text, message) => {
    const r = readPolicy(text, 'p.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe('parseArgs: --replay', () => {
  it('takes the code and the format, and nothing that would contradict the code', () => {
    expect(parseArgs(['--replay', 'AQEF', '--format', 'csv'])).toEqual({
      kind: 'replay',
      code: 'AQEF',
      format: 'csv',
    });
    expect(parseArgs(['--replay=AQEF'])).toEqual({ kind: 'replay', code: 'AQEF', format: 'json' });
    expect(error(['--replay', 'AQEF', '--scenario', 'mandate', '--runs', '3'])).toBe(
      'sim: --replay takes the whole run from the code; leave out --scenario, --runs',
    );
    expect(error(['--replay'])).toBe('sim: --replay needs a value');
  });
});
