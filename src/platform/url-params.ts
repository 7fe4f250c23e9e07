/**
 * Every URL parameter the game reads, declared once: its type, its default and what it
 * allows. The query string is untrusted input (a blogger's snippet, a forwarded link, a
 * hostile page framing us), so parsing never throws: a value that is not allowed falls back
 * to the default and leaves one notice naming the parameter, and a name not declared here is
 * ignored. The raw value is never kept, shown or echoed anywhere.
 */

import { MAX_CODE_LENGTH } from '../content/results-code.ts';
import { SCENARIOS } from '../content/scenarios.ts';
import { languages } from '../i18n';
import type { EvidenceReading } from '../sim/index.ts';
import { READINGS } from '../state/reading.ts';
import { PLAYABLE_LENGTHS, type RunLength } from '../state/run-record.ts';
import type { Speed } from '../state/store.ts';

/** Longest value looked at (a results code may be longer); anything longer is refused first. */
export const MAX_VALUE_LENGTH = 512;
/** A results code: URL-safe (RFC 3986 unreserved characters only); its length is checked apart. */
export const CODE_PATTERN = /^[A-Za-z0-9._~-]+$/;

export const VIEWS = ['game', 'embed-builder', 'facilitator'] as const;
export type View = (typeof VIEWS)[number];
export const WIDGETS = ['queue'] as const;
export type Widget = (typeof WIDGETS)[number];
export const SPEEDS = [1, 2, 4] as const satisfies readonly Speed[];

/** One declared parameter: `parse` returns undefined for a value it does not allow. */
export interface ParamSpec<T> {
  /** What kind of value, in the words of the README table. */
  readonly type: string;
  readonly default: T;
  /** The allowed values, for people (the README table is checked against it). */
  readonly allowed: string;
  /** Longest value looked at, when not MAX_VALUE_LENGTH. */
  readonly maxLength?: number;
  parse(raw: string): T | undefined;
}

const oneOf = <T extends string | number>(values: readonly T[], raw: string): T | undefined =>
  values.find((v) => String(v) === raw);

const flag: ParamSpec<boolean> = {
  type: 'flag',
  default: false,
  allowed: '`1`, `true`, `0`, `false`',
  parse: (raw) =>
    raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined,
};

/** `?check=`: on for the run (a flag's values) or `later`, the check taken alone weeks after. */
export type CheckParam = boolean | 'later';
const checkParam: ParamSpec<CheckParam> = {
  type: 'flag or `later`',
  default: false,
  allowed: `${flag.allowed}, \`later\``,
  parse: (raw) => (raw === 'later' ? 'later' : flag.parse(raw)),
};

/** An exact origin (`https://blog.example`, `http://127.0.0.1:8080`): scheme, host, port, nothing else. */
export function parseOrigin(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  // URL normalises case, default ports and a bare trailing slash; anything more (a path, a query,
  // credentials) means the value was not an origin.
  const bare = raw.endsWith('/') ? raw.slice(0, -1) : raw;
  return url.origin === bare ? url.origin : undefined;
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** What the parameters hold once read. */
export interface UrlParams {
  /** A bundled language; null leaves the choice to the language code (browser, saved setting). */
  readonly lang: string | null;
  /** With `seed` or `weeks`, starts a run at once; null shows the title screen. */
  readonly scenario: string | null;
  readonly seed: number | null;
  readonly weeks: RunLength | null;
  /** The reading of the evidence a run started from the link plays at. */
  readonly evidence: EvidenceReading;
  readonly embed: boolean;
  readonly widget: Widget | null;
  readonly autoplay: boolean;
  readonly speed: Speed;
  readonly view: View;
  /** A workshop results code, checked for shape only here. */
  readonly code: string | null;
  /** The only origin messages to the host page go to, and come from. */
  readonly origin: string | null;
  /**
   * The learning check: six questions before and after a run, and a prediction before its
   * debrief; `later`, the check alone, weeks after a session, for a code of its own.
   */
  readonly check: CheckParam;
}

export type ParamName = keyof UrlParams;

/** The declared parameters. Adding one here (and to UrlParams) is the whole of declaring it. */
export const PARAM_SCHEMA: { readonly [K in ParamName]: ParamSpec<UrlParams[K]> } = {
  lang: {
    type: 'language tag',
    default: null,
    allowed: `${languages.map((l) => `\`${l}\``).join(', ')} (a regional tag such as \`de-AT\` picks its language)`,
    parse: (raw) => {
      if (!LANGUAGE_TAG.test(raw)) return undefined;
      const primary = raw.split('-')[0]?.toLowerCase() ?? '';
      return languages.includes(primary) ? primary : undefined;
    },
  },
  scenario: {
    type: 'scenario id',
    default: null,
    allowed: SCENARIOS.map((s) => `\`${s.id}\``).join(', '),
    parse: (raw) => SCENARIOS.find((s) => s.id === raw)?.id,
  },
  seed: {
    type: 'whole number',
    default: null,
    allowed: '`0` to `4294967295`',
    parse: (raw) => {
      if (!/^\d{1,10}$/.test(raw)) return undefined;
      const n = Number(raw);
      return n <= 0xffff_ffff ? n : undefined;
    },
  },
  weeks: {
    type: 'number',
    default: null,
    allowed: PLAYABLE_LENGTHS.map((w) => `\`${w}\``).join(', '),
    parse: (raw) => oneOf<RunLength>(PLAYABLE_LENGTHS, raw),
  },
  evidence: {
    type: 'name',
    default: 'central',
    allowed: READINGS.map((r) => `\`${r}\``).join(', '),
    parse: (raw) => oneOf<EvidenceReading>(READINGS, raw),
  },
  embed: flag,
  widget: {
    type: 'name',
    default: null,
    allowed: WIDGETS.map((w) => `\`${w}\``).join(', '),
    parse: (raw) => oneOf<Widget>(WIDGETS, raw),
  },
  autoplay: flag,
  speed: {
    type: 'number',
    default: 1,
    allowed: SPEEDS.map((s) => `\`${s}\``).join(', '),
    parse: (raw) => oneOf<Speed>(SPEEDS, raw),
  },
  view: {
    type: 'name',
    default: 'game',
    allowed: VIEWS.map((v) => `\`${v}\``).join(', '),
    parse: (raw) => oneOf<View>(VIEWS, raw),
  },
  code: {
    type: 'results code',
    default: null,
    allowed: `letters, digits, \`-\`, \`_\`, \`.\`, \`~\`; 1 to ${MAX_CODE_LENGTH.toLocaleString('en')} characters`,
    maxLength: MAX_CODE_LENGTH,
    parse: (raw) => (CODE_PATTERN.test(raw) ? raw : undefined),
  },
  origin: {
    type: 'origin',
    default: null,
    allowed: 'an exact origin, such as `https://blog.example`',
    parse: parseOrigin,
  },
  check: checkParam,
};

export const PARAM_NAMES = Object.keys(PARAM_SCHEMA) as ParamName[];

export interface ParsedParams {
  readonly values: UrlParams;
  /** Parameters that were given with an allowed value (a default can be told from a choice). */
  readonly given: readonly ParamName[];
  /** Parameters given with a value that is not allowed, once each, in schema order. */
  readonly rejected: readonly ParamName[];
}

const isParamName = (name: string): name is ParamName => Object.hasOwn(PARAM_SCHEMA, name);

/**
 * Reads a query string (`location.search`, with or without its `?`). Never throws. A name given
 * twice with different values is ambiguous and counts as not allowed.
 */
export function parseUrlParams(search: string): ParsedParams {
  const raws = new Map<ParamName, string[]>();
  let entries: URLSearchParams;
  try {
    entries = new URLSearchParams(search);
  } catch {
    entries = new URLSearchParams();
  }
  for (const [name, value] of entries) {
    if (!isParamName(name)) continue;
    const list = raws.get(name) ?? [];
    list.push(value);
    raws.set(name, list);
  }
  const values: Record<string, unknown> = {};
  const given: ParamName[] = [];
  const rejected: ParamName[] = [];
  for (const name of PARAM_NAMES) {
    const spec: ParamSpec<unknown> = PARAM_SCHEMA[name];
    values[name] = spec.default;
    const list = raws.get(name);
    if (!list) continue;
    const first = list[0] ?? '';
    const parsed =
      list.every((v) => v === first) && first.length <= (spec.maxLength ?? MAX_VALUE_LENGTH)
        ? spec.parse(first)
        : undefined;
    if (parsed === undefined) {
      rejected.push(name);
    } else {
      values[name] = parsed;
      given.push(name);
    }
  }
  return Object.freeze({
    values: Object.freeze(values) as unknown as UrlParams,
    given: Object.freeze(given),
    rejected: Object.freeze(rejected),
  });
}

/**
 * The address of the full game for an embed's "open the full game" link: the same page with the
 * same parameters, minus `embed`.
 */
export function fullGameHref(href: string): string {
  try {
    const url = new URL(href);
    url.searchParams.delete('embed');
    url.hash = '';
    return url.href;
  } catch {
    return './';
  }
}

/** The parameters of the page this module was loaded in. */
export function pageParams(): ParsedParams {
  try {
    return parseUrlParams(globalThis.location?.search ?? '');
  } catch {
    return parseUrlParams('');
  }
}
