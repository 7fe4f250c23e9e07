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
  return {
    unlock() {
      if (ctx || failed || store.getState().ui.muted) return;
      try {
        const Ctor = globalThis.AudioContext;
        if (!Ctor) {
          failed = true;
          return;
        }
        ctx = new Ctor();
      } catch {
        failed = true;
      }
    },
    play(effect) {
      if (!ctx || store.getState().ui.muted) return;
      if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
      const t0 = ctx.currentTime + 0.01;
      for (const [freq, start, length, type] of NOTES[effect]) {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.type = type;
        osc.frequency.value = freq;
        gain.gain.setValueAtTime(0.0001, t0 + start);
        gain.gain.exponentialRampToValueAtTime(VOLUME, t0 + start + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, t0 + start + length);
        osc.connect(gain).connect(ctx.destination);
        osc.start(t0 + start);
        osc.stop(t0 + start + length + 0.02);
      }
    },
    destroy() {
      void ctx?.close().catch(() => undefined);
      ctx = null;
    },
  };
}
