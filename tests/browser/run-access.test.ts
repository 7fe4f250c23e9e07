// The run screen for players who cannot see the picture, need it still, or play on a phone:
// reduced motion (the system's and the game's) stops the office floor at once; the office floor
// has a text alternative that follows the weeks; the week's outcome is announced once a week;
// autoplay pauses; and on a phone a hint never covers the panels it points at.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HINTS } from '../../src/content/hints.ts';
import access from '../../src/i18n/locales/en/access.json';
import run from '../../src/i18n/locales/en/run.json';
import { launchChromium, openPage, screenshot, waitFrames, waitPastPageTimer } from './harness';
import { expectClean, getPastDialog, startRun as startFromTitle } from './play';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A run started from the title, with the office floor drawn. */
async function startRun(page: Page, weeks: 12 | 26 = 12): Promise<void> {
  await startFromTitle(page, weeks);
  // Attached, not shown: on a phone the first hint opens the Decisions tab it points at.
  await page.locator('.vt-office-floor canvas').waitFor({ state: 'attached' });
}

/** Answers whatever dialog is open: a card with its first choice, anything else with Escape. */
async function answerDialogs(page: Page): Promise<void> {
  for (let i = 0; i < 4 && (await page.locator('dialog[open]').count()) > 0; i++) {
    await getPastDialog(page);
  }
}

/** Plays one week and answers what it brought, so the run screen is free again. */
async function playWeek(page: Page): Promise<void> {
  await answerDialogs(page);
  const before = await page.locator('.vt-week').textContent();
  await page.getByRole('button', { name: run.week.play }).click();
  await expect.poll(() => page.locator('.vt-week').textContent()).not.toBe(before);
  await answerDialogs(page);
}

const motionOf = (page: Page) => page.locator('.vt-office-floor').getAttribute('data-motion');
const loopOf = (page: Page) => page.locator('.vt-office-floor').getAttribute('data-loop');

/**
 * The office canvas draws at its floor's size: its pixels are as many as the floor is wide (at
 * this page's pixel ratio of 1). Its CSS size follows the floor by itself; its pixels only when
 * Phaser takes the new size, which a sleeping loop would not.
 */
const canvasFitsFloor = (page: Page) =>
  page.evaluate(() => {
    const floor = document.querySelector('.vt-office-floor');
    const canvas = floor?.querySelector('canvas');
    if (!floor || !canvas) return false;
    return Math.abs(canvas.width - floor.clientWidth) < 2;
  });

/**
 * Two pictures of the office floor ten frames apart (a moving floor moves in every frame it
 * draws): the same bytes when nothing moves.
 */
async function floorMoves(page: Page): Promise<boolean> {
  const canvas = page.locator('.vt-office-floor canvas');
  const a = await canvas.screenshot();
  await waitFrames(page, 10);
  const b = await canvas.screenshot();
  return !a.equals(b);
}

/**
 * The floor settles (a new week or a resize redraws it once) and then stays still: an animation
 * would never give two equal pictures, so this fails on any motion at all.
 */
async function expectStill(page: Page): Promise<void> {
  await expect.poll(() => floorMoves(page), { timeout: 10_000 }).toBe(false);
  expect(await floorMoves(page)).toBe(false);
}

/** CSS animations and transitions running anywhere in the page. */
const cssAnimations = (page: Page) => page.evaluate(() => document.getAnimations().length);

describe('reduced motion', () => {
  it('keeps everything still when the system asks for less motion', async () => {
    const opened = await openPage(
      browser,
      inject('baseUrl'),
      { width: 1280, height: 720 },
      { reducedMotion: 'reduce' },
    );
    const { page } = opened;
    try {
      expect(await cssAnimations(page)).toBe(0);
      await startRun(page);
      // A still picture needs no frames once drawn: the game loop sleeps.
      await expect.poll(() => loopOf(page)).toBe('asleep');
      const floor = page.locator('.vt-office-floor canvas');
      const before = await floor.screenshot();
      await playWeek(page);
      // The week wakes the loop and is drawn on the floor's next frame.
      await waitFrames(page, 3);
      expect(await motionOf(page)).toBe('still');
      await expectStill(page);
      // The week woke it: the picture shows the week, and the loop is asleep again.
      expect((await floor.screenshot()).equals(before)).toBe(false);
      await expect.poll(() => loopOf(page)).toBe('asleep');
      expect(await cssAnimations(page)).toBe(0);
      await screenshot(page, 'motion-reduced-system-1280x720');
      // A resize wakes it too: the canvas takes the floor's new size.
      expect(await canvasFitsFloor(page)).toBe(true);
      await page.setViewportSize({ width: 1000, height: 700 });
      await expect.poll(() => canvasFitsFloor(page)).toBe(true);
      await expect.poll(() => loopOf(page)).toBe('asleep');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('stops the office at once when the setting or the system changes mid-run', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const { page } = opened;
    try {
      await startRun(page);
      await playWeek(page);
      await expect.poll(() => motionOf(page)).toBe('moving');
      expect(await floorMoves(page)).toBe(true);

      // The in-game setting: no week is played, the floor stands still at once.
      await page.getByText(run.week.settings, { exact: true }).click();
      const setting = page.getByRole('switch', { name: run.week.reducedMotion });
      await setting.check();
      expect(await motionOf(page)).toBe('still');
      await expectStill(page);
      expect(await cssAnimations(page)).toBe(0);
      await setting.uncheck();
      expect(await motionOf(page)).toBe('moving');

      // The system setting, changed while the game runs.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await expect.poll(() => motionOf(page), { timeout: 1000 }).toBe('still');
      await expectStill(page);
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await expect.poll(() => motionOf(page), { timeout: 1000 }).toBe('moving');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('lets autoplay be paused', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const { page } = opened;
    try {
      await startRun(page, 26);
      const hint = page.locator('.vt-hint');
      if (await hint.isVisible()) await hint.getByRole('button').last().click();
      await page.getByRole('combobox', { name: run.week.speed }).selectOption('4');
      const auto = page.getByRole('button', { name: run.week.autoplay });
      const week = () => page.locator('.vt-week').textContent();
      // Autoplay runs until the player pauses it (a card pauses it too: answer it and go on).
      let pausedByPlayer = false;
      for (let i = 0; i < 6 && !pausedByPlayer; i++) {
        await answerDialogs(page);
        const first = await week();
        await auto.click();
        await expect.poll(week, { timeout: 10_000 }).not.toBe(first);
        if ((await page.locator('dialog[open]').count()) > 0) continue;
        pausedByPlayer = await auto.click({ timeout: 2000 }).then(
          () => true,
          () => false,
        );
      }
      expect(pausedByPlayer).toBe(true);
      expect(await auto.getAttribute('aria-pressed')).toBe('false');
      const paused = await week();
      // Nothing happening is the point here: at speed 4 autoplay's timer plays a week 600 ms
      // after the last; a timer of the page's own set now for twice that fires after it would.
      await waitPastPageTimer(page, 1200, "autoplay's next week at speed 4");
      expect(await week()).toBe(paused);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});

describe('the office floor in words', () => {
  it('describes the organisation each week, and announces each week once', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const { page } = opened;
    try {
      await startRun(page);
      // The picture is hidden from screen readers and points at the words.
      expect(await page.locator('.vt-office-floor').getAttribute('aria-hidden')).toBe('true');
      const stage = page.locator('.vt-office-stage');
      expect(await stage.getAttribute('role')).toBe('img');
      const words = page.locator(`#${await stage.getAttribute('aria-describedby')}`);
      expect(await words.getAttribute('aria-live')).toBeNull();

      // Count every change of the live region from here on.
      await page.evaluate(() => {
        const live = document.querySelector('.vt-summary');
        const w = window as unknown as { vtLiveChanges: string[] };
        w.vtLiveChanges = [];
        if (live)
          new MutationObserver(() => w.vtLiveChanges.push(live.textContent ?? '')).observe(live, {
            childList: true,
            characterData: true,
            subtree: true,
          });
      });
      const liveChanges = () =>
        page.evaluate(() =>
          (window as unknown as { vtLiveChanges: string[] }).vtLiveChanges.filter(Boolean),
        );

      await playWeek(page);
      await expect.poll(() => words.locator('li').count()).toBe(6);
      const week1 = await words.locator('li').allTextContents();
      expect(week1[0]).toMatch(/^\d+ engineers: \d+ senior, \d+ mid-level, \d+ junior\./);
      expect(week1[2]).toMatch(/^Morale: \d+%, (low|fair|good)\.$/);
      expect(week1[3]).toMatch(
        /^Review queue: [\d,]+ lines waiting, (growing|shrinking|steady)\.$/,
      );
      // Where the week's review went, in the words the week bar's summary uses.
      expect(week1[4]).toMatch(/^Review: (review queue empty|reviewers cleared|[\d.]+ weeks? of)/);
      await expect.poll(liveChanges).toHaveLength(1);

      // Levers and settings move the store many times: nothing more is announced.
      const mandate = page.getByRole('slider', { name: run.controls.aiMandate.label });
      await mandate.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
      await page.getByRole('switch', { name: run.controls.leaderboard.label }).check();
      // The store and the views change as each key and click arrives, an announcement a frame
      // later: frames on, nothing new has been announced.
      await waitFrames(page, 5);
      expect(await liveChanges()).toHaveLength(1);

      await playWeek(page);
      await expect.poll(liveChanges).toHaveLength(2);
      await expect.poll(() => words.locator('li').allTextContents()).not.toEqual(week1);
      expect((await liveChanges())[1]).toMatch(/^Week 2: /);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});

describe('hints on a phone', () => {
  it('never cover the panels at 360 x 640', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 360, height: 640 });
    const { page } = opened;
    try {
      await startRun(page);
      const hint = page.locator('.vt-hint');
      await hint.waitFor();
      for (const tab of ['office', 'decisions', 'dashboards'] as const) {
        await page.getByRole('tab', { name: run.screen.tabs[tab] }).click();
        if (tab === 'dashboards') await playWeek(page);
        await page.locator('dialog[open]').waitFor({ state: 'detached' });
        const overlap = await page.evaluate(() => {
          const h = document.querySelector('.vt-hint')?.getBoundingClientRect();
          const body = document.querySelector('.vt-run-body')?.getBoundingClientRect();
          if (!h || !body || h.height === 0) return null;
          return Math.max(0, Math.min(h.bottom, body.bottom) - Math.max(h.top, body.top));
        });
        // Either the hint has closed, or it sits apart from the panels.
        if (overlap !== null) expect(overlap, tab).toBe(0);
        await screenshot(page, `hint-phone-360x640-${tab}`);
      }
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});

describe('what the hints point at', () => {
  it('never covers its target at 1280 x 720', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const { page } = opened;
    try {
      await startRun(page);
      let checked = 0;
      for (let week = 0; week < 8; week++) {
        const cover = await page.evaluate(() => {
          const hint = document.querySelector('.vt-hint:not([hidden])');
          const target = document.querySelector('.vt-hint-target');
          if (!hint || !target || target.closest('dialog')) return null;
          const a = hint.getBoundingClientRect();
          const b = target.getBoundingClientRect();
          return (
            Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
            Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top))
          );
        });
        if (cover !== null) {
          expect(cover, `week ${week}`).toBe(0);
          checked++;
        }
        await playWeek(page);
      }
      expect(checked).toBeGreaterThan(0);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('finds every hint a target on the run screen, ownership included', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const { page } = opened;
    try {
      await startRun(page);
      await playWeek(page);
      for (const anchor of new Set(HINTS.flatMap((h) => (h.anchor ? [h.anchor] : [])))) {
        expect(await page.locator(`[data-hint="${anchor}"]`).count(), anchor).toBeGreaterThan(0);
      }
      // Ownership is a dashboard figure in its own right, as a percentage.
      const tile = page.locator('[data-hint="ownership"]');
      expect(await tile.locator('.vt-tile-name').textContent()).toBe(access.dash.ownership);
      expect(await tile.locator('.vt-tile-value').textContent()).toMatch(/^\d+%$/);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
