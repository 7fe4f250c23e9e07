import decodeQR from '@paulmillr/qr/decode.js';
import { describe, expect, it } from 'vitest';
import { qrModules, qrPath } from '../../src/ui/workshop/qr.ts';

/** Paints the SVG path's rectangles into an RGBA image, as a phone camera would see the code. */
function paint(d: string, size: number, scale: number) {
  const width = size * scale;
  const data = new Uint8Array(width * width * 4).fill(255);
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, run] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let py = y * scale; py < (y + 1) * scale; py++) {
      for (let px = x * scale; px < (x + run) * scale; px++) {
        const i = (py * width + px) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return { width, height: width, data };
}

describe('room link QR code', () => {
  it.each([
    'http://127.0.0.1:4173/?scenario=mandate&seed=3141592653&weeks=52',
    'https://example.org/velocity-trap/?scenario=signoff-crunch&seed=7&weeks=12&lang=ja',
  ])('draws a code that decodes back to %s', (link) => {
    const modules = qrModules(link);
    expect(modules.length).toBeGreaterThanOrEqual(21);
    const { size, d } = qrPath(modules);
    expect(size).toBe(modules.length + 8);
    expect(decodeQR(paint(d, size, 4))).toBe(link);
  });
});
