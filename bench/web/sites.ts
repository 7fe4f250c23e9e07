// The built pages the web benchmarks load, built once for one `npm run bench:web`: the game as
// players get it, and the bare Phaser 4 page it is measured against.
import { join } from 'node:path';
import { build } from 'vite';
import { buildBarePhaser } from './bare-phaser/build.ts';

export interface BenchSites {
  /** The game's production build (the project's own config). */
  readonly gameDir: string;
  /** The bare Phaser 4 page: Phaser imported whole, one scene. */
  readonly bareDir: string;
}

export async function buildBenchSites(out: string): Promise<BenchSites> {
  const gameDir = join(out, 'game');
  const bareDir = join(out, 'bare-phaser');
  await build({ logLevel: 'warn', build: { outDir: gameDir, emptyOutDir: true } });
  await buildBarePhaser(bareDir);
  return { gameDir, bareDir };
}
