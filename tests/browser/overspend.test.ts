// The board's answer to overspending on the built site: a sandbox run that hires far past its
// budget sees the board's warning in the run screen, then ends early in a debrief that says the
// board replaced the player and why; and the model card shows each parameter's kind and range.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import run from '../../src/i18n/locales/en/run.json';
import screens from '../../src/i18n/locales/en/screens.json';
import { launchChromium, openPage, screenshot } from './harness';
import { expectClean, getPastDialog } from './play';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const LEVELS = ['junior', 'mid', 'senior'] as const;

describe('a sandbox run the board ends for overspending', () => {
  it('warns in the run screen, then the debrief says the board replaced the player', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const { page } = opened;
    try {
      await page
        .getByRole('button', { name: new RegExp(screens.title.sandbox) })
        .first()
        .click();
      const play = page.getByRole('button', { name: run.week.play });
      await play.waitFor();
      const debrief = page.getByRole('heading', { level: 1, name: screens.debrief.heading });
      const warning = page.locator('.vt-alarm-board.is-budgetWarning');
      let sawWarning = false;
      for (let week = 0, i = 0; i < 200 && !(await debrief.isVisible()); i++) {
        if ((await page.locator('dialog[open]').count()) > 0) {
          await getPastDialog(page);
          continue;
        }
        if (week < 2) {
          for (const level of LEVELS) {
            const name = run.controls.staffing.hireLabel.replace(
              '{{level}}',
              run.controls.staffing.levels[level],
            );
            await page.getByLabel(name, { exact: true }).fill('50');
          }
        }
        await play.click();
        week++;
        if (!sawWarning && (await warning.count()) > 0) {
          sawWarning = true;
          expect(await warning.textContent()).toMatch(/Budget warning from the board: .*\d+%/);
          await screenshot(page, 'overspend-run-warning-1280x720');
        }
      }
      await debrief.waitFor({ timeout: 5000 });
      expect(sawWarning).toBe(true);
      const ended = page.locator('.vt-debrief-ended');
      await ended.waitFor();
      const text = (await ended.textContent()) ?? '';
      expect(text).toContain(screens.debrief.endedHeading);
      expect(text).toMatch(/In week \d+ of 52, the board replaced you .* \d[\d,]*% of the budget/);
      expect(await ended.locator('li').count()).toBe(3);
      await screenshot(page, 'overspend-debrief-1280x720');
      await page.setViewportSize({ width: 360, height: 640 });
      await page.locator('.vt-debrief').evaluate((el) => {
        el.scrollTop = 0;
      });
      await screenshot(page, 'overspend-debrief-360x640');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});

describe('the model card', () => {
  it.each([
    { width: 1280, height: 720 },
    { width: 360, height: 640 },
  ])('shows each parameter kind and the evidence range at $width x $height', async (viewport) => {
    const opened = await openPage(browser, inject('baseUrl'), viewport);
    const { page } = opened;
    try {
      await page.getByRole('button', { name: new RegExp(screens.title.sources) }).click();
      await page.getByRole('heading', { level: 1, name: screens.sources.heading }).waitFor();
      expect(await page.locator('.vt-src:visible').count()).toBe(27);
      const kinds = page.locator('.vt-sources-kinds');
      expect(await kinds.locator('li').count()).toBe(3);
      expect(await page.locator('.vt-param-kind').count()).toBe(
        await page.locator('.vt-param').count(),
      );
      await kinds.scrollIntoViewIfNeeded();
      await screenshot(page, `modelcard-kinds-${viewport.width}x${viewport.height}`);
      await page.getByRole('searchbox', { name: screens.sources.filter }).fill('AI-assisted');
      const ranged = page.locator('.vt-param:visible .vt-param-range');
      expect(await ranged.count()).toBeGreaterThan(0);
      expect(await ranged.first().textContent()).toMatch(
        /range .+ \(cautious\) to .+ \(optimistic\)/,
      );
      await screenshot(page, `modelcard-ranges-${viewport.width}x${viewport.height}`);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
