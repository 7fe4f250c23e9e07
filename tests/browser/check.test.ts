// The learning check as a player meets it (issue 15), at phone size (360 x 640) in all four
// languages: a run from a link with `?check=1` asks six questions before week 1, answered by
// keyboard alone; the run plays; the prediction comes before the debrief; the debrief offers the
// other form, answered by keyboard too; then the player's before/after, each item with the right
// answer and the part of their run that showed it. Skipping from the title's "Check what you know"
// keeps the run. axe at each step; each step photographed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHECK_ITEMS } from '../../src/content/learning-check.ts';
import { readCode } from '../../src/content/results-code.ts';
import enScreens from '../../src/i18n/locales/en/screens.json';
import { axeViolations, describeViolations } from './axe';
import {
  actAndWaitClosed,
  launchChromium,
  type OpenedPage,
  openPage,
  screenshot,
  waitForState,
} from './harness';
import { expectClean, getPastDialog, passBrief } from './play';

const PHONE = { width: 360, height: 640 } as const;
const LANGUAGES = ['en', 'de', 'es', 'ja'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function open(path: string): Promise<OpenedPage> {
  return openPage(browser, `${inject('baseUrl')}${path}`, PHONE, {
    bypassCSP: true,
    reducedMotion: 'reduce',
  });
}

async function expectAccessible(page: Page, where: string): Promise<void> {
  expect(describeViolations(where, await axeViolations(page))).toBe('');
}

/** Nothing of the page reaches past the phone's width. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The element with focus, as class names and tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a ? `${a.tagName.toLowerCase()}.${a.className}` : '';
  });

/**
 * Answers the open sitting by keyboard alone: Tab into each item's radio group (its first option
 * takes focus), the arrow key `picks[k]` times to choose, then Tab to Done and Enter.
 */
async function answerByKeyboard(page: Page, picks: readonly number[]): Promise<void> {
  const dialog = page.locator('dialog.vt-check[open]');
  for (const [k, pick] of picks.entries()) {
    await page.keyboard.press('Tab');
    const item = dialog.locator('.vt-check-item').nth(k);
    expect(await item.evaluate((set) => set.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Space');
    for (let i = 0; i < pick; i++) await page.keyboard.press('ArrowDown');
    expect(await item.locator('input:checked').count()).toBe(1);
  }
  await page.keyboard.press('Tab');
  expect(await focused(page)).toContain('vt-check-done');
  await actAndWaitClosed(dialog, 'the check', () => page.keyboard.press('Enter'));
}

/** Plays weeks (getting past cards and reviews) until the prediction dialog opens. */
async function playToPrediction(page: Page): Promise<void> {
  const predict = page.locator('dialog.vt-predict[open]');
  for (let i = 0; i < 80 && !(await predict.isVisible()); i++) {
    if ((await page.locator('dialog[open]').count()) > 0) await getPastDialog(page);
    else await page.locator('.vt-play').click();
  }
  await predict.waitFor({ timeout: 2000 });
}

/** The item whose right answer sits at index `k` of the form's order: the picks to choose it. */
async function rightPicks(page: Page): Promise<number[]> {
  const dialog = page.locator('dialog.vt-check[open]');
  const picks: number[] = [];
  for (const item of CHECK_ITEMS) {
    const values = await dialog
      .locator(`fieldset[data-item="${item.id}"] input`)
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    picks.push(values.indexOf(item.right));
  }
  return picks;
}

describe.each(LANGUAGES)('the learning check in %s at phone size', (lang) => {
  const shot = (page: Page, name: string) => screenshot(page, `check-${lang}-${name}`);

  it('is answered, played through, predicted and answered again, by keyboard', async () => {
    const opened = await open(`?scenario=mandate&seed=11&weeks=12&check=1&lang=${lang}`);
    const { page } = opened;
    try {
      await page.locator('dialog.vt-brief[open]').waitFor();
      await passBrief(page, { hints: false });
      const before = page.locator('dialog.vt-check[open]');
      await before.waitFor();
      // Opened as the run's other dialogs open: its heading has focus, read from the top.
      expect(await focused(page)).toContain('vt-dialog-title');
      expect(await before.locator('.vt-check-item').count()).toBe(CHECK_ITEMS.length);
      // The bathtub chart, drawn from the item's data, named in words.
      const chart = before.locator('.vt-check-svg');
      expect(await chart.getAttribute('role')).toBe('img');
      expect((await chart.getAttribute('aria-label'))?.length).toBeGreaterThan(20);
      await expectAccessible(page, `${lang}: before`);
      await shot(page, 'before');
      // "Not sure" on everything but the first item, which takes its first option.
      const notSure = CHECK_ITEMS.map((i) => i.forms.A.order.length);
      await answerByKeyboard(page, [0, ...notSure.slice(1)]);
      // The run waits for nothing more: week 1 plays.
      await playToPrediction(page);
      const predict = page.locator('dialog.vt-predict[open]');
      expect(await focused(page)).toContain('vt-check-number');
      await expectAccessible(page, `${lang}: prediction`);
      await shot(page, 'prediction');
      await page.keyboard.type('30');
      await page.keyboard.press('Tab');
      await page.keyboard.type('4');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toContain('vt-check-done');
      await actAndWaitClosed(predict, 'the prediction', () => page.keyboard.press('Enter'));
      // A 12-week run ends between reviews: the board's closing verdict, then the debrief.
      for (let i = 0; i < 4 && (await page.locator('dialog[open]').count()) > 0; i++) {
        await getPastDialog(page);
      }
      const section = page.locator('.vt-check-sec');
      await section.waitFor();
      expect(await section.locator('.vt-check-guess').textContent()).toMatch(/30/);
      const offer = section.locator('.vt-check-after');
      await offer.focus();
      await page.keyboard.press('Enter');
      const after = page.locator('dialog.vt-check[open]');
      await after.waitFor();
      expect(await focused(page)).toContain('vt-dialog-title');
      await expectAccessible(page, `${lang}: after`);
      await shot(page, 'after');
      await answerByKeyboard(page, await rightPicks(page));
      // Focus goes to the before/after, drawn in place of the offer.
      await waitForState(
        page,
        'the before/after to take focus',
        () => document.activeElement?.closest('.vt-check-sec') !== null,
        null,
      );
      const results = section.locator('.vt-check-result');
      expect(await results.count()).toBe(CHECK_ITEMS.length);
      expect(await section.locator('.vt-check-right').count()).toBe(CHECK_ITEMS.length);
      expect(await section.locator('.vt-check-run').count()).toBe(CHECK_ITEMS.length);
      // Under them, the way to the check weeks later, in the player's language.
      const later = await section.locator('.vt-check-later a').getAttribute('href');
      expect(later).toContain('check=later');
      expect(later).toContain(`lang=${lang}`);
      await section.scrollIntoViewIfNeeded();
      await expectAccessible(page, `${lang}: before/after`);
      await shot(page, 'results');
      await expectNoSidewaysScroll(page);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});

describe('the title offers the check once, and skipping keeps the run', () => {
  it('starts a run with the check from the title, skips it, and plays week 1', async () => {
    const opened = await open('?lang=en');
    const { page } = opened;
    try {
      const offer = page.getByRole('button', { name: enScreens.title.checkOffer });
      expect(await offer.count()).toBe(1);
      await shot(page);
      await offer.focus();
      await page.keyboard.press('Enter');
      const dialog = page.locator('dialog.vt-check[open]');
      await dialog.waitFor();
      await dialog.locator('.vt-check-skip').focus();
      await actAndWaitClosed(dialog, 'the check', () => page.keyboard.press('Enter'));
      const week = await page.locator('.vt-week').textContent();
      await page.locator('.vt-play').click();
      await waitForState(
        page,
        'week 1 to be played',
        (was) =>
          document.querySelector('.vt-week')?.textContent !== was ||
          document.querySelector('dialog[open]') !== null,
        week,
      );
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('keeps the offer inside the new-run form on a laptop, beside Start', async () => {
    const opened = await openPage(browser, `${inject('baseUrl')}?lang=de`, DESKTOP, {
      bypassCSP: true,
      reducedMotion: 'reduce',
    });
    const { page } = opened;
    try {
      const offer = page.locator('.vt-title-check-offer');
      await offer.waitFor();
      const [form, start, link] = await Promise.all(
        ['.vt-title-start', '.vt-title-start .vt-btn-primary', '.vt-title-check-offer'].map((sel) =>
          page.locator(sel).boundingBox(),
        ),
      );
      await screenshot(page, 'check-title-desktop-de');
      expect(form && start && link).toBeTruthy();
      if (!form || !start || !link) return;
      // Beside Start, inside the form, and in the window with it.
      expect(link.x).toBeGreaterThanOrEqual(start.x + start.width);
      expect(link.y + link.height).toBeLessThanOrEqual(form.y + form.height);
      expect(link.height).toBeGreaterThanOrEqual(24);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});

const DESKTOP = { width: 1280, height: 720 } as const;
const shot = (page: Page) => screenshot(page, 'check-title');

// The check taken alone, weeks after a session (`?check=later`, the debrief's and the handout's
// link): six questions by keyboard, then the player's answers with the right ones, and a code the
// game's own reader takes as a later check carrying exactly those answers.
describe.each(['en', 'ja'] as const)('the check weeks later in %s at phone size', (lang) => {
  it('is answered by keyboard and gives a later code with those answers', async () => {
    const opened = await open(`?check=later&lang=${lang}`);
    const { page } = opened;
    try {
      const screen = page.locator('.vt-later');
      await screen.locator('.vt-check-item').first().waitFor();
      // Opened as any screen: its heading has focus, and no run started behind it.
      expect(await focused(page)).toContain('vt-later-h1');
      expect(await page.locator('.vt-run, dialog[open]').count()).toBe(0);
      expect(await screen.locator('.vt-check-item').count()).toBe(CHECK_ITEMS.length);
      await expectAccessible(page, `${lang}: later`);
      await screenshot(page, `check-later-${lang}-questions`);
      // The first item's second option, "not sure" on the second, the rest left unanswered.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      const first = await screen.locator('.vt-check-item').nth(0).locator('input:checked');
      const firstChoice = await first.getAttribute('value');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      const notSure = CHECK_ITEMS[1]?.forms.A.order.length ?? 0;
      for (let i = 0; i < notSure; i++) await page.keyboard.press('ArrowDown');
      await screen.locator('.vt-check-done').focus();
      await page.keyboard.press('Enter');
      const field = screen.locator('.vt-later-code input');
      await field.waitFor();
      // Focus moves to the results, read from their heading.
      await waitForState(
        page,
        'the results to take focus',
        () => document.activeElement?.tagName === 'H2',
        null,
      );
      expect(await screen.locator('.vt-check-result').count()).toBe(CHECK_ITEMS.length);
      const read = readCode((await field.inputValue()) ?? '');
      expect(read.ok && 'later' in read).toBe(true);
      if (!read.ok || !('later' in read)) return;
      expect(read.later.answers).toEqual([
        { item: CHECK_ITEMS[0]?.id, choice: firstChoice },
        { item: CHECK_ITEMS[1]?.id, choice: 'not-sure' },
      ]);
      await expectAccessible(page, `${lang}: later results`);
      await screenshot(page, `check-later-${lang}-results`);
      await expectNoSidewaysScroll(page);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
