// When the audio context opens: after the player's gesture, but only once the frame showing what
// the gesture asked for has been drawn, so the first "Play week" never waits for the audio.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGameStore } from '../../src/state/store.ts';
import { createSound } from '../../src/ui/sound.ts';

/** Counts the contexts made and the notes started on them. */
class FakeAudioContext {
  static made = 0;
  notes = 0;
  state = 'running';
  currentTime = 0;
  destination = {};
  constructor() {
    FakeAudioContext.made++;
    contexts.push(this);
  }
  createOscillator() {
    const ctx = this;
    return {
      type: 'sine',
      frequency: { value: 0 },
      connect: (next: unknown) => next,
      start() {
        ctx.notes++;
      },
      stop() {},
    };
  }
  createGain() {
    const param = { setValueAtTime() {}, exponentialRampToValueAtTime() {} };
    return { gain: param, connect: (next: unknown) => next };
  }
  resume() {
    return Promise.resolve();
  }
  close() {
    return Promise.resolve();
  }
}
let contexts: FakeAudioContext[] = [];
let frames: Array<() => void> = [];

/** Runs the frame the browser would draw next. */
function drawFrame(): void {
  const due = frames;
  frames = [];
  for (const f of due) f();
}

beforeEach(() => {
  vi.useFakeTimers();
  contexts = [];
  frames = [];
  FakeAudioContext.made = 0;
  vi.stubGlobal('AudioContext', FakeAudioContext);
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => undefined;
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the sound', () => {
  it('opens its audio context after the frame that follows the gesture, not in it', () => {
    const store = createGameStore();
    store.getState().setMuted(false);
    const sound = createSound(store);
    sound.unlock();
    sound.play('merge');
    vi.runAllTimers();
    expect(FakeAudioContext.made).toBe(0);
    drawFrame();
    expect(FakeAudioContext.made).toBe(0);
    vi.runAllTimers();
    expect(FakeAudioContext.made).toBe(1);
    // The effect asked for while it opened plays then: the merge's two notes.
    expect(contexts[0]?.notes).toBe(2);
    sound.unlock();
    drawFrame();
    vi.runAllTimers();
    expect(FakeAudioContext.made).toBe(1);
    sound.play('alarm');
    expect(contexts[0]?.notes).toBe(5);
    sound.destroy();
  });

  it('opens nothing while muted, and nothing once destroyed before the frame', () => {
    const store = createGameStore();
    store.getState().setMuted(true);
    const muted = createSound(store);
    muted.unlock();
    drawFrame();
    vi.runAllTimers();
    expect(FakeAudioContext.made).toBe(0);

    store.getState().setMuted(false);
    const gone = createSound(store);
    gone.unlock();
    gone.destroy();
    drawFrame();
    vi.runAllTimers();
    expect(FakeAudioContext.made).toBe(0);
  });
});
