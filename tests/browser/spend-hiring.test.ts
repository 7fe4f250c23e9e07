// Spend as it really is, and hiring that answers (issue 18), on the built site in English and
// German at desktop and phone sizes: a 12-week mandate run at 100% with the leaderboard and
// crunch goes over budget and the week bar's spend line says so; its breakdown opens by keyboard
// and its lines add up to the total; the debrief's overrun lines add up to the overrun; a hire
// shows as on the way with its weeks (one person in the singular), and the short run warns that
// seniors come too late.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import deRun from '../../src/i18n/locales/de/run.json';
import enRun from '../../src/i18n/locales/en/run.json';
import { axeViolations, describeViolations } from './axe';
import { deadline, launchChromium, openPage, screenshot } from './harness';
import { actAndWaitWeek, expectClean, getPastDialog } from './play';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const TEXT = { en: enRun, de: deRun } as const;
const CASES = [
  { lang: 'en', width: 1280, height: 720 },
  { lang: 'en', width: 360, height: 640 },
  { lang: 'de', width: 1280, height: 720 },
  { lang: 'de', width: 360, height: 640 },
] as const;

/** A whole-dollar amount as Intl printed it, in either language ("$1,234", "-1.234 $"). */
function dollars(text: string | null): number {
  const t = text ?? '';
  const n = Number(t.replace(/[^\d]/g, ''));
  return /[-−]/.test(t) ? -n : n;
}

/** The table's rows' amounts in one column, and its total row's. */
async function column(table: Locator, index: number): Promise<{ rows: number[]; total: number }> {
  const rows = (await table.locator(`tbody tr td:nth-of-type(${index})`).allTextContents()).map(
    dollars,
  );
  const total = dollars(await table.locator(`tfoot td:nth-of-type(${index})`).textContent());
  return { rows, total };
}

/** Plays one week by the Play button, getting past any dialog first; false once the run is over. */
async function playWeek(page: Page): Promise<boolean> {
  for (let i = 0; i < 6 && (await page.locator('dialog[open]').count()) > 0; i++) {
    await getPastDialog(page);
  }
  if ((await page.locator('.vt-week').count()) === 0) return false;
  await actAndWaitWeek(page, () => page.locator('.vt-play').click());
  return (await page.locator('.vt-run').count()) > 0;
}

describe('spend to date and the hiring outlook', () => {
  it.each(CASES)('in $lang at $width x $height', async ({ lang, width, height }) => {
    const t = TEXT[lang];
    const tag = `${lang}-${width}x${height}`;
    const opened = await openPage(
      browser,
      `${inject('baseUrl')}?scenario=mandate&seed=5&weeks=12&lang=${lang}`,
      { width, height },
      { bypassCSP: true, reducedMotion: 'reduce' },
    );
    const { page } = opened;
    try {
      await page.locator('.vt-run').waitFor();
      for (let i = 0; i < 4 && (await page.locator('dialog[open]').count()) > 0; i++) {
        await getPastDialog(page);
      }
      // On a phone the decisions are a tab of their own.
      const decisionsTab = page.locator('.vt-tab[aria-controls$="-panel-decisions"]');
      if (await decisionsTab.isVisible()) await decisionsTab.click();
      // Before any money is spent, the short run says seniors come too late.
      const senior = page.locator('.vt-hiring-timing li[data-level="senior"]');
      await expect.poll(() => senior.getAttribute('class')).toContain('is-late');
      const lateNote = t.hiring.productiveAfterEnd.replace('{{weeks}}', '12');
      expect(await senior.textContent()).toContain(lateNote);

      // One senior asked for is said in the singular ("1 senior arrives"), five in the plural.
      const hire = page.locator('.vt-staffing tbody tr').nth(2).locator('input').first();
      const asked = page.locator('.vt-hiring-way li[data-kind="requested"]');
      const says = (form: 'one' | 'other', count: number) =>
        t.hiring.stage[`requested_${form}`]
          .replace('{{people}}', t.hiring.people[`senior_${form}`].replace('{{count}}', `${count}`))
          .replace('{{arrival}}', '10')
          .replace('{{productive}}', '20');
      await hire.fill('1');
      await expect.poll(() => asked.textContent()).toContain(says('one', 1));
      // Five seniors asked for: on the way, with the weeks they arrive and are productive.
      await hire.fill('5');
      await expect.poll(() => asked.textContent()).toContain(says('other', 5));
      expect(await asked.textContent()).toMatch(/10.*20/);
      await asked.scrollIntoViewIfNeeded();
      await screenshot(page, `spend18-hire-asked-${tag}`);

      // The run: mandate at 100%, the leaderboard, crunch.
      await page.locator('.vt-lever[data-lever="aiMandate"] input').fill('100');
      await page.locator('.vt-lever[data-lever="leaderboard"] input').check();
      await page.locator('.vt-lever[data-lever="deadlinePressure"] input[value="crunch"]').check();

      const box = page.locator('.vt-spend');
      expect(await box.getAttribute('data-state')).toBe('none');
      expect(await playWeek(page)).toBe(true);
      const onTheWay = page.locator('.vt-hiring-way li[data-kind="hiring"]');
      await onTheWay.first().waitFor();
      expect(await onTheWay.first().textContent()).toMatch(/10.*20/);

      const states = [await box.getAttribute('data-state')];
      let overShot = false;
      for (let w = 0; w < 14; w++) {
        const state = await box.getAttribute('data-state');
        if (state !== states[states.length - 1]) states.push(state);
        if (!overShot && (state === 'over' || state === 'warning')) {
          overShot = true;
          // The state is in words, not colour alone.
          expect(await page.locator('.vt-spend-state').textContent()).toBe(
            t.spend.state[state as 'over' | 'warning'],
          );
          // The breakdown opens by keyboard, and its lines add up to the totals shown.
          await page.locator('.vt-spend-summary').focus();
          await page.keyboard.press('Enter');
          await expect.poll(() => box.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
          const table = page.locator('.vt-spend-table');
          await table.waitFor();
          for (const col of [1, 2]) {
            const { rows, total } = await column(table, col);
            expect(rows.reduce((a, b) => a + b, 0)).toBe(total);
          }
          const line = await page.locator('.vt-spend-line').textContent();
          const runTotal = await table.locator('tfoot td').nth(1).textContent();
          expect(line).toContain(runTotal?.trim());
          const violations = await axeViolations(page);
          expect(violations, describeViolations(`spend ${tag}`, violations)).toEqual([]);
          await screenshot(page, `spend18-breakdown-${tag}`);
          await page.keyboard.press('Escape');
          await expect.poll(() => box.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
        }
        if (!(await playWeek(page))) break;
      }
      expect(overShot, `states seen: ${states.join(', ')}`).toBe(true);

      // The debrief explains the overrun line by line, adding up to it.
      for (let i = 0; i < 30 && (await page.locator('.vt-debrief').count()) === 0; i++) {
        if (!(await playWeek(page))) break;
      }
      const overrun = page.locator('.vt-debrief-overrun');
      await deadline('the debrief overrun', overrun.waitFor());
      const table = overrun.locator('table');
      const { rows, total } = await column(table, 1);
      expect(total).toBeGreaterThan(0);
      expect(rows.reduce((a, b) => a + b, 0)).toBe(total);
      await overrun.scrollIntoViewIfNeeded();
      await screenshot(page, `spend18-debrief-${tag}`);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
