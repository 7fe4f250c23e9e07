// A player's run on the built site, by keyboard: start a 12-week run from the title screen,
// move levers, answer event cards, open an alarm's causes, play to the debrief; then reload
// mid-run and continue; then play with storage blocked. Zero console errors, zero requests out.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import run from '../../src/i18n/locales/en/run.json';
import screens from '../../src/i18n/locales/en/screens.json';
import { launchChromium, openPage, screenshot, waitFrames } from './harness';
import { actAndWaitWeek, answerDialogs, expectClean, startRun, weekLabel } from './play';

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

/** Presses Tab until `target` has focus: the way a keyboard player gets there. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} by Tab`);
}

/** The page itself never scrolls, either way: panels scroll inside the game area. */
async function expectNoPageScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const d = document.documentElement;
    return [d.scrollWidth - d.clientWidth, d.scrollHeight - d.clientHeight];
  });
  expect(overflow).toEqual([0, 0]);
}

describe('a run on the built site', () => {
  it.each(viewports)('plays a 12-week run by keyboard at $width x $height', async (vp) => {
    const opened = await openPage(browser, inject('baseUrl'), vp);
    const { page } = opened;
    const shot = (step: string) =>
      screenshot(page, `run-${vp.name}-${vp.width}x${vp.height}-${step}`);
    try {
      await startRun(page);
      await expect.poll(() => page.getByText(weekLabel(1, 12)).isVisible()).toBe(true);
      await expectNoPageScroll(page);
      await shot('1-start');

      if (vp.name === 'phone') {
        // The first hint opens the Decisions tab it points at: wait until it has, so the keys
        // below meet a still screen.
        await page.locator('.vt-hint').waitFor();
        await expect
          .poll(() =>
            page
              .getByRole('tab', { name: run.screen.tabs.decisions })
              .getAttribute('aria-selected'),
          )
          .toBe('true');
        // Tabs take one Tab stop; Home goes to the first (the office), the arrow keys move on.
        await tabTo(page, page.getByRole('tab', { selected: true }));
        await page.keyboard.press('Home');
        expect(
          await page
            .getByRole('tab', { name: run.screen.tabs.office })
            .getAttribute('aria-selected'),
        ).toBe('true');
        await page.keyboard.press('ArrowRight');
        expect(
          await page
            .getByRole('tab', { name: run.screen.tabs.decisions })
            .getAttribute('aria-selected'),
        ).toBe('true');
      }
      // Levers, by keyboard only.
      const mandate = page.getByRole('slider', { name: run.controls.aiMandate.label });
      await tabTo(page, mandate);
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
      expect(await mandate.inputValue()).toBe('60');
      const leaderboard = page.getByRole('switch', { name: run.controls.leaderboard.label });
      await tabTo(page, leaderboard);
      await page.keyboard.press('Space');
      expect(await leaderboard.isChecked()).toBe(true);
      const normal = page.getByRole('radio', { name: run.controls.deadlinePressure.normal });
      await tabTo(page, normal);
      await page.keyboard.press('ArrowLeft');
      expect(
        await page.getByRole('radio', { name: run.controls.deadlinePressure.relaxed }).isChecked(),
      ).toBe(true);
      const hireSeniors = page.getByRole('spinbutton', {
        name: run.controls.staffing.hireLabel.replace(
          '{{level}}',
          run.controls.staffing.levels.senior,
        ),
      });
      await tabTo(page, hireSeniors);
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      expect(await hireSeniors.inputValue()).toBe('2');
      await expect
        .poll(() => page.locator('.vt-pending:not([hidden])').count())
        .toBeGreaterThanOrEqual(4);
      expect(
        await page.getByText(run.controls.pendingCount_other.replace('{{count}}', '4')).isVisible(),
      ).toBe(true);
      await shot('2-levers');

      // Play the week from the keyboard; the draft becomes the week's levers.
      const play = page.getByRole('button', { name: run.week.play });
      await tabTo(page, play, 200);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByText(weekLabel(2, 12)).isVisible()).toBe(true);
      await answerDialogs(page);
      expect(await page.getByText(run.controls.pendingCount_zero).count()).toBe(1);
      // A hint on the week's outcome may have opened the tab its target is on: the slider is read
      // where it is, shown or not.
      expect(await page.locator('[data-lever="aiMandate"] input').inputValue()).toBe('60');
      const summary = page.locator('.vt-summary');
      await expect
        .poll(() => summary.textContent())
        .toMatch(/^Week 1: [\d,]+ features? shipped, [\d,]+ incidents?, .*review/);
      expect(await summary.getAttribute('aria-live')).toBe('polite');

      // Dashboards and charts.
      if (vp.name === 'phone') {
        await tabTo(page, page.getByRole('tab', { selected: true }), 200);
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Enter');
      }
      await expect.poll(() => page.locator('.vt-chart-svg[role="img"]').count()).toBe(10);
      expect(await page.locator('.vt-chart-svg').first().getAttribute('aria-label')).toContain(
        run.dash.metric.linesWritten,
      );
      await expectNoPageScroll(page);
      await shot('3-dashboards');
      if (vp.name === 'phone') {
        await page.getByRole('tab', { name: run.screen.tabs.office }).click();
      }

      // Play on to the end with the shortcut key, answering every card; open one alarm's causes.
      let cards = 0;
      let causeSeen = false;
      for (let i = 0; i < 40 && (await page.locator('.vt-run').count()) > 0; i++) {
        if ((await page.locator('dialog[open]').count()) > 0) {
          if (cards === 0) await shot('4-card');
          cards += await answerDialogs(page);
          continue;
        }
        const why = page.getByRole('button', { name: run.alarms.why });
        if (!causeSeen && (await why.count()) > 0) {
          await tabTo(page, why.first(), 200);
          await page.keyboard.press('Enter');
          const cause = page.locator('dialog.vt-cause[open]');
          await cause.waitFor();
          expect(await cause.locator('.vt-link').count()).toBeGreaterThan(0);
          await shot('5-cause');
          await page.keyboard.press('Escape');
          await expect.poll(() => cause.count()).toBe(0);
          causeSeen = true;
        }
        await actAndWaitWeek(page, () => page.keyboard.press(run.week.shortcutKey));
      }
      await expect.poll(() => page.locator('.vt-run').count()).toBe(0);
      await page.getByRole('heading', { level: 1, name: screens.debrief.heading }).waitFor();
      await shot('6-debrief');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('keeps an event card open on Escape until it is answered', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const { page } = opened;
    try {
      await startRun(page, 26);
      for (let i = 0; i < 26 && (await page.locator('dialog.vt-card[open]').count()) === 0; i++) {
        if ((await page.locator('dialog[open]').count()) > 0) await page.keyboard.press('Escape');
        else await page.getByRole('button', { name: run.week.play }).click();
      }
      const card = page.locator('dialog.vt-card[open]');
      await card.waitFor();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      // Escape is handled as the key arrives; frames later the card is still open.
      await waitFrames(page, 3);
      expect(await card.count()).toBe(1);
      expect(await card.locator('.vt-choice').first().isVisible()).toBe(true);
      // The rest of the page is inert while the card is open.
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(
        true,
      );
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('plays weeks by itself at the chosen speed, and waits for a card', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const { page } = opened;
    try {
      await startRun(page, 26);
      await page.getByRole('combobox', { name: run.week.speed }).selectOption('4');
      const auto = page.getByRole('button', { name: run.week.autoplay });
      await auto.click();
      expect(await auto.getAttribute('aria-pressed')).toBe('true');
      // Weeks advance with no further input until a card (or the board) asks for the player.
      await expect.poll(() => page.locator('dialog[open]').count(), { timeout: 30_000 }).toBe(1);
      expect(await page.getByText(weekLabel(1, 26)).count()).toBe(0);
      // Autoplay stays on and waits while the dialog is up (it plays on once it is closed: the
      // setting is on by default); no week is played behind the dialog.
      expect(await auto.getAttribute('aria-pressed')).toBe('true');
      const week = await page.locator('.vt-week').textContent();
      await waitFrames(page, 30);
      expect(await page.locator('.vt-week').textContent()).toBe(week);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it.each(viewports)('shows the quarterly board review at $width x $height', async (vp) => {
    const opened = await openPage(browser, inject('baseUrl'), vp);
    const { page } = opened;
    try {
      await startRun(page, 26);
      const board = page.locator('dialog.vt-board[open]');
      for (let i = 0; i < 40 && (await board.count()) === 0; i++) {
        if ((await page.locator('dialog.vt-card[open]').count()) > 0) await answerDialogs(page);
        else await page.getByRole('button', { name: run.week.play }).click();
      }
      await board.waitFor();
      const rows = board.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThanOrEqual(5);
      // Met or missed is said in words and an icon, not by colour alone.
      const results = await board.locator('.vt-result').allTextContents();
      for (const r of results)
        expect(r).toMatch(new RegExp(`(✓${run.board.met}|✗${run.board.missed})`));
      expect(await board.locator('.vt-verdict').textContent()).toMatch(/^The board is /);
      expect(await board.locator('.vt-next li').count()).toBeGreaterThanOrEqual(2);
      await expectNoPageScroll(page);
      await screenshot(page, `run-${vp.name}-${vp.width}x${vp.height}-10-board`);
      await page.keyboard.press('Escape');
      await expect.poll(() => board.count()).toBe(0);
      expect(await page.getByText(weekLabel(14, 26)).isVisible()).toBe(true);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it.each(viewports)('continues a saved run after a reload at $width x $height', async (vp) => {
    const opened = await openPage(browser, inject('baseUrl'), vp);
    const { page } = opened;
    try {
      await startRun(page);
      for (let week = 2; week <= 4; week++) {
        await answerDialogs(page);
        await page.getByRole('button', { name: run.week.play }).click();
        await expect.poll(() => page.getByText(weekLabel(week, 12)).isVisible()).toBe(true);
      }
      await page.reload({ waitUntil: 'networkidle' });
      const cont = page.getByRole('button', { name: new RegExp(screens.title.continue) });
      await cont.waitFor();
      await screenshot(page, `run-${vp.name}-${vp.width}x${vp.height}-7-continue`);
      await cont.click();
      await expect.poll(() => page.getByText(weekLabel(4, 12)).isVisible()).toBe(true);
      await screenshot(page, `run-${vp.name}-${vp.width}x${vp.height}-8-continued`);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it.each(viewports)(
    'plays on with storage blocked, and says so once, at $width x $height',
    async (vp) => {
      const opened = await openPage(browser, inject('baseUrl'), vp);
      const { page, context } = opened;
      try {
        await context.addInitScript(() => {
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('The storage is blocked.', 'SecurityError');
            },
          });
        });
        await page.reload({ waitUntil: 'networkidle' });
        await startRun(page);
        const notice = page.getByText(run.notice.storage);
        await notice.waitFor();
        await expectNoPageScroll(page);
        await screenshot(page, `run-${vp.name}-${vp.width}x${vp.height}-9-no-storage`);
        await answerDialogs(page);
        await page.getByRole('button', { name: run.week.play }).click();
        await expect.poll(() => page.getByText(weekLabel(2, 12)).isVisible()).toBe(true);
        await answerDialogs(page);
        await page.getByRole('button', { name: run.notice.dismiss }).click();
        expect(await notice.isVisible()).toBe(false);
        await answerDialogs(page);
        await page.getByRole('button', { name: run.week.play }).click();
        await expect.poll(() => page.getByText(weekLabel(3, 12)).isVisible()).toBe(true);
        expect(await notice.isVisible()).toBe(false);
        expectClean(opened);
      } finally {
        await opened.close();
      }
    },
  );
});
