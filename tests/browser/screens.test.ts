// The title, sources and debrief screens on the built site: what a player sees at a desktop and a
// phone size, that the title is keyboard-operable, that the model card filters, and that a short
// run played through the run screen ends in a debrief with a score, findings and the what-if.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import common from '../../src/i18n/locales/en/common.json';
import run from '../../src/i18n/locales/en/run.json';
import screens from '../../src/i18n/locales/en/screens.json';
import { launchChromium, openPage, screenshot } from './harness';
import { actAndWaitWeek, expectClean } from './play';

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

/** Neither sideways nor downwards does the page itself scroll: screens scroll their own panels. */
async function pageOverflow(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => ({
    x: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    y: document.documentElement.scrollHeight - document.documentElement.clientHeight,
  }));
}

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return (
      r.width > 0 &&
      r.top >= 0 &&
      r.bottom <= window.innerHeight &&
      r.left >= 0 &&
      r.right <= window.innerWidth
    );
  }, selector);
}

/** What has focus, described well enough to tell the title's controls apart. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a) return '';
    if (a instanceof HTMLInputElement) return `${a.type}:${a.name.replace(/^vt-[a-z-]+-\d+-/, '')}`;
    return `${a.tagName.toLowerCase()}:${(a.textContent ?? '').trim().slice(0, 40)}`;
  });
}

describe('the title screen', () => {
  it.each(viewports)(
    'offers every way in at $width x $height, and Enter on Start starts a run',
    async (viewport) => {
      const opened = await openPage(browser, inject('baseUrl'), viewport);
      const { page } = opened;
      try {
        await page.getByRole('heading', { level: 1, name: common.title }).waitFor();
        expect(await page.getByText(screens.title.hook).isVisible()).toBe(true);
        for (const name of ['The mandate', 'The sign-off crunch', 'The well-run pipeline']) {
          expect(await page.getByRole('radio', { name }).count(), name).toBe(1);
        }
        expect(await page.getByRole('radio', { name: '26 weeks' }).isChecked()).toBe(true);
        // A first visit is guided by default.
        expect(
          await page.getByRole('checkbox', { name: new RegExp(screens.title.guided) }).isChecked(),
        ).toBe(true);
        expect(await inViewport(page, '.vt-title-start .vt-btn-primary')).toBe(true);
        expect(
          await page.getByRole('button', { name: new RegExp(screens.title.sandbox) }).count(),
        ).toBe(1);
        expect(
          await page.getByRole('button', { name: new RegExp(screens.title.sources) }).count(),
        ).toBe(1);
        expect(await page.getByRole('combobox', { name: screens.common.language }).count()).toBe(1);
        expect(await pageOverflow(page)).toEqual({ x: 0, y: 0 });
        await screenshot(page, `title-${viewport.name}-${viewport.width}x${viewport.height}`);

        // Keyboard only: Tab reaches the scenario, the length, the guided switch and Start.
        const seen: string[] = [];
        for (let i = 0; i < 12 && !seen.includes(`button:${screens.title.start}`); i++) {
          await page.keyboard.press('Tab');
          seen.push(await focused(page));
        }
        expect(seen).toContain('radio:scenario');
        expect(seen).toContain('radio:weeks');
        expect(seen).toContain('checkbox:');
        expect(seen).toContain(`button:${screens.title.start}`);
        // The focused control shows it has focus.
        const outline = await page.evaluate(
          () => getComputedStyle(document.activeElement as Element).outlineStyle,
        );
        expect(outline).not.toBe('none');
        await page.keyboard.press('Enter');
        await page.getByRole('button', { name: run.week.play }).waitFor({ timeout: 10_000 });
        expect(await page.getByRole('heading', { level: 1, name: common.title }).count()).toBe(0);
        expectClean(opened);
      } finally {
        await opened.close();
      }
    },
  );
});

describe('the sources screen', () => {
  it.each(viewports)(
    'lists the facts and filters the model card at $width x $height',
    async (viewport) => {
      const opened = await openPage(browser, inject('baseUrl'), viewport);
      const { page } = opened;
      try {
        await page.getByRole('button', { name: new RegExp(screens.title.sources) }).click();
        await page.getByRole('heading', { level: 1, name: screens.sources.heading }).waitFor();
        const facts = page.locator('.vt-src:visible');
        expect(await facts.count()).toBe(27);
        const params = page.locator('.vt-param:visible');
        const all = await params.count();
        expect(all).toBeGreaterThan(100);
        expect(await page.getByText('lines an hour').first().isVisible()).toBe(true);
        expect(await pageOverflow(page)).toEqual({ x: 0, y: 0 });
        await screenshot(page, `sources-${viewport.name}-${viewport.width}x${viewport.height}`);

        const search = page.getByRole('searchbox', { name: screens.sources.filter });
        await search.fill('F5');
        expect(await facts.count()).toBe(1);
        const f5 = await params.count();
        expect(f5).toBeGreaterThan(0);
        expect(f5).toBeLessThan(all);
        expect(
          await page
            .locator('.vt-param:visible .vt-param-key', { hasText: 'reviewLinesPerHour' })
            .count(),
        ).toBe(1);
        await search.fill('breach');
        const breach = await params.count();
        expect(breach).toBeGreaterThan(0);
        expect(breach).toBeLessThan(all);
        await screenshot(page, `sources-filtered-${viewport.name}`);
        await search.fill('zzzz-nothing');
        expect(await page.getByText(screens.sources.noMatch).isVisible()).toBe(true);
        await page.keyboard.press('Escape');
        expect(await params.count()).toBe(all);

        await page.getByRole('button', { name: screens.common.back }).click();
        await page.getByRole('heading', { level: 1, name: common.title }).waitFor();
        expectClean(opened);
      } finally {
        await opened.close();
      }
    },
  );
});

describe('a short run to the debrief', () => {
  it('plays 12 weeks through the run screen and explains them', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const { page } = opened;
    try {
      await page.getByRole('radio', { name: '12 weeks' }).check();
      await page.getByRole('checkbox', { name: new RegExp(screens.title.guided) }).uncheck();
      await page.getByRole('button', { name: screens.title.start, exact: true }).click();
      const play = page.getByRole('button', { name: run.week.play });
      await play.waitFor();
      await screenshot(page, 'run-week-0');
      const debriefHeading = page.getByRole('heading', { level: 1, name: screens.debrief.heading });
      for (let i = 0; i < 80 && (await debriefHeading.count()) === 0; i++) {
        const dialog = page.locator('dialog[open]');
        if ((await dialog.count()) > 0) {
          const choice = dialog.locator('.vt-choice:visible');
          if ((await choice.count()) > 0) await choice.first().click();
          else await dialog.locator('.vt-btn-primary:visible').first().click();
          continue;
        }
        await actAndWaitWeek(page, () => play.click());
      }
      await debriefHeading.waitFor({ timeout: 10_000 });
      await page.locator('.vt-score-total').waitFor();
      expect(Number(await page.locator('.vt-score-total').textContent())).toBeGreaterThanOrEqual(0);
      expect(await page.locator('.vt-score-part').count()).toBe(6);
      expect(await page.locator('.vt-finding').count()).toBeGreaterThan(0);
      expect(
        await page.getByRole('columnheader', { name: screens.debrief.sound }).isVisible(),
      ).toBe(true);
      expect(await page.locator('.vt-lc').count()).toBe(5);
      expect(await page.locator('.vt-debrief-prompts li').count()).toBe(3);
      expect(await pageOverflow(page)).toEqual({ x: 0, y: 0 });
      await screenshot(page, 'debrief-desktop-top');
      await page.locator('.vt-debrief-findings').scrollIntoViewIfNeeded();
      await screenshot(page, 'debrief-desktop-findings');
      await page.setViewportSize({ width: 360, height: 640 });
      await page.locator('.vt-debrief').evaluate((el) => {
        el.scrollTop = 0;
      });
      expect(await pageOverflow(page)).toEqual({ x: 0, y: 0 });
      await screenshot(page, 'debrief-phone-top');
      await page.getByRole('button', { name: screens.common.backToTitle }).click();
      await page.getByRole('heading', { level: 1, name: common.title }).waitFor();
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});

describe('the sandbox sweep', () => {
  it('draws an outcome across a lever with its band, and the page stays responsive', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const { page } = opened;
    try {
      await page.getByRole('button', { name: new RegExp(screens.title.sandbox) }).click();
      const runSweep = page.getByRole('button', { name: screens.sweep.run });
      await runSweep.scrollIntoViewIfNeeded();
      await page.getByLabel(screens.sweep.outcome, { exact: true }).selectOption('featuresShipped');
      await runSweep.click();
      // Still answering input while the sweep runs: the play button reacts at once.
      expect(await page.getByRole('button', { name: run.week.play }).isEnabled()).toBe(true);
      await page.getByText(/10 seeds × 8 settings/).waitFor({ timeout: 20_000 });
      const chart = page.locator('.vt-sweep .vt-lc');
      expect(await chart.locator('.vt-lc-band').count()).toBe(1);
      expect(await chart.locator('.vt-lc-line').getAttribute('d')).toMatch(/^M[^M]+$/);
      expect(await chart.locator('.vt-lc-marker').count()).toBe(1);
      await chart.scrollIntoViewIfNeeded();
      await screenshot(page, 'sandbox-sweep-desktop');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
