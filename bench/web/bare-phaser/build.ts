// Builds the bare Phaser 4 page (Phaser imported whole, one scene): the yardstick of the start-up
// benchmark and of the size budgets' "whole game no heavier than bare Phaser" check.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export async function buildBarePhaser(outDir: string): Promise<void> {
  await build({
    // No config file: none of the game's aliases or plugins, Phaser as its package ships it.
    configFile: false,
    logLevel: 'warn',
    root: dirname(fileURLToPath(import.meta.url)),
    base: './',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  });
}
