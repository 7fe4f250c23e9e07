// The evidence reading in the built game: a sandbox started at the cautious reading from the title
// shows its badge (and the model card opened from it marks the cautious values); a link with
// `evidence=high` plays to a debrief that says optimistic, and replays the same run at the
// cautious end and back; a code from the first model opens with its notice; the facilitator
// marks a room that mixes model versions and readings. axe runs on each screen, and each is
// photographed on a laptop and a phone.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resultsCodeOf } from '../../src/content/canonical-decisions.ts';
import run from '../../src/i18n/locales/en/run.json';
import screens from '../../src/i18n/locales/en/screens.json';
import workshop from '../../src/i18n/locales/en/workshop.json';
import { MODEL_VERSION, policyToDecisions } from '../../src/sim/index.ts';
import { axeViolations, describeViolations } from './axe';
import { launchChromium, type OpenedPage, openPage, screenshot } from './harness';
import { expectClean, finishRun } from './play';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'phone', width: 360, height: 640 },
] as const;

/** Made before the evidence readings (code version 1, model 1): mandate, seed 5, 12 weeks. */
const V1_CODE = 'AQEFAAwMAgDlAQQYJFAGAwMGATCzstq5';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const fill = (text: string, vars: Record<string, string>) =>
  Object.entries(vars).reduce((t, [k, v]) => t.replaceAll(`{{${k}}}`, v), text);

async function open(
  path: string,
  viewport: { width: number; height: number },
): Promise<OpenedPage> {
  const base = inject('baseUrl');
  return openPage(browser, `${base}${path}`, viewport, {
    bypassCSP: true,
    reducedMotion: 'reduce',
  });
}

async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(describeViolations(where, violations)).toBe('');
}

describe.each(VIEWPORTS)('the evidence reading at $name size', (vp) => {
  it('starts a sandbox at the cautious reading from the title and shows the badge', async () => {
    const opened = await open('', vp);
    const { page } = opened;
    try {
      const group = page.getByRole('group', { name: screens.title.readingLegend });
      await group.waitFor();
      const central = group.getByRole('radio', { name: screens.reading.name.central });
      expect(await central.isChecked()).toBe(true);
      await expect.poll(() => group.getByText(screens.reading.help).isVisible()).toBe(true);
      // By keyboard: from central, the left arrow picks cautious.
      await central.focus();
      await page.keyboard.press('ArrowLeft');
      const cautious = group.getByRole('radio', { name: screens.reading.name.low });
      expect(await cautious.isChecked()).toBe(true);
      await group.scrollIntoViewIfNeeded();
      await expectAccessible(page, `${vp.name} title`);
      await screenshot(page, `evidence-${vp.name}-1-title-chooser`);
      await page.getByRole('button', { name: new RegExp(`^${screens.title.sandbox}`) }).click();
      await page.locator('.vt-run').waitFor();
      const badge = page.getByText(fill(run.week.evidenceBadge, { reading: 'cautious' }));
      await badge.waitFor();
      expect(await badge.isVisible()).toBe(true);
      await expectAccessible(page, `${vp.name} run`);
      await screenshot(page, `evidence-${vp.name}-2-run-badge`);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('plays a link at the optimistic reading to its debrief, then replays it at the cautious end', async () => {
    const opened = await open('?evidence=high&scenario=mandate&seed=1&weeks=12', vp);
    const { page } = opened;
    try {
      await page.locator('.vt-run').waitFor();
      await page.getByText(fill(run.week.evidenceBadge, { reading: 'optimistic' })).waitFor();
      await finishRun(page);
      const section = page.locator('.vt-debrief-reading');
      await section
        .getByText(fill(screens.debrief.readingUsed, { reading: 'optimistic' }))
        .waitFor();
      expect(await section.getByText(screens.debrief.readingExplain.high).isVisible()).toBe(true);
      expect(await section.locator('.vt-reading-older').count()).toBe(0);
      const played = await page.locator('.vt-score-total').textContent();
      await section.scrollIntoViewIfNeeded();
      await expectAccessible(page, `${vp.name} debrief`);
      await screenshot(page, `evidence-${vp.name}-3-debrief-reading`);

      await section.getByRole('button', { name: screens.debrief.replayAt.low }).click();
      const replayed = page.locator('.vt-debrief-reading');
      await replayed
        .getByText(fill(screens.debrief.readingUsed, { reading: 'cautious' }))
        .waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.closest('.vt-debrief-reading')))
        .not.toBeNull();
      expect(
        await page
          .getByText(fill(workshop.replay.reading, { reading: 'cautious' }), { exact: true })
          .isVisible(),
      ).toBe(true);
      // The same seed and decisions at the other end: the subtitle is the same, the score is not.
      expect(await page.locator('.vt-debrief-sub').textContent()).toContain('seed 1');
      expect(await page.locator('.vt-score-total').textContent()).not.toBe(played);
      await expectAccessible(page, `${vp.name} debrief replayed`);
      await screenshot(page, `evidence-${vp.name}-4-debrief-replayed-cautious`);

      await replayed
        .getByRole('button', {
          name: fill(screens.debrief.backToPlayed, { reading: 'optimistic' }),
        })
        .click();
      await page
        .locator('.vt-debrief-reading')
        .getByText(fill(screens.debrief.readingUsed, { reading: 'optimistic' }))
        .waitFor();
      expect(await page.locator('.vt-score-total').textContent()).toBe(played);
      expect(await page.locator('.vt-replay-bar').count()).toBe(0);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('opens a code from the first model with a notice, and marks a mixed room', async () => {
    const opened = await open(`?code=${V1_CODE}`, vp);
    const { page } = opened;
    try {
      const notice = page.locator('.vt-reading-older');
      await notice.waitFor();
      expect(await notice.textContent()).toBe(
        fill(screens.debrief.olderModel, { version: '1', current: String(MODEL_VERSION) }),
      );
      expect(await page.getByRole('note').filter({ hasText: 'model 1' }).count()).toBe(1);

      const low = resultsCodeOf({
        seed: 5,
        scenarioId: 'mandate',
        weeks: 12,
        mode: 'scenario',
        evidence: 'low',
        modelVersion: MODEL_VERSION,
        decisions: policyToDecisions({ aiMandate: 0.9, leaderboard: true }, 12),
      });
      const central = resultsCodeOf({
        seed: 5,
        scenarioId: 'mandate',
        weeks: 12,
        mode: 'scenario',
        evidence: 'central',
        modelVersion: MODEL_VERSION,
        decisions: policyToDecisions({ aiMandate: 0.3, seniorReviewShare: 0.3 }, 12),
      });
      await page.goto(`${inject('baseUrl')}?view=facilitator`);
      await page.getByRole('heading', { level: 1, name: workshop.facilitator.heading }).waitFor();
      // The room's reading goes into its link.
      await page.getByLabel(workshop.facilitator.evidence).selectOption('low');
      await expect
        .poll(() => page.locator('.vt-fac-roomlink').textContent())
        .toMatch(/&evidence=low(&|$)/);
      await page
        .getByLabel(workshop.facilitator.codesLabel)
        .fill(`Amber ${low}\nTeal ${central}\nOld ${V1_CODE}`);
      await page.getByRole('button', { name: workshop.facilitator.show }).click();
      const mixed = page.locator('.vt-fac-mixed');
      await mixed.waitFor();
      expect(await mixed.textContent()).toContain(
        fill(workshop.facilitator.mixedVersions, { versions: `1 and ${MODEL_VERSION}` }),
      );
      expect(await mixed.textContent()).toContain(
        fill(workshop.facilitator.mixedReadings, { readings: 'cautious and central' }),
      );
      const table = page.locator('.vt-fac-ranking table');
      expect(
        await table.getByRole('columnheader', { name: workshop.facilitator.col.model }).count(),
      ).toBe(1);
      const row = (name: string) => table.getByRole('row').filter({ hasText: name });
      expect(await row('Amber').locator('.vt-fac-model').textContent()).toBe(
        fill(workshop.facilitator.modelCell, {
          version: String(MODEL_VERSION),
          reading: 'cautious',
        }),
      );
      expect(await row('Old').locator('.vt-fac-model').textContent()).toBe(
        fill(workshop.facilitator.modelCellOld, { version: '1', reading: 'central' }),
      );
      await mixed.scrollIntoViewIfNeeded();
      await expectAccessible(page, `${vp.name} facilitator`);
      await screenshot(page, `evidence-${vp.name}-5-facilitator-mixed`);
      await table.locator('.vt-fac-model').first().scrollIntoViewIfNeeded();
      await screenshot(page, `evidence-${vp.name}-6-facilitator-ranking`);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});

describe("a link's reading without a run", () => {
  it("is the title sandbox chooser's choice, and the runs started there play at it", async () => {
    const opened = await open('?evidence=high', { width: 1280, height: 720 });
    const { page } = opened;
    try {
      const group = page.getByRole('group', { name: screens.title.readingLegend });
      expect(await group.getByRole('radio', { name: screens.reading.name.high }).isChecked()).toBe(
        true,
      );
      await page.getByRole('button', { name: screens.title.start, exact: true }).click();
      await page.getByText(fill(run.week.evidenceBadge, { reading: 'optimistic' })).waitFor();
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});

describe('the model card opened from a run', () => {
  it('marks the value at the reading the run plays at', async () => {
    const opened = await open('?evidence=low&scenario=mandate&seed=2&weeks=12', {
      width: 1280,
      height: 720,
    });
    const { page } = opened;
    try {
      await page.locator('.vt-run').waitFor();
      await finishRun(page);
      await page.getByRole('button', { name: screens.debrief.sources }).click();
      const note = page.locator('.vt-sources-run-reading');
      await note.waitFor();
      expect(await note.textContent()).toBe(
        fill(screens.sources.runReading, { reading: 'cautious' }),
      );
      // aiDefectRisk: 1.4 central, 1.7 at the cautious end.
      const param = page.locator('.vt-param').filter({ hasText: 'aiDefectRisk' });
      const mark = await param.locator('.vt-param-run').textContent();
      expect(mark).toContain('cautious');
      expect(mark).toContain('1.7');
      await param.scrollIntoViewIfNeeded();
      await expectAccessible(page, 'model card');
      await screenshot(page, 'evidence-desktop-7-model-card');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
