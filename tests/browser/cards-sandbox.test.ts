// Cards, hints, autoplay and the sandbox, as a newcomer meets them (issue 18, points 8 and 9), at
// 1280x720 and 360x640 in English and German: no hint shows behind an open card (the card carries
// its own); autoplay plays on after a card is answered, and does not with the setting off; the
// sandbox says it is one, "Run to the end" reaches the debrief of a 52-week sandbox without a
// dialog, its reviews listed there; the sweep's chart sits in the viewport.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import deRun from '../../src/i18n/locales/de/run.json';
import deScreens from '../../src/i18n/locales/de/screens.json';
import enRun from '../../src/i18n/locales/en/run.json';
import enScreens from '../../src/i18n/locales/en/screens.json';
import {
  actAndWaitClosed,
  launchChromium,
  openPage,
  screenshot,
  waitForState,
  waitPastPageTimer,
} from './harness';
import { expectClean } from './play';

const viewports = [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'phone', width: 360, height: 640 },
] as const;
const languages = [
  { lang: 'en', run: enRun, screens: enScreens },
  { lang: 'de', run: deRun, screens: deScreens },
] as const;
const cases = viewports.flatMap((vp) => languages.map((l) => ({ ...vp, ...l })));

/** Long enough for autoplay at 4x to bring a card (a week each 600 ms) on a loaded machine. */
const CARD_MS = 90_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether the floating hint is on screen. */
const hintShown = (page: Page) =>
  page.evaluate(() => {
    const h = document.querySelector<HTMLElement>('.vt-hint');
    return !!h && !h.hidden && h.getBoundingClientRect().height > 0;
  });

/**
 * Waits for the next card with autoplay running, closing board reviews on the way (and turning
 * autoplay back on if it stopped for one); checks no floating hint stands behind any dialog.
 */
async function nextCard(page: Page): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await waitForState(
      page,
      'a dialog to open',
      () => !!document.querySelector('dialog[open]'),
      null,
      CARD_MS,
    );
    await waitForState(page, 'the dialog drawn', () => true, null);
    expect(await hintShown(page), 'a hint behind a dialog').toBe(false);
    const dialog = page.locator('dialog[open]');
    if (await dialog.locator('.vt-choice').first().isVisible()) return;
    await actAndWaitClosed(dialog, 'the board review', () => page.keyboard.press('Escape'));
    if ((await page.locator('.vt-auto').getAttribute('aria-pressed')) === 'false') {
      await page.locator('.vt-auto').click();
    }
  }
  throw new Error('no card came');
}

/** Answers the open card with its first choice and goes on; returns the week shown then. */
async function answerCard(page: Page): Promise<string | null> {
  const dialog = page.locator('dialog[open]');
  await dialog.locator('.vt-choice').first().click();
  await dialog.locator('.vt-outcome').waitFor();
  const week = await page.locator('.vt-week').textContent();
  await actAndWaitClosed(dialog, 'the card', () => dialog.locator('.vt-outcome button').click());
  return week;
}

async function startGuided(page: Page, screens: typeof enScreens): Promise<void> {
  await page.locator('input[type="radio"][value="26"]').check();
  await page.getByRole('button', { name: screens.title.start, exact: true }).click();
  await page.locator('.vt-run').waitFor();
  await page.locator('.vt-speed select').selectOption('4');
  await page.locator('.vt-auto').click();
}

describe('hints, cards and autoplay', () => {
  it.each(cases)(
    'no hint behind a card; autoplay plays on after it ($name, $lang)',
    async (c) => {
      const opened = await openPage(browser, `${inject('baseUrl')}?lang=${c.lang}`, c);
      const { page } = opened;
      const shot = (step: string) => screenshot(page, `cards18-${c.name}-${c.lang}-${step}`);
      try {
        await startGuided(page, c.screens);
        // With the setting off, a card stops autoplay for good.
        await page.locator('.vt-settings summary').click();
        const resume = page.getByRole('switch', { name: c.run.autoResume.label });
        expect(await resume.isChecked()).toBe(true);
        await resume.click();
        expect(await resume.isChecked()).toBe(false);
        await page.locator('.vt-settings summary').click();
        await nextCard(page);
        // The first card carries the hint about cards inside it, readable and in front.
        await expect.poll(() => page.locator('dialog[open] .vt-card-hint').isVisible()).toBe(true);
        expect(await hintShown(page)).toBe(false);
        await shot('1-card');
        const stoppedAt = await answerCard(page);
        expect(await page.locator('.vt-auto').getAttribute('aria-pressed')).toBe('false');
        await waitPastPageTimer(page, 2 * 600, 'the week autoplay at 4x would have played');
        expect(await page.locator('.vt-week').textContent()).toBe(stoppedAt);

        // With it on (the default), autoplay plays on after the next card, nobody pressing anything.
        await page.locator('.vt-settings summary').click();
        await resume.click();
        expect(await resume.isChecked()).toBe(true);
        await page.locator('.vt-settings summary').click();
        await page.locator('.vt-auto').click();
        await nextCard(page);
        await shot('2-second-card');
        const week = await answerCard(page);
        await waitForState(
          page,
          'autoplay to play on after the card',
          (was) =>
            document.querySelector('dialog[open]') !== null ||
            document.querySelector('.vt-week')?.textContent !== was,
          week,
          CARD_MS,
        );
        expect(await page.locator('.vt-auto').getAttribute('aria-pressed')).toBe('true');
        await shot('3-played-on');
        expectClean(opened);
      } finally {
        await opened.close();
      }
    },
    240_000,
  );
});

describe('the sandbox', () => {
  it.each(cases)(
    'says so, runs to the end without a dialog, sweep in view ($name, $lang)',
    async (c) => {
      const opened = await openPage(browser, `${inject('baseUrl')}?lang=${c.lang}`, c);
      const { page } = opened;
      const shot = (step: string) => screenshot(page, `sandbox18-${c.name}-${c.lang}-${step}`);
      try {
        await page.locator('button[data-weeks="52"]').click();
        await page.locator('.vt-run').waitFor();
        const bar = page.locator('.vt-sandbox-bar');
        expect(await bar.getByText(c.run.sandbox.says).isVisible()).toBe(true);
        const box = await bar.boundingBox();
        expect(box && box.y + box.height <= c.height).toBe(true);

        // The sweep's chart, first in the dashboards pane, in view once drawn.
        if (c.name === 'phone') await page.locator('.vt-tab').nth(2).click();
        await page.locator('.vt-sweep-run').click();
        await page.locator('.vt-sweep-chart svg').first().waitFor({ timeout: 60_000 });
        // Waits for the last point, then asks whether the whole chart is in the viewport.
        await waitForState(
          page,
          'the sweep to finish',
          () =>
            document.querySelectorAll('.vt-sweep-chart .vt-lc-svg').length > 0 &&
            !/…|\.\.\./.test(document.querySelector('.vt-sweep-status')?.textContent ?? '…'),
          null,
          60_000,
        );
        const rect = await page.locator('.vt-sweep-chart').evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, height: window.innerHeight };
        });
        const inView = rect.top >= 0 && rect.bottom <= rect.height + 1;
        await shot('1-sweep');
        expect(inView, `the sweep chart in the viewport: ${JSON.stringify(rect)}`).toBe(true);
        if (c.name === 'phone') await page.locator('.vt-tab').nth(0).click();

        // Run to the end: count every dialog that opens on the way.
        await page.evaluate(() => {
          const w = window as unknown as { dialogsSeen: number };
          w.dialogsSeen = 0;
          new MutationObserver(() => {
            if (document.querySelector('dialog[open]')) w.dialogsSeen++;
          }).observe(document.body, { subtree: true, childList: true, attributes: true });
        });
        await bar.locator('.vt-sandbox-run').click();
        await shot('2-running');
        await page.locator('.vt-debrief').waitFor({ timeout: 120_000 });
        expect(
          await page.evaluate(() => (window as unknown as { dialogsSeen: number }).dialogsSeen),
        ).toBe(0);
        const reviews = page.locator('.vt-sandbox-reviews li');
        expect(await reviews.count()).toBe(4);
        await page.locator('.vt-sandbox-reviews').scrollIntoViewIfNeeded();
        expect(await page.getByText(c.screens.sandboxReviews.heading).isVisible()).toBe(true);
        await page.screenshot({ path: await shot('3-debrief') });
        expectClean(opened);
      } finally {
        await opened.close();
      }
    },
    240_000,
  );
});
