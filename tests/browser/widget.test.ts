// The queue widget on the built site (`?widget=queue`): it fits frames from 320 x 240 to
// 800 x 600 with no scrollbars, loads none of the game's screens and no Phaser, its sliders
// work by keyboard and change what the chart shows, and it respects reduced motion.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import run from '../../src/i18n/locales/en/run.json';
import widget from '../../src/i18n/locales/en/widget.json';
import { launchChromium, openPage, screenshot, waitPastPageTimer } from './harness';
import { expectClean } from './play';

const q = widget.queue;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Every script and style the page fetched, by file name. */
const fetched = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname.split('/').pop() ?? ''),
  );

const weekText = (week: number, weeks: number) =>
  q.week.replace('{{week}}', String(week)).replace('{{weeks}}', String(weeks));

async function tabTo(page: Page, target: Locator, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} by Tab`);
}

const sizes = [
  { width: 320, height: 240 },
  { width: 360, height: 560 },
  { width: 800, height: 600 },
  { width: 640, height: 360 },
  { width: 1280, height: 720 },
] as const;

describe('the queue widget', () => {
  it.each(sizes)('fits $width x $height with no scrollbars and no Phaser', async (size) => {
    const opened = await openPage(browser, `${inject('baseUrl')}?widget=queue`, size);
    try {
      const { page } = opened;
      await page.getByRole('heading', { name: q.title }).waitFor();
      await page.getByText(weekText(1, 26)).waitFor();
      const files = await fetched(page);
      expect(files.some((f) => f.startsWith('widget-main-'))).toBe(true);
      for (const heavy of ['phaser-', 'office-', 'main-']) {
        expect(
          files.filter((f) => f.startsWith(heavy)),
          heavy,
        ).toEqual([]);
      }
      const fit = await page.evaluate(() => {
        const d = document.documentElement;
        const box = document.querySelector('.vt-widget') as HTMLElement;
        const parts = [
          ...box.querySelectorAll('.vt-wg-head, .vt-wg-queue, .vt-wg-controls, .vt-wg-chart'),
        ];
        const outside = parts.filter((p) => {
          const r = p.getBoundingClientRect();
          return r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5 || r.height < 8;
        });
        return {
          scroll: [d.scrollWidth - d.clientWidth, d.scrollHeight - d.clientHeight],
          outside: outside.map((p) => p.className),
        };
      });
      expect(fit.scroll).toEqual([0, 0]);
      expect(fit.outside).toEqual([]);
      for (const name of [run.controls.aiMandate.label, run.controls.seniorReviewShare.label]) {
        expect(await page.getByRole('slider', { name }).isVisible()).toBe(true);
      }
      const link = page.getByRole('link', { name: new RegExp(q.openGame) });
      expect(await link.getAttribute('target')).toBe('_blank');
      await screenshot(page, `widget-${size.width}x${size.height}`);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('moves its levers by keyboard, and a calmer setting shows a shorter queue in the chart', async () => {
    const opened = await openPage(
      browser,
      `${inject('baseUrl')}?widget=queue&weeks=12&seed=3&speed=4`,
      {
        width: 800,
        height: 600,
      },
    );
    try {
      const { page } = opened;
      const queueValue = page.locator('.vt-wg-lane.is-queue .vt-wg-lane-value');
      const chartLabel = page.locator('.vt-wg-chart-body');
      // As the scenario sets it, played to the end by itself.
      await page.getByText(weekText(12, 12)).waitFor({ timeout: 20_000 });
      const asSet = await queueValue.textContent();
      const asSetSummary = await chartLabel.getAttribute('aria-label');
      expect(await page.getByRole('button', { name: q.play }).isDisabled()).toBe(true);

      // The reader lowers the mandate and gives review more senior time, by keyboard alone.
      const mandate = page.getByRole('slider', { name: run.controls.aiMandate.label });
      await tabTo(page, mandate);
      await page.keyboard.press('Home');
      expect(await mandate.inputValue()).toBe('0');
      expect(await mandate.getAttribute('aria-valuetext')).toBe('0%');
      const review = page.getByRole('slider', { name: run.controls.seniorReviewShare.label });
      await page.keyboard.press('Tab');
      expect(await review.evaluate((el) => el === document.activeElement)).toBe(true);
      for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
      expect(await review.inputValue()).toBe('60');

      const restart = page.getByRole('button', { name: q.restart });
      await tabTo(page, restart);
      await page.keyboard.press('Enter');
      await page.getByText(weekText(12, 12)).waitFor({ timeout: 20_000 });
      const calmer = await queueValue.textContent();
      expect(calmer).not.toBe(asSet);
      expect(await chartLabel.getAttribute('aria-label')).not.toBe(asSetSummary);
      const lines = (s: string | null) =>
        Number((s ?? '').replace(/[^\d.]/g, '')) * (/K/.test(s ?? '') ? 1000 : 1);
      expect(lines(calmer)).toBeLessThan(lines(asSet));
      // The live region told a screen reader how the run ended.
      const live = await page.locator('[aria-live="polite"]').textContent();
      expect(live).toContain(q.announceEnd.split('{{')[0]?.trim() ?? '');
      await screenshot(page, 'widget-after-keyboard-800x600');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('pauses from the keyboard, and under reduced motion waits for Play', async () => {
    const opened = await openPage(browser, `${inject('baseUrl')}?widget=queue`, {
      width: 360,
      height: 560,
    });
    try {
      const { page } = opened;
      const pause = page.getByRole('button', { name: q.pause });
      await tabTo(page, pause);
      await page.keyboard.press('Space');
      const play = page.getByRole('button', { name: q.play });
      await play.waitFor();
      const week = await page.locator('.vt-wg-week').textContent();
      // Nothing happening is the point here: playing, the widget's timer moves a week on 1.6 s
      // after the last; a timer of the page's own set now for 2.5 s fires after it would.
      await waitPastPageTimer(page, 2500, "the widget's next week");
      expect(await page.locator('.vt-wg-week').textContent()).toBe(week);
      expect(await page.locator('[aria-live="polite"]').textContent()).toMatch(/\d/);

      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.reload({ waitUntil: 'networkidle' });
      await page.getByRole('button', { name: q.play }).waitFor();
      await waitPastPageTimer(page, 2500, "the widget's first week, were it playing");
      expect(await page.locator('.vt-wg-week').textContent()).toBe(q.weekZero);
      await page.getByRole('button', { name: q.play }).click();
      await page.getByText(weekText(1, 26)).waitFor();
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('speaks the language it is given', async () => {
    const opened = await openPage(browser, `${inject('baseUrl')}?widget=queue&lang=ja`, {
      width: 360,
      height: 560,
    });
    try {
      await opened.page.getByRole('heading', { name: 'レビューキュー' }).waitFor();
      expect(await opened.page.locator('.vt-widget').getAttribute('lang')).toBe('ja');
      await screenshot(opened.page, 'widget-ja-360x560');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
