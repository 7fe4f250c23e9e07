// The blog reader's frame: the game in a cross-origin sandboxed iframe at the sizes blog posts
// use. The start card fits with Start in view; a landscape frame keeps the floor, the mandate,
// Play week and the week's figures in view together; a portrait or small frame keeps its tabs
// with the floor at a third of the frame or more; "nothing is kept" is one line that goes at the
// first press; no frame scrolls; axe finds nothing. German at 320x240 for the longest words.
import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import embedDe from '../../src/i18n/locales/de/embed.json';
import runDe from '../../src/i18n/locales/de/run.json';
import embed from '../../src/i18n/locales/en/embed.json';
import run from '../../src/i18n/locales/en/run.json';
import { axeViolations } from './axe';
import { embedSetup, frameGame, inViewUnscrolled, overflow } from './embed-host';
import { screenshot } from './harness';
import { expectClean } from './play';

/** The game, the blogger's page and Chromium, shared by the file's tests. */
const env = embedSetup();

interface Size {
  readonly width: number;
  readonly height: number;
  readonly lang: 'en' | 'de';
}

const SIZES: readonly Size[] = [
  { width: 320, height: 240, lang: 'en' },
  { width: 360, height: 560, lang: 'en' },
  { width: 720, height: 405, lang: 'en' },
  { width: 960, height: 540, lang: 'en' },
  { width: 320, height: 240, lang: 'de' },
];

/** How much of the office floor's height is on screen: inside the frame and its scrolling panel. */
const floorHeight = (frame: Frame): Promise<number> =>
  frame.evaluate(() => {
    const floor = document.querySelector('.vt-office');
    if (!floor) return 0;
    let { top, bottom } = floor.getBoundingClientRect();
    top = Math.max(top, 0);
    bottom = Math.min(bottom, innerHeight);
    for (let p = floor.parentElement; p; p = p.parentElement) {
      if (getComputedStyle(p).overflowY === 'visible') continue;
      const box = p.getBoundingClientRect();
      top = Math.max(top, box.top);
      bottom = Math.min(bottom, box.bottom);
    }
    return Math.max(0, bottom - top);
  });

async function expectAxeClean(frame: Frame): Promise<void> {
  const violations = await axeViolations(frame);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

describe('the game in a blog post', () => {
  it.each(SIZES)(
    'fits a $width x $height frame in $lang, from its start card to a played week',
    async (size) => {
      const opened = await env.openHost();
      const { page } = opened;
      const name = `blog-frame-${size.width}x${size.height}-${size.lang}`;
      const shot = (step: string) => screenshot(page, `${name}-${step}`);
      try {
        const spec = { width: size.width, height: size.height, sandbox: 'allow-scripts' };
        const lang = size.lang === 'en' ? '' : `&lang=${size.lang}`;
        const frame = await frameGame(page, `${env.game.url}?embed=1${lang}`, spec);

        // The start card: the name, a line, the scenario, Start, all in view, nothing scrolled.
        await frame.locator('.vt-start-card').waitFor();
        expect(await overflow(frame)).toEqual([0, 0, 0, 0]);
        for (const part of [
          '.vt-start-card-name',
          '.vt-start-card-select',
          '.vt-start-card-start',
        ]) {
          expect(await inViewUnscrolled(frame, part), part).toBe(true);
        }
        const line = size.lang === 'de' ? embedDe.card.line : embed.card.line;
        expect(await frame.locator('.vt-start-card-line').textContent()).toBe(line);
        await expectAxeClean(frame);
        await shot('1-card');

        // Start, by keyboard as by pointer: the run opens straight on its first week.
        await frame.locator('.vt-start-card-start').click();
        await frame.locator('.vt-run').waitFor();
        // An opaque origin keeps nothing: one short line says so, over the game, not above it.
        const notice = frame.locator('.vt-notice-frame');
        await notice.waitFor();
        const noticeBox = await notice.boundingBox();
        expect(noticeBox?.height ?? 0).toBeLessThanOrEqual(40);
        expect(await notice.evaluate((n) => getComputedStyle(n).position)).toBe('fixed');
        await expect.poll(() => overflow(frame)).toEqual([0, 0, 0, 0]);
        await shot('2-run');

        const wide = size.width >= 560 && size.height <= 544;
        const words = size.lang === 'de' ? runDe : run;
        const play = frame.getByRole('button', { name: words.week.play, exact: true });
        expect(await inViewUnscrolled(frame, '.vt-weekbar .vt-play')).toBe(true);
        if (wide) {
          // The core loop together: the floor, the mandate and Play week, no tab to switch.
          expect(await frame.locator('.vt-run.vt-frame-wide').count()).toBe(1);
          expect(await floorHeight(frame)).toBeGreaterThanOrEqual(140);
          expect(await inViewUnscrolled(frame, '.vt-office')).toBe(true);
          expect(await inViewUnscrolled(frame, '[data-lever="aiMandate"] input')).toBe(true);
          expect(await inViewUnscrolled(frame, '[data-lever="seniorReviewShare"] input')).toBe(
            true,
          );
        } else {
          // Tabs, and the floor never under a third of the frame.
          expect(await floorHeight(frame)).toBeGreaterThanOrEqual(size.height / 3);
        }

        // The reader's first press clears the notice; the week plays.
        await play.click();
        await notice.waitFor({ state: 'hidden' });
        const week2 = words.week.label.replace('{{week}}', '2').replace('{{weeks}}', '12');
        await frame.locator('.vt-week').filter({ hasText: week2 }).waitFor();
        if (wide) {
          const strip = frame.locator('.vt-week-strip');
          await strip.waitFor();
          expect(await strip.locator('li').count()).toBe(3);
          expect(await inViewUnscrolled(frame, '.vt-week-strip')).toBe(true);
          // One line: the strip is no taller than its text.
          expect((await strip.boundingBox())?.height ?? 99).toBeLessThanOrEqual(24);
        }
        await frame.locator('.vt-office [data-motion]').waitFor({ timeout: 20_000 });
        expect(await overflow(frame)).toEqual([0, 0, 0, 0]);
        // The floor's key keeps to a corner of the floor in view, its name still read aloud.
        const key = frame.locator('.vt-legend summary');
        const keyBox = await key.boundingBox();
        const floorWidth = (await frame.locator('.vt-office').boundingBox())?.width ?? 0;
        const keyShare =
          ((keyBox?.width ?? 0) * (keyBox?.height ?? 0)) /
          (floorWidth * (await floorHeight(frame)));
        expect(keyShare).toBeLessThanOrEqual(1 / 16);
        expect(await key.getAttribute('aria-label')).toBe(words.legend.show);
        await expectAxeClean(frame);
        await shot('3-week');
        expectClean(opened);
      } finally {
        await opened.close();
      }
    },
  );

  it('starts from its start card by keyboard alone, picking a scenario and a length', async () => {
    const opened = await env.openHost();
    const { page } = opened;
    try {
      const spec = { width: 360, height: 560, sandbox: 'allow-scripts' };
      const frame = await frameGame(page, `${env.game.url}?embed=1`, spec);
      await frame.locator('.vt-start-card').waitFor();
      // Into the frame from the host page, as a keyboard user tabs through a post.
      await page.locator('iframe').focus();
      await page.keyboard.press('Tab');
      expect(await frame.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
      await page.keyboard.press('ArrowDown');
      const picked = await frame.locator('.vt-start-card-select').inputValue();
      expect(picked).not.toBe('mandate');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowRight');
      expect(await frame.locator('.vt-start-card-length input:checked').inputValue()).toBe('26');
      await page.keyboard.press('Tab');
      expect(await frame.evaluate(() => document.activeElement?.className)).toContain(
        'vt-start-card-start',
      );
      await page.keyboard.press('Enter');
      await frame.locator('.vt-run').waitFor();
      const week1 = run.week.label.replace('{{week}}', '1').replace('{{weeks}}', '26');
      await frame.locator('.vt-week').filter({ hasText: week1 }).waitFor();
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('keeps every decision one click away beside the floor in a landscape frame', async () => {
    const opened = await env.openHost();
    const { page } = opened;
    try {
      const spec = { width: 720, height: 405, sandbox: 'allow-scripts' };
      const frame = await frameGame(
        page,
        `${env.game.url}?embed=1&scenario=mandate&weeks=12&seed=3`,
        spec,
      );
      await frame.locator('dialog.vt-brief[open], .vt-brief').first().waitFor();
      await frame.locator('.vt-brief-start').click();
      const more = frame.locator('.vt-levers-more-toggle');
      expect(await more.getAttribute('aria-expanded')).toBe('false');
      expect(await frame.locator('[data-lever="leaderboard"]').isVisible()).toBe(false);
      await more.focus();
      await page.keyboard.press('Enter');
      expect(await more.getAttribute('aria-expanded')).toBe('true');
      await frame.locator('[data-lever="leaderboard"]').waitFor();
      // The dashboards take the decisions' place under their tab; the floor stays.
      await frame.getByRole('tab', { name: run.screen.tabs.dashboards }).click();
      await frame.locator('.vt-panel-dashboards').waitFor();
      expect(await frame.locator('.vt-panel-decisions').isVisible()).toBe(false);
      expect(await inViewUnscrolled(frame, '.vt-office')).toBe(true);
      // The tab list offers the two panels beside the floor, by arrow key as by click.
      await page.keyboard.press('ArrowRight');
      expect(await frame.locator('.vt-panel-decisions').isVisible()).toBe(true);
      await screenshot(page, 'blog-frame-720x405-more');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
