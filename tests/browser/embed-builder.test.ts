// The embed builder on the built site (`?view=embed-builder`): its options drive the live
// preview and the snippet, Copy puts the snippet on the clipboard (or selects it when the
// browser refuses), and the snippet pasted into a page of its own frames a working game.
// Also the example host page in public/: it checks messages and sizes the frame.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import widget from '../../src/i18n/locales/en/widget.json';
import { launchChromium, openPage, screenshot } from './harness';
import { expectClean } from './play';

const b = widget.builder;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const builderUrl = () => `${inject('baseUrl')}?view=embed-builder`;

/** Waits until the preview has finished loading the address it was last given. */
function previewSettled(page: Page): Promise<unknown> {
  return page.waitForFunction(() => {
    const f = document.querySelector<HTMLIFrameElement>('iframe.vt-eb-frame');
    return (
      f?.contentWindow?.location.href === f?.src && f?.contentDocument?.readyState === 'complete'
    );
  });
}

describe('the embed builder', () => {
  it('is linked from the title screen', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    try {
      await opened.page.getByRole('heading', { level: 1 }).waitFor();
      await opened.page.getByRole('link', { name: new RegExp(widget.title.embed) }).click();
      await opened.page.getByRole('heading', { level: 1, name: b.title }).waitFor();
      expect(new URL(opened.page.url()).searchParams.get('view')).toBe('embed-builder');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it.each([
    { name: 'desktop', width: 1280, height: 720 },
    { name: 'phone', width: 360, height: 640 },
  ])('follows its options in the preview and the snippet ($name)', async (viewport) => {
    const opened = await openPage(browser, builderUrl(), viewport);
    try {
      const { page } = opened;
      const frame = page.locator('iframe.vt-eb-frame');
      const snippet = page.getByLabel(b.snippet);
      const src = async () => new URL((await frame.getAttribute('src')) ?? '', page.url());
      expect((await src()).searchParams.get('embed')).toBe('1');

      // Each change reloads the preview; a player reads it before the next change.
      await previewSettled(page);
      await page.getByRole('radio', { name: new RegExp(b.modeWidget) }).check();
      await previewSettled(page);
      await page.getByLabel(b.language).selectOption('ja');
      await previewSettled(page);
      await page.getByRole('radio', { name: '360 × 560' }).check();
      await page.getByRole('radio', { name: b.weeksOption.replace('{{count}}', '12') }).check();
      await previewSettled(page);
      const url = await src();
      expect(url.searchParams.get('widget')).toBe('queue');
      expect(url.searchParams.get('embed')).toBeNull();
      expect(url.searchParams.get('lang')).toBe('ja');
      expect(url.searchParams.get('weeks')).toBe('12');
      expect(await frame.evaluate((f) => [f.style.width, f.style.height])).toEqual([
        '360px',
        '560px',
      ]);

      // The preview is the real widget, in Japanese.
      const preview = page.frameLocator('iframe.vt-eb-frame');
      await preview.getByRole('heading', { name: 'レビューキュー' }).waitFor();

      const html = await snippet.inputValue();
      expect(html).toContain(`src="${url.href.replaceAll('&', '&amp;')}"`);
      expect(html).toContain('width="360" height="560"');
      expect(html).toContain('loading="lazy"');
      expect(html).toContain('sandbox="allow-scripts');
      expect(html).toContain('title="Velocity Trap');

      // A custom size is clamped to what the game fits.
      await page.getByRole('radio', { name: b.sizeCustom }).check();
      await page.getByLabel(b.width).fill('100');
      await page.getByLabel(b.width).press('Tab');
      expect(await page.getByLabel(b.width).inputValue()).toBe('320');
      expect(await snippet.inputValue()).toContain('width="320" height="560"');

      await page.getByRole('checkbox', { name: b.responsive }).check();
      expect(await snippet.inputValue()).toContain('aspect-ratio:320/560');

      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await screenshot(page, `embed-builder-${viewport.name}-${viewport.width}x${viewport.height}`);
      // Each change of option reloads the preview frame, cutting short what it was still loading.
      expectClean(opened, { allowAborted: true });
    } finally {
      await opened.close();
    }
  });

  it('copies the snippet with the Clipboard API, or selects it when the browser refuses', async () => {
    const opened = await openPage(browser, builderUrl(), { width: 1280, height: 720 });
    try {
      const { page, context } = opened;
      await previewSettled(page);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(inject('baseUrl')).origin,
      });
      const snippet = page.getByLabel(b.snippet);
      await page.getByRole('button', { name: b.copy }).click();
      await page.getByRole('status').filter({ hasText: b.copied }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        await snippet.inputValue(),
      );

      // No Clipboard API (an old browser, an insecure page): the text is selected instead.
      await page.evaluate(() =>
        Object.defineProperty(navigator, 'clipboard', { value: undefined }),
      );
      await page.getByRole('button', { name: b.copy }).click();
      await page.getByRole('status').filter({ hasText: b.copyFallback }).waitFor();
      const selected = await snippet.evaluate((t: HTMLTextAreaElement) => [
        document.activeElement === t,
        t.selectionEnd - t.selectionStart === t.value.length,
      ]);
      expect(selected).toEqual([true, true]);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('gives a snippet that works pasted into a page of its own', async () => {
    const opened = await openPage(browser, builderUrl(), { width: 1280, height: 720 });
    // Into the folder the tests' server serves (not dist/, which it does not). The page names an
    // icon of its own, so the browser asks for no /favicon.ico (which the site does not have).
    const hostFile = join(inject('siteDir'), 'snippet-host-test.html');
    try {
      const { page } = opened;
      await previewSettled(page);
      await page.getByRole('radio', { name: new RegExp(b.modeWidget) }).check();
      await page.getByRole('radio', { name: '320 × 240' }).check();
      await previewSettled(page);
      const html = await page.getByLabel(b.snippet).inputValue();
      writeFileSync(
        hostFile,
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,"></head><body><p>A blog post.</p>${html}</body></html>`,
      );
      // The preview's last requests finish first: leaving cuts off whatever is still in flight.
      await page.waitForLoadState('networkidle');
      await page.goto(`${inject('baseUrl')}snippet-host-test.html`, { waitUntil: 'networkidle' });
      const framed = page.frameLocator('iframe');
      await framed.getByRole('heading', { name: widget.queue.title }).waitFor();
      await framed.getByRole('slider').first().waitFor();
      const box = await page.locator('iframe').boundingBox();
      expect([box?.width, box?.height]).toEqual([320, 240]);
      await screenshot(page, 'embed-builder-snippet-host');
      // Leaving the builder cuts off what its preview was still fetching (an idle prefetch of
      // the office's engine): that is the test navigating, not the page failing.
      expectClean(opened, { allowAborted: true });
    } finally {
      rmSync(hostFile, { force: true });
      await opened.close();
    }
  });
});

describe('the example host page', () => {
  it('frames the game and logs only valid messages from its frame, sizing it on resize', async () => {
    const opened = await openPage(browser, `${inject('baseUrl')}embed-example.html`, {
      width: 1280,
      height: 720,
    });
    try {
      const { page } = opened;
      const iframe = page.locator('iframe#game');
      const src = new URL((await iframe.getAttribute('src')) ?? '', page.url());
      expect(src.searchParams.get('embed')).toBe('1');
      expect(src.searchParams.get('origin')).toBe(new URL(inject('baseUrl')).origin);
      const game = page.frameLocator('iframe#game');
      await game.getByRole('heading', { level: 1 }).first().waitFor();
      const log = page.locator('#log li');
      const before = await log.count();

      // From the host page itself (not the frame), and a malformed envelope: neither is a game event.
      await page.evaluate(() =>
        window.postMessage(
          { source: 'velocity-trap', version: 1, type: 'resize', height: 900 },
          '*',
        ),
      );
      const frame = page.frames().find((f) => f.parentFrame() !== null);
      if (!frame) throw new Error('no game frame');
      await frame.evaluate(() => {
        parent.postMessage({ source: 'velocity-trap', version: 2, type: 'ready' }, '*');
        parent.postMessage('<img src=x onerror=alert(1)>', '*');
        parent.postMessage(
          { source: 'velocity-trap', version: 1, type: 'resize', height: 512 },
          '*',
        );
      });
      await page.getByText('resize {"height":512}').waitFor();
      expect(await iframe.getAttribute('height')).toBe('512');
      const lines = await log.allTextContents();
      expect(lines.slice(before).filter((l) => l.startsWith('ignored'))).toHaveLength(2);
      expect(await page.locator('#log img').count()).toBe(0);
      await screenshot(page, 'embed-example-host');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
