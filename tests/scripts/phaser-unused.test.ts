// The build's cuts of Phaser's unused modules, applied to the Phaser sources the game actually
// installs: every patch finds its line, every prune finds the names it keeps or drops, and a
// Phaser that changed makes the build fail rather than quietly ship or drop something.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../scripts/phaser-start-up-checks.ts';
import { PRUNES, phaserUnused, prune, UNUSED_PATCHES } from '../../scripts/phaser-unused.ts';

const phaserDir = dirname(createRequire(import.meta.url).resolve('phaser/package.json'));
const source = (path: string) => join(phaserDir, 'src', ...path.split('/'));

type Transform = (code: string, id: string) => { code: string } | null;
const transform = phaserUnused().transform as Transform;
const built = (path: string) => transform(readFileSync(source(path), 'utf8'), source(path))?.code;

describe("the build's cuts of Phaser's unused modules", () => {
  it('makes the batch handlers read the renderer events, not the renderer namespace', () => {
    const out = built('renderer/webgl/renderNodes/BatchHandler.js') ?? '';
    expect(out).not.toContain("require('../../../renderer')");
    expect(out).toContain("var Renderer = { Events: require('../../events') };");
  });

  it("makes the game's config require the random generator alone", () => {
    const out = built('core/Config.js') ?? '';
    expect(out).not.toContain("require('../math/')");
    expect(out).toContain('PhaserMath.RND = new PhaserMath.RandomDataGenerator(this.seed);');
  });

  it('keeps the render nodes the office builds and no other', () => {
    const out = built('renderer/webgl/renderNodes/RenderNodeManager.js') ?? '';
    expect(out).toContain("var Camera = require('./Camera');");
    expect(out).toContain("var BatchHandlerQuad = require('./BatchHandlerQuad');");
    expect(out).toContain('var FilterBlur = null;');
    expect(out).toContain('var SubmitterTilemapGPULayer = null;');
    expect(out).not.toMatch(/require\('\.\/filters\//);
  });

  it('drops only the named requires of an index, leaving its other entries', () => {
    const out = built('gameobjects/components/index.js') ?? '';
    expect(out).toMatch(/PathFollower: null/);
    expect(out).toMatch(/Transform: require\('\.\/Transform'\)/);
    const parsers = built('textures/parsers/index.js') ?? '';
    expect(parsers).toMatch(/Image: require\('\.\/Image'\)/);
    expect(parsers).toMatch(/AtlasXML: null/);
  });

  it('finds every name on the installed Phaser', () => {
    const pruned = [
      'renderer/webgl/renderNodes/RenderNodeManager.js',
      'gameobjects/components/FilterList.js',
      'gameobjects/components/index.js',
      'textures/parsers/index.js',
      'textures/TextureManager.js',
      'input/InputManager.js',
    ].map(source);
    for (const rule of PRUNES) {
      const path = pruned.find((p) => rule.file.test(p));
      expect(path, rule.file.source).toBeDefined();
      expect(() => prune(readFileSync(path ?? '', 'utf8'), rule)).not.toThrow();
    }
  });

  it('leaves every other module alone', () => {
    expect(built('core/CreateRenderer.js')).toBeUndefined();
  });

  it('stops the build, naming the file, when Phaser has changed', () => {
    for (const patch of UNUSED_PATCHES) {
      expect(() => applyPatch('module.exports = {};', patch)).toThrow(/Phaser has changed/);
    }
    for (const rule of PRUNES) {
      expect(() => prune('module.exports = {};', rule)).toThrow(rule.file.source);
    }
  });
});
