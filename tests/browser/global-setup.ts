// Global setup of the `browser` test project: make sure Chromium is there (installing it when we
// are root), build the site into dist/, and serve it on a free loopback port. The URL reaches the
// tests through `inject('baseUrl')`.
import { spawnSync } from 'node:child_process';
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

  await build({ root, logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } });
  const server = await serveStatic(join(root, 'dist'));
  project.provide('baseUrl', server.url);
  return () => server.close();
}
