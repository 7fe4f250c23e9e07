import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../src/i18n/locales/en/common.json';
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

  it('has WebGL, rendered by SwiftShader, for Phaser', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 640, height: 480 });
    try {
      expect(await webglRenderer(opened.page)).toMatch(/SwiftShader/);
    } finally {
      await opened.close();
    }
  });
});
