// WCAG 2.2 AA on the built site: axe-core finds no violation on any screen or dialog in any
// language the build has, and every target a finger or pointer uses is at least 24 x 24 CSS px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations } from './axe';
import { launchChromium, type OpenedPage, openPage, screenshot } from './harness';
import { expectClean } from './play';
import {
  blockStorage,
  buildLanguages,
  DESKTOP,
  openIn,
  PHONE,
  STOPS,
  type Stop,
  tour,
} from './tour';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Opens a page for the tour: CSP bypassed (axe is injected as a script), storage blocked, and
 * motion reduced so the office floor does not spend the machine's time animating.
 */
async function openForTour(lang: string): Promise<OpenedPage> {
  const opened = await openPage(browser, inject('baseUrl'), DESKTOP, {
    bypassCSP: true,
    reducedMotion: 'reduce',
  });
  await blockStorage(opened.page);
  await openIn(opened.page, inject('baseUrl'), lang);
  return opened;
}

const languages = buildLanguages();
/** The stops photographed in every language but English (the phone tour photographs them all). */
const SHOWN: ReadonlySet<Stop> = new Set([
  'title',
  'hint',
  'tab-office',
  'card',
  'board',
  'debrief',
]);

describe('axe-core on every screen and dialog', () => {
  it('finds the four languages of the build', () => {
    expect(languages).toEqual(expect.arrayContaining(['de', 'en', 'es', 'ja']));
  });

  it.each(languages)(
    'finds no WCAG 2.2 A or AA violation in %s',
    { timeout: 240_000 },
    async (lang) => {
      const opened = await openForTour(lang);
      const { page } = opened;
      const found: string[] = [];
      try {
        const started = performance.now();
        const seen = await tour(page, async (stop) => {
          const violations = await axeViolations(page);
          if (violations.length > 0) found.push(describeViolations(`${lang} ${stop}`, violations));
          if (lang !== 'en' && SHOWN.has(stop)) await screenshot(page, `access-${lang}-${stop}`);
        });
        console.log(
          `axe in ${lang}: ${seen.length} stops in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
        expect([...seen].sort()).toEqual([...STOPS].sort());
        expect(found.join('\n')).toBe('');
        expectClean(opened);
      } finally {
        await opened.close();
      }
    },
  );
});

interface SmallTarget {
  what: string;
  width: number;
  height: number;
}

/**
 * Every visible interactive element smaller than 24 x 24 CSS px. A checkbox or radio counts with
 * its label (clicking either works); a link inside running text is exempt (WCAG 2.5.8, inline).
 */
function smallTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const out: SmallTarget[] = [];
    const openDialog = document.querySelector('dialog[open]');
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (openDialog && !openDialog.contains(el)) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.closest('[hidden], [inert]')) continue;
      let box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // Visually hidden helpers (1 x 1, clipped) are for screen readers, not for pointing at.
      if (style.clipPath.startsWith('inset(50%')) continue;
      const label = el instanceof HTMLInputElement ? (el.labels?.[0] ?? null) : null;
      if (label) {
        const l = label.getBoundingClientRect();
        box = new DOMRect(
          Math.min(box.left, l.left),
          Math.min(box.top, l.top),
          Math.max(box.right, l.right) - Math.min(box.left, l.left),
          Math.max(box.bottom, l.bottom) - Math.min(box.top, l.top),
        );
      }
      const inline =
        el.tagName === 'A' &&
        el.parentElement &&
        /^(P|LI|SPAN|TD|DD)$/.test(el.parentElement.tagName) &&
        (el.parentElement.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
      if (inline) continue;
      if (box.width + 0.5 < 24 || box.height + 0.5 < 24) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        out.push({
          what: `${el.tagName.toLowerCase()}.${el.className} "${name}"`,
          width: Math.round(box.width * 10) / 10,
          height: Math.round(box.height * 10) / 10,
        });
      }
    }
    return out;
  });
}

describe('target sizes', () => {
  it('makes every target at least 24 x 24 CSS px on every screen at 360 x 640', {
    timeout: 240_000,
  }, async () => {
    const opened = await openForTour('en');
    const { page } = opened;
    const small: string[] = [];
    try {
      const seen = await tour(
        page,
        async (stop: Stop) => {
          for (const t of await smallTargets(page))
            small.push(`${stop}: ${t.what} ${t.width}x${t.height}`);
          await screenshot(page, `access-phone-${stop}`);
        },
        PHONE,
      );
      expect([...seen].sort()).toEqual([...STOPS].sort());
      expect(small.join('\n')).toBe('');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
