// Every screen in the pseudo-locale (English made ~40% longer, accented, bracketed) and in German,
// Spanish and Japanese, at a phone and a desktop size: no text overflows its box. The title, the
// sources, the sandbox with its settings open, the run with an event card, a board review and an
// outage's causes, and the debrief. Saved runs (made here with the real store) take the game
// straight to each dialog. The pseudo-locale lives in a test-only page built here; it never ships.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import type { RunRecord } from '../../src/state/run-record.ts';
import { createGameStore, type GameStore } from '../../src/state/store.ts';
import { buildFixture } from './build-fixture';
import {
  launchChromium,
  type OpenedPage,
  openPage,
  screenshot,
  splitWords,
  waitFrames,
} from './harness';
import { type StaticServer, serveStatic } from './static-server';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtureDir = join(root, 'tests', 'browser', 'fixtures', 'pseudo');
const outDir = join(root, 'test-results', 'pseudo-fixture');

const viewports = [
  { name: 'phone', width: 360, height: 640 },
  { name: 'desktop', width: 1280, height: 720 },
] as const;

let browser: Browser;
let pseudo: StaticServer;

beforeAll(async () => {
  await buildFixture(fixtureDir, outDir);
  pseudo = await serveStatic(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await pseudo?.close();
});

// --- Saved runs that open on each dialog -------------------------------------------------------

function answerAll(store: GameStore): void {
  for (const p of store.getState().sim?.state.pendingCards ?? []) {
    const card = CARDS.find((c) => c.id === p.cardId);
    if (card?.choices[0]) store.getState().answerCard(p.cardId, card.choices[0].id);
  }
  // As the player closes the board's review: the next week waits for it.
  store.getState().acknowledgeBoard();
}

interface Saved {
  /** A card waits for an answer. */
  card: RunRecord;
  /** The quarter's board review has just come in. */
  board: RunRecord;
  /** An outage or breach this week, and no card or review in the way of its causes. */
  cause: RunRecord;
  /** One week before the end, nothing waiting: playing it opens the debrief. */
  last: RunRecord;
}

function savedRuns(): Saved {
  const found: Partial<Saved> = {};
  for (let seed = 1; seed < 40 && !(found.card && found.board && found.cause); seed++) {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 26, seed, mode: 'scenario' });
    for (let week = 1; week <= 20; week++) {
      answerAll(store);
      store.getState().playWeek();
      const s = store.getState();
      const events = s.sim?.lastEvents ?? [];
      const pending = (s.sim?.state.pendingCards.length ?? 0) > 0;
      const review = events.some((e) => e.kind === 'boardReview');
      const record = structuredClone(s.run) as RunRecord;
      if (pending && !found.card) found.card = record;
      if (review && !found.board) found.board = record;
      if (
        !pending &&
        !review &&
        !found.cause &&
        events.some((e) => e.kind === 'incident' || e.kind === 'breach')
      ) {
        found.cause = record;
      }
    }
  }
  for (let seed = 1; seed < 40 && !found.last; seed++) {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'mandate', weeks: 12, seed, mode: 'scenario' });
    for (let week = 1; week <= 11; week++) {
      answerAll(store);
      store.getState().playWeek();
    }
    if ((store.getState().sim?.state.pendingCards.length ?? 1) === 0) {
      found.last = structuredClone(store.getState().run) as RunRecord;
    }
  }
  const { card, board, cause, last } = found;
  if (!card || !board || !cause || !last) throw new Error('no seed gave every dialog');
  return { card, board, cause, last };
}

// --- What overflows ----------------------------------------------------------------------------

/**
 * Elements whose own text does not fit their box: wider or taller than it (and not a panel meant
 * to scroll), or reaching outside the window sideways. Visually hidden text is left out.
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const scrolls = (v: string) => v === 'auto' || v === 'scroll';
    const out: string[] = [];
    // A dialog scrolls up and down when it must, never sideways: text past its right edge (a
    // table's last column) is cut off for anyone who does not think to swipe it.
    for (const d of document.querySelectorAll<HTMLElement>('dialog[open]')) {
      if (d.scrollWidth > d.clientWidth + 1) {
        out.push(
          `dialog.${[...d.classList].join('.')}: ${d.scrollWidth}px wide in ${d.clientWidth}px`,
        );
      }
    }
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('option, select, script, style, svg')) continue;
      const own = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!own) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden' || cs.display === 'contents') {
        continue;
      }
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue; // visually hidden, or not shown
      // Inside a dialog or details that is closed, or a panel of another tab: not on screen.
      if (el.closest('dialog:not([open]), [hidden]')) continue;
      const details = el.closest('details');
      if (details && !details.open && !el.closest('summary')) continue;
      // Text cut to a few lines on purpose, with an ellipsis (and in full for screen readers).
      if (
        cs.getPropertyValue('-webkit-line-clamp') !== 'none' &&
        cs.getPropertyValue('-webkit-line-clamp') !== ''
      )
        continue;
      const label = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 50)}"`;
      if (cs.display !== 'inline') {
        if (!scrolls(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) {
          out.push(`${label}: ${el.scrollWidth}px wide in a ${el.clientWidth}px box`);
        }
        // Glyphs may reach a little past a tight line height (display headings, big numbers):
        // only a spill of half a line or more, or any text cut off, counts.
        const clipped = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
        const slack = clipped ? 2 : Math.max(2, 0.5 * Number.parseFloat(cs.fontSize));
        if (!scrolls(cs.overflowY) && el.scrollHeight > el.clientHeight + slack) {
          out.push(`${label}: ${el.scrollHeight}px tall in a ${el.clientHeight}px box`);
        }
      }
      let sideways = false;
      for (let a = el.parentElement; a; a = a.parentElement) {
        if (scrolls(getComputedStyle(a).overflowX)) sideways = true;
      }
      if (!sideways && (r.right > window.innerWidth + 1 || r.left < -1)) {
        out.push(
          `${label}: reaches ${Math.round(r.left)}..${Math.round(r.right)} of a ${window.innerWidth}px window`,
        );
      }
    }
    return out;
  });
}

// --- The tour ----------------------------------------------------------------------------------

// The pseudo-locale is longer than every real language, so it is the one checked at both sizes;
// each real language is checked at phone width, where its longest words break first.
const [phone] = viewports;
const cases = [
  { lang: 'pseudo', url: () => pseudo.url, sizes: viewports },
  { lang: 'de', url: () => `${inject('baseUrl')}?lang=de`, sizes: [phone] },
  { lang: 'es', url: () => `${inject('baseUrl')}?lang=es`, sizes: [phone] },
  { lang: 'ja', url: () => `${inject('baseUrl')}?lang=ja`, sizes: [phone] },
] as const;

const saved = savedRuns();

async function withSavedRun(opened: OpenedPage, url: string, record: RunRecord): Promise<void> {
  const { page } = opened;
  await page.evaluate((data) => {
    localStorage.setItem('velocity-trap:run', JSON.stringify({ schemaVersion: 1, data }));
  }, record);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('.vt-title-continue').click();
  await officeDrawn(page);
}

/** The run screen with its office floor drawn: Phaser has loaded, so leaving aborts nothing. */
async function officeDrawn(page: Page): Promise<void> {
  await page.locator('.vt-run').waitFor();
  await page.locator('.vt-run canvas').first().waitFor({ state: 'attached', timeout: 30_000 });
}

// Nine screens and four reloads of a saved run, each booting the office: near a minute on a
// loaded two-core machine, so twice the project's minute. The waits inside have their own deadlines.
const SCREENS_TEST_MS = 120_000;

describe.each(cases)('every screen in $lang', ({ lang, url, sizes }) => {
  it.each(sizes)('fits its text at $width x $height', { timeout: SCREENS_TEST_MS }, async (vp) => {
    const opened = await openPage(browser, url(), vp);
    const { page } = opened;
    const problems: string[] = [];
    const check = async (step: string): Promise<void> => {
      // Measured once the fonts in use are in, and the page has drawn a frame with them (what a
      // view draws in an animation frame is in; the measuring itself forces the layout).
      await page.evaluate(() => document.fonts.ready.then(() => true));
      await waitFrames(page, 1);
      for (const p of await overflowing(page)) problems.push(`${step}: ${p}`);
      await screenshot(page, `lang-${lang}-${vp.name}-${step}`);
    };
    try {
      await page.locator('.vt-title-screen').waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(
        lang === 'pseudo' ? 'en' : lang,
      );
      await check('title');

      // The other ways in, in order: the sandbox for a year, for ten years, the sources.
      await page.locator('.vt-title-more .vt-btn').nth(2).click();
      await page.locator('.vt-sources-back').waitFor();
      await check('sources');
      await page.locator('.vt-sources-back').click();

      await page.locator('.vt-title-more .vt-btn').nth(0).click();
      await officeDrawn(page);
      const tabs = page.locator('.vt-tab');
      if (await tabs.first().isVisible()) {
        for (let i = 0; i < (await tabs.count()); i++) {
          await tabs.nth(i).click();
          await check(`sandbox-tab${i + 1}`);
        }
      } else {
        await check('sandbox');
      }
      await page.locator('.vt-settings summary').click();
      await check('settings');

      await withSavedRun(opened, url(), saved.card);
      await page.locator('dialog[open] .vt-choice').first().waitFor();
      await check('card');

      await withSavedRun(opened, url(), saved.board);
      await page
        .locator('dialog[open].vt-board, .vt-board dialog[open], dialog[open]')
        .first()
        .waitFor();
      await check('board');
      // The board's table keeps its words whole on a phone in German and Spanish, its figures
      // too (Japanese wraps between phrases, checked in japanese-breaks; the pseudo-locale is
      // longer than any language on purpose).
      if (lang === 'de' || lang === 'es') {
        for (const w of await splitWords(page, 'dialog[open] .vt-board-table')) {
          problems.push(`board: "${w}" split across lines`);
        }
      }

      await withSavedRun(opened, url(), saved.cause);
      await page.locator('.vt-why').first().click();
      await page.locator('dialog[open]').waitFor();
      await check('cause');

      await withSavedRun(opened, url(), saved.last);
      await page.locator('.vt-play').click();
      // A 12-week run ends between reviews: the board's closing verdict, then the debrief.
      await page.locator('dialog.vt-board[data-board="closing"][open]').waitFor();
      await check('closing');
      await page.keyboard.press('Escape');
      await page.locator('.vt-score-total').waitFor({ timeout: 15_000 });
      await check('debrief');

      expect(problems, problems.join('\n')).toEqual([]);
      expect(opened.record.consoleErrors).toEqual([]);
      expect(opened.record.pageErrors).toEqual([]);
      expect(opened.record.failedRequests).toEqual([]);
      expect(opened.record.outsideRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
