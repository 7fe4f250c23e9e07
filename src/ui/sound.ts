/**
 * Three quiet synthesised effects (a merge, an alarm, the board's verdict), made with WebAudio
 * on the spot: no audio files, nothing fetched. The audio context is created only after a
 * user gesture, and nothing plays while the store says `muted`.
 */
import type { GameStore } from '../state/store.ts';

export type Effect = 'merge' | 'alarm' | 'verdict';

export interface Sound {
  /** Call from a user gesture (a click or key press): creates the audio context if allowed. */
  unlock(): void;
  play(effect: Effect): void;
  destroy(): void;
}

/** Notes of each effect: frequency (Hz), start (s), length (s), waveform. */
const NOTES: Record<Effect, Array<[number, number, number, OscillatorType]>> = {
  merge: [
    [660, 0, 0.09, 'sine'],
    [990, 0.07, 0.12, 'sine'],
  ],
  alarm: [
    [440, 0, 0.16, 'triangle'],
    [330, 0.18, 0.16, 'triangle'],
    [440, 0.36, 0.16, 'triangle'],
  ],
  verdict: [
    [392, 0, 0.2, 'sine'],
    [494, 0.12, 0.2, 'sine'],
    [587, 0.24, 0.35, 'sine'],
  ],
};

const VOLUME = 0.06;

export function createSound(store: GameStore): Sound {
  let ctx: AudioContext | null = null;
  let failed = false;
  // Set from the gesture until the context is open: the frame, then the task, it waits for.
  let openingFrame: number | null = null;
  let opening: ReturnType<typeof setTimeout> | null = null;
  // An effect asked for while the context was still opening: it plays once the context is up.
  let waiting: Effect | null = null;

  const sound = (c: AudioContext, effect: Effect): void => {
    if (c.state === 'suspended') void c.resume().catch(() => undefined);
    const t0 = c.currentTime + 0.01;
    for (const [freq, start, length, type] of NOTES[effect]) {
      const osc = c.createOscillator();
      const gain = c.createGain();
      osc.type = type;
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, t0 + start);
      gain.gain.exponentialRampToValueAtTime(VOLUME, t0 + start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + start + length);
      osc.connect(gain).connect(c.destination);
      osc.start(t0 + start);
      osc.stop(t0 + start + length + 0.02);
    }
  };

  const waitingToOpen = (): boolean => openingFrame !== null || opening !== null;

  const open = (): void => {
    opening = null;
    openingFrame = null;
    if (ctx || failed) return;
    try {
      const Ctor = globalThis.AudioContext;
      if (!Ctor) {
        failed = true;
        return;
      }
      ctx = new Ctor();
    } catch {
      failed = true;
      return;
    }
    const effect = waiting;
    waiting = null;
    if (effect && !store.getState().ui.muted) sound(ctx, effect);
  };

  return {
    unlock() {
      if (ctx || failed || waitingToOpen() || store.getState().ui.muted) return;
      // Opening an audio context can take a hundred milliseconds or more; not before the frame
      // that shows what the gesture asked for (the first "Play week"), which would wait for it.
      // The page keeps its user activation, so the context may still start.
      openingFrame = requestAnimationFrame(() => {
        opening = setTimeout(open, 0);
      });
    },
    play(effect) {
      if (store.getState().ui.muted) return;
      if (ctx) sound(ctx, effect);
      else if (waitingToOpen()) waiting = effect;
    },
    destroy() {
      if (openingFrame !== null) cancelAnimationFrame(openingFrame);
      if (opening !== null) clearTimeout(opening);
      openingFrame = null;
      opening = null;
      void ctx?.close().catch(() => undefined);
      ctx = null;
    },
  };
}
