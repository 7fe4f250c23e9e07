// What the built page does before and around its scripts, for a phone on a slow connection
// (issue 17): nothing in the head that blocks the first paint, the title's first words written by
// the page itself in the player's language (and handed over to the game, a press on Start
// included), a description in every language, and no prefetch of the office on a connection that
// saves data or is slow. The figures themselves (Lighthouse) are `npm run bench:lighthouse`'s.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstScenarioBriefKey } from '../../scripts/vite-page-shell.ts';
import { launchChromium, screenshot } from './harness';

type Json = Record<string, unknown>;
const LANGS = ['en', 'de', 'es', 'ja'] as const;
const localesDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'src',
  'i18n',
  'locales',
);
const text = (lang: string, ns: string, key: string): string => {
  let here: unknown = JSON.parse(readFileSync(join(localesDir, lang, `${ns}.json`), 'utf8'));
  for (const part of key.split('.')) here = (here as Json)[part];
  if (typeof here !== 'string') throw new Error(`${lang}/${ns}: no ${key}`);
  return here;
};

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh phone-sized page whose module scripts wait until `open()`; `setup` runs before any. */
async function gatedPage(
  setup: string | null = null,
): Promise<{ page: Page; context: BrowserContext; open: () => void }> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    serviceWorkers: 'block',
  });
  if (setup) await context.addInitScript(setup);
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  await context.route('**/assets/*.js', async (route) => {
    await gate;
    await route.continue();
  });
  return { page: await context.newPage(), context, open };
}

const description = (page: Page): Promise<string | null> =>
  page.locator('meta[name="description"]').getAttribute('content');

describe('the built page before its scripts', () => {
  it('has no script or stylesheet in the way of its first paint', () => {
    const html = readFileSync(join(inject('siteDir'), 'index.html'), 'utf8');
    const head = /<head>([\s\S]*)<\/head>/.exec(html)?.[1] ?? '';
    for (const [tag] of head.matchAll(/<script\b[^>]*\bsrc=[^>]*>/g)) {
      // A module script is deferred: it never holds up parsing or the first paint.
      expect(tag).toMatch(/type="module"|\basync\b|\bdefer\b/);
    }
    expect(head).not.toMatch(/<link\b[^>]*rel="stylesheet"/);
    expect(head).toMatch(/<style>[\s\S]*\.vt-boot\{/);
    expect(head).toContain(`<meta name="description" content="`);
    expect(html).not.toContain('boot-check.js');
  });

  it.each(LANGS)(
    "writes the title's first words in %s, and the game's title agrees",
    async (lang) => {
      const { page, context, open } = await gatedPage();
      try {
        await page.goto(`${inject('baseUrl')}?lang=${lang}`, { waitUntil: 'commit' });
        const words = page.locator('.vt-boot-words');
        await words.waitFor();
        expect(await words.getAttribute('lang')).toBe(lang);
        expect(await page.locator('.vt-boot-hook').textContent()).toBe(
          text(lang, 'screens', 'title.hook'),
        );
        const brief = text(lang, 'content', firstScenarioBriefKey());
        expect(await page.locator('.vt-boot-brief').textContent()).toBe(brief);
        const start = page.getByRole('button', { name: text(lang, 'screens', 'title.start') });
        expect(await start.isVisible()).toBe(true);
        await expect
          .poll(() => page.evaluate(() => performance.getEntriesByType('paint').length))
          .toBeGreaterThan(0);
        if (lang === 'de') await screenshot(page, 'page-shell-de-412x823');
        open();
        await page.locator('.vt-title-screen').waitFor();
        expect(await words.isVisible()).toBe(false);
        // The words the shell showed are the title screen's own.
        expect(await page.locator('.vt-title-brief').textContent()).toBe(brief);
        expect(await description(page)).toBe(text(lang, 'common', 'description'));
      } finally {
        await context.close();
      }
    },
  );

  it("follows the saved language, then the browser's, as the game does", async () => {
    const saved = `localStorage.setItem('velocity-trap:settings', JSON.stringify({ schemaVersion: 1, data: { language: 'ja' } }));`;
    const { page, context, open } = await gatedPage(saved);
    try {
      await page.goto(inject('baseUrl'), { waitUntil: 'commit' });
      await page.locator('.vt-boot-words[lang="ja"]').waitFor();
      open();
      await page.locator('.vt-title-screen[lang="ja"]').waitFor();
    } finally {
      await context.close();
    }
  });

  it('leaves the words out where the address opens something else', async () => {
    for (const query of ['?widget=queue', '?view=facilitator', '?embed=1', '?scenario=mandate']) {
      const { page, context, open } = await gatedPage();
      try {
        await page.goto(`${inject('baseUrl')}${query}`, { waitUntil: 'commit' });
        await page.locator('.vt-boot-name').waitFor();
        await expect.poll(() => page.evaluate(() => document.readyState)).not.toBe('loading');
        expect(await page.locator('.vt-boot-words').count(), query).toBe(0);
        open();
      } finally {
        await context.close();
      }
    }
  });

  it('keeps a press on the early Start for the game, which then starts the run', async () => {
    const { page, context, open } = await gatedPage();
    try {
      await page.goto(`${inject('baseUrl')}?lang=en`, { waitUntil: 'commit' });
      await page.getByRole('button', { name: text('en', 'screens', 'title.start') }).click();
      open();
      await page.locator('.vt-run').waitFor();
      expect(
        await page.evaluate(() => document.documentElement.hasAttribute('data-vt-start-pressed')),
      ).toBe(false);
    } finally {
      await context.close();
    }
  });
});

describe("each view's description", () => {
  it.each(LANGS)(
    'is written in %s by the game, the facilitator view and the widget',
    async (lang) => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        const views: Array<[string, string, string]> = [
          [`?lang=${lang}`, '.vt-title-screen', text(lang, 'common', 'description')],
          [
            `?view=facilitator&lang=${lang}`,
            '.vt-fac-intro',
            text(lang, 'workshop', 'facilitator.intro'),
          ],
          [`?widget=queue&lang=${lang}`, '.vt-widget', text(lang, 'widget', 'queue.description')],
        ];
        for (const [query, ready, wanted] of views) {
          await page.goto(`${inject('baseUrl')}${query}`);
          await page.locator(ready).first().waitFor();
          await expect.poll(() => description(page), { message: query }).toBe(wanted);
          expect(await page.locator('meta[name="description"]').count()).toBe(1);
        }
      } finally {
        await context.close();
      }
    },
  );
});

/** navigator.connection as a phone that saves data, or on a slow network, reports it. */
const connection = (hints: string): string =>
  `Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => (${hints}) });`;

describe("the office's prefetch on the title screen", () => {
  const officeRequests = (page: Page): string[] => {
    const seen: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/(office|phaser)-[\w-]+\.js$/.test(r.url())) seen.push(r.url());
    });
    return seen;
  };

  it.each([
    ['saves data', "{ saveData: true, effectiveType: '4g' }"],
    ['is on 3G', "{ saveData: false, effectiveType: '3g' }"],
  ])('is never made when the connection %s', async (_name, hints) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      await context.addInitScript(connection(hints));
      const page = await context.newPage();
      const seen = officeRequests(page);
      await page.goto(`${inject('baseUrl')}?lang=en`, { waitUntil: 'networkidle' });
      await page.locator('.vt-title-screen').waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.vtPrefetch)).toBe('off');
      await page.waitForLoadState('networkidle');
      expect(seen).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is made once the title has painted and the network is quiet, on a fast connection', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      await context.addInitScript(connection("{ saveData: false, effectiveType: '4g' }"));
      const page = await context.newPage();
      const seen = officeRequests(page);
      await page.goto(`${inject('baseUrl')}?lang=en`);
      await page.locator('.vt-title-screen').waitFor();
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dataset.vtPrefetch), {
          timeout: 20_000,
        })
        .toBe('made');
      await expect.poll(() => seen.length).toBeGreaterThan(0);
      // It came after the page's own requests were over, never among them.
      const { firstOffice, lastOwn } = await page.evaluate(() => {
        const all = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const isOffice = (e: PerformanceResourceTiming) => /\/(office|phaser)-/.test(e.name);
        const first = Math.min(...all.filter(isOffice).map((e) => e.startTime));
        const before = all.filter((e) => !isOffice(e) && e.startTime < first);
        return { firstOffice: first, lastOwn: Math.max(...before.map((e) => e.responseEnd)) };
      });
      expect(firstOffice).toBeGreaterThan(lastOwn);
    } finally {
      await context.close();
    }
  });
});
