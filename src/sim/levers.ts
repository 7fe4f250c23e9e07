/**
 * Every lever the player holds, declared once: its kind (a share from 0 to 1, an on/off
 * switch, or a choice among options), its default (the calm organisation before any
 * mandate), and for choices the options. Merging untrusted input, the policy parser, the
 * results code and the controls all derive from this table.
 *
 * The order of the declaration is part of the results code's format (each lever's mask bit
 * and flag position follow it), so it never changes: a new lever goes at the end, and the
 * code's version goes up.
 */
import { V } from './params.ts';
import type { LeverName, Levers } from './types.ts';
import { PRESSURES } from './types.ts';

export interface ShareSpec {
  readonly kind: 'share';
  readonly default: number;
}
export interface BooleanSpec {
  readonly kind: 'boolean';
  readonly default: boolean;
}
export interface ChoiceSpec<T extends string = string> {
  readonly kind: 'choice';
  readonly options: readonly T[];
  readonly default: T;
}
export type LeverSpec = ShareSpec | BooleanSpec | ChoiceSpec;

/** The declaration a lever of type T needs (the brackets stop a union type from distributing). */
type LeverSpecFor<T> = [T] extends [number]
  ? ShareSpec
  : [T] extends [boolean]
    ? BooleanSpec
    : [T] extends [string]
      ? ChoiceSpec<T>
      : never;
export type LeverKind = LeverSpec['kind'];

export const LEVER_SPECS = {
  aiMandate: { kind: 'share', default: 0 },
  leaderboard: { kind: 'boolean', default: false },
  seniorReviewShare: { kind: 'share', default: V.defaultSeniorReviewShare },
  seniorSignoff: { kind: 'boolean', default: false },
  deadlinePressure: { kind: 'choice', options: PRESSURES, default: 'normal' },
  pipelineInvestment: { kind: 'share', default: 0 },
  securityReview: { kind: 'boolean', default: false },
} as const satisfies { readonly [K in LeverName]: LeverSpecFor<Levers[K]> };

type Specs = typeof LEVER_SPECS;
type NamesOfKind<Kind extends LeverKind> = {
  [N in LeverName]: Specs[N]['kind'] extends Kind ? N : never;
}[LeverName];
export type ShareLeverName = NamesOfKind<'share'>;
export type BooleanLeverName = NamesOfKind<'boolean'>;
export type ChoiceLeverName = NamesOfKind<'choice'>;

/** Every lever, in declaration order. */
export const LEVER_NAMES = Object.keys(LEVER_SPECS) as readonly LeverName[];

/** The levers with a value from 0 to 1, in declaration order. */
export const SHARE_LEVERS = LEVER_NAMES.filter(
  (n): n is ShareLeverName => LEVER_SPECS[n].kind === 'share',
);
/** The on/off levers, in declaration order. */
export const BOOLEAN_LEVERS = LEVER_NAMES.filter(
  (n): n is BooleanLeverName => LEVER_SPECS[n].kind === 'boolean',
);
/** The levers chosen among options, in declaration order. */
export const CHOICE_LEVERS = LEVER_NAMES.filter(
  (n): n is ChoiceLeverName => LEVER_SPECS[n].kind === 'choice',
);

/** The levers of an organisation before any mandate. */
export function defaultLevers(): Levers {
  const out: Record<string, unknown> = {};
  for (const n of LEVER_NAMES) out[n] = LEVER_SPECS[n].default;
  return out as unknown as Levers;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
const finiteOr = (x: unknown, fallback: number): number =>
  typeof x === 'number' && Number.isFinite(x) ? x : fallback;

/** One lever's value from untrusted input: clamped to its range, or the old value if unreadable. */
function mergeOne(name: LeverName, value: unknown, old: Levers[LeverName]): Levers[LeverName] {
  const spec: LeverSpec = LEVER_SPECS[name];
  switch (spec.kind) {
    case 'share':
      return clamp01(finiteOr(value, old as number));
    case 'boolean':
      return typeof value === 'boolean' ? value : old;
    case 'choice':
      return (spec.options as readonly unknown[]).includes(value)
        ? (value as Levers[LeverName])
        : old;
  }
}

/** Levers from untrusted input, each clamped to its range; anything unreadable keeps its old value. */
export function mergeLevers(current: Levers, change: Partial<Levers> | undefined): Levers {
  if (!change) return current;
  const out: Record<string, unknown> = {};
  for (const n of LEVER_NAMES) out[n] = mergeOne(n, change[n], current[n]);
  return out as unknown as Levers;
}
