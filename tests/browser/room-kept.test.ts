// The facilitator's room survives what happens in a workshop: the page reloaded (a laptop lid
// closed, a tab restored) brings back the room's settings and every code pasted, and a team that
// sent its code twice is counted once, the repeat named with the line it repeats. English and
// German, axe clean.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resultsCodeOf } from '../../src/content/canonical-decisions.ts';
import { SOUND_POLICY } from '../../src/content/policies.ts';
import workshopDe from '../../src/i18n/locales/de/workshop.json';
import workshopEn from '../../src/i18n/locales/en/workshop.json';
import { MODEL_VERSION, type Policy, policyToDecisions } from '../../src/sim/index.ts';
import { axeViolations, describeViolations } from './axe';
import { launchChromium, openPage, screenshot } from './harness';
import { expectClean } from './play';

const codeOf = (policy: Policy) =>
  resultsCodeOf({
    seed: 4,
    scenarioId: 'mandate',
    weeks: 12,
    mode: 'scenario',
    evidence: 'central',
    modelVersion: MODEL_VERSION,
    decisions: policyToDecisions(policy, 12),
  });

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each([
  { lang: 'en', workshop: workshopEn },
  { lang: 'de', workshop: workshopDe },
])('the room in $lang', ({ lang, workshop }) => {
  it('comes back after a reload, and counts a repeated code once', async () => {
    const url = `${inject('baseUrl')}?view=facilitator&lang=${lang}`;
    const opened = await openPage(browser, url, { width: 1280, height: 720 });
    const { page } = opened;
    try {
      const sound = codeOf(SOUND_POLICY);
      const pushed = codeOf({ aiMandate: 1, leaderboard: true });
      const codes = page.getByLabel(workshop.facilitator.codesLabel);
      await codes.fill(`Amber ${sound}\nTeal ${pushed}\nAmber again ${sound}`);
      await page.getByLabel(workshop.facilitator.seed).fill('7');
      // The seed is taken when the field is left, as a person tabbing on would.
      await page.getByLabel(workshop.facilitator.seed).press('Tab');
      await page.reload();
      await expect
        .poll(() => page.getByLabel(workshop.facilitator.codesLabel).inputValue())
        .toBe(`Amber ${sound}\nTeal ${pushed}\nAmber again ${sound}`);
      expect(await page.getByLabel(workshop.facilitator.seed).inputValue()).toBe('7');
      // The room was showing (codes were kept): its ranking lists two runs, not three.
      const table = page.locator('.vt-fac-ranking table tbody');
      await table.waitFor();
      expect(await table.getByRole('row').count()).toBe(2);
      const refused = page.locator('.vt-fac-refused');
      expect(await refused.textContent()).toContain(
        workshop.problem.duplicate.replace('{{line}}', '1'),
      );
      const violations = await axeViolations(page);
      expect(describeViolations(`room ${lang}`, violations)).toBe('');
      await screenshot(page, `room-kept-${lang}`);
      expectClean(opened);
    } finally {
      await opened.context.close();
    }
  });
});
