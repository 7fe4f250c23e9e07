// Builds the bare Phaser 4 page (Phaser imported whole, one scene): the yardstick of the start-up
// benchmark and of the size budgets' "whole game no heavier than bare Phaser" check.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFixture } from '../../../tests/browser/build-fixture.ts';

/** No project config: none of the game's aliases or plugins, Phaser as its package ships it. */
export function buildBarePhaser(outDir: string): Promise<void> {
  return buildFixture(dirname(fileURLToPath(import.meta.url)), outDir);
}
