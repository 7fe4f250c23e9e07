/**
 * Reading a saved run back. Saved data is untrusted (another version, another
 * tab, a hand edit): anything that is not a valid run record is refused whole,
 * and the caller falls back to a fresh start.
 */
import { findScenario } from '../content/scenarios.ts';
import type { WeekDecisions } from '../sim/index.ts';
import { parsePolicy } from '../sim/index.ts';
import type { RunLength, RunMode, RunRecord } from './run-record.ts';
import { RUN_LENGTHS } from './run-record.ts';

const MODES: readonly RunMode[] = ['guided', 'scenario', 'sandbox'];
const LEVELS = ['junior', 'mid', 'senior'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function readCounts(v: unknown): Partial<Record<(typeof LEVELS)[number], number>> | null {
  if (!isRecord(v)) return null;
  const out: Partial<Record<(typeof LEVELS)[number], number>> = {};
  for (const [k, n] of Object.entries(v)) {
    if (!(LEVELS as readonly string[]).includes(k)) return null;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 200) return null;
    out[k as (typeof LEVELS)[number]] = n;
  }
  return out;
}

function readDecisions(v: unknown): WeekDecisions | null {
  if (!isRecord(v)) return null;
  const out: WeekDecisions = {};
  for (const k of Object.keys(v)) {
    if (!['levers', 'hire', 'layoff', 'choices'].includes(k)) return null;
  }
  if (v.levers !== undefined) {
    // The policy reader knows every lever and its range.
    const parsed = parsePolicy(v.levers);
    if (!parsed.ok) return null;
    const { staffing: _s, changes: _c, eventChoices: _e, ...levers } = parsed.value;
    if (_s || _c || _e) return null;
    out.levers = levers;
  }
  if (v.hire !== undefined) {
    const c = readCounts(v.hire);
    if (!c) return null;
    out.hire = c;
  }
  if (v.layoff !== undefined) {
    const c = readCounts(v.layoff);
    if (!c) return null;
    out.layoff = c;
  }
  if (v.choices !== undefined) {
    if (!isRecord(v.choices)) return null;
    const choices: Record<string, string> = {};
    for (const [k, c] of Object.entries(v.choices)) {
      if (typeof c !== 'string') return null;
      choices[k] = c;
    }
    out.choices = choices;
  }
  return out;
}

export function parseRunRecord(raw: unknown): RunRecord | null {
  if (!isRecord(raw)) return null;
  const { seed, scenarioId, weeks, mode, decisions } = raw;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    return null;
  if (typeof scenarioId !== 'string' || !findScenario(scenarioId)) return null;
  if (!(RUN_LENGTHS as readonly unknown[]).includes(weeks)) return null;
  if (!(MODES as readonly unknown[]).includes(mode)) return null;
  if (!Array.isArray(decisions) || decisions.length > (weeks as number)) return null;
  const read: WeekDecisions[] = [];
  for (const d of decisions) {
    const r = readDecisions(d);
    if (!r) return null;
    read.push(r);
  }
  return { seed, scenarioId, weeks: weeks as RunLength, mode: mode as RunMode, decisions: read };
}
