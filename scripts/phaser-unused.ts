/**
 * Phaser's sources require more than they run: a namespace index pulls in every module beside
 * the one a file reads, the WebGL renderer's node manager requires every render node Phaser has
 * (filters, lights, tilemaps, meshes, graphics paths) so that any could be built by name on
 * first use, and a camera's filter list requires every filter. The office draws images on canvas
 * textures through one camera, so most of that code is never run past its definition. These
 * patches cut it from the `phaser` chunk (from 160.7 to 102.9 kB gzip);
 * src/scenes/phaser-lean.js does the same for the game's own `Phaser` namespace.
 *
 * - UNUSED_PATCHES: a file that requires a namespace for one thing requires that thing alone.
 * - PRUNES: a require of a module the office never reaches becomes `null`, with the reason beside
 *   each. A scene that starts to use another Phaser feature (filters, masks, lights, graphics,
 *   tilemaps, dynamic textures, pointer input) must take its modules back out of these lists;
 *   the office browser tests (tests/browser/lean-phaser.test.ts, office-start.test.ts) fail
 *   otherwise.
 *
 * Build only, like scripts/phaser-start-up-checks.ts; a Phaser upgrade that changes a line stops
 * the build here (tests/scripts/phaser-unused.test.ts checks them against the installed Phaser).
 */
import type { Plugin } from 'vite';
import { applyPatch, type Patch } from './phaser-start-up-checks.ts';

/** `phaser/src/<path>` as a module id, on any platform's separators. */
const phaserFile = (path: string) =>
  new RegExp(
    `[\\\\/]phaser[\\\\/]src[\\\\/]${path.replaceAll('/', '[\\\\/]').replaceAll('.', '\\.')}$`,
  );

export const UNUSED_PATCHES: readonly Patch[] = [
  {
    // The renderer's index (and with it every shader, render node and wrapper of Phaser's
    // `Renderer.WebGL` namespace), for the renderer's event names.
    file: phaserFile('renderer/webgl/renderNodes/BatchHandler.js'),
    statement: "var Renderer = require('../../../renderer');",
    replacement: "var Renderer = { Events: require('../../events') };",
  },
  {
    // The whole `Math` namespace (vectors, matrices, noise, easing), to make the seeded random
    // generator it sets on the namespace; nothing bundled reads it back from there.
    file: phaserFile('core/Config.js'),
    statement: "var PhaserMath = require('../math/');",
    replacement:
      "var PhaserMath = { RandomDataGenerator: require('../math/random-data-generator/RandomDataGenerator') };",
  },
];

/**
 * Requires a file makes for code the office never reaches, replaced by `null`: by the name the
 * file gives the module (`var Name = require(...)` or `Name: require(...)` in an index), either
 * every one not in `keep` or those in `drop`. A name that is not there (Phaser has changed)
 * stops the build.
 */
export interface Prune {
  readonly file: RegExp;
  readonly keep?: readonly string[];
  readonly drop?: readonly string[];
}

export const PRUNES: readonly Prune[] = [
  {
    // The render nodes the office builds, read from a traced run of the floor in WebGL: the
    // camera and its fill, the quad batches the images draw with, and the tile sprite Phaser's
    // texture manager makes at boot (for stamping), whose nodes it asks for as it is made. A
    // node left out is one the manager cannot build: `getNode` answers null, as for any name it
    // does not know.
    file: phaserFile('renderer/webgl/renderNodes/RenderNodeManager.js'),
    keep: [
      'Class',
      'EventEmitter',
      'Events',
      'BatchHandlerQuad',
      'BatchHandlerQuadSingle',
      'BatchHandlerTileSprite',
      'BatchHandlerTriFlat',
      'Camera',
      'FillCamera',
      'FillRect',
      'ListCompositor',
      'SubmitterQuad',
      'SubmitterTileSprite',
      'TexturerImage',
      'TexturerTileSprite',
      'TransformerImage',
      'TransformerTileSprite',
    ],
  },
  {
    // A camera's filter lists build a filter only when one is added (`addBlur()` and the like).
    file: phaserFile('gameobjects/components/FilterList.js'),
    keep: ['Class'],
  },
  {
    // The components the camera, images and tile sprites mix in; the rest are other objects'.
    file: phaserFile('gameobjects/components/index.js'),
    drop: ['AlphaSingle', 'Crop', 'ElapseTimer', 'PathFollower', 'StencilModifier', 'ToJSON'],
  },
  {
    // Textures come from canvases and, for Phaser's own defaults at boot, images: no atlas,
    // sprite sheet or compressed texture formats.
    file: phaserFile('textures/parsers/index.js'),
    keep: ['Image'],
  },
  {
    // Only `addDynamicTexture()` builds one; the office draws on canvas textures.
    file: phaserFile('textures/TextureManager.js'),
    drop: ['DynamicTexture'],
  },
  {
    // The office's input config turns keyboard, mouse and touch off (src/scenes/office.ts).
    file: phaserFile('input/InputManager.js'),
    drop: ['Keyboard', 'Mouse', 'Touch'],
  },
];

/** `source` with the prune's requires replaced by `null`; throws when a name is not found. */
export function prune(source: string, rule: Prune): string {
  const found = new Set<string>();
  const out = source.replace(
    /(\b(?:var (\w+) = |(\w+): ))require\('[^']+'\)/g,
    (statement, head: string, varName?: string, keyName?: string) => {
      const name = varName ?? keyName ?? '';
      found.add(name);
      const dropped = rule.keep ? !rule.keep.includes(name) : rule.drop?.includes(name);
      return dropped ? `${head}null` : statement;
    },
  );
  const missing = [...(rule.keep ?? []), ...(rule.drop ?? [])].filter((name) => !found.has(name));
  if (missing.length > 0) {
    throw new Error(
      `phaser-unused: no require of ${missing.join(', ')} in ${rule.file.source}; Phaser has changed, review scripts/phaser-unused.ts`,
    );
  }
  return out;
}

export function phaserUnused(): Plugin {
  return {
    name: 'velocity-trap:phaser-unused',
    apply: 'build',
    transform(code, id) {
      const patches = UNUSED_PATCHES.filter((p) => p.file.test(id));
      const prunes = PRUNES.filter((p) => p.file.test(id));
      if (patches.length === 0 && prunes.length === 0) return null;
      return { code: prunes.reduce(prune, patches.reduce(applyPatch, code)), map: null };
    },
  };
}
