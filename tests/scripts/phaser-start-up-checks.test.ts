// The build's patches to Phaser's start-up device checks, applied to the Phaser sources the game
// actually installs: each finds its statement, and a Phaser that changed makes the build fail.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  PHASER_PATCHES,
  phaserStartUpChecks,
} from '../../scripts/phaser-start-up-checks.ts';

const phaserDir = dirname(createRequire(import.meta.url).resolve('phaser/package.json'));
const features = join(phaserDir, 'src', 'device', 'Features.js');
const canvasFeatures = join(phaserDir, 'src', 'device', 'CanvasFeatures.js');

type Transform = (code: string, id: string) => { code: string } | null;
const transform = phaserStartUpChecks().transform as Transform;

describe("the build's Phaser start-up checks", () => {
  it('no longer makes a throwaway WebGL context to learn whether WebGL exists', () => {
    const source = readFileSync(features, 'utf8');
    expect(source).toContain('Features.webGL = testWebGL();');
    const out = transform(source, features)?.code ?? '';
    expect(out).not.toContain('= testWebGL()');
    expect(out).toContain("Features.webGL = !!window['WebGLRenderingContext'];");
    // `support32bit` still has the pixel-data answer it needs.
    expect(out).toContain("isUint8 = typeof Uint8ClampedArray !== 'undefined';");
  });

  it('reads no pixels back from a 2D canvas while the module loads', () => {
    const source = readFileSync(canvasFeatures, 'utf8');
    const out = transform(source, canvasFeatures)?.code ?? '';
    expect(out).not.toContain('= checkInverseAlpha()');
    expect(out).not.toContain('= checkBlendMode()');
    // The Canvas renderer (the office's fallback) still learns that the blend modes exist.
    expect(out).toContain('CanvasFeatures.supportNewBlendModes = true;');
  });

  it('leaves every other module alone', () => {
    const other = join(phaserDir, 'src', 'core', 'CreateRenderer.js');
    expect(transform(readFileSync(other, 'utf8'), other)).toBeNull();
  });

  it('stops the build, naming the file, when Phaser has changed the line', () => {
    for (const patch of PHASER_PATCHES) {
      expect(() => applyPatch('module.exports = {};', patch)).toThrow(/Phaser has changed/);
      const twice = `${patch.statement}\n${patch.statement}`;
      expect(() => applyPatch(twice, patch)).toThrow(patch.file.source);
    }
  });
});
