/**
 * `npm run bench`: how long the simulation core takes, printed as a table.
 * Figures, not a test: it never fails on a slow machine.
 *
 *   - one 52-week run of the sandbox (full trajectory, as the game keeps it),
 *     with the mandate-only and the sound policy: median and p90 of 200 runs
 *     after a warm-up (targets: median well under 1 ms);
 *   - 10,000 runs of 52 weeks on one core, summaries only (target: under 5 s);
 *   - the mean cost of one week in a 52-week and a 520-week run: a week's cost
 *     must not grow with the length of the run.
 */
import { cpus, loadavg } from 'node:os';
import { CARDS } from '../src/content/cards.ts';
import { MANDATE_ONLY_POLICY, SOUND_POLICY } from '../src/content/policies.ts';
import { findScenario } from '../src/content/scenarios.ts';
import type { Policy, RunOptions } from '../src/sim/index.ts';
import { policyToDecisions, runScenario, runSummary, sweep } from '../src/sim/index.ts';

const REPS = 200;
const WARMUP = 300;
const BATCH = 10_000;

const sandbox = findScenario('sandbox');
if (!sandbox) throw new Error('the sandbox scenario is missing');
const scenario = sandbox;

const options = (policy: Policy, weeks: number): Omit<RunOptions, 'seed'> => ({
  scenario,
  weeks,
  decisions: policyToDecisions(policy, weeks),
  cards: CARDS,
});

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/** Times `reps` calls of `f(seed)` one by one, after `warmup` untimed calls. */
function timeEach(f: (seed: number) => unknown, reps: number, warmup: number): number[] {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += f(1_000_000 + i) ? 1 : 0;
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    sink += f(i + 1) ? 1 : 0;
    times.push(performance.now() - t0);
  }
  if (sink < 0) console.log(sink); // keeps the calls from being optimised away
  return times.sort((a, b) => a - b);
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

const ms = (x: number): string => `${x < 10 ? x.toFixed(3) : x.toFixed(0)} ms`;
const us = (x: number): string => `${(x * 1000).toFixed(1)} µs`;

const rows: [string, string, string][] = [];

for (const [name, policy] of [
  ['mandate only', MANDATE_ONLY_POLICY],
  ['sound policy', SOUND_POLICY],
] as const) {
  const o = options(policy, 52);
  const times = timeEach((seed) => runScenario({ ...o, seed }), REPS, WARMUP);
  rows.push([
    `one 52-week run, ${name}`,
    `median ${ms(quantile(times, 0.5))}, p90 ${ms(quantile(times, 0.9))}, mean ${ms(mean(times))}`,
    'median < 1 ms',
  ]);
}

{
  const o = options(MANDATE_ONLY_POLICY, 52);
  const t0 = performance.now();
  let breaches = 0;
  for (let seed = 1; seed <= BATCH; seed++) breaches += runSummary({ ...o, seed }).breaches;
  const total = performance.now() - t0;
  if (breaches < 0) console.log(breaches);
  rows.push([
    `${BATCH.toLocaleString('en')} runs of 52 weeks, one core`,
    `${(total / 1000).toFixed(2)} s (${ms(total / BATCH)} a run)`,
    '< 5 s',
  ]);
}

{
  // Interleaved, so a busy neighbour slows both lengths alike; the same number of weeks each.
  const lengths = [52, 520] as const;
  const opts = lengths.map((weeks) => options(MANDATE_ONLY_POLICY, weeks));
  const spent = [0, 0];
  const weeksRun = [0, 0];
  for (let round = 0; round < 40; round++) {
    lengths.forEach((weeks, i) => {
      const o = opts[i];
      if (!o) return;
      for (let k = 0; k < 520 / weeks; k++) {
        const seed = 1 + round * 10 + k;
        const t0 = performance.now();
        runSummary({ ...o, seed });
        if (round >= 5) {
          spent[i] = (spent[i] ?? 0) + performance.now() - t0;
          weeksRun[i] = (weeksRun[i] ?? 0) + weeks;
        }
      }
    });
  }
  lengths.forEach((weeks, i) => {
    const mean = (spent[i] ?? 0) / (weeksRun[i] ?? 1);
    rows.push([`one week, in a ${weeks}-week run (mean)`, us(mean), 'flat']);
  });
}

// The sandbox's sweep chart: 8 values of reviewer share x 10 seeds x 26 weeks, with the cards on.
{
  const chart = {
    scenario,
    basePolicy: MANDATE_ONLY_POLICY,
    lever: 'seniorReviewShare' as const,
    values: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
    seeds: Array.from({ length: 10 }, (_, i) => i + 1),
    weeks: 26,
    outcome: 'incidents' as const,
    cards: CARDS,
  };
  const times = timeEach(() => sweep(chart).length, 15, 3);
  rows.push([
    'sweep chart, 8 values x 10 seeds x 26 weeks',
    `median ${ms(quantile(times, 0.5))}, p90 ${ms(quantile(times, 0.9))}`,
    'well under 1 s',
  ]);
}

const header: [string, string, string] = ['measure', 'time', 'target'];
const widths = [0, 1, 2].map((i) => Math.max(...[header, ...rows].map((r) => r[i]?.length ?? 0)));
const line = (r: readonly string[]): string =>
  r
    .map((c, i) => c.padEnd(widths[i] ?? 0))
    .join('  ')
    .trimEnd();

const load = loadavg()[0]?.toFixed(2) ?? '?';
console.log(
  `sim bench: sandbox scenario, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} ` +
    `x${cpus().length}, load ${load} at the end (other work on the machine slows every figure)`,
);
console.log('');
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
