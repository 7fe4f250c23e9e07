// The type the page lays out while it waits (src/ui/type-warm.ts) is the type the title and the
// run screen's first week use: a size or weight missing from the list costs the press on Start a
// round trip to the browser for that font on Linux. A new size in the screens' CSS goes there too.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIRST_TYPE } from '../../src/ui/type-warm.ts';
import { launchChromium, openPage } from './harness';
import { actAndWaitWeek, expectClean, passBrief } from './play';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const key = (px: number, weight: number, family?: string): string =>
  `${px.toFixed(2)}px ${weight}${family ? ` ${family}` : ''}`;

const warmed = new Set(FIRST_TYPE.map(([px, weight, , family]) => key(px, weight, family)));

// A string, not a function: tsx names inner functions with a helper the page does not have.
// The size and weight of every piece of text laid out on the page outside dialogs, and of every
// form control (their family is the browser's own unless the page sets one).
const TYPE_IN_USE = `(() => {
  const out = new Set();
  const add = (e, control) => {
    if (e.closest('dialog') || e.getClientRects().length === 0) return;
    const c = getComputedStyle(e);
    const family = control && !c.fontFamily.includes('system-ui') ? ' ' + c.fontFamily : '';
    out.add(parseFloat(c.fontSize).toFixed(2) + 'px ' + c.fontWeight + family);
  };
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    if (n.textContent.trim() && n.parentElement) add(n.parentElement, false);
  }
  const controls = document.querySelectorAll('select, input[type="number"], input[type="text"]');
  for (const e of controls) add(e, true);
  return [...out];
})()`;

async function typeInUse(page: Page): Promise<string[]> {
  return (await page.evaluate(TYPE_IN_USE)) as string[];
}

describe('the type warmed while the page waits', () => {
  it.each([
    { width: 1280, height: 720 },
    { width: 360, height: 640 },
  ])('covers the title and the first week at $width x $height', async (vp) => {
    const title = await openPage(browser, inject('baseUrl'), vp);
    const run = await openPage(browser, `${inject('baseUrl')}?seed=7&weeks=12`, vp);
    try {
      await title.page.locator('.vt-title-start .vt-btn-primary').waitFor();
      const used = new Set(await typeInUse(title.page));
      await passBrief(run.page);
      for (const k of await typeInUse(run.page)) used.add(k);
      await actAndWaitWeek(run.page, () => run.page.locator('.vt-play').click());
      for (const k of await typeInUse(run.page)) used.add(k);
      const missing = [...used].filter((k) => !warmed.has(k)).sort();
      expect(missing, `add these to FIRST_TYPE in src/ui/type-warm.ts: ${missing}`).toEqual([]);
      expectClean(title);
      expectClean(run);
    } finally {
      await title.close();
      await run.close();
    }
  });
});
