// A newcomer's first minutes (issue 18), in English and German on a laptop and a phone: the room
// link opens on the run's brief (name, premise, the board's first targets), Start has focus and
// starts week 1, and no week plays while the brief is up; the board's dashboard shows the
// quarter's targets from week 1; week 1's hint on the review queue and the week's summary give the
// same figure; a 12-week run ends on the board's closing verdict (no word of its table split
// across lines), then the debrief; on the phone
// the first hint opens the Decisions tab with its slider in view; the title's scenario brief reads
// in full; an embed's brief fits a 320 by 240 frame. axe on each, and each photographed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resultsCodeOf } from '../../src/content/canonical-decisions.ts';
import deContent from '../../src/i18n/locales/de/content.json';
import deRun from '../../src/i18n/locales/de/run.json';
import deScreens from '../../src/i18n/locales/de/screens.json';
import enContent from '../../src/i18n/locales/en/content.json';
import enRun from '../../src/i18n/locales/en/run.json';
import enScreens from '../../src/i18n/locales/en/screens.json';
import enWorkshop from '../../src/i18n/locales/en/workshop.json';
import { BOARD_WEIGHTS, MODEL_VERSION } from '../../src/sim/index.ts';
import { axeViolations, describeViolations } from './axe';
import {
  launchChromium,
  type OpenedPage,
  openPage,
  screenshot,
  splitWords,
  waitForState,
} from './harness';
import { expectClean, getPastDialog } from './play';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'phone', width: 360, height: 640 },
] as const;
const LANGUAGES = [
  { lang: 'en', run: enRun, screens: enScreens, content: enContent },
  { lang: 'de', run: deRun, screens: deScreens, content: deContent },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const fill = (text: string, vars: Record<string, string | number>) =>
  Object.entries(vars).reduce((t, [k, v]) => t.replaceAll(`{{${k}}}`, String(v)), text);

async function expectAccessible(page: Page, where: string): Promise<void> {
  expect(describeViolations(where, await axeViolations(page))).toBe('');
}

function open(path: string, viewport: { width: number; height: number }): Promise<OpenedPage> {
  return openPage(browser, `${inject('baseUrl')}${path}`, viewport, {
    bypassCSP: true,
    reducedMotion: 'reduce',
  });
}

/** Waits for the brief (or any dialog) to be gone. */
const briefClosed = (page: Page) =>
  waitForState(page, 'the brief to close', () => !document.querySelector('dialog[open]'), null);

/** The week bar's label, read. */
const weekText = (page: Page) => page.locator('.vt-week').textContent();

/** Whether an element lies wholly inside the window. */
const inView = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0;
  }, selector);

describe.each(VIEWPORTS)('a newcomer at $name size', (vp) => {
  describe.each(LANGUAGES)('in $lang', (L) => {
    const shot = (page: Page, name: string) =>
      screenshot(page, `premise-${vp.name}-${L.lang}-${name}`);

    it('opens the room link on the brief, starts week 1 from it, and meets the board at the end', async () => {
      const opened = await open(`?scenario=mandate&seed=1&weeks=12&lang=${L.lang}`, vp);
      const { page } = opened;
      try {
        const brief = page.locator('dialog.vt-brief[open]');
        await brief.waitFor();
        // Name, premise and the board's targets for the first quarter (its 12 weeks here).
        expect(await brief.locator('h2').textContent()).toBe(L.content.scenarios.mandate.name);
        expect(await brief.getByText(L.content.scenarios.mandate.brief).isVisible()).toBe(true);
        await brief.getByText(fill(L.run.premise.brief.targets, { last: 12 })).waitFor();
        expect(await brief.locator('.vt-brief-list li').count()).toBe(6);
        expect(await brief.locator('.vt-brief-list').textContent()).toContain(
          L.run.board.targets.adoption,
        );
        // A first run: hints are offered.
        expect(
          await brief.getByRole('checkbox', { name: L.run.premise.brief.hints }).isChecked(),
        ).toBe(true);
        const start = brief.getByRole('button', { name: L.run.premise.brief.start });
        await expect.poll(() => start.evaluate((b) => b === document.activeElement)).toBe(true);
        await expectAccessible(page, `${vp.name} ${L.lang} brief`);
        await shot(page, '1-brief');
        // No week plays while it is up: the shortcut is refused.
        const before = await weekText(page);
        await page.keyboard.press('n');
        expect(await weekText(page)).toBe(before);
        expect(await brief.count()).toBe(1);
        await page.keyboard.press('Enter');
        await briefClosed(page);
        expect(await weekText(page)).toBe(fill(L.run.week.label, { week: 1, weeks: 12 }));

        // The first hint points at the mandate's slider: on the phone it opens the Decisions tab.
        const hint = page.locator('.vt-hint:not([hidden])');
        await hint.waitFor();
        expect(await hint.textContent()).toContain(L.screens.hints.mandate);
        const target = '[data-hint="aiMandate"]';
        await expect.poll(() => inView(page, target)).toBe(true);
        if (vp.name === 'phone') {
          const tab = page.getByRole('tab', { name: L.run.screen.tabs.decisions });
          expect(await tab.getAttribute('aria-selected')).toBe('true');
        }
        await expectAccessible(page, `${vp.name} ${L.lang} week 1 with hint`);
        await shot(page, '2-first-hint');

        // The board's dashboard shows the quarter's targets in week 1.
        if (vp.name === 'phone') {
          await page.getByRole('tab', { name: L.run.screen.tabs.dashboards }).click();
        }
        const quarter = page.locator('.vt-quarter');
        await quarter
          .getByText(fill(L.run.premise.quarter.heading, { first: 1, last: 12 }))
          .waitFor();
        expect(await quarter.locator('tbody tr').count()).toBe(6);
        expect(await quarter.locator('.is-missed').count()).toBe(0);
        await quarter.scrollIntoViewIfNeeded();
        await expectAccessible(page, `${vp.name} ${L.lang} dashboard week 1`);
        await shot(page, '3-dashboard-targets');

        // Week 1's hint on the review and the week's summary tell the same story, in one figure.
        await page.locator('.vt-play').click();
        const [head = '', tail = ''] = L.screens.hints.reviewQueue.split('{{weeks}}');
        const weeksIn = (text: string | null) =>
          text?.includes(head) && text.includes(tail.slice(0, 12))
            ? text.slice(text.indexOf(head) + head.length).split(/\s/)[0]
            : null;
        await expect.poll(async () => weeksIn(await hint.textContent())).toMatch(/^\d+[.,]\d$/);
        const weeks = weeksIn(await hint.textContent()) ?? '∅';
        const summary = (await page.locator('.vt-summary').textContent()) ?? '';
        expect(summary).toContain(fill(L.run.week.summaryStart, { week: 1 }));
        expect(summary, `hint: ${await hint.textContent()}`).toContain(` ${weeks} `);
        await shot(page, '3b-week1-hint-summary');

        // Played to its end, the run stops on the board's closing verdict, then the debrief.
        const closing = page.locator('dialog.vt-board[data-board="closing"][open]');
        for (let i = 0; i < 80 && (await closing.count()) === 0; i++) {
          if ((await page.locator('dialog[open]').count()) > 0) await getPastDialog(page);
          else await page.locator('.vt-play').click();
        }
        await closing.waitFor();
        expect(await closing.locator('h2').textContent()).toBe(
          fill(L.screens.debrief.closingHeading_other, { count: 12 }),
        );
        expect(await closing.locator('.vt-board-table tbody tr').count()).toBe(6);
        // Its words whole, even German's longest in a phone's narrow columns.
        expect(await splitWords(page, 'dialog[open] .vt-board-table')).toEqual([]);
        // Under the table, how the board weighed it: the points met of all, so a verdict beside
        // missed targets reads as the board's own priorities, not as a contradiction.
        const rows = await closing.locator('.vt-board-table tbody tr').evaluateAll((trs) =>
          trs.map((tr) => ({
            name: tr.querySelector('th')?.textContent ?? '',
            met: tr.querySelector('.is-met') !== null,
          })),
        );
        const weightOf = (name: string) => {
          const entry = Object.entries(L.run.board.targets).find(([, n]) => n === name);
          return entry ? BOARD_WEIGHTS[entry[0] as keyof typeof BOARD_WEIGHTS] : Number.NaN;
        };
        const points = {
          met: rows.reduce((t, r) => t + (r.met ? weightOf(r.name) : 0), 0),
          total: rows.reduce((t, r) => t + weightOf(r.name), 0),
        };
        const template = L.run.board.weighing;
        const keys = ['{{met}}', '{{total}}'].map((k) => ({ at: template.indexOf(k), k }));
        const pointsText = template.slice(
          Math.min(...keys.map((x) => x.at)),
          Math.max(...keys.map((x) => x.at + x.k.length)),
        );
        expect(await closing.locator('.vt-board-weighing').textContent()).toContain(
          fill(pointsText, points),
        );
        const toDebrief = closing.getByRole('button', { name: L.run.premise.closing.toDebrief });
        await expect.poll(() => toDebrief.evaluate((b) => b === document.activeElement)).toBe(true);
        await expectAccessible(page, `${vp.name} ${L.lang} closing verdict`);
        await shot(page, '4-closing-verdict');
        await toDebrief.click();
        await page.getByRole('heading', { level: 1, name: L.screens.debrief.heading }).waitFor();
        expectClean(opened);
      } finally {
        await opened.close();
      }
    });

    it("reads the title's scenario brief in full", async () => {
      const opened = await open(`?lang=${L.lang}`, vp);
      const { page } = opened;
      try {
        const brief = page.locator('.vt-title-brief');
        await brief.waitFor();
        const chips = page.locator('.vt-title-chips input[type="radio"][name$="-scenario"]');
        const n = await chips.count();
        for (let i = 0; i < n; i++) {
          await chips.nth(i).check();
          const cut = await brief.evaluate((b) => {
            const cs = getComputedStyle(b);
            return {
              clamp: cs.getPropertyValue('-webkit-line-clamp'),
              hidden: b.scrollHeight > b.clientHeight + 1,
            };
          });
          expect(cut.hidden).toBe(false);
          expect(['none', '']).toContain(cut.clamp);
        }
        await chips.first().check();
        expect(await brief.textContent()).toBe(L.content.scenarios.mandate.brief);
        await expectAccessible(page, `${vp.name} ${L.lang} title`);
        await shot(page, '5-title-brief');
        expectClean(opened);
      } finally {
        await opened.close();
      }
    });
  });

  it('opens the brief from "start your own run" under a replayed debrief', async () => {
    const code = resultsCodeOf({
      seed: 3,
      scenarioId: 'leaderboard',
      weeks: 12,
      mode: 'scenario',
      evidence: 'central',
      modelVersion: MODEL_VERSION,
      decisions: [],
    });
    const opened = await open(`?code=${code}`, vp);
    const { page } = opened;
    try {
      await page.getByRole('button', { name: enWorkshop.replay.own }).click();
      const brief = page.locator('dialog.vt-brief[open]');
      await brief.waitFor();
      expect(await brief.locator('h2').textContent()).toBe(enContent.scenarios.leaderboard.name);
      await expectAccessible(page, `${vp.name} brief from a code`);
      await screenshot(page, `premise-${vp.name}-6-brief-from-code`);
      await page.keyboard.press('Escape');
      await briefClosed(page);
      expect(await weekText(page)).toBe(fill(enRun.week.label, { week: 1, weeks: 12 }));
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});

describe('an embed naming a scenario', () => {
  for (const size of [
    { width: 320, height: 240 },
    { width: 480, height: 320 },
  ]) {
    it(`shows a short brief that fits a ${size.width} x ${size.height} frame`, async () => {
      const opened = await open('?embed=1&scenario=mandate&seed=5&weeks=12', size);
      const { page } = opened;
      try {
        const brief = page.locator('dialog.vt-brief[open]');
        await brief.waitFor();
        expect(await brief.locator('h2').textContent()).toBe(enContent.scenarios.mandate.name);
        // Short: no targets list, no hints box.
        expect(await brief.locator('.vt-brief-targets').isVisible()).toBe(false);
        const box = await brief.boundingBox();
        expect(box && box.width <= size.width && box.height <= size.height).toBe(true);
        const start = brief.getByRole('button', { name: enRun.premise.brief.start });
        await start.scrollIntoViewIfNeeded();
        expect(await inView(page, '.vt-brief-start')).toBe(true);
        await expectAccessible(page, `embed ${size.width}x${size.height} brief`);
        await screenshot(page, `premise-embed-${size.width}x${size.height}-brief`);
        await start.click();
        await briefClosed(page);
        expect(await weekText(page)).toBe(fill(enRun.week.label, { week: 1, weeks: 12 }));
        await page.locator('.vt-play').click();
        await expect
          .poll(() => weekText(page))
          .toBe(fill(enRun.week.label, { week: 2, weeks: 12 }));
        expectClean(opened, { allowAborted: true });
      } finally {
        await opened.close();
      }
    });
  }
});
