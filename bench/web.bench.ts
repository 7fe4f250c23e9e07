/**
 * `npm run bench:web`: builds the game and the bare Phaser 4 page once, then runs the start-up
 * figures (`web-startup.bench.ts`) and the frame figures (`web-frames.bench.ts`) on them.
 * A measurement, not a test: it never fails on a figure.
 */
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchSites } from './web/sites.ts';
import { framesBench } from './web-frames.bench.ts';
import { startupBench } from './web-startup.bench.ts';

const out = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'bench-dist');
rmSync(out, { recursive: true, force: true });
try {
  const sites = await buildBenchSites(out);
  await startupBench(sites);
  await framesBench(sites, out);
} finally {
  rmSync(out, { recursive: true, force: true });
}
