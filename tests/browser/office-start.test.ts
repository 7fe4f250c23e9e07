// How the office floor starts in the built game: it asks the browser for one WebGL context (its
// own; the build drops Phaser's throwaway test context), and it waits for a quiet moment, so a
// player's first key presses and clicks on the run screen are never queued behind Phaser's
// start-up.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import run from '../../src/i18n/locales/en/run.json';
import { OFFICE_LATEST_MS, OFFICE_QUIET_MS } from '../../src/ui/run/office-panel.ts';
import { launchChromium, openPage } from './harness';
import { expectClean, startRun, weekLabel } from './play';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface StartRecord {
  webglContexts: number;
  inputs: number[];
  runAt: number | null;
  canvasAt: number | null;
}

// A string, not a function: tsx names inner functions with a helper the page does not have.
// Counts WebGL context requests, and notes the time of every key or pointer press, of the run
// screen's arrival and of the office canvas's.
const RECORDER = `(() => {
  const rec = { webglContexts: 0, inputs: [], runAt: null, canvasAt: null };
  window.vtStart = rec;
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
    if (/webgl/i.test(kind)) rec.webglContexts++;
    return getContext.call(this, kind, ...rest);
  };
  for (const type of ['pointerdown', 'keydown'])
    window.addEventListener(type, () => rec.inputs.push(performance.now()), true);
  new MutationObserver(() => {
    if (rec.runAt === null && document.querySelector('.vt-run')) rec.runAt = performance.now();
    if (rec.canvasAt === null && document.querySelector('.vt-office canvas'))
      rec.canvasAt = performance.now();
  }).observe(document, { subtree: true, childList: true });
})();`;

describe('the office floor as a run starts', () => {
  it('makes one WebGL context, and starts only once the player has paused', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const { page, context } = opened;
    try {
      await context.addInitScript(RECORDER);
      // Reload only once the offline worker has cached the site: no request of the first load
      // is still in flight to be cut off.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 30_000,
      });
      await page.reload({ waitUntil: 'networkidle' });
      // The title has idled long enough to prefetch the office (it waits for the page's own
      // requests to be over): what follows times the office's start, not its download.
      await page.waitForFunction(
        () =>
          document.documentElement.dataset.vtPrefetch === 'made' &&
          performance.getEntriesByType('resource').some((e) => /\/phaser-[\w-]+\.js$/.test(e.name)),
        undefined,
        { timeout: 30_000 },
      );
      await startRun(page, 12);
      // The player acts at once: plays the first week and moves through the levers.
      await page.getByRole('button', { name: run.week.play }).click();
      for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
      await expect.poll(() => page.getByText(weekLabel(2, 12)).isVisible()).toBe(true);
      await page.locator('.vt-office canvas').waitFor({ timeout: 20_000 });
      await page.locator('.vt-office [data-motion]').waitFor({ timeout: 20_000 });
      const rec = (await page.evaluate('window.vtStart')) as StartRecord;
      expect(rec.webglContexts).toBe(1);
      const { runAt, canvasAt } = rec;
      if (runAt === null || canvasAt === null) throw new Error('no run screen or no office seen');
      // The office began a quiet moment after the player's last press before it, or at the
      // latest a few seconds after the run screen came.
      const lastInput = Math.max(runAt, ...rec.inputs.filter((t) => t < canvasAt));
      const quiet = canvasAt - lastInput >= OFFICE_QUIET_MS;
      const late = canvasAt - runAt >= OFFICE_LATEST_MS;
      expect(quiet || late, JSON.stringify(rec)).toBe(true);
      expect(rec.inputs.filter((t) => t > runAt).length).toBeGreaterThanOrEqual(5);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
