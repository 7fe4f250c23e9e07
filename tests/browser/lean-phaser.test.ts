// The game's own Phaser build (src/scenes/phaser-lean.js: only the modules the office uses) on the
// built site, where WebGL is missing: the office falls back to Phaser's Canvas renderer and still
// draws. (The office fixture in office.test.ts builds without the game's Vite config, so with
// Phaser whole; this is the fallback with the modules the game actually ships.)
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import run from '../../src/i18n/locales/en/run.json';
import { launchChromium, openPage, screenshot, WAIT_MS, waitOfficeDrawn } from './harness';
import { answerDialogs, expectClean, startRun, weekLabel } from './play';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("the game's lean Phaser build", () => {
  it('draws the office with the Canvas renderer when the browser has no WebGL', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const { page, context } = opened;
    try {
      // A browser without WebGL: every WebGL context request fails, as on old or locked-down GPUs.
      await context.addInitScript(() => {
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (
          this: HTMLCanvasElement,
          kind: string,
          ...rest: unknown[]
        ) {
          if (/webgl/i.test(kind)) return null;
          return (getContext as (k: string, ...r: unknown[]) => RenderingContext | null).call(
            this,
            kind,
            ...rest,
          );
        } as typeof getContext;
      });
      // Reload only once the offline worker has cached the site: no request of the first load
      // (the worker's included) is still in flight to be cut off.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 30_000,
      });
      await page.reload({ waitUntil: 'networkidle' });
      await startRun(page, 12);
      const tab = page.getByRole('tab', { name: run.screen.tabs.office });
      if ((await tab.count()) > 0) await tab.click();
      await page.locator('.vt-office canvas').waitFor({ timeout: 20_000 });
      for (let week = 2; week <= 4; week++) {
        await answerDialogs(page);
        await page.getByRole('button', { name: run.week.play }).click();
        await expect.poll(() => page.getByText(weekLabel(week, 12)).isVisible()).toBe(true);
      }
      // The canvas holds a 2D context with a picture on it: many colours, not a blank fill. Read
      // once the floor has drawn its first frame, until the picture is in (or the deadline).
      await waitOfficeDrawn(page);
      const colours = () =>
        page.evaluate(() => {
          const canvas = document.querySelector('.vt-office canvas') as HTMLCanvasElement;
          const ctx = canvas.getContext('2d');
          if (!ctx) return -1;
          const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
          const seen = new Set<number>();
          for (let i = 0; i < data.length; i += 4 * 7) {
            seen.add(
              (((data[i] ?? 0) >> 4) << 8) |
                (((data[i + 1] ?? 0) >> 4) << 4) |
                ((data[i + 2] ?? 0) >> 4),
            );
          }
          return seen.size;
        });
      await expect
        .poll(colours, { timeout: WAIT_MS, message: 'a picture of many colours on the 2D canvas' })
        .toBeGreaterThan(30);
      await screenshot(page, 'lean-phaser-canvas-fallback-1280x720');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
