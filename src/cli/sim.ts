/**
 * `npm run sim -- --scenario ID --seed N --weeks N [--policy FILE] [--runs N] [--format json|csv]`
 *
 * The thin main: read argv and the policy file, run, print once. Parsing lives
 * in args.ts and printing in format.ts, both pure.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { resultsCodeOf, runOfCode } from '../content/canonical-decisions.ts';
import { CARDS } from '../content/cards.ts';
import { SOUND_POLICY } from '../content/policies.ts';
import type { CodedRun } from '../content/results-code.ts';
import { readCode } from '../content/results-code.ts';
import { findScenario } from '../content/scenarios.ts';
import type { EvidenceReading, Policy, WeekDecisions } from '../sim/index.ts';
import {
  EVIDENCE_READINGS,
  MODEL_VERSION,
  monteCarlo,
  PARAMS,
  policyToDecisions,
  runScenario,
  runSummaryScored,
} from '../sim/index.ts';
import type { Format, Options } from './args.ts';
import { parseArgs, readPolicy, usage } from './args.ts';
import { checkJson, laterJson } from './check-format.ts';
import { checkProblemText, codeProblemText } from './code-problem.ts';
import {
  formatMonteCarloJson,
  formatParamsJson,
  formatRunCsv,
  formatRunJson,
  formatRunsCsv,
} from './format.ts';
import { measureTargets, targetsTable } from './targets.ts';

/** Exit codes. */
const USAGE_ERROR = 2;
const INTERNAL_ERROR = 1;

function readPolicyFile(
  file: string,
): { ok: true; policy: Policy } | { ok: false; message: string } {
  // `npm run` moves to the package root; a relative path means the caller's folder.
  const base =
    process.env.npm_lifecycle_event === 'sim'
      ? (process.env.INIT_CWD ?? process.cwd())
      : process.cwd();
  let text: string;
  try {
    text = readFileSync(resolve(base, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : String((e as Error).message).replace(/\s+/g, ' ');
    return { ok: false, message: `sim: cannot read policy file ${JSON.stringify(file)}: ${why}` };
  }
  return readPolicy(text, file);
}

function simulate(o: Options, decisions: readonly WeekDecisions[]): string {
  const base = {
    scenario: o.scenario,
    weeks: o.weeks,
    decisions,
    cards: CARDS,
    evidence: o.evidence,
  };
  if (o.runs === 1) {
    const run = runScenario({ ...base, seed: o.seed });
    if (o.format === 'csv') return formatRunCsv(run);
    const code = resultsCodeOf({
      seed: o.seed,
      scenarioId: o.scenario.id,
      weeks: o.weeks,
      mode: o.scenario.id === 'sandbox' ? 'sandbox' : 'scenario',
      decisions: [...decisions],
      evidence: o.evidence,
      modelVersion: MODEL_VERSION,
    });
    return formatRunJson(run, code);
  }
  if (o.format === 'json')
    return formatMonteCarloJson(monteCarlo({ ...base, seed: o.seed, runs: o.runs }));
  const runs = [];
  for (let i = 0; i < o.runs; i++) {
    const seed = o.seed + i;
    runs.push({ seed, ...runSummaryScored({ ...base, seed }) });
  }
  return formatRunsCsv(runs);
}

/** The calibration targets measured at one reading or all three, as a Markdown table. */
function targets(seed: number, runs: number, evidence: EvidenceReading | null): string {
  const seeds = Array.from({ length: runs }, (_, i) => seed + i);
  const readings = evidence ? [evidence] : EVIDENCE_READINGS;
  const byReading = Object.fromEntries(readings.map((r) => [r, measureTargets(r, seeds)]));
  return `${targetsTable(byReading)}\n`;
}

/**
 * A results code's run, printed exactly as `--scenario --seed --weeks` with its policy would print
 * it; in JSON, with the learning check the code carries (`check`), or why it was left out
 * (`checkProblem`). A `later` code prints its check alone.
 */
function replay(text: string, format: Format): { out: string } | { err: string; code: number } {
  const decoded = readCode(text);
  if (!decoded.ok) return { err: `sim: ${codeProblemText(decoded.problem)}`, code: USAGE_ERROR };
  if ('later' in decoded) {
    if (format === 'csv')
      return {
        err: 'sim: a later code holds a learning check alone, with no weeks: use --format json',
        code: USAGE_ERROR,
      };
    return { out: `${JSON.stringify(laterJson(decoded.later), null, 2)}\n` };
  }
  const run = runOfCode(decoded.run);
  if (format === 'csv') return { out: formatRunCsv(run) };
  const { check } = decoded.run;
  const extra = check
    ? { check: checkJson(check, truthOf(decoded.run, run.summary)) }
    : decoded.checkProblem
      ? { checkProblem: checkProblemText(decoded.checkProblem) }
      : {};
  return { out: formatRunJson(run, text.trim(), extra) };
}

/** The run's own features and incidents, and the sound policy's on the same seed and reading. */
function truthOf(coded: CodedRun, own: { featuresShipped: number; incidents: number }) {
  const scenario = findScenario(coded.scenarioId);
  if (!scenario) throw new Error(`unknown scenario ${coded.scenarioId}`);
  const sound = runScenario({
    scenario,
    seed: coded.seed,
    weeks: coded.weeks,
    decisions: policyToDecisions(SOUND_POLICY, coded.weeks),
    cards: CARDS,
    evidence: coded.evidence,
  }).summary;
  return {
    features: own.featuresShipped,
    incidents: own.incidents,
    soundFeatures: sound.featuresShipped,
    soundIncidents: sound.incidents,
  };
}

/** Returns the text for stdout, or a one-line message for stderr with its exit code. */
function main(argv: readonly string[]): { out: string } | { err: string; code: number } {
  const args = parseArgs(argv);
  if (args.kind === 'help') return { out: usage() };
  if (args.kind === 'list-params') return { out: formatParamsJson(PARAMS) };
  if (args.kind === 'targets') return { out: targets(args.seed, args.runs, args.evidence) };
  if (args.kind === 'error') return { err: args.message, code: USAGE_ERROR };
  if (args.kind === 'replay') return replay(args.code, args.format);
  const o = args.options;
  let decisions: WeekDecisions[] = [];
  if (o.policyFile !== undefined) {
    const read = readPolicyFile(o.policyFile);
    if (!read.ok) return { err: read.message, code: USAGE_ERROR };
    decisions = policyToDecisions(read.policy, o.weeks);
  }
  return { out: simulate(o, decisions) };
}

// A reader that stops early (`| head`) closes the pipe: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

try {
  const result = main(process.argv.slice(2));
  if ('out' in result) {
    // One write, and no process.exit(): Node exits once stdout has drained.
    process.stdout.write(result.out);
  } else {
    process.stderr.write(`${result.err}\n`);
    process.exitCode = result.code;
  }
} catch (e) {
  // A bug in the model or here, not in the arguments: keep the stack for whoever fixes it.
  process.stderr.write(
    `sim: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
  process.exitCode = INTERNAL_ERROR;
}
