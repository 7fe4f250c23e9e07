// The debrief's findings as a reader meets them, from a results code, in English and German on a
// laptop and a phone: each finding names the facts and studies behind it (no raw ids such as
// "D14" or "F3"), each name opens the sources screen at that source, in view and focused; the
// bar says what it measures and shows its value; the board's column says what "before" and
// "after" mean. A run under the sound policy is not told it felt faster while measuring slower.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resultsCodeOf } from '../../src/content/canonical-decisions.ts';
import { SOUND_POLICY } from '../../src/content/policies.ts';
import debriefDe from '../../src/i18n/locales/de/debrief.json';
import screensDe from '../../src/i18n/locales/de/screens.json';
import debriefEn from '../../src/i18n/locales/en/debrief.json';
import screensEn from '../../src/i18n/locales/en/screens.json';
import { MODEL_VERSION, type Policy, policyToDecisions } from '../../src/sim/index.ts';
import { axeViolations, describeViolations } from './axe';
import { launchChromium, openPage, screenshot } from './harness';
import { expectClean, openFirstSource } from './play';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'phone', width: 360, height: 640 },
] as const;

const LANGS = [
  { lang: 'en', screens: screensEn, debrief: debriefEn },
  { lang: 'de', screens: screensDe, debrief: debriefDe },
] as const;

const codeOf = (policy: Policy, weeks: 12 | 26, seed = 3) =>
  resultsCodeOf({
    seed,
    scenarioId: 'mandate',
    weeks,
    mode: 'scenario',
    evidence: 'central',
    modelVersion: MODEL_VERSION,
    decisions: policyToDecisions(policy, weeks),
  });

const PUSHED = codeOf({ aiMandate: 1, leaderboard: true, deadlinePressure: 'crunch' }, 26);

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openDebrief(code: string, lang: string, vp: { width: number; height: number }) {
  const opened = await openPage(browser, `${inject('baseUrl')}?code=${code}&lang=${lang}`, vp, {
    bypassCSP: true,
    reducedMotion: 'reduce',
  });
  await opened.page.locator('.vt-finding').first().waitFor();
  return opened;
}

const findingIds = (page: Page) =>
  page
    .locator('.vt-finding')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.finding));

describe.each(VIEWPORTS)('debrief findings at $name size', (vp) => {
  it.each(LANGS)('name their sources and open them ($lang)', async ({ lang, screens, debrief }) => {
    const opened = await openDebrief(PUSHED, lang, vp);
    const { page } = opened;
    try {
      const heads = await page.locator('.vt-finding-head').allTextContents();
      expect(heads.length).toBeGreaterThan(2);
      for (const h of heads) expect(h).not.toMatch(/\b[DFS]\d{1,2}\b/);
      const first = page.locator('.vt-finding').first();
      await first.scrollIntoViewIfNeeded();
      // The bar is named and its value is on screen, not only for screen readers.
      expect(await first.locator('.vt-finding-strength').textContent()).toContain(
        screens.debrief.strength,
      );
      await expect.poll(() => first.locator('.vt-finding-strength-value').isVisible()).toBe(true);
      expect(await first.locator('.vt-finding-strength-value').textContent()).toMatch(/\d\s?%/);
      // "Before" and "after" are said.
      const note = page.locator('.vt-board-note');
      expect(await note.textContent()).toBe(debrief.vanity.note_other.replace('{{count}}', '13'));
      const violations = await axeViolations(page);
      expect(describeViolations(`${vp.name} ${lang} debrief`, violations)).toBe('');
      await screenshot(page, `debrief-claims-${vp.name}-${lang}-1-findings`);

      const focused = await openFirstSource(page, first.locator('.vt-finding-source').first());
      expect(await focused.evaluate((e) => e === document.activeElement)).toBe(true);
      // In view, below the sources screen's bar that stays on top.
      const box = await focused.boundingBox();
      const bar = await page.locator('.vt-sources-bar').boundingBox();
      expect(box && bar && box.y >= bar.y + bar.height && box.y < vp.height).toBe(true);
      await screenshot(page, `debrief-claims-${vp.name}-${lang}-2-source`);
      expectClean(opened);
    } finally {
      await opened.context.close();
    }
  });
});

describe('a sound run', () => {
  it('is not told it felt faster while measuring slower, nor that its dashboards diverged', async () => {
    for (const weeks of [12, 26] as const) {
      const opened = await openDebrief(codeOf(SOUND_POLICY, weeks), 'en', VIEWPORTS[0]);
      try {
        const ids = await findingIds(opened.page);
        expect(ids).not.toContain('D14');
        expect(ids).not.toContain('D13');
        expect(await opened.page.locator('.vt-board-divergence').textContent()).toBe(
          screensEn.debrief.divergenceEven,
        );
      } finally {
        await opened.context.close();
      }
    }
  });
});

describe('a sound 12-week run in German', () => {
  it('writes its figures in German and its counts whole ("3787", never "3787,4 Kunden")', async () => {
    const opened = await openDebrief(codeOf(SOUND_POLICY, 12, 1), 'de', VIEWPORTS[1]);
    try {
      const score = (await opened.page.locator('.vt-debrief-score').textContent()) ?? '';
      expect(score).toContain('Kunden');
      expect(score).not.toMatch(/\d{4},\d/);
      expect(await opened.page.locator('.vt-debrief').textContent()).not.toMatch(/\d{4},\d/);
      await opened.page.locator('.vt-debrief-score').scrollIntoViewIfNeeded();
      await screenshot(opened.page, 'debrief-claims-phone-de-4-counts');
    } finally {
      await opened.context.close();
    }
  });
});

describe.each(VIEWPORTS)('a 12-week run at $name size', (vp) => {
  it("ends with the board's verdict on its weeks", async () => {
    const opened = await openDebrief(codeOf({ aiMandate: 1, leaderboard: true }, 12), 'en', vp);
    const { page } = opened;
    try {
      const closing = page.locator('.vt-debrief-closing');
      await closing.waitFor();
      expect(await closing.getByRole('heading').first().textContent()).toBe(
        screensEn.debrief.closingHeading_other.replace('{{count}}', '12'),
      );
      expect(await closing.locator('.vt-verdict').getAttribute('data-verdict')).toMatch(
        /^(pleased|satisfied|concerned|displeased)$/,
      );
      expect(await closing.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
      await closing.scrollIntoViewIfNeeded();
      const violations = await axeViolations(page);
      expect(describeViolations(`${vp.name} closing verdict`, violations)).toBe('');
      await screenshot(page, `debrief-claims-${vp.name}-3-closing-verdict`);
    } finally {
      await opened.context.close();
    }
  });
});
