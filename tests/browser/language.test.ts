// Choosing the language on the built site: from the title and from the run's settings, mid-run,
// without losing the run or autoplay; `lang` and `dir` on the page; the choice kept for the next
// visit; `?lang=` and the browser's language; other languages and the Japanese font fetched only
// when needed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import deScreens from '../../src/i18n/locales/de/screens.json';
import deSettings from '../../src/i18n/locales/de/settings.json';
import enEmbed from '../../src/i18n/locales/en/embed.json';
import enSettings from '../../src/i18n/locales/en/settings.json';
import esRun from '../../src/i18n/locales/es/run.json';
import esScreens from '../../src/i18n/locales/es/screens.json';
import jaRun from '../../src/i18n/locales/ja/run.json';
import jaScreens from '../../src/i18n/locales/ja/screens.json';
import { launchChromium, openPage, screenshot } from './harness';
import { expectClean } from './play';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const pageLang = (page: Page) =>
  page.evaluate(() => ({
    html: document.documentElement.lang,
    dir: document.documentElement.dir,
    app: document.getElementById('app')?.lang ?? '',
  }));

const label = (text: string, values: Record<string, number>) =>
  Object.entries(values).reduce((t, [k, v]) => t.replace(`{{${k}}}`, String(v)), text);

describe('the language', () => {
  it('switches from the title and mid-run, keeping the run, and is kept for the next visit', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const { page } = opened;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    try {
      expect(await pageLang(page)).toEqual({ html: 'en', dir: 'ltr', app: 'en' });
      // English is in the first download; no other language is fetched until asked for.
      expect(requests.filter((u) => /locale-(de|es|ja)/.test(u))).toEqual([]);

      await page.getByRole('combobox', { name: enSettings.language.label }).selectOption('de');
      await expect.poll(() => pageLang(page)).toEqual({ html: 'de', dir: 'ltr', app: 'de' });
      await page.getByRole('button', { name: deScreens.title.start, exact: true }).waitFor();
      expect(
        await page.getByRole('combobox', { name: deSettings.language.label }).inputValue(),
      ).toBe('de');
      expect(requests.some((u) => /locale-de/.test(u))).toBe(true);
      await screenshot(page, 'language-title-de');

      await page.locator('.vt-title-start .vt-btn-primary').click();
      const play = page.locator('.vt-play');
      await play.waitFor();
      for (let i = 0; i < 2; i++) {
        await play.click();
        // A card or a review may open: answer it and go on.
        const dialog = page.locator('dialog[open]');
        if ((await dialog.count()) > 0) {
          const choice = dialog.locator('.vt-choice:visible');
          if ((await choice.count()) > 0) await choice.first().click();
          await dialog.locator('.vt-btn-primary:visible').first().click();
        }
      }
      const marker = await page.evaluate(() => {
        (window as unknown as { marker: number }).marker = 7;
        return document.querySelector('.vt-week')?.textContent ?? '';
      });
      const week = Number(/\d+/.exec(marker)?.[0]);
      expect(week).toBeGreaterThanOrEqual(2);

      // Mid-run, from the settings: the run, its week and the open menu stay; the words change.
      await page.locator('.vt-settings summary').click();
      await page.locator('.vt-settings-lang select').selectOption('es');
      await expect.poll(() => pageLang(page)).toEqual({ html: 'es', dir: 'ltr', app: 'es' });
      await expect.poll(() => play.textContent()).toContain(esRun.week.play);
      expect(await page.locator('.vt-week').textContent()).toBe(
        label(esRun.week.label, { week, weeks: 26 }),
      );
      expect(await page.locator('.vt-settings').getAttribute('open')).not.toBeNull();
      // The last week's summary is rewritten in the new language, not left in the old one.
      expect(await page.locator('.vt-summary').textContent()).toContain(
        label(esRun.week.summaryStart, { week: week - 1 }),
      );
      expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(7);
      await screenshot(page, 'language-run-es');

      // Autoplay on, then Japanese: autoplay stays on, and the Japanese font comes with it.
      expect(requests.some((u) => /\.woff2/.test(u))).toBe(false);
      await page.locator('.vt-auto').click();
      expect(await page.locator('.vt-auto').getAttribute('aria-pressed')).toBe('true');
      await page.locator('.vt-settings-lang select').selectOption('ja');
      await expect.poll(() => pageLang(page)).toEqual({ html: 'ja', dir: 'ltr', app: 'ja' });
      await expect.poll(() => play.textContent()).toContain(jaRun.week.play);
      expect(await page.locator('.vt-auto').getAttribute('aria-pressed')).toBe('true');
      await page.locator('.vt-auto').click();
      await expect
        .poll(() => requests.some((u) => /noto-sans-jp-subset.*\.woff2/.test(u)))
        .toBe(true);
      expect(
        await page.evaluate(async () => {
          await document.fonts.ready;
          return document.fonts.check('16px "Velocity Trap Noto Sans JP"', '週');
        }),
      ).toBe(true);
      await screenshot(page, 'language-run-ja');

      // The next visit starts in the language the player chose, with the run to continue.
      await page.reload({ waitUntil: 'networkidle' });
      await page.locator('.vt-title-screen').waitFor();
      expect(await pageLang(page)).toEqual({ html: 'ja', dir: 'ltr', app: 'ja' });
      expect(await page.locator('.vt-title-start .vt-btn-primary').textContent()).toBe(
        jaScreens.title.start,
      );
      expect(await page.locator('.vt-title-continue').isVisible()).toBe(true);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('follows ?lang= first, then the browser, and says when ?lang= names no language of ours', async () => {
    const base = inject('baseUrl');
    const spanish = await openPage(
      browser,
      `${base}?lang=de-AT`,
      { width: 360, height: 640 },
      {
        locale: 'es-ES',
      },
    );
    try {
      expect(await pageLang(spanish.page)).toEqual({ html: 'de', dir: 'ltr', app: 'de' });
      expectClean(spanish);
    } finally {
      await spanish.close();
    }

    const browserEs = await openPage(
      browser,
      base,
      { width: 360, height: 640 },
      { locale: 'es-ES' },
    );
    try {
      expect(await pageLang(browserEs.page)).toEqual({ html: 'es', dir: 'ltr', app: 'es' });
      expect(await browserEs.page.locator('.vt-title-start .vt-btn-primary').textContent()).toBe(
        esScreens.title.start,
      );
      expectClean(browserEs);
    } finally {
      await browserEs.close();
    }

    const bad = await openPage(browser, `${base}?lang=klingon`, { width: 360, height: 640 });
    const { page } = bad;
    try {
      expect(await pageLang(page)).toEqual({ html: 'en', dir: 'ltr', app: 'en' });
      // The URL schema refuses the value and names the parameter, never echoing what was typed.
      const said = enEmbed.notice.param.replace('{{param}}', 'lang');
      const notice = page.getByRole('status').filter({ hasText: said });
      expect(await notice.textContent()).not.toContain('klingon');
      await screenshot(page, 'language-unknown-param-phone');
      await notice.getByRole('button', { name: enEmbed.notice.dismiss }).click();
      expect(await notice.count()).toBe(0);
      expectClean(bad);
    } finally {
      await bad.close();
    }
  });
});
