// Global setup of the `browser` test project: make sure Chromium is there (installing it when we
// are root), build the site into a folder of this run's own, and serve it on a free loopback port.
// The URL reaches the tests through `inject('baseUrl')`. A folder per run (not dist/) keeps two
// test runs, or a test run and `npm run build`, from overwriting each other's files mid-test.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const ensure = spawnSync(process.execPath, [join(root, 'scripts', 'ensure-chromium.mjs')], {
    stdio: 'inherit',
  });
  if (ensure.status !== 0) {
    throw new Error(
      'The browser tests need Chromium at /usr/bin/chromium; scripts/ensure-chromium.mjs printed how to install it.',
    );
  }

  const outDir = join(root, 'test-results', `site-${process.pid}`);
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await serveStatic(outDir);
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
