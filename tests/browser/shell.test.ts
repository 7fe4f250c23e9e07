import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../src/i18n/locales/en/common.json';
import run from '../../src/i18n/locales/en/run.json';
import screens from '../../src/i18n/locales/en/screens.json';
import { launchChromium, openPage, screenshot, webglRenderer } from './harness';

const viewports = [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'phone', width: 360, height: 640 },
] as const;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the built site', () => {
  it.each(viewports)('shows the title screen at $width x $height, cleanly', async (viewport) => {
    const opened = await openPage(browser, inject('baseUrl'), viewport);
    try {
      const title = opened.page.getByRole('heading', { level: 1, name: en.title });
      await title.waitFor({ state: 'visible' });
      expect(await title.isVisible()).toBe(true);
      expect(await opened.page.getByText(screens.title.hook).isVisible()).toBe(true);
      // Storage works here: no notice says otherwise.
      expect(await opened.page.getByText(run.notice.storage).isVisible()).toBe(false);

      // Nothing spills sideways on a narrow screen.
      const overflow = await opened.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);

      await screenshot(opened.page, `shell-${viewport.name}-${viewport.width}x${viewport.height}`);
      expect(opened.record.consoleErrors).toEqual([]);
      expect(opened.record.pageErrors).toEqual([]);
      expect(opened.record.failedRequests).toEqual([]);
      expect(opened.record.outsideRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("paints the game's colours and name before any script has run, then gives way to it", async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 640 },
      serviceWorkers: 'block',
    });
    try {
      const page = await context.newPage();
      // The game's modules wait at the gate: what paints meanwhile is the page's own HTML and CSS.
      let open: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => {
        open = resolve;
      });
      await page.route('**/assets/*.js', async (route) => {
        await gate;
        await route.continue();
      });
      await page.goto(`${inject('baseUrl')}?embed=1`, { waitUntil: 'commit' });
      const boot = page.locator('.vt-boot');
      await boot.waitFor({ state: 'visible' });
      expect(await boot.textContent()).toBe(en.title);
      // The page's stylesheet may still be on its way when the element is first laid out: its
      // colours come with it, scripts or no scripts.
      await expect
        .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
        .toBe('rgb(18, 28, 39)');
      await expect
        .poll(() =>
          page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length),
        )
        .toBe(1);
      open();
      await page.getByRole('heading', { level: 1, name: en.title }).waitFor();
      expect(await boot.isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('has WebGL, rendered by SwiftShader, for Phaser', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 640, height: 480 });
    try {
      expect(await webglRenderer(opened.page)).toMatch(/SwiftShader/);
    } finally {
      await opened.close();
    }
  });
});
