// Japanese has no spaces between words, so a browser left to itself breaks a line anywhere,
// even inside a katakana loanword ("レビューキュ" / "ー"). On a phone, in Japanese, the title,
// the run screen after a played week (dashboards, summary, decisions) and the debrief are read
// for katakana words split across two lines: there must be none.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resultsCodeOf } from '../../src/content/canonical-decisions.ts';
import { MODEL_VERSION, policyToDecisions } from '../../src/sim/index.ts';
import { launchChromium, openPage, screenshot } from './harness';
import { passBrief } from './play';

const PHONE = { width: 360, height: 640 };

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Katakana words (three or more characters) whose characters sit on more than one line. */
function splitWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const word = /[\u30A0-\u30FF]{3,}/g;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      const parent = n.parentElement;
      if (!parent || parent.closest('[hidden], script, style, option')) continue;
      // Text for screen readers only sits in a 1 px box: it is never read as lines.
      if (parent.closest('.vt-visually-hidden')) continue;
      // Inside a closed disclosure (the floor's key, the spend bill): not on screen.
      const details = parent.closest('details');
      if (details && !details.open && !parent.closest('summary')) continue;
      for (const m of text.matchAll(word)) {
        const range = document.createRange();
        range.setStart(n, m.index ?? 0);
        range.setEnd(n, (m.index ?? 0) + m[0].length);
        const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
        if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 2) {
          out.push(`${parent.tagName.toLowerCase()}.${[...parent.classList].join('.')}: ${m[0]}`);
        }
      }
    }
    return out;
  });
}

describe('Japanese on a phone', () => {
  it('never splits a katakana word across lines', async () => {
    const base = inject('baseUrl');
    const opened = await openPage(browser, `${base}?lang=ja`, PHONE, { reducedMotion: 'reduce' });
    const { page } = opened;
    const problems: string[] = [];
    const read = async (where: string) => {
      for (const p of await splitWords(page)) problems.push(`${where}: ${p}`);
      await screenshot(page, `ja-breaks-${where}`);
    };
    try {
      expect(await page.evaluate(() => CSS.supports('word-break', 'auto-phrase'))).toBe(true);
      await page.locator('.vt-title-start, .vt-title').first().waitFor();
      await read('title');
      await page.goto(`${base}?lang=ja&scenario=mandate&seed=2&weeks=12`);
      await page.locator('.vt-run').waitFor();
      await read('brief');
      await passBrief(page);
      for (const tab of ['office', 'decisions', 'dashboards']) {
        const t = page.locator(`.vt-tab[aria-controls$="-panel-${tab}"]`);
        if (await t.isVisible()) await t.click();
        await read(`run-${tab}`);
      }
      const code = resultsCodeOf({
        seed: 2,
        scenarioId: 'mandate',
        weeks: 12,
        mode: 'scenario',
        evidence: 'central',
        modelVersion: MODEL_VERSION,
        decisions: policyToDecisions({ aiMandate: 1, leaderboard: true }, 12),
      });
      await page.goto(`${base}?lang=ja&code=${code}`);
      await page.locator('.vt-finding').first().waitFor();
      await read('debrief');
      expect(problems).toEqual([]);
    } finally {
      await opened.context.close();
    }
  });
});
