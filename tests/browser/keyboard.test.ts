// A whole 12-week run played with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows,
// Escape): from the title, levers and a hire, every event card, a cause, the debrief, the sources
// screen and back. At every step the focused element shows a focus ring of 3:1 or more, Tab moves
// forward through the page in document order, Tab always gets out of the page again, and an open
// dialog keeps focus inside itself and gives it back when it closes. Then the shortcut setting.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import run from '../../src/i18n/locales/en/run.json';
import screens from '../../src/i18n/locales/en/screens.json';
import { expectVisibleFocus, type FocusState, focusState } from './focus';
import { launchChromium, openPage, screenshot, waitFrames } from './harness';
import { expectClean } from './play';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Presses Tab (or Shift+Tab) and checks what follows: focus is visible, and forward Tab goes
 * forward in the document (or leaves the page, or wraps inside an open dialog).
 */
async function tab(page: Page, where: string, back = false): Promise<FocusState> {
  await page.evaluate(() => {
    (window as unknown as { vtPrevFocus: Element | null }).vtPrevFocus = document.activeElement;
  });
  await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  const order = await page.evaluate(() => {
    const prev = (window as unknown as { vtPrevFocus: Element | null }).vtPrevFocus;
    const now = document.activeElement;
    const outside = (e: Element | null) => !e || e === document.body;
    if (outside(prev) || outside(now) || !prev || !now) return 'edge';
    if (prev.compareDocumentPosition(now) & Node.DOCUMENT_POSITION_FOLLOWING) return 'forward';
    const dialog = prev.closest('dialog[open]');
    if (dialog?.contains(now)) return 'wrapped';
    // From the page's last stop to its first: focus went round the page. A headless window
    // that does not hold the system's focus (other tests' pages open beside it) wraps Tab
    // this way instead of handing focus to the browser: the page was left all the same.
    const stops = [...document.querySelectorAll<HTMLElement>('*')].filter(
      (e) => e.tabIndex >= 0 && !e.closest('[inert],[hidden]') && e.getClientRects().length > 0,
    );
    return prev === stops[stops.length - 1] && now === stops[0] ? 'around' : 'backward';
  });
  if (!back && order === 'backward') {
    const f = await focusState(page);
    throw new Error(`${where}: Tab went backwards in the page, to ${f.what}`);
  }
  if (!back && order === 'around') return { ...(await focusState(page)), left: true };
  return expectVisibleFocus(page, where);
}

/** Tabs until `target` has focus, checking every stop on the way. */
async function tabTo(page: Page, target: Locator, where: string, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await tab(page, where);
  }
  throw new Error(`${where}: could not reach ${target} by Tab`);
}

/** Tabs until focus leaves the page (to the browser around it): the game is no trap. */
async function tabOut(page: Page, where: string, max = 200): Promise<number> {
  for (let i = 1; i <= max; i++) {
    if ((await tab(page, where)).left) return i;
  }
  throw new Error(`${where}: Tab never left the page in ${max} presses`);
}

/** In an open dialog, Tab never takes focus to the page behind it. */
async function expectTrappedIn(page: Page, where: string, presses = 8): Promise<void> {
  for (let i = 0; i < presses; i++) {
    const f = await tab(page, where);
    if (!f.left && !f.inDialog) throw new Error(`${where}: Tab left the dialog for ${f.what}`);
  }
}

const isFocused = (l: Locator) =>
  l.evaluate((el) => el === document.activeElement).catch(() => false);

describe('a keyboard-only player', () => {
  it('plays a whole 12-week run without the mouse', { timeout: 180_000 }, async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const { page } = opened;
    const shot = (step: string) => screenshot(page, `keyboard-1280x720-${step}`);
    try {
      // The title: Tab to the run length, the arrows to pick 12 weeks, Tab to Start, Enter.
      const twelve = page.getByRole('radio', { name: '12 weeks' });
      await tabTo(page, page.getByRole('radio', { checked: true }).nth(1), 'title');
      await page.keyboard.press('ArrowLeft');
      expect(await twelve.isChecked()).toBe(true);
      await shot('1-title');
      const start = page.getByRole('button', { name: screens.title.start, exact: true });
      await tabTo(page, start, 'title');
      await page.keyboard.press('Enter');
      await page.locator('.vt-run').waitFor();
      const play = page.getByRole('button', { name: run.week.play });
      expect(await isFocused(play)).toBe(true);

      // Every stop on the run screen shows its focus, in order, and Tab gets out of the page.
      const presses = await tabOut(page, 'run screen');
      console.log(`run screen: ${presses} Tab stops before focus leaves the page`);
      await tab(page, 'back into the page');

      // Levers and a hire, by keyboard.
      const mandate = page.getByRole('slider', { name: run.controls.aiMandate.label });
      await tabTo(page, mandate, 'decisions');
      const before = Number(await mandate.inputValue());
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(Number(await mandate.inputValue())).toBe(before - 10);
      const leaderboard = page.getByRole('switch', { name: run.controls.leaderboard.label });
      await tabTo(page, leaderboard, 'decisions');
      await page.keyboard.press('Space');
      expect(await leaderboard.isChecked()).toBe(true);
      const hire = page.getByRole('spinbutton', {
        name: run.controls.staffing.hireLabel.replace(
          '{{level}}',
          run.controls.staffing.levels.senior,
        ),
      });
      await tabTo(page, hire, 'decisions');
      await page.keyboard.press('ArrowUp');
      expect(await hire.inputValue()).toBe('1');
      await shot('2-levers');

      // The weeks: Enter on Play; each dialog answered by keyboard, focus kept inside it and
      // given back to Play when it closes.
      let cards = 0;
      let causes = 0;
      for (let i = 0; i < 60 && (await page.locator('.vt-run').count()) > 0; i++) {
        const dialog = page.locator('dialog[open]');
        if ((await dialog.count()) > 0) {
          const kind = (await dialog.getAttribute('class')) ?? '';
          const where = `week dialog ${kind}`;
          expect((await focusState(page)).inDialog, where).toBe(true);
          await expectVisibleFocus(page, where);
          if (cards === 0 && kind.includes('vt-card')) await shot('3-card');
          await expectTrappedIn(page, where);
          if (kind.includes('vt-card')) {
            const choice = dialog.locator('.vt-choice').nth(1);
            await tabTo(page, choice, where);
            await page.keyboard.press('Enter');
            const cont = dialog.locator('.vt-outcome button');
            await cont.waitFor();
            expect(await isFocused(cont), 'the outcome takes focus').toBe(true);
            await expectVisibleFocus(page, where);
            await page.keyboard.press('Enter');
            cards++;
          } else {
            await tabTo(page, dialog.locator('.vt-btn').last(), where);
            await page.keyboard.press('Enter');
          }
          await expect.poll(() => dialog.count()).toBe(0);
          if ((await page.locator('.vt-run').count()) > 0) {
            expect(await isFocused(play), `${where}: focus back on Play`).toBe(true);
          }
          continue;
        }
        const why = page.locator('.vt-why');
        if (causes === 0 && (await why.count()) > 0) {
          await tabTo(page, why.first(), 'alarms');
          await page.keyboard.press('Enter');
          const cause = page.locator('dialog.vt-cause[open]');
          await cause.waitFor();
          await shot('4-cause');
          await expectTrappedIn(page, 'cause dialog');
          await page.keyboard.press('Escape');
          await expect.poll(() => cause.count()).toBe(0);
          expect(await isFocused(why.first()), 'focus back on the alarm').toBe(true);
          causes++;
        }
        if (!(await isFocused(play))) await tabTo(page, play, 'back to Play');
        await page.keyboard.press('Enter');
      }
      expect(cards).toBeGreaterThan(0);

      // The debrief, the sources screen and back, then out of the page.
      const debriefHeading = page.getByRole('heading', { level: 1, name: screens.debrief.heading });
      await debriefHeading.waitFor();
      await shot('5-debrief');
      const sources = page.getByRole('button', { name: screens.debrief.sources });
      await tabTo(page, sources, 'debrief');
      await page.keyboard.press('Enter');
      await page.locator('.vt-sources').waitFor();
      await shot('6-sources');
      await tabTo(page, page.locator('.vt-sources-back'), 'sources');
      await page.keyboard.press('Enter');
      await debriefHeading.waitFor();
      await tabOut(page, 'debrief');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});

describe('the quarterly board review by keyboard', () => {
  it('holds focus while open and gives it back to Play', { timeout: 120_000 }, async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const { page } = opened;
    try {
      await page.getByRole('radio', { name: '26 weeks' }).check();
      await page.getByRole('button', { name: screens.title.start, exact: true }).click();
      await page.locator('.vt-run').waitFor();
      const play = page.getByRole('button', { name: run.week.play });
      const board = page.locator('dialog.vt-board[open]');
      // Thirteen weeks to the review; cards on the way are answered as any player would.
      for (let i = 0; i < 40 && (await board.count()) === 0; i++) {
        const card = page.locator('dialog.vt-card[open]');
        if ((await card.count()) > 0) {
          await card.locator('.vt-choice').first().click();
          await card.locator('.vt-outcome button').click();
          continue;
        }
        await play.focus();
        await page.keyboard.press('Enter');
      }
      await board.waitFor();
      expect((await focusState(page)).inDialog).toBe(true);
      await expectVisibleFocus(page, 'board review');
      await expectTrappedIn(page, 'board review');
      await tabTo(page, board.locator('.vt-btn').last(), 'board review');
      await page.keyboard.press('Enter');
      await expect.poll(() => board.count()).toBe(0);
      // A card of the same week follows the review and takes focus; otherwise Play has it back.
      if ((await page.locator('dialog[open]').count()) > 0) {
        expect((await focusState(page)).inDialog).toBe(true);
      } else {
        expect(await isFocused(play)).toBe(true);
      }
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});

describe('the keyboard shortcut', () => {
  const weekLabel = (week: number) =>
    run.week.label.replace('{{week}}', String(week)).replace('{{weeks}}', '12');
  const key = run.week.shortcutKey;

  /**
   * Presses the shortcut and lets the page react (it must not, or must): the key is handled as it
   * arrives and the week bar redraws in the same task, so a few frames on, a week played shows.
   */
  async function pressShortcut(page: Page): Promise<void> {
    await page.keyboard.press(key);
    await waitFrames(page, 3);
  }

  it('can be turned off with a labelled switch that is remembered, and never fires in a field', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const { page } = opened;
    try {
      await page.getByRole('radio', { name: '12 weeks' }).check();
      await page.getByRole('button', { name: screens.title.start, exact: true }).click();
      await page.locator('.vt-run').waitFor();
      const week = (n: number) => page.getByText(weekLabel(n), { exact: true });
      const hint = page.locator('.vt-hint');
      if (await hint.isVisible()) await hint.getByRole('button').last().click();

      // Typing in a field: the key goes to the field, the week does not move.
      const hire = page.getByRole('spinbutton').first();
      await hire.focus();
      await pressShortcut(page);
      expect(await week(1).isVisible()).toBe(true);

      // Anywhere else, the key plays the week.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await pressShortcut(page);
      await expect.poll(() => week(2).isVisible()).toBe(true);

      // The setting: a real switch with a name, in the settings.
      await page.getByText(run.week.settings, { exact: true }).click();
      const setting = page.getByRole('switch', {
        name: run.week.shortcuts.replace('{{key}}', key.toUpperCase()),
      });
      expect(await setting.isChecked()).toBe(true);
      await setting.focus();
      await page.keyboard.press('Space');
      expect(await setting.isChecked()).toBe(false);
      const play = page.getByRole('button', { name: run.week.play });
      expect(await play.getAttribute('aria-keyshortcuts')).toBeNull();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await pressShortcut(page);
      expect(await week(2).isVisible()).toBe(true);

      // Remembered: after a reload the run continues with the shortcut still off.
      await page.reload({ waitUntil: 'networkidle' });
      await page.getByRole('button', { name: new RegExp(screens.title.continue) }).click();
      await week(2).waitFor();
      await page.getByText(run.week.settings, { exact: true }).click();
      expect(await setting.isChecked()).toBe(false);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await pressShortcut(page);
      expect(await week(2).isVisible()).toBe(true);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
