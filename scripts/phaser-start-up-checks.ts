/**
 * Three of Phaser's device checks run when its modules are evaluated, before any game exists,
 * and each costs the office more than it tells it:
 *
 * - `device/Features.js` tests for WebGL by creating a throwaway canvas and a WebGL context on
 *   it, only to learn whether one can be made; the office then makes its real context when its
 *   game boots. Creating a context is the slowest thing Phaser does at start-up (in headless
 *   Chromium's software WebGL, 190 to 790 ms, measured on its own in a page; 569 ms of one
 *   profile of a first run), and the throwaway context stays alive until the garbage collector
 *   finds it, counting against the browser's limit on live contexts. Here the test becomes a
 *   check that WebGL exists at all. Where a context still cannot be made, Phaser's WebGL renderer
 *   throws as it boots and the office (src/scenes/office.ts) starts again with the Canvas
 *   renderer: the real context is the test.
 * - `device/CanvasFeatures.js` reads pixels back from a 2D canvas to learn whether alpha survives
 *   a round trip (`supportInverseAlpha`). Nothing in Phaser or the game reads that answer, and
 *   the first read-back in a page took 0 to 260 ms. The flag keeps its default, `false`.
 * - The same file loads two images and draws them with `multiply` to learn whether the 2D canvas
 *   has the newer blend modes (`supportNewBlendModes`, read only by the Canvas renderer, the
 *   office's fallback). Every browser that runs the game's modules has had them for a decade;
 *   the images land while the player is starting a run, and their read-back took 59 ms of the
 *   main thread there (a profile of cold starts). The flag is set to what the check would find.
 *
 * Build only (Vite applies transforms to the files it bundles). Should a Phaser upgrade change
 * a line, the build fails here rather than quietly keeping the cost.
 */
import type { Plugin } from 'vite';

export interface Patch {
  /** The Phaser source file, matched against the module id. */
  readonly file: RegExp;
  /** The statement replaced, as Phaser 4 writes it (found exactly once). */
  readonly statement: string;
  readonly replacement: string;
}

export const PHASER_PATCHES: readonly Patch[] = [
  {
    file: /[\\/]phaser[\\/]src[\\/]device[\\/]Features\.js$/,
    statement: 'Features.webGL = testWebGL();',
    // `isUint8` is the other thing the test learned (whether canvas pixel data is a
    // Uint8ClampedArray), which every browser that runs the game's modules has.
    replacement:
      "Features.webGL = !!window['WebGLRenderingContext']; isUint8 = typeof Uint8ClampedArray !== 'undefined';",
  },
  {
    file: /[\\/]phaser[\\/]src[\\/]device[\\/]CanvasFeatures\.js$/,
    statement: 'CanvasFeatures.supportInverseAlpha = checkInverseAlpha();',
    replacement: '',
  },
  {
    file: /[\\/]phaser[\\/]src[\\/]device[\\/]CanvasFeatures\.js$/,
    statement: 'CanvasFeatures.supportNewBlendModes = checkBlendMode();',
    replacement: 'CanvasFeatures.supportNewBlendModes = true;',
  },
];

/** `source` with the patch applied; throws when its statement is not found exactly once. */
export function applyPatch(source: string, patch: Patch): string {
  const at = source.indexOf(patch.statement);
  if (at < 0 || source.indexOf(patch.statement, at + 1) >= 0) {
    throw new Error(
      `phaser-start-up-checks: expected "${patch.statement}" once in ${patch.file.source}; Phaser has changed, review scripts/phaser-start-up-checks.ts`,
    );
  }
  return source.replace(patch.statement, patch.replacement);
}

export function phaserStartUpChecks(): Plugin {
  return {
    name: 'velocity-trap:phaser-start-up-checks',
    apply: 'build',
    transform(code, id) {
      const patches = PHASER_PATCHES.filter((p) => p.file.test(id));
      if (patches.length === 0) return null;
      return { code: patches.reduce(applyPatch, code), map: null };
    },
  };
}
