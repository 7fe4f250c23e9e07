// The offline service worker on the built site: once the game has loaded, it plays with no
// network at all (the server gone and the browser offline), the office floor and Phaser's chunk
// included, and the queue widget; and a new version installs without touching a run in progress, taking over only
// once every tab of the old one has closed, where the saved run carries on.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, type Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import run from '../../src/i18n/locales/en/run.json';
import screens from '../../src/i18n/locales/en/screens.json';
import { launchChromium, openPage, screenshot } from './harness';
import { answerDialogs, expectClean, startRun, weekLabel } from './play';
import { type StaticServer, serveStatic } from './static-server';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = join(root, 'test-results', `offline-${process.pid}`);

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A copy of the built site in a folder of its own, served on a port of its own. */
async function serveCopy(
  name: string,
  from: string,
): Promise<{ dir: string; server: StaticServer }> {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(from, dir, { recursive: true });
  return { dir, server: await serveStatic(dir) };
}

/** Waits until the service worker controls the page: every file is in its cache by then. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

async function playWeeks(page: Page, from: number, to: number, weeks: number): Promise<void> {
  for (let week = from + 1; week <= to; week++) {
    await answerDialogs(page);
    await page.getByRole('button', { name: run.week.play }).click();
    await expect.poll(() => page.getByText(weekLabel(week, weeks)).isVisible()).toBe(true);
  }
}

describe('offline', () => {
  it.each([
    { name: 'desktop', width: 1280, height: 720 },
    { name: 'phone', width: 360, height: 640 },
  ])(
    'plays a run, office floor included, with no network once loaded, at $width x $height',
    async (viewport) => {
      const { server } = await serveCopy(`site-${viewport.name}`, inject('siteDir'));
      const opened = await openPage(browser, server.url, viewport);
      const { page, context } = opened;
      const fromWorker: string[] = [];
      page.on('response', (response) => {
        if (response.fromServiceWorker()) fromWorker.push(new URL(response.url()).pathname);
      });
      try {
        await controlled(page);
        // No network at all: the server is gone and the browser is offline.
        await server.close();
        await context.setOffline(true);
        await page.reload({ waitUntil: 'load' });
        await startRun(page, 12);
        const tab = page.getByRole('tab', { name: run.screen.tabs.office });
        if ((await tab.count()) > 0) await tab.click();
        await page.locator('.vt-office canvas').waitFor({ timeout: 20_000 });
        await playWeeks(page, 1, 4, 12);
        await screenshot(page, `offline-run-${viewport.width}x${viewport.height}`);
        // Phaser came from the worker's cache, like everything else the page asked for.
        expect(fromWorker.some((path) => /\/assets\/phaser-[^/]+\.js$/.test(path))).toBe(true);
        expect(fromWorker).toContain('/');
        // The other views of the same page too: the queue widget, offline from the first visit.
        await page.goto(`${server.url}?widget=queue`, { waitUntil: 'load' });
        await expect.poll(() => page.locator('.vt-wg-range').count()).toBe(2);
        expectClean(opened);
      } finally {
        await opened.close();
      }
    },
  );

  it('keeps a run in progress on its version when a new one is published', async () => {
    // Version B: the same game, with one mark to tell it apart, built as a new release would be.
    const markB: Plugin = {
      name: 'mark-version-b',
      enforce: 'post',
      transform(code, id) {
        return id.endsWith('/src/main.ts')
          ? `${code}\ndocument.documentElement.dataset.build = 'b';`
          : null;
      },
    };
    const siteB = join(work, 'site-b-build');
    await build({
      root,
      logLevel: 'warn',
      plugins: [markB],
      build: { outDir: siteB, emptyOutDir: true },
    });
    const { dir, server } = await serveCopy('site-a', inject('siteDir'));
    const opened = await openPage(browser, server.url, { width: 1280, height: 720 });
    const { page, context } = opened;
    const version = () => page.evaluate(() => document.documentElement.dataset.build ?? 'a');
    const waiting = () =>
      page.evaluate(async () =>
        Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
      );
    try {
      await controlled(page);
      await startRun(page, 12);
      await playWeeks(page, 1, 3, 12);
      // Publish B: A's files are gone from the server, B's take their place.
      rmSync(dir, { recursive: true, force: true });
      cpSync(siteB, dir, { recursive: true });
      // A reload in the open tab stays on A, from A's cache, and B waits its turn.
      await page.reload({ waitUntil: 'load' });
      await expect.poll(waiting, { timeout: 30_000 }).toBe(true);
      expect(await version()).toBe('a');
      await page.getByRole('button', { name: new RegExp(screens.title.continue) }).click();
      await expect.poll(() => page.getByText(weekLabel(3, 12)).isVisible()).toBe(true);
      const tab = page.getByRole('tab', { name: run.screen.tabs.office });
      if ((await tab.count()) > 0) await tab.click();
      await page.locator('.vt-office canvas').waitFor({ timeout: 20_000 });
      await playWeeks(page, 3, 5, 12);
      expect(await version()).toBe('a');
      expectClean(opened);

      // Every tab of A closed: the next visit gets B, and the saved run carries on there.
      await page.close();
      const next = await context.newPage();
      const errors: string[] = [];
      next.on('pageerror', (error) => errors.push(error.message));
      next.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await expect
        .poll(
          async () => {
            await next.goto(server.url, { waitUntil: 'load' });
            return next.evaluate(() => document.documentElement.dataset.build ?? 'a');
          },
          { timeout: 30_000, interval: 500 },
        )
        .toBe('b');
      await next.getByRole('button', { name: new RegExp(screens.title.continue) }).click();
      await expect.poll(() => next.getByText(weekLabel(5, 12)).isVisible()).toBe(true);
      await playWeeks(next, 5, 6, 12);
      await screenshot(next, 'offline-updated-run-1280x720');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
