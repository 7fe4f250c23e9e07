import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import { decodeResultsCode } from '../../src/content/results-code.ts';
import { connectHost } from '../../src/platform/host-bridge.ts';
import {
  envelope,
  HOST_MESSAGE_TYPES,
  MESSAGE_SOURCE,
  MESSAGE_VERSION,
  parseHostMessage,
} from '../../src/platform/host-messages.ts';
import { GAME_AUTOPLAY } from '../../src/state/autoplay.ts';
import type { RunRecord } from '../../src/state/run-record.ts';
import { createGameStore } from '../../src/state/store.ts';
import { codeOfRecord } from '../../src/state/workshop.ts';

const LANGS = ['de', 'en', 'es', 'ja'];
const msg = (type: string, extra: Record<string, unknown> = {}) => ({
  source: MESSAGE_SOURCE,
  version: MESSAGE_VERSION,
  type,
  ...extra,
});

describe('messages from the host page', () => {
  it('accepts exactly the listed messages', () => {
    expect(parseHostMessage(msg('pause'), LANGS)).toEqual({ type: 'pause' });
    expect(parseHostMessage(msg('resume'), LANGS)).toEqual({ type: 'resume' });
    expect(parseHostMessage(msg('set-muted', { muted: true }), LANGS)).toEqual({
      type: 'set-muted',
      muted: true,
    });
    expect(parseHostMessage(msg('set-language', { lang: 'ja' }), LANGS)).toEqual({
      type: 'set-language',
      lang: 'ja',
    });
    expect(HOST_MESSAGE_TYPES).toEqual(['set-language', 'pause', 'resume', 'set-muted']);
  });

  it.each([
    ['not an object', 'pause'],
    ['null', null],
    ['an array', [msg('pause')]],
    ['no envelope', { type: 'pause' }],
    ['another source', { ...msg('pause'), source: 'other-game' }],
    ['another version', { ...msg('pause'), version: 2 }],
    ['a string version', { ...msg('pause'), version: '1' }],
    ['an unknown type', msg('reset')],
    ['a type from the prototype', msg('toString')],
    ['__proto__ as a type', msg('__proto__')],
    ['a message the game sends', msg('ready')],
    ['an extra key', msg('pause', { now: true })],
    ['a missing payload', msg('set-muted')],
    ['a payload of the wrong type', msg('set-muted', { muted: 'true' })],
    ['a language the game does not have', msg('set-language', { lang: 'xx' })],
    ['a language tag in another case', msg('set-language', { lang: 'DE' })],
    ['a language as an array', msg('set-language', { lang: ['de'] })],
    ['a class instance', Object.assign(new (class Fake {})(), msg('pause'))],
    [
      'an own __proto__ key',
      JSON.parse('{"source":"velocity-trap","version":1,"type":"pause","__proto__":{}}'),
    ],
  ])('refuses %s', (_what, data) => {
    expect(parseHostMessage(data, LANGS)).toBeNull();
  });

  it('refuses an object whose getters throw, without throwing', () => {
    const hostile = new Proxy(msg('pause'), {
      get() {
        throw new Error('boom');
      },
    });
    expect(parseHostMessage(hostile, LANGS)).toBeNull();
  });

  it('never throws on anything, and takes only well-formed messages', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            source: fc.constantFrom(MESSAGE_SOURCE, 'x'),
            version: fc.constantFrom(1, 2, '1'),
            type: fc.oneof(fc.constantFrom(...HOST_MESSAGE_TYPES), fc.string()),
            lang: fc.anything(),
            muted: fc.anything(),
          }),
        ),
        (data) => {
          const m = parseHostMessage(data, LANGS);
          if (m === null) return;
          expect(HOST_MESSAGE_TYPES).toContain(m.type);
          if (m.type === 'set-language') expect(LANGS).toContain(m.lang);
          if (m.type === 'set-muted') expect(typeof m.muted).toBe('boolean');
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('wraps what the game sends in the versioned envelope', () => {
    expect(envelope({ type: 'resize', height: 480 })).toEqual({
      source: 'velocity-trap',
      version: 1,
      type: 'resize',
      height: 480,
    });
  });
});

/** A framed window: its parent records what is posted, and the test delivers messages. */
function fakeFrame() {
  const posted: Array<{ data: unknown; origin: string }> = [];
  const listeners = new Map<string, Set<(e: unknown) => void>>();
  const parent = {
    postMessage: (data: unknown, origin: string) => posted.push({ data, origin }),
  };
  const win = {
    parent,
    addEventListener: (type: string, fn: (e: unknown) => void) => {
      const set = listeners.get(type) ?? new Set();
      set.add(fn);
      listeners.set(type, set);
    },
    removeEventListener: (type: string, fn: (e: unknown) => void) =>
      listeners.get(type)?.delete(fn),
  };
  const deliver = (data: unknown, source: unknown = parent, origin = 'https://blog.example') => {
    for (const fn of listeners.get('message') ?? []) fn({ data, source, origin });
  };
  return { win: win as unknown as Window, posted, deliver, listeners };
}

const root = { scrollHeight: 400, children: [] } as unknown as HTMLElement;

function connect(
  targetOrigin: string | null = null,
  resultsCode?: (run: RunRecord) => string | undefined,
) {
  const frame = fakeFrame();
  const store = createGameStore();
  let lang = 'en';
  const bridge = connectHost({
    win: frame.win,
    store,
    root,
    targetOrigin,
    languages: LANGS,
    language: () => lang,
    setLanguage: (l) => {
      lang = l;
    },
    ...(resultsCode ? { resultsCode } : {}),
  });
  return { ...frame, store, bridge, lang: () => lang };
}

describe('the bridge to the host page', () => {
  it('says ready and its wanted height, to any origin when none was named', () => {
    const { posted, bridge } = connect();
    expect(posted).toEqual([
      { data: envelope({ type: 'ready', lang: 'en' }), origin: '*' },
      { data: envelope({ type: 'resize', height: 400 }), origin: '*' },
    ]);
    bridge.destroy();
  });

  it('posts only to the named origin, and listens only to it', () => {
    const { posted, deliver, store, bridge } = connect('https://blog.example');
    expect(posted.every((p) => p.origin === 'https://blog.example')).toBe(true);
    store.getState().startRun({ scenarioId: 'mandate', weeks: 12, seed: 1, mode: 'scenario' });
    store.getState().setPlaying(true);
    deliver(msg('pause'), undefined, 'https://evil.example');
    expect(store.getState().ui.playing).toBe(true);
    deliver(msg('pause'));
    expect(store.getState().ui.playing).toBe(false);
    bridge.destroy();
  });

  it('pauses and resumes through store actions, and resumes only what the host paused', () => {
    const { deliver, store, bridge } = connect();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 12, seed: 1, mode: 'scenario' });
    deliver(msg('resume'));
    expect(store.getState().ui.playing).toBe(false);
    store.getState().setPlaying(true);
    deliver(msg('pause'));
    expect(store.getState().ui.playing).toBe(false);
    deliver(msg('resume'));
    expect(store.getState().ui.playing).toBe(true);
    bridge.destroy();
  });

  it("resumes around the board's review, never closing it for the reader", () => {
    const { deliver, store, bridge } = connect();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 26, seed: 2, mode: 'scenario' });
    const answerCards = () => {
      for (const p of store.getState().sim?.state.pendingCards ?? []) {
        const choice = CARDS.find((c) => c.id === p.cardId)?.choices[0]?.id ?? '';
        store.getState().answerCard(p.cardId, choice);
      }
      store.getState().closeCard();
    };
    while ((store.getState().sim?.state.week ?? 0) < 12) {
      answerCards();
      expect(store.getState().playWeek()).toBe(true);
    }
    store.getState().setPlaying(true);
    deliver(msg('pause'));
    answerCards();
    // The reader plays week 13 by hand: the board's review opens.
    expect(store.getState().playWeek()).toBe(true);
    expect(store.getState().interrupt?.kind).toBe('board');
    deliver(msg('resume'));
    expect(store.getState().ui.playing).toBe(true);
    // The review stays open and weeks wait for it: the host did not read it, the reader will.
    expect(store.getState().interrupt?.kind).toBe('board');
    expect(GAME_AUTOPLAY.delay(store.getState())).toBeNull();
    store.getState().acknowledgeBoard();
    answerCards();
    expect(GAME_AUTOPLAY.delay(store.getState())).not.toBeNull();
    bridge.destroy();
  });

  it('changes sound and language on request, and ignores other windows', () => {
    const { deliver, store, bridge, lang } = connect();
    const stranger = {};
    deliver(msg('set-muted', { muted: true }), stranger);
    deliver(msg('set-language', { lang: 'de' }), stranger);
    deliver(msg('set-language', { lang: 'de' }), null);
    expect(store.getState().ui.muted).toBe(false);
    expect(lang()).toBe('en');
    deliver(msg('set-muted', { muted: true }));
    deliver(msg('set-language', { lang: 'de' }));
    expect(store.getState().ui.muted).toBe(true);
    expect(lang()).toBe('de');
    bridge.destroy();
  });

  it('reports each week played and the finished run, with nothing sensitive', () => {
    const { posted, store, bridge } = connect();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 12, seed: 3, mode: 'scenario' });
    for (let i = 0; i < 40 && store.getState().phase === 'run'; i++) {
      const s = store.getState();
      for (const p of s.sim?.state.pendingCards ?? []) {
        const choice = CARDS.find((c) => c.id === p.cardId)?.choices[0]?.id ?? '';
        s.answerCard(p.cardId, choice);
      }
      // The player closes a quarter's review; the closing verdict stays up, as it does for them.
      if (store.getState().interrupt?.kind === 'board') store.getState().acknowledgeBoard();
      if (!store.getState().playWeek()) break;
    }
    // Finished with the last week played, while the board's closing verdict is still up.
    expect(store.getState().interrupt?.kind).toBe('closing');
    const weeks = posted.filter((p) => (p.data as { type: string }).type === 'week-ended');
    expect(weeks.map((p) => (p.data as { week: number }).week)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    const finished = posted.filter((p) => (p.data as { type: string }).type === 'run-finished');
    expect(finished).toHaveLength(1);
    const data = finished[0]?.data as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(
      [
        'breaches',
        'featuresShipped',
        'incidents',
        'scenario',
        'score',
        'source',
        'type',
        'version',
        'weeks',
      ].sort(),
    );
    expect(data.score).toBeGreaterThanOrEqual(0);
    expect(data.score).toBeLessThanOrEqual(100);
    bridge.destroy();
  });

  it('adds the results code to the finished run, and the code replays that run', () => {
    const { posted, store, bridge } = connect(null, codeOfRecord);
    store.getState().startRun({ scenarioId: 'mandate', weeks: 12, seed: 5, mode: 'scenario' });
    store.getState().setLever('aiMandate', 0.4);
    for (let i = 0; i < 40 && store.getState().phase === 'run'; i++) {
      const s = store.getState();
      for (const p of s.sim?.state.pendingCards ?? []) {
        const choice = CARDS.find((c) => c.id === p.cardId)?.choices[1]?.id ?? '';
        s.answerCard(p.cardId, choice);
      }
      store.getState().acknowledgeBoard();
      store.getState().playWeek();
    }
    const finished = posted.find((p) => (p.data as { type: string }).type === 'run-finished');
    const code = (finished?.data as { code?: unknown } | undefined)?.code;
    expect(typeof code).toBe('string');
    const decoded = decodeResultsCode(String(code));
    expect(decoded.ok && decoded.run.seed).toBe(5);
    const record = store.getState().run;
    expect(record && codeOfRecord(record)).toBe(code);
    bridge.destroy();
  });

  it('stops listening when destroyed', () => {
    const { listeners, bridge } = connect();
    bridge.destroy();
    expect(listeners.get('message')?.size ?? 0).toBe(0);
  });
});
