// What the queue widget downloads against what the full game does, from the built files'
// import graph: the widget's JavaScript (gzip) must stay well under half of the game's.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleGraph } from './bundle-graph';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

describe('the widget bundle', () => {
  it('needs less than half the JavaScript of the full game, and none of its screens or Phaser', () => {
    const g = bundleGraph(dist);
    const widget = g.closure([g.entry, g.chunk('widget-main-')], false);
    // The full game: its screens, then the office floor and Phaser once a run starts.
    const game = g.closure([g.entry, g.chunk('main-')], true);
    for (const heavy of ['main-', 'office-', 'phaser-']) {
      expect(
        [...widget].some((f) => f.startsWith(heavy)),
        heavy,
      ).toBe(false);
      expect(
        [...game].some((f) => f.startsWith(heavy)),
        heavy,
      ).toBe(true);
    }
    const widgetBytes = g.gzip(widget);
    const gameBytes = g.gzip(game);
    console.log(
      `widget JS ${(widgetBytes / 1024).toFixed(1)} KB gzip (${[...widget].join(', ')}); ` +
        `full game JS ${(gameBytes / 1024).toFixed(1)} KB gzip; ratio ${(widgetBytes / gameBytes).toFixed(2)}`,
    );
    expect(widgetBytes).toBeLessThan(gameBytes * 0.5);
  });
});
