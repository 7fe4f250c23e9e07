/**
 * The `sim` command's arguments and policy files, read without touching the
 * outside world: argv in, options or one line saying what is wrong out.
 */
import { CARDS } from '../content/cards.ts';
import { findScenario, SCENARIOS } from '../content/scenarios.ts';
import type { EventCard, EvidenceReading, Policy, Scenario } from '../sim/index.ts';
import { EVIDENCE_READINGS, MAX_WEEKS, parsePolicy } from '../sim/index.ts';

export type Format = 'json' | 'csv';

export interface Options {
  scenario: Scenario;
  seed: number;
  weeks: number;
  runs: number;
  format: Format;
  /** Path of the policy file, as given; absent when no --policy. */
  policyFile?: string;
  /** Which end of the evidence every ranged parameter reads (see the model card). */
  evidence: EvidenceReading;
}

export type ParsedArgs =
  | { kind: 'run'; options: Options }
  | { kind: 'replay'; code: string; format: Format }
  | { kind: 'help' }
  | { kind: 'list-params' }
  | { kind: 'targets'; seed: number; runs: number; evidence: EvidenceReading | null }
  | { kind: 'error'; message: string };

export const DEFAULT_SCENARIO = 'sandbox';
export const DEFAULT_SEED = 1;
export const DEFAULT_RUNS = 1;
export const DEFAULT_FORMAT: Format = 'json';
export { MAX_WEEKS };
export const DEFAULT_EVIDENCE: EvidenceReading = 'central';
/** Seeds a target is measured over by default: dynamics.md asks for 200 or more. */
export const DEFAULT_TARGET_RUNS = 200;
export const MAX_RUNS = 100_000;
/** The PRNG is seeded from a 32-bit integer: larger seeds would repeat smaller ones. */
export const MAX_SEED = 4_294_967_295;

const FLAGS = [
  '--scenario',
  '--seed',
  '--weeks',
  '--policy',
  '--runs',
  '--format',
  '--replay',
  '--evidence',
] as const;
type Flag = (typeof FLAGS)[number];

/** Prefixes every message, so it reads like any other command-line tool's. */
export const fail = (message: string): { kind: 'error'; message: string } => ({
  kind: 'error',
  message: `sim: ${message}`,
});

const quote = (s: string): string => JSON.stringify(s);

export function usage(scenarios: readonly Scenario[] = SCENARIOS): string {
  const ids = scenarios.map((s) => `  ${s.id.padEnd(16)} ${s.defaultWeeks} weeks by default`);
  return [
    'Usage: npm run sim -- [options]',
    '',
    'Runs the game simulation headless and prints the weekly trajectory of one run,',
    'or a summary over many runs (seeds SEED .. SEED+RUNS-1).',
    '',
    'Options:',
    `  --scenario ID     scenario to run (default ${DEFAULT_SCENARIO})`,
    `  --seed N          seed of the first run, 0 to ${MAX_SEED} (default ${DEFAULT_SEED})`,
    `  --weeks N         weeks to simulate, 1 to ${MAX_WEEKS} (default: the scenario's length)`,
    '  --policy FILE     JSON policy: levers, lever changes, staffing moves, event choices',
    `                    (default: none; the scenario's levers stay as they are)`,
    `  --runs N          runs, 1 to ${MAX_RUNS}; more than 1 prints a Monte Carlo summary (default ${DEFAULT_RUNS})`,
    `  --format F        json or csv (default ${DEFAULT_FORMAT})`,
    '  --replay CODE     replays the run of a results code (from the game or a JSON run);',
    '                    prints it as a run: no other option but --format goes with it',
    '  --evidence R      low, central or high: every parameter with a published range at the',
    '                    end least favourable to AI, the middle, or the most favourable',
    `                    (default ${DEFAULT_EVIDENCE})`,
    '  --list-params     print the parameter table as JSON: value, unit, kind, sources, range',
    '  --targets         measure the calibration targets of dynamics.md (52-week sandbox runs',
    `                    against no AI) and print them as a Markdown table; takes --runs`,
    `                    (default ${DEFAULT_TARGET_RUNS}), --seed and --evidence (default: all three)`,
    '  -h, --help        print this help',
    '',
    'Scenarios:',
    ...ids,
    '',
    'Exit codes: 0 done, 1 internal error, 2 bad arguments, policy file or results code.',
    '',
  ].join('\n');
}

function wholeNumber(flag: string, raw: string, min: number, max: number): number | string {
  const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    return `${flag} must be a whole number from ${min} to ${max} (got ${quote(raw)})`;
  }
  return n;
}

/** `--targets` with what may go with it: --runs, --seed, --evidence. */
function parseTargets(rest: readonly string[]): ParsedArgs {
  const parsed = parseArgs(rest);
  if (parsed.kind !== 'run') return parsed;
  const allowed = new Set(['--runs', '--seed', '--evidence', '--runs=', '--seed=', '--evidence=']);
  const other = rest.find(
    (a) => a.startsWith('--') && !allowed.has(a.replace(/=.*$/, '=')) && !allowed.has(a),
  );
  if (other !== undefined)
    return fail(`--targets takes only --runs, --seed and --evidence (got ${other})`);
  const given = (flag: string) => rest.some((a) => a === flag || a.startsWith(`${flag}=`));
  const o = parsed.options;
  return {
    kind: 'targets',
    seed: o.seed,
    runs: given('--runs') ? o.runs : DEFAULT_TARGET_RUNS,
    evidence: given('--evidence') ? o.evidence : null,
  };
}

/** Reads argv (without the node and script paths). Pure: the scenario list is the only input besides argv. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const given = new Map<Flag, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--list-params') {
      if (argv.length > 1) return fail('--list-params takes no other option');
      return { kind: 'list-params' };
    }
    if (arg === '--targets') return parseTargets(argv.filter((a) => a !== '--targets'));
    if (!arg.startsWith('-')) return fail(`unexpected argument ${quote(arg)} (see --help)`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!(FLAGS as readonly string[]).includes(name)) {
      return fail(`unknown option ${quote(name)} (see --help)`);
    }
    const flag = name as Flag;
    if (given.has(flag)) return fail(`${flag} is given more than once`);
    let value: string;
    if (eq > 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return fail(`${flag} needs a value`);
      value = next;
      i += 1;
    }
    if (value === '') return fail(`${flag} needs a value`);
    given.set(flag, value);
  }

  const formatRaw = given.get('--format') ?? DEFAULT_FORMAT;
  if (formatRaw !== 'json' && formatRaw !== 'csv') {
    return fail(`--format must be json or csv (got ${quote(formatRaw)})`);
  }

  const code = given.get('--replay');
  if (code !== undefined) {
    // The code holds the scenario, seed, length and every decision: nothing may contradict it.
    const clash = FLAGS.filter((f) => f !== '--replay' && f !== '--format' && given.has(f));
    if (clash.length > 0) {
      return fail(`--replay takes the whole run from the code; leave out ${clash.join(', ')}`);
    }
    return { kind: 'replay', code, format: formatRaw };
  }

  const scenarioId = given.get('--scenario') ?? DEFAULT_SCENARIO;
  const scenario = findScenario(scenarioId);
  if (!scenario) {
    const ids = SCENARIOS.map((s) => s.id).join(', ');
    return fail(`unknown scenario ${quote(scenarioId)} (one of ${ids})`);
  }

  const seedRaw = given.get('--seed');
  const seed = seedRaw === undefined ? DEFAULT_SEED : wholeNumber('--seed', seedRaw, 0, MAX_SEED);
  if (typeof seed === 'string') return fail(seed);

  const weeksRaw = given.get('--weeks');
  const weeks =
    weeksRaw === undefined ? scenario.defaultWeeks : wholeNumber('--weeks', weeksRaw, 1, MAX_WEEKS);
  if (typeof weeks === 'string') return fail(weeks);

  const runsRaw = given.get('--runs');
  const runs = runsRaw === undefined ? DEFAULT_RUNS : wholeNumber('--runs', runsRaw, 1, MAX_RUNS);
  if (typeof runs === 'string') return fail(runs);
  if (seed + runs - 1 > MAX_SEED) {
    return fail(`--seed ${seed} with --runs ${runs} goes past the last seed, ${MAX_SEED}`);
  }

  const evidence = given.get('--evidence') ?? DEFAULT_EVIDENCE;
  if (!(EVIDENCE_READINGS as readonly string[]).includes(evidence)) {
    return fail(`--evidence must be low, central or high (got ${quote(evidence)})`);
  }

  const options: Options = {
    scenario,
    seed,
    weeks,
    runs,
    format: formatRaw,
    evidence: evidence as EvidenceReading,
  };
  const policyFile = given.get('--policy');
  if (policyFile !== undefined) options.policyFile = policyFile;
  return { kind: 'run', options };
}

/**
 * Reads a policy file's text: JSON, then `parsePolicy`, then the event choices
 * against the deck (parsePolicy takes any card and choice id; a typo there
 * would silently fall back to the default choice).
 */
export function readPolicy(
  text: string,
  file: string,
  cards: readonly EventCard[] = CARDS,
): { ok: true; policy: Policy } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    // One line: Node quotes a snippet of the text in its message, newlines and all.
    const why = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
    return { ok: false, message: `sim: policy file ${quote(file)} is not valid JSON: ${why}` };
  }
  const parsed = parsePolicy(json);
  if (!parsed.ok) {
    const { field, expected } = parsed.problem;
    const where = field === 'policy' ? `policy file ${quote(file)}` : `policy field ${field}`;
    return { ok: false, message: `sim: ${where}: expected ${expected}` };
  }
  for (const [cardId, choiceId] of Object.entries(parsed.value.eventChoices ?? {})) {
    const card = cards.find((c) => c.id === cardId);
    if (!card) {
      const ids = cards.map((c) => c.id).join(', ');
      return {
        ok: false,
        message: `sim: policy field eventChoices.${cardId}: expected a card id (one of ${ids})`,
      };
    }
    if (!card.choices.some((c) => c.id === choiceId)) {
      const ids = card.choices.map((c) => c.id).join(', ');
      return {
        ok: false,
        message: `sim: policy field eventChoices.${cardId}: expected one of ${ids} (got ${quote(choiceId)})`,
      };
    }
  }
  return { ok: true, policy: parsed.value };
}
