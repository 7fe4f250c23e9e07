// A workshop on the built site: two participants play short runs with different choices and
// copy their results codes; the facilitator pastes both (and a mistyped one), sees them ranked
// with the room's charts, opens one run's debrief, exports CSV and JSON, and prints the handout
// on A4 and Letter. The CLI replays the same code to the same summary. Then the links: a code
// link opens its debrief, a bad one says what is wrong.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { roundNumber } from '../../src/cli/format.ts';
import run from '../../src/i18n/locales/en/run.json';
import screens from '../../src/i18n/locales/en/screens.json';
import workshop from '../../src/i18n/locales/en/workshop.json';
import { MODEL_VERSION, SUMMARY_FIELDS } from '../../src/sim/index.ts';
import { actAndWaitClosed, launchChromium, openPage, SCREENSHOT_DIR, screenshot } from './harness';
import { actAndWaitWeek, expectClean } from './play';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Plays a 12-week run from the title screen to its debrief and returns its results code. */
async function playRun(
  page: Page,
  choice: 'first' | 'second',
  setLevers: boolean,
): Promise<string> {
  await page
    .getByRole('radio', { name: screens.title.weeksOption.replace('{{count}}', '12') })
    .check();
  await page.getByRole('button', { name: screens.title.start, exact: true }).click();
  await page.locator('.vt-run').waitFor();
  if (setLevers) {
    await page.getByRole('slider', { name: run.controls.aiMandate.label }).fill('30');
    await page.getByRole('switch', { name: run.controls.leaderboard.label }).check();
  }
  for (let i = 0; i < 80 && (await page.locator('.vt-run').count()) > 0; i++) {
    const dialog = page.locator('dialog[open]');
    if ((await dialog.count()) > 0) {
      const choices = dialog.locator('.vt-choice');
      if ((await choices.count()) > 0 && !(await dialog.locator('.vt-outcome').isVisible())) {
        await choices.nth(choice === 'first' ? 0 : 1).click();
        await dialog.locator('.vt-outcome').waitFor();
      }
      const key = (await dialog.locator('.vt-outcome').isVisible()) ? 'Enter' : 'Escape';
      await actAndWaitClosed(dialog.first(), 'the answered dialog', () => page.keyboard.press(key));
      continue;
    }
    await actAndWaitWeek(page, () => page.keyboard.press(run.week.shortcutKey));
  }
  await page.getByRole('heading', { level: 1, name: screens.debrief.heading }).waitFor();
  const code = await page.getByLabel(workshop.code.label, { exact: true }).inputValue();
  expect(code).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  return code;
}

function cliReplay(code: string): Promise<{ summary: Record<string, number>; code: string }> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/sim.ts', '--replay', code],
      { cwd: join(SCREENSHOT_DIR, '..', '..'), maxBuffer: 64 * 1024 * 1024 },
      (err, stdout) => (err ? fail(err) : done(JSON.parse(stdout))),
    );
  });
}

async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(doc, { mergePages: true });
  return { pages: totalPages, text };
}

describe('a workshop on the built site', () => {
  it('collects two runs, ranks them with charts, opens a debrief, exports and prints', async () => {
    const base = inject('baseUrl');
    const opened = await openPage(browser, base, { width: 1280, height: 720 });
    const { page, context } = opened;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    try {
      // Two participants, different choices.
      const codeA = await playRun(page, 'first', false);
      await page.getByRole('button', { name: workshop.code.copy }).click();
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: workshop.code.copied }).count())
        .toBe(1);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(codeA);
      const link = await page.getByRole('link', { name: workshop.code.link }).getAttribute('href');
      expect(link).toBe(`?code=${codeA}`);
      await page.locator('.vt-code-panel').scrollIntoViewIfNeeded();
      await screenshot(page, 'workshop-desktop-1-debrief-code');
      await page.getByRole('button', { name: screens.common.backToTitle }).click();
      const codeB = await playRun(page, 'second', true);
      expect(codeB).not.toBe(codeA);

      // The facilitator, from the title screen.
      await page.getByRole('button', { name: screens.common.backToTitle }).click();
      await page.getByRole('button', { name: new RegExp(workshop.title.link) }).click();
      await page.getByRole('heading', { level: 1, name: workshop.facilitator.heading }).waitFor();
      await page
        .getByRole('radio', { name: new RegExp(workshop.facilitator.preset.five.name) })
        .check();
      expect(await page.getByLabel(workshop.facilitator.weeks).inputValue()).toBe('12');
      expect(await page.locator('svg.vt-qr path').getAttribute('d')).toMatch(/^M\d/);
      expect(await page.locator('.vt-fac-roomlink').textContent()).toMatch(
        /\?scenario=mandate&seed=\d+&weeks=12$/,
      );
      await page
        .getByLabel(workshop.facilitator.codesLabel)
        .fill(
          `Team Amber ${codeA}\n\nTeam Teal: ${codeB}\nTeam Typo ${codeA.slice(0, 12)}x${codeA.slice(13)}`,
        );
      await page.getByRole('button', { name: workshop.facilitator.show }).click();
      const rows = page.locator('.vt-fac-ranking tbody tr');
      await expect.poll(() => rows.count()).toBe(2);
      const teams = await page.locator('.vt-fac-ranking tbody th').allTextContents();
      expect(teams.map((t) => t.replace(/\s*\*$/, '')).sort()).toEqual(['Team Amber', 'Team Teal']);
      const refused = page.locator('.vt-fac-refused li');
      expect(await refused.count()).toBe(1);
      expect(await refused.textContent()).toContain('Line 4');
      expect(await refused.textContent()).toContain(workshop.problem.checksum);
      expect(await page.locator('.vt-fac-charts figure svg[role="img"]').count()).toBe(3);
      expect(await page.locator('.vt-spread-row').count()).toBe(7);
      expect(await page.locator('.vt-fac-tried tbody tr').count()).toBe(2);
      expect(await page.locator('.vt-fac-promptlist > li').count()).toBe(1);
      // The screen scrolls inside the page: a tall window shows the whole room at once.
      await page.setViewportSize({ width: 1280, height: 3200 });
      await screenshot(page, 'workshop-desktop-2-room');
      await page.setViewportSize({ width: 360, height: 4200 });
      await screenshot(page, 'workshop-phone-2-room');
      await page.setViewportSize({ width: 1280, height: 720 });

      // Export: CSV and JSON, downloaded from the page.
      const [csvDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: workshop.facilitator.csv }).click(),
      ]);
      const csv = readFileSync(await csvDownload.path(), 'utf8')
        .trim()
        .split('\n');
      expect(csv[0]).toMatch(
        /^rank,name,code,scenario,scenarioName,seed,weeks,evidence,evidenceName,modelVersion,score,score_features/,
      );
      expect(csv).toHaveLength(3);
      expect(
        csv
          .slice(1)
          .map((l) => l.split(',')[2])
          .sort(),
      ).toEqual([codeA, codeB].sort());
      const [jsonDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: workshop.facilitator.json }).click(),
      ]);
      const exported = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
      // Each run says the reading it used and the model its code was made on.
      for (const r of exported.runs)
        expect(r).toMatchObject({ evidence: 'central', modelVersion: MODEL_VERSION });

      // The browser and the CLI agree on the summary of the same code.
      const cli = await cliReplay(codeA);
      expect(cli.code).toBe(codeA);
      const browserRun = exported.runs.find((r: { code: string }) => r.code === codeA);
      for (const f of SUMMARY_FIELDS)
        expect(roundNumber(browserRun.summary[f]), f).toBe(cli.summary[f]);

      // The handout, printed on A4 and Letter.
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: true });
        writeFileSync(join(SCREENSHOT_DIR, `workshop-handout-${format}.pdf`), pdf);
        const { pages, text } = await pdfText(pdf);
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(text).toContain(workshop.facilitator.handoutHeading);
        expect(text).toContain('Team Amber');
        expect(text).toContain('Team Teal');
        expect(text).toContain(workshop.facilitator.rankHeading);
        expect(text).not.toContain(workshop.facilitator.codesHeading);
      }

      // One click opens a run's full debrief, replayed; back to the room, the list is still there.
      await page
        .getByRole('button', {
          name: workshop.facilitator.openNamed.replace('{{name}}', 'Team Teal'),
        })
        .click();
      await page.getByRole('heading', { level: 1, name: screens.debrief.heading }).waitFor();
      expect(await page.getByText(workshop.replay.banner).isVisible()).toBe(true);
      expect(await page.getByLabel(workshop.code.label, { exact: true }).inputValue()).toBe(codeB);
      await screenshot(page, 'workshop-desktop-3-replayed-debrief');
      await page.getByRole('button', { name: workshop.replay.backRoom }).click();
      await expect.poll(() => rows.count()).toBe(2);
      expectClean(opened);
    } finally {
      await opened.close();
    }
    // Two whole runs played through the page: minutes on a busy two-core machine.
  }, 240_000);

  it('opens a code link as a read-only debrief, and says what is wrong with a bad one', async () => {
    const base = inject('baseUrl');
    const cli = await cliReplay(
      // Any valid code will do; this one is the sound policy on the mandate, seed 5, 12 weeks.
      'AQEFAAwMAgDlAQQYJFAGAwMGATCzstq5',
    );
    for (const vp of [
      { name: 'desktop', width: 1280, height: 720 },
      { name: 'phone', width: 360, height: 640 },
    ]) {
      const opened = await openPage(browser, `${base}?code=${cli.code}`, vp);
      const { page } = opened;
      try {
        await page.getByRole('heading', { level: 1, name: screens.debrief.heading }).waitFor();
        expect(await page.getByText(workshop.replay.banner).isVisible()).toBe(true);
        await screenshot(page, `workshop-${vp.name}-4-code-link`);
        await page.getByRole('button', { name: workshop.replay.own }).click();
        await page.locator('.vt-run').waitFor();
        // The office floor loads Phaser on demand: let it arrive before leaving the page.
        await page.locator('.vt-office-stage canvas').waitFor({ state: 'attached' });

        await page.goto(`${base}?code=${cli.code.slice(0, 20)}`, { waitUntil: 'networkidle' });
        const notice = page.getByRole('alert');
        await expect.poll(() => notice.textContent()).toContain(workshop.notice.heading);
        await screenshot(page, `workshop-${vp.name}-5-bad-code`);
        await notice.getByRole('button', { name: workshop.notice.dismiss }).click();
        await expect.poll(() => notice.isVisible()).toBe(false);

        await page.goto(`${base}?view=facilitator`, { waitUntil: 'networkidle' });
        await page.getByRole('heading', { level: 1, name: workshop.facilitator.heading }).waitFor();
        await page.getByLabel(workshop.facilitator.codesLabel).fill(`${cli.code}\n${cli.code}`);
        await page.getByRole('button', { name: workshop.facilitator.show }).click();
        // The same code twice is one run: the repeat is listed with the line it repeats.
        await expect.poll(() => page.locator('.vt-fac-ranking tbody tr').count()).toBe(1);
        expect(await page.locator('.vt-fac-refused').textContent()).toContain(
          workshop.problem.duplicate.replace('{{line}}', '1'),
        );
        // JSON files: a run printed by the CLI is added; a file without codes is named and left out.
        await page.locator('input[type="file"]').setInputFiles([
          {
            name: 'cli-run.json',
            mimeType: 'application/json',
            buffer: Buffer.from(JSON.stringify(cli)),
          },
          { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a": 1}') },
        ]);
        // The CLI's run is the same run again: added to the list, counted once.
        await expect.poll(() => page.locator('.vt-fac-refused li').count()).toBe(2);
        expect(await page.locator('.vt-fac-ranking tbody tr').count()).toBe(1);
        expect(await page.getByRole('status').textContent()).toBe(
          workshop.facilitator.filesAdded_one
            .replace('{{count}}', '1')
            .replace('{{files}}', 'cli-run.json'),
        );
        expect(await page.locator('.vt-fac-refused-file').textContent()).toBe(
          workshop.facilitator.fileRefused.replace('{{file}}', 'notes.json'),
        );
        await screenshot(page, `workshop-${vp.name}-6-facilitator`);
        await page.locator('.vt-fac-ranking').scrollIntoViewIfNeeded();
        await screenshot(page, `workshop-${vp.name}-7-facilitator-ranking`);
        expectClean(opened);
      } finally {
        await opened.close();
      }
    }
  }, 120_000);
});
