// Golden replays: four whole runs (every week's metrics, every event, the summary) stored under
// tests/sim/golden/. Any change to the model's numbers shows up here as a diff, so a change that
// was meant must come with regenerated files, and one that was not is caught.
//
// To regenerate after an intended change to the model:
//
//   UPDATE_GOLDEN=1 npx vitest run tests/sim/golden.test.ts
//
// That rewrites the files (formatted with the project's Biome, so lint stays clean) and still
// compares them. Review the diff before committing it. Biome owns the whitespace, so the test
// compares the canonical JSON text (JSON.stringify of the stored file against JSON.stringify of
// the fresh run): byte for byte, every number and every key in order.
//
// The same file also checks what save and resume depend on: a run replays identically in one
// process, and a run resumed from a JSON copy of its state continues exactly as if never stopped.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MANDATE_ONLY_POLICY, SOUND_POLICY } from '../../src/content/policies.ts';
import type { Policy, RunResult, SimEvent, SimState, WeekMetrics } from '../../src/sim/index.ts';
import {
  createInitialState,
  policyToDecisions,
  runScenario,
  step,
  withScripted,
} from '../../src/sim/index.ts';
import { CARDS, jsonCopy, scenario } from './helpers.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const goldenDir = join(here, 'golden');
const biomeBin = join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface Case {
  file: string;
  scenario: string;
  seed: number;
  weeks: number;
  policy: Policy;
}

const CASES: readonly Case[] = [
  {
    file: 'sandbox-mandate-only-seed7-26w.json',
    scenario: 'sandbox',
    seed: 7,
    weeks: 26,
    policy: MANDATE_ONLY_POLICY,
  },
  {
    file: 'mandate-sound-policy-seed42-26w.json',
    scenario: 'mandate',
    seed: 42,
    weeks: 26,
    policy: SOUND_POLICY,
  },
  {
    file: 'layoffs-default-seed3-52w.json',
    scenario: 'layoffs',
    seed: 3,
    weeks: 52,
    policy: {},
  },
  {
    file: 'leaderboard-non-first-choices-seed11-12w.json',
    scenario: 'leaderboard',
    seed: 11,
    weeks: 12,
    // Every card answered with a choice other than its first (the default).
    policy: {
      eventChoices: {
        breach: 'audit',
        'outage-deep-dive': 'signoff',
        'senior-quits': 'lighten-load',
        'leaderboard-gamed': 'replace',
        'review-backlog': 'rubber-stamp',
        'board-capex': 'fund-pipeline',
        'velocity-brag': 'measure-outcomes',
        'board-cuts': 'trim-spend',
        burnout: 'bonus',
      },
    },
  },
];

function run(c: Case): RunResult {
  return runScenario({
    scenario: scenario(c.scenario),
    seed: c.seed,
    weeks: c.weeks,
    decisions: policyToDecisions(c.policy, c.weeks),
    cards: CARDS,
  });
}

interface Golden {
  case: { scenario: string; seed: number; weeks: number; policy: Policy };
  weeks: WeekMetrics[];
  events: SimEvent[];
  summary: RunResult['summary'];
}

function golden(c: Case, r: RunResult): Golden {
  return {
    case: { scenario: c.scenario, seed: c.seed, weeks: c.weeks, policy: c.policy },
    weeks: r.weeks,
    events: r.events,
    summary: r.summary,
  };
}

/** The first path at which two JSON values differ, to make a failing golden readable. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (
    typeof a !== typeof b ||
    Array.isArray(a) !== Array.isArray(b) ||
    (a === null) !== (b === null)
  ) {
    return `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.join() !== kb.join()) return `${path}: keys [${ka}] vs [${kb}]`;
    for (const k of ka) {
      const d = firstDifference(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`,
      );
      if (d) return d;
    }
    return null;
  }
  return Object.is(a, b) ? null : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}

function writeGolden(path: string, value: Golden): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  const format = spawnSync(process.execPath, [biomeBin, 'format', '--write', path], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(format.status, format.stderr).toBe(0);
}

describe('golden replays', () => {
  it.each(CASES)('$file replays byte for byte', (c) => {
    const path = join(goldenDir, c.file);
    const fresh = golden(c, run(c));
    if (UPDATE) writeGolden(path, fresh);
    expect(
      existsSync(path),
      `${c.file} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/sim/golden.test.ts`,
    ).toBe(true);
    const stored = JSON.parse(readFileSync(path, 'utf8')) as Golden;
    const hint =
      'the model changed; if intended, regenerate with UPDATE_GOLDEN=1 (see the top of this file)';
    // The golden file first (what was), the fresh run second (what is).
    expect(firstDifference(stored, jsonCopy(fresh)), hint).toBeNull();
    expect(JSON.stringify(fresh)).toBe(JSON.stringify(stored));
  });

  it('the leaderboard case really answers cards with non-first choices', () => {
    const c = CASES[3] as Case;
    const resolved = run(c).events.filter(
      (e): e is Extract<SimEvent, { kind: 'cardResolved' }> => e.kind === 'cardResolved',
    );
    expect(resolved.length).toBeGreaterThan(0);
    for (const e of resolved) {
      const first = CARDS.find((card) => card.id === e.cardId)?.choices[0]?.id;
      expect(e.choiceId, e.cardId).not.toBe(first);
    }
    expect(resolved).toContainEqual(
      expect.objectContaining({ cardId: 'leaderboard-gamed', choiceId: 'replace' }),
    );
  });
});

describe('replay', () => {
  it.each(CASES)('$file gives identical results when run twice in one process', (c) => {
    const a = run(c);
    const b = run(c);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(b).toEqual(a);
  });

  /** Runs to `pause`, saves the state as JSON, loads it, and runs on to the end. */
  function resumed(c: Case, pause: number) {
    const sc = scenario(c.scenario);
    const decisions = policyToDecisions(c.policy, c.weeks);
    let state: SimState = createInitialState(sc, c.seed);
    const weeks: WeekMetrics[] = [];
    const events: SimEvent[] = [];
    for (let w = 1; w <= c.weeks; w++) {
      if (w === pause + 1) state = JSON.parse(JSON.stringify(state)) as SimState;
      const r = step(state, withScripted(sc, w, decisions[w - 1] ?? {}), CARDS);
      state = r.state;
      weeks.push(r.metrics);
      events.push(...r.events);
    }
    return { weeks, events, final: state };
  }

  it.each(CASES)('$file resumed from a JSON copy of its week-10 state continues exactly', (c) => {
    const straight = run(c);
    const r = resumed(c, 10);
    expect(JSON.stringify(r.weeks)).toBe(JSON.stringify(straight.weeks));
    expect(JSON.stringify(r.events)).toBe(JSON.stringify(straight.events));
    expect(r.final).toStrictEqual(straight.final);
  });

  it('resuming after any week of a run with pending cards gives the same run', () => {
    const c = CASES[3] as Case;
    const straight = JSON.stringify(run(c).weeks);
    for (let pause = 0; pause <= c.weeks; pause++) {
      expect(JSON.stringify(resumed(c, pause).weeks), `paused after week ${pause}`).toBe(straight);
    }
  });
});
