// The debrief inside a blogger's frame: the host page on one loopback port frames the built game
// served from another (cross-origin), sandboxed as a blog would. At 320x240, 360x560, 720x405 and
// 960x540 (and in German at 320x240) the frame's debrief shows the score, the run's strongest
// dynamic in one sentence, the comparison with the sound policy and its links all in view, with
// no scrolling and nothing of the frame's own overflowing. With `allow-popups`, "Open the full
// debrief" opens the full game's debrief of the same code in a new tab; without, the code to copy.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resultsCodeOf } from '../../src/content/canonical-decisions.ts';
import { createLoadedI18n } from '../../src/i18n';
import debriefDe from '../../src/i18n/locales/de/debrief.json';
import debriefEn from '../../src/i18n/locales/en/debrief.json';
import run from '../../src/i18n/locales/en/run.json';
import screens from '../../src/i18n/locales/en/screens.json';
import workshop from '../../src/i18n/locales/en/workshop.json';
import { MODEL_VERSION } from '../../src/sim/index.ts';
import { debriefOf } from '../../src/state/debrief.ts';
import { replay } from '../../src/state/run-record.ts';
import { recordOfCode } from '../../src/state/workshop.ts';
import { strongestLine } from '../../src/ui/debrief/debrief-text.ts';
import { whatIfRows } from '../../src/ui/debrief/whatif-rows.ts';
import { formatNumber } from '../../src/ui/sources/format.ts';
import { axeViolations, describeViolations } from './axe';
import { embedSetup, frameGame, MANDATE_RUN, messagesOf, overflow } from './embed-host';
import { actAndWaitClosed, SCREENSHOT_DIR, waitForState } from './harness';
import { expectClean, passBrief } from './play';

/** The game, the blogger's page and Chromium, shared by the file's tests. */
const env = embedSetup();

/** A real 12-week run: the layoffs scenario, seed 5, played on as it starts (layoffs, D8, lead). */
const CODE = resultsCodeOf({
  seed: 5,
  scenarioId: 'layoffs',
  weeks: 12,
  mode: 'scenario',
  evidence: 'central',
  modelVersion: MODEL_VERSION,
  decisions: Array.from({ length: 12 }, () => ({})),
});

/** The README's snippet: a reader may play and open tabs that are not sandboxed themselves. */
const README_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

const SIZES = [
  { name: 'tiny', width: 320, height: 240, lang: 'en' },
  { name: 'portrait', width: 360, height: 560, lang: 'en' },
  { name: 'landscape', width: 720, height: 405, lang: 'en' },
  { name: 'wide', width: 960, height: 540, lang: 'en' },
  { name: 'tiny-de', width: 320, height: 240, lang: 'de' },
] as const;

/** What the frame's debrief of CODE must say, from the debrief's own selectors. */
async function expected(lang: string) {
  const opened = recordOfCode(CODE);
  if (!opened.ok) throw new Error('the test code does not open');
  const d = debriefOf(opened.record, replay(opened.record));
  const i18n = await createLoadedI18n(lang);
  expect(d.findings.length).toBeGreaterThan(0);
  return {
    score: formatNumber(lang, Math.round(d.score.total), 0),
    sentence: strongestLine(i18n, d.findings),
    rows: whatIfRows(i18n, d, ['score', 'features', 'incidents']).map((r) => [r.you, r.sound]),
  };
}

/** The frame element alone, as the blog's reader sees it, into test-results/screenshots. */
async function shootFrame(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.locator('#game').screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/**
 * Each part named lies wholly inside the frame's viewport, the debrief does not scroll (nor could
 * it), and no element of it is wider than its box: nothing cut off, nothing to scroll to.
 */
async function expectAllInView(frame: Frame, selectors: readonly string[]): Promise<void> {
  const report = await frame.evaluate((selectors) => {
    const out: string[] = [];
    for (const s of selectors) {
      const e = document.querySelector(s);
      if (!e) {
        out.push(`${s}: missing`);
        continue;
      }
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) out.push(`${s}: not shown`);
      if (r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5)
        out.push(`${s}: ${[r.left, r.top, r.right, r.bottom].map(Math.round)} outside the frame`);
    }
    const screen = document.querySelector<HTMLElement>('.vt-frame-debrief');
    if (screen && screen.scrollHeight > screen.clientHeight)
      out.push(`debrief scrolls: ${screen.scrollHeight} > ${screen.clientHeight}`);
    if (screen && screen.scrollTop !== 0) out.push('debrief scrolled');
    for (const e of screen?.querySelectorAll<HTMLElement>('*') ?? []) {
      // A field scrolls its own text; a hidden or screen-reader-only part takes no room.
      if (e.closest('.vt-visually-hidden, dialog:not([open])') || e.tagName === 'INPUT') continue;
      const box = e.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1) continue;
      if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
        out.push(`${e.className || e.tagName} overflows its box`);
    }
    return out;
  }, selectors);
  expect(report).toEqual([]);
}

const PARTS = [
  '.vt-fd-h1',
  '.vt-fd-total',
  '.vt-fd-finding',
  '.vt-fd-compare',
  '.vt-fd-actions [data-act="again"]',
  '.vt-fd-open',
];

async function expectAccessible(frame: Frame, where: string): Promise<void> {
  expect(describeViolations(where, await axeViolations(frame))).toBe('');
}

/** Chromium's report of a tab that a frame sandboxed without `allow-popups` may not open. */
const BLOCKED_POPUP = /^Blocked opening '' in a new window because .* 'allow-popups' permission/;

describe("the debrief in a blog's frame", () => {
  it.each(SIZES)(
    'shows score, sentence, comparison and links in view at $width x $height ($lang)',
    async (size) => {
      const want = await expected(size.lang);
      const texts = size.lang === 'de' ? debriefDe : debriefEn;
      const opened = await env.openHost();
      const { page } = opened;
      try {
        const lang = size.lang === 'en' ? '' : `&lang=${size.lang}`;
        const frame = await frameGame(page, `${env.game.url}?embed=1&code=${CODE}${lang}`, {
          width: size.width,
          height: size.height,
          sandbox: 'allow-scripts',
        });
        await frame.locator('.vt-frame-debrief .vt-fd-finding').waitFor();
        // Drawn once the page's own fonts are in, so the measures below are final.
        await frame.evaluate(() => document.fonts.ready.then(() => undefined));
        expect(await frame.locator('.vt-fd-total').textContent()).toBe(want.score);
        expect(await frame.locator('.vt-fd-finding').textContent()).toBe(want.sentence);
        const cells = await frame
          .locator('.vt-fd-compare tbody tr')
          .evaluateAll((rows) =>
            rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)),
          );
        expect(cells).toEqual(want.rows);
        const link = frame.getByRole('link', { name: texts.frame.openFull });
        expect(await link.getAttribute('href')).toBe(
          `${env.game.url}?code=${CODE}&lang=${size.lang}`,
        );
        expect(await link.getAttribute('target')).toBe('_blank');
        await expectAllInView(frame, PARTS);
        expect(await overflow(frame)).toEqual([0, 0, 0, 0]);
        // The full game's corner link gives way to the debrief's own.
        expect(await frame.locator('.vt-open-full').isVisible()).toBe(false);
        await expectAccessible(frame, `${size.name} frame debrief`);
        await shootFrame(page, `embed-debrief-${size.name}-1-debrief`);

        // This sandbox lets no tab open: the code comes up to copy, focused, with how to use it.
        await link.click();
        const dialog = frame.locator('dialog.vt-fd-code[open]');
        await dialog.waitFor();
        const field = dialog.getByRole('textbox');
        expect(await field.inputValue()).toBe(CODE);
        expect(await field.evaluate((e) => e === document.activeElement)).toBe(true);
        expect(await dialog.getByText(texts.frame.codeHow).isVisible()).toBe(true);
        await expectAllInView(frame, [
          'dialog.vt-fd-code[open] .vt-dialog-title',
          'dialog.vt-fd-code[open] .vt-fd-code-field',
          'dialog.vt-fd-code[open] .vt-fd-code-how',
          'dialog.vt-fd-code[open] .vt-fd-code-row .vt-btn-primary',
          'dialog.vt-fd-code[open] .vt-fd-code-close',
        ]);
        expect(await overflow(frame)).toEqual([0, 0, 0, 0]);
        await expectAccessible(frame, `${size.name} frame debrief, the code`);
        await dialog.locator('.vt-fd-code-row .vt-btn-primary').click();
        // Copied, or (where the frame may not write the clipboard) the code selected to copy.
        await waitForState(
          frame,
          'the copy to say how it went',
          () => (document.querySelector('.vt-fd-code-status')?.textContent ?? '') !== '',
          undefined,
        );
        await shootFrame(page, `embed-debrief-${size.name}-2-code`);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
        expect(await link.evaluate((e) => e === document.activeElement)).toBe(true);
        // The one error is the browser's own report of the tab the sandbox refused (a page cannot
        // ask its sandbox beforehand); the normal case, with `allow-popups`, has none (below).
        const { consoleErrors } = opened.record;
        expect(consoleErrors.filter((e) => !BLOCKED_POPUP.test(e))).toEqual([]);
        expectClean({ ...opened, record: { ...opened.record, consoleErrors: [] } });
      } finally {
        await opened.close();
      }
    },
  );

  it('opens the full debrief of the same code in a new tab where the sandbox allows it', async () => {
    const opened = await env.openHost();
    const { page, context } = opened;
    try {
      const frame = await frameGame(page, `${env.game.url}?embed=1&code=${CODE}`, {
        width: 720,
        height: 405,
        sandbox: README_SANDBOX,
      });
      const link = frame.getByRole('link', { name: debriefEn.frame.openFull });
      const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
      const tabErrors: string[] = [];
      tab.on('console', (m) => {
        if (m.type() === 'error') tabErrors.push(m.text());
      });
      await tab
        .getByRole('heading', { level: 1, name: screens.debrief.heading })
        .waitFor({ timeout: 20_000 });
      expect(tab.url()).toBe(`${env.game.url}?code=${CODE}&lang=en`);
      // The full debrief, not the frame's: its code panel holds the same code; no embed.
      expect(await tab.getByLabel(workshop.code.label, { exact: true }).inputValue()).toBe(CODE);
      expect(
        await tab.evaluate(() => document.documentElement.classList.contains('vt-embed')),
      ).toBe(false);
      expect(await tab.evaluate(() => window.opener)).toBeNull();
      await tab.screenshot({ path: join(SCREENSHOT_DIR, 'embed-debrief-3-full-tab.png') });
      expect(await frame.locator('dialog[open]').count()).toBe(0);
      expect(tabErrors).toEqual([]);
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('follows a run played to its end in the frame', async () => {
    const opened = await env.openHost();
    const { page } = opened;
    try {
      const frame = await frameGame(page, `${env.game.url}${MANDATE_RUN}`, {
        width: 960,
        height: 540,
        sandbox: README_SANDBOX,
      });
      await passBrief(frame);
      const debrief = frame.locator('.vt-frame-debrief');
      const play = frame.getByRole('button', { name: run.week.play });
      for (let i = 0; i < 80 && (await debrief.count()) === 0; i++) {
        // The next thing to act on: a dialog, the Play button, or the debrief (drawn once its
        // chunk is in, after the run screen has gone).
        await waitForState(
          frame,
          'a dialog, the Play button or the debrief',
          () =>
            document.querySelector('dialog[open], .vt-frame-debrief') !== null ||
            document.querySelector<HTMLButtonElement>('.vt-play')?.disabled === false,
          undefined,
        );
        if ((await debrief.count()) > 0) break;
        const dialog = frame.locator('dialog[open]').first();
        if ((await dialog.count()) > 0) {
          // A card takes its first choice, then Continue; the board's review closes.
          const choice = dialog.locator('.vt-choice').first();
          if (await choice.isVisible()) {
            await choice.click();
            await dialog.locator('.vt-outcome').waitFor();
          }
          const key = (await dialog.locator('.vt-outcome').isVisible()) ? 'Enter' : 'Escape';
          await actAndWaitClosed(dialog, 'the dialog', () => page.keyboard.press(key));
        } else {
          await play.click();
        }
      }
      await debrief.waitFor();
      const [finished] = await messagesOf(page, 'run-finished');
      if (!finished) throw new Error('no run-finished message');
      const { score, code } = finished.data as { score: number; code: string };
      expect(await frame.locator('.vt-fd-total').textContent()).toBe(
        formatNumber('en', Math.round(score), 0),
      );
      expect(
        await frame.getByRole('link', { name: debriefEn.frame.openFull }).getAttribute('href'),
      ).toBe(`${env.game.url}?code=${code}&lang=en`);
      // The player is in the frame now: the debrief's heading has the focus, as the full one's.
      expect(await frame.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await expectAllInView(frame, PARTS);
      expect(await overflow(frame)).toEqual([0, 0, 0, 0]);
      await shootFrame(page, 'embed-debrief-wide-4-played');
      // Play again: the same run from week 1, in the frame.
      await frame.getByRole('button', { name: screens.debrief.playAgain }).click();
      await frame.locator('.vt-run').waitFor();
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
