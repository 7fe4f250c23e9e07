/**
 * A headless policy: the levers a run starts with, staffing moves and lever
 * changes by week, and the answers to event cards. It is how the CLI, the
 * calibration tests and the "what if" replay drive the model without a player.
 */
import type { LeverSpec } from './levers.ts';
import { LEVER_NAMES, LEVER_SPECS } from './levers.ts';
import { MAX_STAFFING_CHANGE, MAX_WEEKS } from './limits.ts';
import type { Headcount, LeverName, Levers, Scenario, WeekDecisions } from './types.ts';
import { LEVELS } from './types.ts';

export interface StaffingMove {
  week: number;
  hire?: Partial<Headcount>;
  layoff?: Partial<Headcount>;
}

export type LeverChange = { week: number } & Partial<Levers>;

export interface Policy extends Partial<Levers> {
  staffing?: StaffingMove[];
  changes?: LeverChange[];
  /** Card id -> choice id; cards not listed take their first choice. */
  eventChoices?: Record<string, string>;
}

export interface PolicyProblem {
  /** Where in the policy, e.g. `staffing[2].hire.senior`. */
  field: string;
  /** What was expected there, e.g. `a number from 0 to 1`. */
  expected: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: PolicyProblem };

const isLeverName = (k: string): k is LeverName => (LEVER_NAMES as readonly string[]).includes(k);
const POLICY_KEYS = new Set<string>([...LEVER_NAMES, 'staffing', 'changes', 'eventChoices']);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

class Problem extends Error {
  constructor(
    readonly field: string,
    readonly expected: string,
  ) {
    super(`${field}: ${expected}`);
  }
}

/** A lever's value as its declaration allows it; a policy is refused rather than clamped. */
function leverValue(key: LeverName, v: unknown, at: string): unknown {
  const spec: LeverSpec = LEVER_SPECS[key];
  switch (spec.kind) {
    case 'share':
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) {
        throw new Problem(at, 'a number from 0 to 1');
      }
      return v;
    case 'boolean':
      if (typeof v !== 'boolean') throw new Problem(at, 'true or false');
      return v;
    case 'choice':
      if (!(spec.options as readonly unknown[]).includes(v))
        throw new Problem(at, `one of ${spec.options.join(', ')}`);
      return v;
  }
}

function readLevers(
  obj: Record<string, unknown>,
  at: string,
  allow: ReadonlySet<string>,
): Partial<Levers> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (isLeverName(k)) out[k] = leverValue(k, v, `${at}${k}`);
    else if (!allow.has(k)) throw new Problem(`${at}${k}`, 'a known field');
  }
  return out as Partial<Levers>;
}

function readWeek(v: unknown, at: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_WEEKS) {
    throw new Problem(at, `a whole week number from 1 to ${MAX_WEEKS}`);
  }
  return v;
}

function readHeadcount(v: unknown, at: string): Partial<Headcount> {
  if (!isRecord(v)) throw new Problem(at, 'an object like {"junior": 0, "mid": 0, "senior": 0}');
  const out: Partial<Headcount> = {};
  for (const [k, n] of Object.entries(v)) {
    if (!(LEVELS as readonly string[]).includes(k))
      throw new Problem(`${at}.${k}`, 'junior, mid or senior');
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_STAFFING_CHANGE) {
      throw new Problem(`${at}.${k}`, `a whole number from 0 to ${MAX_STAFFING_CHANGE}`);
    }
    out[k as keyof Headcount] = n;
  }
  return out;
}

/** Reads a policy from untrusted JSON, naming the first field that is wrong. */
export function parsePolicy(input: unknown): ParseResult<Policy> {
  try {
    if (!isRecord(input)) throw new Problem('policy', 'a JSON object');
    const policy: Policy = readLevers(input, '', POLICY_KEYS);
    if (input.staffing !== undefined) {
      if (!Array.isArray(input.staffing)) throw new Problem('staffing', 'a list');
      policy.staffing = input.staffing.map((m, i): StaffingMove => {
        const at = `staffing[${i}]`;
        if (!isRecord(m)) throw new Problem(at, 'an object with week, hire or layoff');
        const move: StaffingMove = { week: readWeek(m.week, `${at}.week`) };
        for (const k of Object.keys(m)) {
          if (k !== 'week' && k !== 'hire' && k !== 'layoff')
            throw new Problem(`${at}.${k}`, 'week, hire or layoff');
        }
        if (m.hire !== undefined) move.hire = readHeadcount(m.hire, `${at}.hire`);
        if (m.layoff !== undefined) move.layoff = readHeadcount(m.layoff, `${at}.layoff`);
        return move;
      });
    }
    if (input.changes !== undefined) {
      if (!Array.isArray(input.changes)) throw new Problem('changes', 'a list');
      policy.changes = input.changes.map((c, i): LeverChange => {
        const at = `changes[${i}]`;
        if (!isRecord(c)) throw new Problem(at, 'an object with week and levers');
        return {
          week: readWeek(c.week, `${at}.week`),
          ...readLevers(c, `${at}.`, new Set(['week'])),
        };
      });
    }
    if (input.eventChoices !== undefined) {
      if (!isRecord(input.eventChoices))
        throw new Problem('eventChoices', 'an object of card id -> choice id');
      const choices: Record<string, string> = {};
      for (const [k, v] of Object.entries(input.eventChoices)) {
        if (typeof v !== 'string') throw new Problem(`eventChoices.${k}`, 'a choice id (text)');
        choices[k] = v;
      }
      policy.eventChoices = choices;
    }
    return { ok: true, value: policy };
  } catch (e) {
    if (e instanceof Problem)
      return { ok: false, problem: { field: e.field, expected: e.expected } };
    throw e;
  }
}

const addCounts = (x: Partial<Headcount> | undefined, y: Partial<Headcount> | undefined) => {
  if (!x) return y;
  if (!y) return x;
  const out: Partial<Headcount> = {};
  for (const l of LEVELS) {
    const n = (x[l] ?? 0) + (y[l] ?? 0);
    if (n > 0) out[l] = n;
  }
  return out;
};

/** Joins two sets of decisions for one week: the second's levers and choices win, staffing adds up. */
export function mergeDecisions(a: WeekDecisions, b: WeekDecisions): WeekDecisions {
  const out: WeekDecisions = {};
  if (a.levers || b.levers) out.levers = { ...a.levers, ...b.levers };
  const hire = addCounts(a.hire, b.hire);
  if (hire) out.hire = hire;
  const layoff = addCounts(a.layoff, b.layoff);
  if (layoff) out.layoff = layoff;
  if (a.choices || b.choices) out.choices = { ...a.choices, ...b.choices };
  return out;
}

/** Turns a policy into one set of decisions a week (index 0 is week 1). */
export function policyToDecisions(policy: Policy, weeks: number): WeekDecisions[] {
  const out: WeekDecisions[] = [];
  const startLevers: Partial<Levers> = {};
  for (const k of LEVER_NAMES) {
    if (policy[k] !== undefined) Object.assign(startLevers, { [k]: policy[k] });
  }
  for (let w = 1; w <= weeks; w++) {
    let d: WeekDecisions =
      w === 1 && Object.keys(startLevers).length > 0 ? { levers: startLevers } : {};
    for (const c of policy.changes ?? []) {
      if (c.week === w) {
        const { week: _week, ...levers } = c;
        d = mergeDecisions(d, { levers });
      }
    }
    for (const m of policy.staffing ?? []) {
      if (m.week === w) {
        const move: WeekDecisions = {};
        if (m.hire) move.hire = m.hire;
        if (m.layoff) move.layoff = m.layoff;
        d = mergeDecisions(d, move);
      }
    }
    if (policy.eventChoices) d = mergeDecisions(d, { choices: policy.eventChoices });
    out.push(d);
  }
  return out;
}

/** A week's decisions with the scenario's own scripted moves folded in (the player's levers win). */
export function withScripted(scenario: Scenario, week: number, d: WeekDecisions): WeekDecisions {
  let merged = d;
  for (const s of scenario.scripted ?? []) {
    if (s.week === week) {
      const { week: _week, ...scripted } = s;
      merged = mergeDecisions(scripted, merged);
    }
  }
  return merged;
}
