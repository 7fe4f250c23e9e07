/**
 * The model's hard bounds and fixed conventions, in one place. These are not tunables
 * (those live in `params.ts`, with sources): they bound untrusted input, fix the lengths
 * a run can have, and name the few numbers that keep floating point and reports tidy.
 * Every module that checks or offers one of them imports it from here.
 */

/** The lengths a scenario is played at: a quarter, half a year, a year. */
export const RUN_LENGTHS = [12, 26, 52] as const;
export type ScenarioLength = (typeof RUN_LENGTHS)[number];

/**
 * The longest run anything plays, parses or replays: ten years, the sandbox's long run
 * (slow effects such as attrition and vulnerabilities piling up need years to show).
 */
export const MAX_WEEKS = 520;

/** Hires and layoffs are whole people, never negative, at most this many per level in one week. */
export const MAX_STAFFING_CHANGE = 200;

/**
 * What the game's controls offer a level in one week: half the organisation's size, enough
 * for any real plan. Policies, results codes and the CLI may go up to MAX_STAFFING_CHANGE.
 */
export const MAX_PLAYER_STAFFING_CHANGE = 50;

/**
 * Live modifiers kept at once: a card may stack effects, but a long run must not grow the
 * list without bound (the oldest falls off).
 */
export const MAX_MODIFIERS = 16;

/** The highest review load reported: past it, "hopelessly overloaded" needs no finer grading. */
export const MAX_LOAD = 1000;

/** Below this many lines a week of review capacity is none at all (guards against float underflow). */
export const NO_CAPACITY = 1e-6;

/** Below this many lines a queue is empty: float dust is not work waiting. */
export const EMPTY_LINES = 1e-6;

/** The quantiles a spread of outcomes reports: the middle and the tenth from either end. */
export const SPREAD_QUANTILES = { p10: 0.1, p50: 0.5, p90: 0.9 } as const;

/** Figures the debrief quotes with one decimal are rounded to tenths. */
export const TENTHS = 10;

/**
 * The first of the seeds the debrief replays a run's decisions on ("Luck or policy?"): far
 * from the small seeds rooms and links use, so the band is never the run itself.
 */
export const LUCK_FIRST_SEED = 1_000_003;
