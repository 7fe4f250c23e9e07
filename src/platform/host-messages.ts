/**
 * The message protocol between an embedded game and the page that frames it. Every message,
 * both ways, is one envelope: `{ source: 'velocity-trap', version: 1, type, ...payload }`.
 * What the game sends is a short, non-sensitive summary (no seed, no decisions, nothing
 * saved). What it accepts is checked here against a closed list of types and exact payload
 * shapes; anything else is refused (null), never thrown on.
 */

export const MESSAGE_SOURCE = 'velocity-trap';
export const MESSAGE_VERSION = 1;

/** A few numbers of the week just played. */
export interface WeekEndedPayload {
  readonly week: number;
  readonly weeks: number;
  readonly featuresShipped: number;
  readonly incidents: number;
  readonly breaches: number;
  readonly reviewQueueLines: number;
}

export interface RunFinishedPayload {
  readonly scenario: string;
  readonly weeks: number;
  /** The debrief's total, 0..100, rounded. */
  readonly score: number;
  readonly featuresShipped: number;
  readonly incidents: number;
  readonly breaches: number;
  /** The workshop results code of the run, once the game can make one. */
  readonly code?: string;
}

/** What the game tells its host. */
export type GameMessage =
  | { readonly type: 'ready'; readonly lang: string }
  | { readonly type: 'resize'; readonly height: number }
  | ({ readonly type: 'week-ended' } & WeekEndedPayload)
  | ({ readonly type: 'run-finished' } & RunFinishedPayload);

export type Envelope<M> = { readonly source: typeof MESSAGE_SOURCE; readonly version: 1 } & M;

/** What the host may ask of the game. */
export type HostMessage =
  | { readonly type: 'set-language'; readonly lang: string }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'set-muted'; readonly muted: boolean };

export const HOST_MESSAGE_TYPES = ['set-language', 'pause', 'resume', 'set-muted'] as const;

export function envelope<M extends GameMessage>(message: M): Envelope<M> {
  return { source: MESSAGE_SOURCE, version: MESSAGE_VERSION, ...message };
}

/** The payload keys each host message must carry, and nothing else. */
const PAYLOAD_KEYS: Readonly<Record<HostMessage['type'], readonly string[]>> = {
  'set-language': ['lang'],
  pause: [],
  resume: [],
  'set-muted': ['muted'],
};

const ENVELOPE_KEYS = ['source', 'version', 'type'];

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * The host message `data` holds, or null when it is not exactly one of the listed messages.
 * `languages` are the language codes the game has.
 */
export function parseHostMessage(data: unknown, languages: readonly string[]): HostMessage | null {
  try {
    if (!isPlainRecord(data)) return null;
    if (data.source !== MESSAGE_SOURCE || data.version !== MESSAGE_VERSION) return null;
    const type = data.type;
    if (typeof type !== 'string' || !Object.hasOwn(PAYLOAD_KEYS, type)) return null;
    const kind = type as HostMessage['type'];
    const allowed = [...ENVELOPE_KEYS, ...PAYLOAD_KEYS[kind]];
    const keys = Object.keys(data);
    if (keys.length !== allowed.length || !keys.every((k) => allowed.includes(k))) return null;
    switch (kind) {
      case 'set-language': {
        const lang = data.lang;
        return typeof lang === 'string' && languages.includes(lang) ? { type: kind, lang } : null;
      }
      case 'set-muted':
        return typeof data.muted === 'boolean' ? { type: kind, muted: data.muted } : null;
      case 'pause':
      case 'resume':
        return { type: kind };
    }
  } catch {
    // A hostile object (a proxy or a getter that throws) is simply not a message.
    return null;
  }
}
