// Ten runs started and abandoned in one page must not leave memory behind: each run mounts the
// office (Phaser, its textures, its listeners) and leaving to the title must let all of it go.
// The heap is read after a forced garbage collection, so the figure is the live objects only,
// not timing: it does not depend on how fast the machine is.
//
// Leaving the run takes the office's canvas out of the page at once, but Phaser tears its game
// down on its own next frame (after its textures are in, if it was still starting): on a busy
// machine that frame can come after the test has moved on. So each run waits until that run's
// office canvas has been collected (a weak reference to it, read after forced collections), and
// only then counts; an office that never let go fails that wait.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import run from '../../src/i18n/locales/en/run.json';
import screens from '../../src/i18n/locales/en/screens.json';
import { launchChromium, liveHeap, openPage, WAIT_MS } from './harness';
import { getPastDialog } from './play';

/** Growth allowed between the second and the tenth run: well under one office's own footprint. */
const MAX_GROWTH_BYTES = 3 * 1024 * 1024;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * How many canvas elements are alive, attached or not: a destroyed office must leave none.
 * The array `queryObjects` hands back holds every canvas in it for as long as DevTools keeps the
 * handle: released at once, or a canvas alive at one count would stay alive for all the next.
 */
async function liveCanvases(cdp: CDPSession): Promise<number> {
  const objectGroup = 'vt-heap-count';
  try {
    const proto = await cdp.send('Runtime.evaluate', {
      expression: 'HTMLCanvasElement.prototype',
      objectGroup,
    });
    const protoId = proto.result.objectId;
    if (!protoId) throw new Error('no canvas prototype');
    const found = await cdp.send('Runtime.queryObjects', {
      prototypeObjectId: protoId,
      objectGroup,
    });
    const length = await cdp.send('Runtime.callFunctionOn', {
      objectId: found.objects.objectId ?? '',
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    return Number(length.result.value);
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  }
}

declare global {
  interface Window {
    /** The office canvas of the run being left, held weakly: gone once nothing else holds it. */
    vtLeftCanvas?: WeakRef<HTMLCanvasElement>;
  }
}

/** Whether the canvas of the office last left has been collected, after a forced collection. */
async function leftCanvasCollected(page: Page, cdp: CDPSession): Promise<boolean> {
  await cdp.send('HeapProfiler.collectGarbage');
  return page.evaluate(() => window.vtLeftCanvas?.deref() === undefined);
}

async function startAndAbandon(page: Page, cdp: CDPSession): Promise<void> {
  await page.getByRole('button', { name: screens.title.start, exact: true }).click();
  await page.locator('.vt-run').waitFor();
  // Wait for the office floor itself, so Phaser booted and drew before the run is left.
  await page.locator('.vt-run canvas').first().waitFor({ state: 'attached' });
  await page.getByRole('button', { name: run.week.play }).click();
  // Some seeds bring a card in the first week; it holds the screen until answered.
  while ((await page.locator('dialog[open]').count()) > 0) await getPastDialog(page);
  const held = await page.evaluate(() => {
    const canvas = document.querySelector('.vt-run canvas');
    if (!(canvas instanceof HTMLCanvasElement)) return false;
    window.vtLeftCanvas = new WeakRef(canvas);
    return true;
  });
  expect(held, 'the office canvas of the run about to be left').toBe(true);
  await page.locator('.vt-settings > summary').click();
  await page.getByRole('button', { name: run.week.toTitle }).click();
  await page.locator('.vt-title-screen').waitFor();
  await expect.poll(() => page.locator('canvas').count()).toBe(0);
  await expect
    .poll(() => leftCanvasCollected(page, cdp), {
      timeout: WAIT_MS,
      message: "the left office's canvas to be collected (Phaser tears down on its next frame)",
    })
    .toBe(true);
}

describe('memory across runs', () => {
  // Ten runs, each starting Phaser in software WebGL: half a minute on a loaded machine, and
  // once past the browser tests' minute while other work shared the cores.
  it('does not grow over ten runs started and abandoned in one page', {
    timeout: 180_000,
  }, async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const cdp = await opened.context.newCDPSession(opened.page);
    await cdp.send('HeapProfiler.enable');
    const sizes: number[] = [];
    const canvases: number[] = [];
    for (let i = 0; i < 10; i++) {
      await startAndAbandon(opened.page, cdp);
      sizes.push(await liveHeap(cdp));
      canvases.push(await liveCanvases(cdp));
    }
    const mb = sizes.map((s) => (s / 1024 / 1024).toFixed(2));
    console.info(
      `live heap after each of ten runs (MB): ${mb.join(', ')}; canvases: ${canvases.join(', ')}`,
    );
    // The first run pays once for what stays by design (Phaser's module, the sim's tables).
    expect(
      (sizes[9] ?? 0) - (sizes[1] ?? 0),
      `heap after runs 2..10: ${mb.join(', ')} MB`,
    ).toBeLessThan(MAX_GROWTH_BYTES);
    // Phaser keeps a few canvases of its own for the page's life (text measuring, a blank
    // texture) and may make one more lazily, once, in any run. An office that leaked would
    // leave one behind on every run: eight more by the tenth.
    const label = `live canvases after each run: ${canvases.join(', ')}`;
    expect(Math.max(...canvases) - (canvases[1] ?? 0), label).toBeLessThanOrEqual(1);
    expect(opened.record.pageErrors).toEqual([]);
    expect(opened.record.consoleErrors).toEqual([]);
    await opened.close();
  });
});
