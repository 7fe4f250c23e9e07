// The storage matrix, on the built site: storage that works, that throws on access, that refuses
// every write, that refuses every save after a successful probe, that is empty, and that is full
// of another version's data or garbage. In every case the game plays a few weeks, and says so
// whenever progress will not be kept or saved data was set aside.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import hardening from '../../src/i18n/locales/en/hardening.json';
import run from '../../src/i18n/locales/en/run.json';
import screens from '../../src/i18n/locales/en/screens.json';
import { launchChromium, openPage, screenshot } from './harness';
import { expectClean, playTo, startRun } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const desktop = { width: 1280, height: 720 };
const phone = { width: 360, height: 640 };
const RUN_KEY = 'velocity-trap:run';
const SETTINGS_KEY = 'velocity-trap:settings';

/** Breaks the page's storage before any script of the game runs. */
type Breakage = 'securityError' | 'quotaEveryWrite' | 'quotaAfterProbe';
function breakStorage(how: Breakage): void {
  if (how === 'securityError') {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The storage is blocked.', 'SecurityError');
      },
    });
    return;
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    if (how === 'quotaAfterProbe' && key.endsWith(':probe')) return setItem.call(this, key, value);
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

const noticeText = (page: Page) => page.locator('.vt-notice:not([hidden]) p').allTextContents();
const continueButton = (page: Page) =>
  page.getByRole('button', { name: new RegExp(`^${screens.title.continue}`) });

describe('the storage matrix', () => {
  it('storage that works and starts empty: no notice, and the run continues after a reload', async () => {
    const opened = await openPage(browser, inject('baseUrl'), desktop);
    const { page } = opened;
    try {
      expect(await continueButton(page).count()).toBe(0);
      await startRun(page);
      await playTo(page, 4, 12);
      expect(await noticeText(page)).toEqual([]);
      await page.reload({ waitUntil: 'networkidle' });
      await continueButton(page).click();
      await playTo(page, 5, 12);
      await screenshot(page, 'storage-works-desktop');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it.each([
    ['securityError', run.notice.storage],
    ['quotaEveryWrite', run.notice.storage],
    ['quotaAfterProbe', hardening.notice.saveFailed],
  ] as const)(
    'storage broken by %s: plays on and says progress will not be kept',
    async (how, text) => {
      for (const vp of how === 'quotaAfterProbe' ? [desktop, phone] : [desktop]) {
        const opened = await openPage(browser, inject('baseUrl'), vp);
        const { page, context } = opened;
        try {
          await context.addInitScript(breakStorage, how);
          await page.reload({ waitUntil: 'networkidle' });
          await startRun(page);
          await expect.poll(() => noticeText(page)).toEqual([text]);
          await screenshot(page, `storage-${how}-${vp.width}x${vp.height}`);
          await playTo(page, 4, 12);
          // Nothing was kept, and the game does not pretend otherwise after a reload.
          await page.reload({ waitUntil: 'networkidle' });
          expect(await continueButton(page).count()).toBe(0);
          expectClean(opened);
        } finally {
          await opened.close();
        }
      }
    },
  );

  it.each([
    [
      'another version',
      JSON.stringify({ schemaVersion: 99, data: { seed: 1, future: true } }),
      JSON.stringify({ schemaVersion: 99, data: { theme: 'dark' } }),
    ],
    ['garbage', '{"schemaVersion":1,"data":{"seed":"NaN"', '\u0000\uffff not json'],
  ])(
    'storage full of %s: sets it aside, says so, and plays',
    async (name, runText, settingsText) => {
      for (const vp of [desktop, phone]) {
        const opened = await openPage(browser, inject('baseUrl'), vp);
        const { page } = opened;
        try {
          await page.evaluate(
            ([runKey, run, settingsKey, settings]) => {
              localStorage.setItem(runKey as string, run as string);
              localStorage.setItem(settingsKey as string, settings as string);
            },
            [RUN_KEY, runText, SETTINGS_KEY, settingsText],
          );
          await page.reload({ waitUntil: 'networkidle' });
          await expect.poll(() => noticeText(page)).toEqual([hardening.notice.setAside]);
          expect(await continueButton(page).count()).toBe(0);
          await screenshot(
            page,
            `storage-${name.replace(' ', '-')}-${vp.width}x${vp.height}-title`,
          );
          const kept = await page.evaluate(
            ([a, b]) => [localStorage.getItem(`${a}.backup`), localStorage.getItem(`${b}.backup`)],
            [RUN_KEY, SETTINGS_KEY],
          );
          expect(kept).toEqual([runText, settingsText]);
          await page.getByRole('button', { name: hardening.notice.ok }).click();
          expect(await noticeText(page)).toEqual([]);
          await startRun(page);
          await playTo(page, 4, 12);
          expect(await noticeText(page)).toEqual([]);
          // The fresh run is saved as usual, and the backups are still there.
          await page.reload({ waitUntil: 'networkidle' });
          expect(await continueButton(page).count()).toBe(1);
          expect(await page.evaluate((k) => localStorage.getItem(`${k}.backup`), RUN_KEY)).toBe(
            runText,
          );
          expectClean(opened);
        } finally {
          await opened.close();
        }
      }
    },
  );
});
