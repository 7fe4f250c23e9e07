// The invariants every run keeps, whatever the policy: shared by the property tests and the soak.
import { expect } from 'vitest';
import type { SimState, WeekMetrics } from '../../src/sim/index.ts';

/** Every number anywhere in a value, with its path. */
export function numbers(value: unknown, path = '$', out: Array<[string, number]> = []) {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      numbers(v, `${path}[${i}]`, out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) numbers(v, `${path}.${k}`, out);
  }
  return out;
}

export function expectAllFinite(value: unknown, what: string): void {
  const bad = numbers(value).filter(([, n]) => !Number.isFinite(n));
  expect(bad, `${what} has non-finite numbers`).toEqual([]);
}

const SHARES = [
  'morale',
  'seniorMorale',
  'ownership',
  'adoption',
  'measuredAdoption',
  'reviewDepth',
  'changeFailureRate',
  'pipelineLevel',
  'boardConfidence',
  'staffShortfall',
] as const satisfies ReadonlyArray<keyof WeekMetrics>;

const COUNTS = [
  'week',
  'engineers',
  'juniors',
  'mids',
  'seniors',
  'onboarding',
  'arrivals',
  'quits',
  'laidOff',
  'incidents',
  'breaches',
  'customersAffected',
] as const satisfies ReadonlyArray<keyof WeekMetrics>;

/** Everything wrong with one week's metrics, as readable lines (empty when all is well). */
export function metricProblems(m: WeekMetrics, at: string): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(m)) {
    // Lines, queues, money, people, rates: nothing the model reports is negative or non-finite.
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) out.push(`${at}.${k} = ${v}`);
  }
  for (const k of SHARES) if (!(m[k] <= 1)) out.push(`${at}.${k} = ${m[k]} is above 1`);
  for (const k of COUNTS)
    if (!Number.isInteger(m[k])) out.push(`${at}.${k} = ${m[k]} is not whole`);
  if (m.engineers !== m.juniors + m.mids + m.seniors) out.push(`${at}: levels do not add up`);
  if (m.breaches > 1) out.push(`${at}: more than one major breach in a week`);
  return out;
}

/** Everything wrong with a state: non-finite numbers, negative or fractional people, shares out of range. */
export function stateProblems(s: SimState): string[] {
  const out = numbers(s)
    .filter(([, n]) => !Number.isFinite(n))
    .map(([path, n]) => `state ${path} = ${n}`);
  for (const [level, c] of Object.entries(s.staff)) {
    for (const n of [c.active, ...c.onboarding, ...c.pipeline]) {
      if (!(Number.isInteger(n) && n >= 0)) out.push(`staff.${level} count ${n}`);
    }
    if (!(c.morale >= 0 && c.morale <= 1)) out.push(`staff.${level}.morale = ${c.morale}`);
  }
  for (const b of [s.queue.human, s.queue.ai]) {
    for (const [k, n] of Object.entries(b)) if (!(n >= 0)) out.push(`queue.${k} = ${n}`);
  }
  for (const [name, pools] of [
    ['latentDefects', s.latentDefects],
    ['openVulns', s.openVulns],
  ] as const) {
    for (const [origin, paths] of Object.entries(pools)) {
      for (const [path, n] of Object.entries(paths)) {
        if (!(Number.isFinite(n) && n >= 0)) out.push(`${name}.${origin}.${path} = ${n}`);
      }
    }
  }
  const nonNegative = {
    integrationQueueLines: s.integrationQueueLines,
    layoffFear: s.layoffFear,
    understoodKloc: s.understoodKloc,
  };
  for (const [k, n] of Object.entries(nonNegative)) if (!(n >= 0)) out.push(`${k} = ${n}`);
  if (!(s.understoodKloc <= s.codebaseKloc * (1 + 1e-12))) {
    out.push(`understoodKloc ${s.understoodKloc} above codebaseKloc ${s.codebaseKloc}`);
  }
  if (s.pendingCards.length > 1) out.push(`${s.pendingCards.length} cards pending at once`);
  return out;
}
