// The facilitator's learning check on the built site, with codes built by the game's own encoder:
// four checked codes say the room needs at least five and show nothing else; six show the
// before and after, Hake's gain and the per-question bars; a mixed room (runs without a check,
// later codes) shows the same figures with retention; the check's anonymous answers download as
// CSV and ride in the JSON. Axe clean in four languages, desktop and phone width.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import roomcheckDe from '../../src/i18n/locales/de/roomcheck.json';
import workshopDe from '../../src/i18n/locales/de/workshop.json';
import roomcheckEn from '../../src/i18n/locales/en/roomcheck.json';
import workshopEn from '../../src/i18n/locales/en/workshop.json';
import roomcheckEs from '../../src/i18n/locales/es/roomcheck.json';
import workshopEs from '../../src/i18n/locales/es/workshop.json';
import roomcheckJa from '../../src/i18n/locales/ja/roomcheck.json';
import workshopJa from '../../src/i18n/locales/ja/workshop.json';
import { checkedCodes, laterCodes, ROOM_SEED, uncheckedCodes } from '../state/check-room-codes';
import { axeViolations, describeViolations } from './axe';
import { launchChromium, openPage, SCREENSHOT_DIR, screenshot } from './harness';
import { expectClean } from './play';

const en = workshopEn.facilitator;
const ck = roomcheckEn;
const fill = (text: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((t, [k, v]) => t.replaceAll(`{{${k}}}`, String(v)), text);

/** Six players' guesses: half sure of them, half not. */
const six = checkedCodes(6, (i) => ({ features: 40 + i, incidents: 3, confidence: i < 3 ? 5 : 2 }));

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function showRoom(page: Page, label: string, show: string, codes: readonly string[]) {
  await page.getByLabel(label).fill(codes.map((c, i) => `Team ${i + 1} ${c}`).join('\n'));
  await page.getByRole('button', { name: show }).click();
  await expect.poll(() => page.locator('.vt-fac-count, .vt-fac-empty').count()).toBeGreaterThan(0);
}

async function expectAxeClean(page: Page, where: string): Promise<void> {
  expect(describeViolations(where, await axeViolations(page))).toBe('');
}

/** The section fits its width: nothing scrolls sideways, the bars' table included. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const over = await page
    .locator('.vt-fac-check')
    .evaluate((sec) => sec.scrollWidth - sec.clientWidth);
  expect(over).toBeLessThanOrEqual(1);
}

describe("the room's learning check", () => {
  it('needs five checked codes, then shows the gain and each question, in a mixed room too', async () => {
    const base = inject('baseUrl');
    const opened = await openPage(browser, `${base}?view=facilitator&lang=en`, {
      width: 1280,
      height: 900,
    });
    const { page } = opened;
    try {
      await page.getByRole('radio', { name: new RegExp(en.preset.five.name) }).check();
      await page.getByLabel(en.seed).fill(String(ROOM_SEED));
      await page.getByLabel(en.seed).press('Tab');
      const section = page.locator('.vt-fac-check');

      // Four: how many more, and no figure at all.
      await showRoom(page, en.codesLabel, en.show, six.slice(0, 4));
      await section.waitFor();
      expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe(ck.heading);
      expect(await section.locator('.vt-ck-toofew').textContent()).toBe(
        fill(ck.tooFew_one, { count: 1 }),
      );
      expect(await section.textContent()).toContain('need at least five');
      for (const none of [
        '.vt-ck-figures',
        '.vt-ck-items',
        '.vt-ck-prediction',
        '.vt-ck-attribution',
      ])
        expect(await section.locator(none).count(), none).toBe(0);
      // With nothing to export, no check download is offered.
      expect(await page.getByRole('button', { name: ck.csv }).count()).toBe(0);
      await expectAxeClean(page, 'four codes');
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, 'workshop-check-desktop-1-four');

      // Six: before 15 of 36 right, after 27 of 36, g = 4/7; every question with its bars.
      await showRoom(page, en.codesLabel, en.show, six);
      await section.locator('.vt-ck-figures').waitFor();
      const values = await section.locator('.vt-ck-value').allTextContents();
      expect(values).toEqual([
        fill(ck.correct, { value: '42%' }),
        fill(ck.correct, { value: '75%' }),
        '0.57',
      ]);
      expect(await section.locator('.vt-ck-sub').count()).toBe(3);
      expect(await section.locator('.vt-ck-explain').textContent()).toBe(ck.gainExplain);
      const rows = section.locator('.vt-ck-items tbody tr');
      expect(await rows.count()).toBe(6);
      expect(await section.locator('.vt-ck-items svg.vt-ck-bar').count()).toBe(12);
      // Stock and flow: everyone right before and after; transfer: no one before, one in six after.
      expect(await rows.first().locator('td').allTextContents()).toEqual(['100%', '100%', '0']);
      expect(await rows.last().locator('td').allTextContents()).toEqual(['0%', '17%', '+17']);
      expect(await section.locator('.vt-ck-attribution').textContent()).toContain('50% before');
      expect(await section.locator('.vt-ck-prediction li').count()).toBe(2);
      expect(await section.locator('.vt-ck-honest[role="note"] h3').textContent()).toBe(
        ck.honestHeading,
      );
      await expectAxeClean(page, 'six codes');
      await expectNoSidewaysScroll(page);

      // Mixed: three runs without a check and five later codes beside the six.
      await showRoom(page, en.codesLabel, en.show, [
        ...uncheckedCodes(3),
        ...six,
        ...laterCodes(5),
      ]);
      await expect.poll(() => page.locator('.vt-fac-ranking tbody tr').count()).toBe(9);
      expect(await page.locator('.vt-fac-refused').count()).toBe(0);
      expect(await section.locator('.vt-ck-counts').textContent()).toBe(
        [
          fill(ck.checked_other, { count: 6, runs: 9 }),
          fill(ck.paired_other, { count: 6 }),
          fill(ck.later_other, { count: 5 }),
        ].join(' '),
      );
      expect(await section.locator('.vt-ck-value').allTextContents()).toEqual(values);
      const kept = await section.locator('.vt-ck-retention').textContent();
      expect(kept).toContain(fill(ck.retentionKept, { kept: '75%' }));
      expect(kept).toContain('67% correct');
      await expectAxeClean(page, 'mixed room');
      await page.setViewportSize({ width: 1280, height: 2400 });
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, 'workshop-check-desktop-2-mixed');
      await section.screenshot({
        path: join(SCREENSHOT_DIR, 'workshop-check-desktop-3-section.png'),
      });

      // The check's answers, anonymous, as a spreadsheet of their own and in the room's JSON.
      const [csvDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: ck.csv }).click(),
      ]);
      expect(csvDownload.suggestedFilename()).toMatch(/-check\.csv$/);
      const csv = readFileSync(await csvDownload.path(), 'utf8')
        .trim()
        .split('\n');
      expect(csv[0]).toBe('respondent,item,form,sitting,choice,correct');
      expect(csv).toHaveLength(1 + 6 * 2 * 6 + 5 * 6);
      expect(csv.join('\n')).not.toContain('Team');
      const [jsonDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: en.json }).click(),
      ]);
      const json = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
      expect(json.check).toHaveLength(6 * 2 * 6 + 5 * 6);
      expect(json.later).toHaveLength(5);

      // Phone width: the section reflows, nothing scrolls sideways.
      await page.setViewportSize({ width: 360, height: 3600 });
      await expectNoSidewaysScroll(page);
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, 'workshop-check-phone-2-mixed');
      await section.screenshot({
        path: join(SCREENSHOT_DIR, 'workshop-check-phone-3-section.png'),
      });
      await expectAxeClean(page, 'mixed room, phone');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  }, 180_000);

  it.each([
    { lang: 'de', workshop: workshopDe, check: roomcheckDe, gain: '0,57' },
    { lang: 'es', workshop: workshopEs, check: roomcheckEs, gain: '0,57' },
    { lang: 'ja', workshop: workshopJa, check: roomcheckJa, gain: '0.57' },
  ])(
    'reads in $lang, axe clean, desktop and phone',
    async ({ lang, workshop, check, gain }) => {
      const base = inject('baseUrl');
      const opened = await openPage(browser, `${base}?view=facilitator&lang=${lang}`, {
        width: 1280,
        height: 900,
      });
      const { page } = opened;
      try {
        const f = workshop.facilitator;
        await page.getByRole('heading', { level: 1, name: f.heading }).waitFor();
        await showRoom(page, f.codesLabel, f.show, [
          ...six,
          ...uncheckedCodes(1),
          ...laterCodes(2),
        ]);
        const section = page.locator('.vt-fac-check');
        await section.locator('.vt-ck-figures').waitFor();
        expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe(check.heading);
        expect(await section.locator('.vt-ck-figure.is-gain .vt-ck-value').textContent()).toBe(
          gain,
        );
        expect(await section.locator('.vt-ck-items tbody th').allTextContents()).toEqual(
          Object.values(check.item),
        );
        expect(await section.locator('.vt-ck-retention').textContent()).toContain('3');
        await expectAxeClean(page, `room ${lang}`);
        await section.scrollIntoViewIfNeeded();
        await screenshot(page, `workshop-check-desktop-${lang}`);
        // The longest words of each language still fit a phone's width.
        await page.setViewportSize({ width: 360, height: 3600 });
        await expectNoSidewaysScroll(page);
        await section.screenshot({
          path: join(SCREENSHOT_DIR, `workshop-check-phone-${lang}-section.png`),
        });
        expectClean(opened);
      } finally {
        await opened.close();
      }
    },
    120_000,
  );
});

describe("the room's setup and the check weeks later", () => {
  it('puts the check in the room link by preset and by hand, and offers the later link with its QR', async () => {
    const opened = await openPage(
      browser,
      `${inject('baseUrl')}?view=facilitator&lang=en`,
      { width: 1280, height: 720 },
      { bypassCSP: true, reducedMotion: 'reduce' },
    );
    const { page } = opened;
    try {
      // The room's link, alone under its class (the later link has its own).
      const link = page.locator('.vt-fac-roomlink');
      const check = page.getByRole('checkbox', { name: new RegExp(en.check) });
      const preset = (name: string) => page.getByRole('radio', { name: new RegExp(name) }).check();
      await preset(en.preset.twenty.name);
      await expect.poll(() => check.isChecked()).toBe(true);
      expect(await link.getAttribute('href')).toContain('check=1');
      const later = page.locator('.vt-fac-later');
      expect(await later.locator('a').getAttribute('href')).toContain('check=later');
      expect(await later.locator('svg').getAttribute('aria-label')).toBe(en.laterQrLabel);
      await later.scrollIntoViewIfNeeded();
      await screenshot(page, 'workshop-later-link');
      await page.getByRole('checkbox', { name: new RegExp(en.check) }).uncheck();
      await expect.poll(async () => (await link.getAttribute('href')) ?? '').not.toContain('check');
      expect(await page.locator('.vt-fac-later').count()).toBe(0);
      await preset(en.preset.five.name);
      await expect.poll(() => check.isChecked()).toBe(false);
      await preset(en.preset.session.name);
      await expect.poll(() => check.isChecked()).toBe(true);
      await expectAxeClean(page, 'setup with the check');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
