// A walk through every screen and dialog of the game in one page, in any language: it finds its
// way by structure (classes and roles), never by English words, and stops at each place so a test
// can look at it (run axe, measure targets, take a screenshot).
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every language the build has: the folders of src/i18n/locales, read when the test runs. */
export function buildLanguages(): string[] {
  return readdirSync(join(root, 'src', 'i18n', 'locales'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export const STOPS = [
  'title',
  'run',
  'hint',
  'storage-notice',
  'settings',
  'tab-office',
  'tab-decisions',
  'tab-dashboards',
  'card',
  'cause',
  'board',
  'debrief',
  'sources',
  'sandbox',
  'facilitator',
] as const;
export type Stop = (typeof STOPS)[number];

export const DESKTOP = { width: 1280, height: 720 } as const;
export const PHONE = { width: 360, height: 640 } as const;

/** Blocks the page's storage from its next load on, so the storage notice shows. */
export async function blockStorage(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The storage is blocked.', 'SecurityError');
      },
    });
  });
}

/** Loads the game in `lang`: `?lang=`, or the title's language switcher where that is all there is. */
export async function openIn(page: Page, base: string, lang: string): Promise<void> {
  const url = new URL(base);
  url.searchParams.set('lang', lang);
  await page.goto(url.href, { waitUntil: 'networkidle' });
  await page.locator('.vt-title-screen').waitFor();
  const select = page.locator('.vt-title-lang select');
  if ((await select.inputValue()) !== lang) await select.selectOption(lang);
  await page.waitForFunction(
    (l) => document.querySelector('.vt-title-screen')?.getAttribute('lang') === l,
    lang,
  );
}

/**
 * Walks from the title through a guided 26-week run (its hint, the storage notice when storage is
 * blocked, the settings, each tab at phone size, the first event card, the first cause and the
 * quarterly board review) to the debrief, the sources screen, the sandbox's sweep chart and the
 * facilitator's view, calling `visit` at each stop. Returns the stops it reached, in order.
 */
export async function tour(
  page: Page,
  visit: (stop: Stop) => Promise<void>,
  size: { width: number; height: number } = DESKTOP,
): Promise<Stop[]> {
  const seen: Stop[] = [];
  const at = async (stop: Stop) => {
    seen.push(stop);
    await visit(stop);
  };
  await page.setViewportSize(size);
  await at('title');
  await page.locator('.vt-title-lengths input[value="26"]').check();
  await page.locator('.vt-title-start .vt-btn-primary').click();
  await page.locator('.vt-run').waitFor();
  // Attached, not shown: on a phone the first hint opens the Decisions tab it points at.
  await page.locator('.vt-office-floor canvas').waitFor({ state: 'attached' });
  await at('run');
  if (await page.locator('.vt-hint:not([hidden])').isVisible()) await at('hint');
  if (await page.locator('.vt-notice:not([hidden])').isVisible()) await at('storage-notice');
  await page.locator('.vt-settings summary').click();
  await at('settings');
  await page.locator('.vt-settings summary').click();

  await page.setViewportSize(PHONE);
  for (const [i, stop] of (['tab-office', 'tab-decisions', 'tab-dashboards'] as const).entries()) {
    await page.locator('.vt-tab').nth(i).click();
    await at(stop);
  }
  await page.locator('.vt-tab').nth(0).click();
  await page.setViewportSize(size);

  // One look at the page per week: what is open, and whether an alarm offers its causes.
  const look = () =>
    page.evaluate(() => ({
      running: document.querySelector('.vt-run') !== null,
      card: document.querySelector('dialog.vt-card[open]') !== null,
      board: document.querySelector('dialog.vt-board[open]') !== null,
      dialog: document.querySelector('dialog[open]') !== null,
      why: document.querySelector('.vt-why') !== null,
    }));
  for (let i = 0; i < 120; i++) {
    const now = await look();
    if (!now.running) break;
    if (now.card) {
      const card = page.locator('dialog.vt-card[open]');
      if (!seen.includes('card')) await at('card');
      await card.locator('.vt-choice').first().click();
      await card.locator('.vt-outcome button').click();
    } else if (now.board) {
      if (!seen.includes('board')) await at('board');
      await page.keyboard.press('Escape');
    } else if (now.dialog) {
      await page.keyboard.press('Escape');
    } else if (now.why && !seen.includes('cause')) {
      await page.locator('.vt-why').first().click();
      await page.locator('dialog.vt-cause[open]').waitFor();
      await at('cause');
      await page.keyboard.press('Escape');
      await page.locator('dialog.vt-cause[open]').waitFor({ state: 'detached' });
    } else {
      // The player's click, without waiting for the office to stand still first.
      await page.locator('.vt-play').dispatchEvent('click');
    }
  }
  await page.locator('.vt-debrief-whatif .vt-whatif').waitFor();
  await at('debrief');
  await page.locator('.vt-debrief-actions button').nth(1).click();
  await page.locator('.vt-sources').waitFor();
  await at('sources');
  await page.locator('.vt-sources-back').click();
  await page.locator('.vt-debrief-actions button').nth(2).click();
  await page.locator('.vt-title-more button').first().click();
  // On a phone the sweep sits under the dashboards tab.
  if (await page.locator('.vt-tab').first().isVisible())
    await page.locator('.vt-tab').nth(2).click();
  await page.locator('.vt-run .vt-sweep-run').click();
  await page.locator('.vt-sweep-chart svg').waitFor();
  await at('sandbox');
  // The facilitator's view of a workshop opens from its own link, in the same language.
  const url = new URL(page.url());
  url.searchParams.set('view', 'facilitator');
  await page.goto(url.href, { waitUntil: 'networkidle' });
  await page.locator('.vt-facilitator').waitFor();
  await at('facilitator');
  return seen;
}
