/**
 * Mounting the office floor: the Phaser game's creation (WebGL, or Canvas where WebGL is
 * missing), its sizing to the page at the screen's pixel density, its taking down, and the
 * page-side signs of its state (`data-motion`, `data-loop`, `data-covered`) that tests read.
 *
 * Loaded lazily by main.ts (`import('./scenes/office.ts')`) so Phaser lands in its own chunk.
 */
import * as Phaser from 'phaser';
import type { GameStore } from '../state/store.ts';
import { PALETTE } from './office-art.ts';
import type { OfficeOptions } from './office-scene.ts';
import { OfficeScene } from './office-scene.ts';

/** What mountOffice hands back; the same shape as ui/view-context's OfficeView (scenes import no ui). */
export interface OfficeView {
  setCovered(cssPx: number): void;
  destroy(): void;
}

/**
 * Mounts the office floor into `parent` and resolves with a handle whose `destroy()` removes
 * the canvas, stops the game loop and unsubscribes from the store.
 */
/** A new task: what follows runs apart from what came before (here, Phaser's evaluation). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function mountOffice(
  parent: HTMLElement,
  store: GameStore,
  opts: OfficeOptions,
): Promise<OfficeView> {
  // Phaser's module has just been evaluated, a long task on a slow phone: start the game in a
  // task of its own.
  await nextTask();
  const host = document.createElement('div');
  host.className = 'vt-office-floor';
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:relative;width:100%;height:100%;overflow:hidden;';
  parent.appendChild(host);
  const box = host.getBoundingClientRect();
  if (box.width > 0 && box.height < 40) {
    // The container has a width but gave no height: keep a sensible shape rather than
    // collapse to nothing. (A hidden container, 0 x 0, is left alone: it sizes when shown.)
    host.style.height = 'auto';
    host.style.aspectRatio = '16 / 10';
  }

  // Crisp on high-density screens: Phaser's RESIZE mode sizes the canvas to its parent in CSS
  // pixels, so the parent it measures is a sizer `px` times the host's size, and the canvas is
  // shown at the host's size. Capped at 2: three times the pixels costs more than it shows.
  const px = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
  const sizer = document.createElement('div');
  sizer.style.cssText = `position:absolute;left:0;top:0;width:${px * 100}%;height:${px * 100}%;pointer-events:none;`;
  host.appendChild(sizer);

  const prevBlur = window.onblur;
  const prevFocus = window.onfocus;
  const scene = new OfficeScene(store, opts, px);
  scene.onMotionState = (moving) => {
    host.dataset.motion = moving ? 'moving' : 'still';
  };
  scene.onLoopState = (awake) => {
    host.dataset.loop = awake ? 'awake' : 'asleep';
  };
  const config = (type: number): Phaser.Types.Core.GameConfig => ({
    // AUTO is WebGL, with the Canvas renderer when WebGL is unavailable.
    type,
    parent: sizer,
    backgroundColor: PALETTE.night,
    banner: false,
    autoFocus: false,
    disableContextMenu: false,
    canvasStyle: `position:absolute;left:0;top:0;display:block;width:${100 / px}%;height:${100 / px}%;`,
    // The office is a picture: no keyboard, pointer or touch handling (it would swallow
    // scrolling on phones and keys in an iframe), and nothing on the window.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
    audio: { noAudio: true },
    scale: {
      mode: Phaser.Scale.RESIZE,
      parent: sizer,
      width: '100%',
      height: '100%',
      expandParent: false,
      autoRound: true,
    },
    // Shaders compile in parallel where the browser can (KHR_parallel_shader_compile): the floor
    // may appear a few frames later, but the page is not held up meanwhile, so "Play week"
    // answers at once even while the office boots.
    render: { antialias: true, powerPreference: 'low-power', skipUnreadyShaders: true },
    // The scene joins in a task after the one that boots the renderer (its batches, buffers
    // and shaders), not in it: two shorter tasks rather than one long.
    callbacks: {
      postBoot: (booted: Phaser.Game) => {
        setTimeout(() => {
          if (!destroyed) booted.scene.add(scene.sys.settings.key, scene, true);
        }, 0);
      },
    },
  });

  let destroyed = false;
  let game: Phaser.Game;
  try {
    game = new Phaser.Game(config(Phaser.AUTO));
  } catch {
    sizer.replaceChildren();
    game = new Phaser.Game(config(Phaser.CANVAS));
  }

  // The canvas is black from the moment Phaser makes it until the floor's first whole picture
  // (built over several frames): keep it out of sight (its size still counts) so the panel's
  // own background shows until then.
  host.style.visibility = 'hidden';
  scene.onBuilt = () =>
    game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      host.style.visibility = '';
    });

  // Phaser's visibility handler assigns window.onblur/onfocus when its loop starts and never
  // puts them back.
  const restoreWindowHandlers = () => {
    if (window.onblur !== prevBlur) window.onblur = prevBlur;
    if (window.onfocus !== prevFocus) window.onfocus = prevFocus;
  };
  // A sleeping loop does not look at its parent's size: a resize wakes it, and is taken at the
  // next frame rather than at Phaser's next check (every half second).
  const resized =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          game.scale.dirty = true;
          scene.wake();
        })
      : null;
  resized?.observe(host);
  return {
    setCovered(cssPx: number) {
      if (destroyed) return;
      scene.setCovered(cssPx);
      host.dataset.covered = String(Math.round(cssPx));
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      resized?.disconnect();
      scene.detach();
      // Phaser takes a game down in its next step: a sleeping loop would never get there.
      scene.wake();
      const renderer = game.renderer;
      game.events.once(Phaser.Core.Events.DESTROY, () => {
        // Phaser leaves the WebGL context to the garbage collector; give it back now so
        // mounting again and again never runs into the browser's context limit.
        const gl = renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer ? renderer.gl : null;
        if (gl) queueMicrotask(() => gl.getExtension('WEBGL_lose_context')?.loseContext());
        restoreWindowHandlers();
      });
      game.destroy(true);
      host.remove();
      restoreWindowHandlers();
    },
  };
}
