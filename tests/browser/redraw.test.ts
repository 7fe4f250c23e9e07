// Each part of the run screen follows its own slice of the store and counts its draws in
// `data-draws`: a slider step redraws the decisions panel (the control and its cost line) and
// nothing else, a played week redraws what shows the week, a new language relabels each part
// once; and while a card is owed the store refuses the week, whatever asks for it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import run from '../../src/i18n/locales/en/run.json';
import { launchChromium, openPage, screenshot } from './harness';
import { expectClean, startRun, weekLabel } from './play';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const PARTS = {
  weekBar: '.vt-weekbar',
  notice: '.vt-notice',
  officeWords: '.vt-office-words',
  alarms: '.vt-alarms',
  controls: '.vt-controls',
  dashboards: '.vt-dashboards',
  dialogs: '.vt-interrupts',
} as const;
type PartName = keyof typeof PARTS;

/** How many times each part has drawn so far. */
function draws(page: Page): Promise<Record<PartName, number>> {
  return page.evaluate((parts) => {
    const out: Record<string, number> = {};
    for (const [name, selector] of Object.entries(parts)) {
      out[name] = Number(document.querySelector<HTMLElement>(selector)?.dataset.draws ?? 'NaN');
    }
    return out as Record<PartName, number>;
  }, PARTS);
}

/** Each part's draws since `before`. */
async function drawnSince(
  page: Page,
  before: Record<PartName, number>,
): Promise<Record<PartName, number>> {
  const now = await draws(page);
  const out = {} as Record<PartName, number>;
  for (const name of Object.keys(PARTS) as PartName[]) out[name] = now[name] - before[name];
  return out;
}

/** `n` draws for every part. */
const every = (n: number) =>
  Object.fromEntries(Object.keys(PARTS).map((name) => [name, n])) as Record<PartName, number>;

/** A run of `weeks` started from the title at 1280 x 720; `steps` play it; the page stays clean. */
async function onRun(weeks: 12 | 26, steps: (page: Page) => Promise<void>): Promise<void> {
  const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
  try {
    await startRun(opened.page, weeks);
    await steps(opened.page);
    expectClean(opened);
  } finally {
    await opened.close();
  }
}

describe('the run screen draws only what changed', () => {
  it('redraws the decisions alone for a slider step, and what shows the week for a week', () =>
    onRun(12, async (page) => {
      const before = await draws(page);
      for (const n of Object.values(before)) expect(n).toBeGreaterThanOrEqual(1);
      const slider = page.locator('.vt-lever[data-lever="aiMandate"] input[type="range"]');
      const cost = page.locator('.vt-lever[data-lever="aiMandate"] .vt-lever-cost');
      const costBefore = await cost.textContent();
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => cost.textContent()).not.toBe(costBefore);
      expect(await drawnSince(page, before)).toEqual({ ...every(0), controls: 3 });

      const beforeWeek = await draws(page);
      await page.getByRole('button', { name: run.week.play }).click();
      await page.getByText(weekLabel(2, 12)).waitFor();
      const week = await drawnSince(page, beforeWeek);
      // The week bar, the floor in words, the alarms, the decisions (the draft is cleared) and
      // the dashboards each draw the week once; the notice has nothing new to say; the dialogs
      // draw only when the week brings one.
      expect(week).toEqual({ ...every(1), notice: 0, dialogs: week.dialogs });
    }));

  it('relabels every part once in a new language', () =>
    onRun(12, async (page) => {
      await page.getByRole('button', { name: run.week.play }).click();
      await page.getByText(weekLabel(2, 12)).waitFor();
      const before = await draws(page);
      await page.locator('.vt-settings summary').click();
      await page.locator('.vt-settings-lang select').selectOption('de');
      await expect
        .poll(() => page.locator('.vt-run').getAttribute('aria-label'))
        .not.toBe(run.screen.label);
      await page.waitForTimeout(100);
      expect(await drawnSince(page, before)).toEqual(every(1));
    }));

  it('refuses the week while a card is owed, even when the play button is pressed', () =>
    onRun(26, async (page) => {
      const card = page.locator('dialog.vt-card[open]');
      for (let i = 0; i < 26 && (await card.count()) === 0; i++) {
        if ((await page.locator('dialog[open]').count()) > 0) await page.keyboard.press('Escape');
        else await page.getByRole('button', { name: run.week.play }).click();
      }
      await card.waitFor();
      const label = (await page.locator('.vt-week').textContent()) ?? '';
      // The page under the card is inert; the button's own click (as a script or assistive
      // technology might send it) reaches the store, which refuses.
      await page.evaluate(() => document.querySelector<HTMLButtonElement>('.vt-play')?.click());
      await expect.poll(() => page.locator('.vt-summary').textContent()).toBe(run.week.blocked);
      expect(await page.locator('.vt-week').textContent()).toBe(label);
      await screenshot(page, 'redraw-card-owed');
      // Answered and closed, the week plays.
      await card.locator('.vt-choice').first().click();
      await card.locator('.vt-outcome').waitFor();
      await page.keyboard.press('Enter');
      await expect.poll(() => card.count()).toBe(0);
      await page.getByRole('button', { name: run.week.play }).click();
      await expect.poll(() => page.locator('.vt-week').textContent()).not.toBe(label);
    }));
});
