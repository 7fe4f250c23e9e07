// A long session must not grow: 500 weeks of the ten-year sandbox played in one page, the office
// floor drawing throughout. What is checked is counted, not timed, so it holds on any machine:
// the live heap after a forced collection, the page's elements and canvases, and the DOM work a
// week does (mutation records), early in the run and near its end. The frame rate itself is a
// measurement (`npm run bench:web` prints it over the same 500 weeks).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import screens from '../../src/i18n/locales/en/screens.json';
import { launchChromium, liveHeap, openPage, SCREENSHOT_DIR } from './harness';
import { expectClean, getPastDialog, weekLabel } from './play';
import { playWeeksInPage } from './soak-play';

const WEEKS = 520;
const SOAK_WEEKS = 500;
/** The bound on heap growth over the soak. */
const MAX_GROWTH_BYTES = 10 * 1024 * 1024;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('a ten-year sandbox run', () => {
  it('plays 500 weeks in one page without growing', { timeout: 240_000 }, async () => {
    // A smaller window than a desktop's: the same hundred desks, fewer pixels to draw in
    // software each frame, so the 500 weeks take a minute, not two.
    const opened = await openPage(browser, inject('baseUrl'), { width: 960, height: 540 });
    const { page } = opened;
    const cdp = await opened.context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await page.getByRole('button', { name: screens.title.sandboxLong }).click();
    await page.getByText(weekLabel(1, WEEKS)).waitFor();
    await page.locator('.vt-office canvas').first().waitFor();

    // Ten weeks early and ten late: a week's DOM work must not grow with the weeks behind it.
    expect((await playWeeksInPage(page, 41)).week).toBe(41);
    const earlyWork = (await playWeeksInPage(page, 51)).mutations;
    const early = {
      heap: await liveHeap(cdp),
      elements: await page.locator('*').count(),
      canvases: await page.locator('canvas').count(),
    };

    expect((await playWeeksInPage(page, SOAK_WEEKS - 9)).week).toBe(SOAK_WEEKS - 9);
    const lateWork = (await playWeeksInPage(page, SOAK_WEEKS + 1)).mutations;
    const late = {
      heap: await liveHeap(cdp),
      elements: await page.locator('*').count(),
      canvases: await page.locator('canvas').count(),
    };
    await page.screenshot({ path: `${SCREENSHOT_DIR}/soak-week-500.png` });
    const mb = (b: number) => (b / 1024 / 1024).toFixed(2);
    console.info(
      `after week 50 / week ${SOAK_WEEKS}: heap ${mb(early.heap)} / ${mb(late.heap)} MB, ` +
        `elements ${early.elements} / ${late.elements}, ` +
        `DOM mutations in ten weeks ${earlyWork} / ${lateWork}`,
    );

    expect(late.heap - early.heap, 'heap growth over 450 weeks').toBeLessThan(MAX_GROWTH_BYTES);
    expect(late.canvases).toBe(early.canvases);
    // The page holds what this week shows, not what every past week showed.
    expect(late.elements).toBeLessThanOrEqual(early.elements + 20);
    // A week late in the run does the same DOM work as one early on (alarms and cards vary).
    expect(lateWork).toBeLessThan(earlyWork * 1.5 + 200);

    // The table of figures, opened at the end, holds every week played, in order.
    while ((await page.locator('dialog[open]').count()) > 0) await getPastDialog(page);
    const table = page.locator('.vt-dash-reality .vt-dash-table');
    await table.locator('summary').click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(SOAK_WEEKS);
    expect(await table.locator('tbody tr').last().locator('th').textContent()).toBe(
      String(SOAK_WEEKS),
    );
    await playWeeksInPage(page, SOAK_WEEKS + 2);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(SOAK_WEEKS + 1);

    expectClean(opened);
    await opened.close();
  });
});
