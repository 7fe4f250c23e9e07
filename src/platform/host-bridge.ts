/**
 * The game's side of the conversation with the page that frames it: it posts the events of
 * host-messages.ts to `window.parent` (to the exact `?origin=` when one was given, else to any
 * origin, which is why they carry nothing sensitive), and it takes the few listed requests
 * from the parent window alone, turning them into store actions.
 */

import { runResult } from '../state/debrief.ts';
import { type RunRecord, runOver, type Snapshot } from '../state/run-record.ts';
import type { GameState, GameStore } from '../state/store.ts';
import {
  envelope,
  type GameMessage,
  type HostMessage,
  parseHostMessage,
  type RunFinishedPayload,
} from './host-messages.ts';

/** Quiet time before a changed height is posted: a layout settles in a few frames. */
const RESIZE_DEBOUNCE_MS = 150;
const MIN_HEIGHT = 240;
const MAX_HEIGHT = 4000;

export interface HostBridgeOptions {
  /** The game's window (its `parent` is the host). */
  readonly win: Window;
  readonly store: GameStore;
  /** The element the game renders into, measured for `resize`. */
  readonly root: HTMLElement;
  /** `?origin=`: the only origin posted to and listened to; null posts to any. */
  readonly targetOrigin: string | null;
  readonly languages: readonly string[];
  language(): string;
  setLanguage(lang: string): void;
  /**
   * The workshop results code of a finished run, added to `run-finished` when given.
   * This is where the workshop's code (src/state/results-code.ts) plugs in.
   */
  readonly resultsCode?: (run: RunRecord, sim: Snapshot) => string | undefined;
}

export interface HostBridge {
  destroy(): void;
}

/** True when this window is framed by another one. */
export function isFramed(win: Window): boolean {
  try {
    return win.parent !== win;
  } catch {
    return true;
  }
}

/** The height the game's content would like: the tallest screen's full scroll height. */
export function contentHeight(root: HTMLElement): number {
  let h = root.scrollHeight;
  for (const child of root.children) h = Math.max(h, child.scrollHeight);
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(h)));
}

export function runFinished(
  run: RunRecord,
  sim: Snapshot,
  resultsCode?: (run: RunRecord, sim: Snapshot) => string | undefined,
): RunFinishedPayload {
  const { summary, score } = runResult(sim, run.weeks);
  const code = resultsCode?.(run, sim);
  return {
    scenario: run.scenarioId,
    weeks: run.weeks,
    score: Math.round(score.total),
    featuresShipped: summary.featuresShipped,
    incidents: summary.incidents,
    breaches: summary.breaches,
    ...(code === undefined ? {} : { code }),
  };
}

/** The one week just played by `next`, or null when `prev` -> `next` was not one played week. */
function weekJustPlayed(prev: GameState, next: GameState): number | null {
  const a = prev.run;
  const b = next.run;
  if (!a || !b || !next.sim || next.sim === prev.sim) return null;
  if (a.seed !== b.seed || a.scenarioId !== b.scenarioId) return null;
  return b.decisions.length === a.decisions.length + 1 ? b.decisions.length : null;
}

export function connectHost(o: HostBridgeOptions): HostBridge {
  const { win, store } = o;
  if (!isFramed(win)) return { destroy: () => undefined };

  const post = (message: GameMessage): void => {
    try {
      win.parent.postMessage(envelope(message), o.targetOrigin ?? '*');
    } catch {
      // A parent that has gone away, or a cloning failure: the game plays on regardless.
    }
  };

  // --- resize: posted on load and when the wanted height changes; never twice the same value,
  // and never back to the value before last (a layout that flips at a breakpoint would
  // otherwise make the host and the frame resize each other forever).
  const sent: number[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const measure = () => {
    timer = null;
    const height = contentHeight(o.root);
    if (height === sent.at(-1) || height === sent.at(-2)) return;
    sent.push(height);
    if (sent.length > 2) sent.shift();
    post({ type: 'resize', height });
  };
  const scheduleMeasure = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(measure, RESIZE_DEBOUNCE_MS);
  };
  const observer =
    typeof ResizeObserver === 'function' ? new ResizeObserver(scheduleMeasure) : null;
  observer?.observe(o.root);
  win.addEventListener('resize', scheduleMeasure);

  // --- game events from the store.
  const unsubscribe = store.subscribe((next, prev) => {
    if (next.phase !== prev.phase) scheduleMeasure();
    const week = weekJustPlayed(prev, next);
    const run = next.run;
    const sim = next.sim;
    if (week === null || !run || !sim) return;
    const m = sim.history.at(-1);
    if (m) {
      post({
        type: 'week-ended',
        week,
        weeks: run.weeks,
        featuresShipped: m.featuresShipped,
        incidents: m.incidents,
        breaches: m.breaches,
        reviewQueueLines: Math.round(m.reviewQueueLines),
      });
    }
    // Finished when its weeks are played or the board ended it early (replaced the player).
    if (runOver(sim, run.weeks)) {
      post({ type: 'run-finished', ...runFinished(run, sim, o.resultsCode) });
    }
  });

  // --- requests from the host.
  let pausedByHost = false;
  const apply = (message: HostMessage): void => {
    const s = store.getState();
    switch (message.type) {
      case 'pause':
        if (s.ui.playing) {
          pausedByHost = true;
          s.setPlaying(false);
        }
        return;
      case 'resume':
        // Only what the host paused: a player who stopped the clock keeps it stopped.
        if (pausedByHost && s.phase === 'run') s.setPlaying(true);
        pausedByHost = false;
        return;
      case 'set-muted':
        if (s.ui.muted !== message.muted) s.setMuted(message.muted);
        return;
      case 'set-language':
        if (o.language() !== message.lang) o.setLanguage(message.lang);
        return;
    }
  };
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== win.parent) return;
    if (o.targetOrigin !== null && event.origin !== o.targetOrigin) return;
    const message = parseHostMessage(event.data, o.languages);
    if (message) apply(message);
  };
  win.addEventListener('message', onMessage);

  post({ type: 'ready', lang: o.language() });
  measure();

  return {
    destroy() {
      win.removeEventListener('message', onMessage);
      win.removeEventListener('resize', scheduleMeasure);
      observer?.disconnect();
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    },
  };
}
