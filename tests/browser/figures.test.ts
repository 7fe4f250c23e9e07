// Every figure the run screen shows in more than one place is the same figure: the week bar's
// summary, the office floor's words, the dashboards, the alarms and the cause chain (its sources
// named, one click from the sources screen and back), played for
// 26 weeks on several seeds, in English at 1280 x 720 and in German at 360 x 640. Counts are whole
// (no "48.922,6 Zeilen"), a share's change is in points, the floor's key is there and readable,
// and on a phone the alarms never cover the floor.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import deAccess from '../../src/i18n/locales/de/access.json';
import deRun from '../../src/i18n/locales/de/run.json';
import enAccess from '../../src/i18n/locales/en/access.json';
import enRun from '../../src/i18n/locales/en/run.json';
import { launchChromium, openPage, screenshot, waitForState } from './harness';
import { expectClean, getPastDialog, openFirstSource, passBrief } from './play';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const TEXT = { en: { run: enRun, access: enAccess }, de: { run: deRun, access: deAccess } };
type Lang = keyof typeof TEXT;

/** What one week left on the screen, read in one go. */
interface Seen {
  week: string;
  summary: string;
  words: string[];
  tiles: Record<string, { value: string; trend: string }>;
  cfrNote: string;
  incidents: number;
  office: { top: number; bottom: number } | null;
  alarms: { top: number; bottom: number } | null;
}

function read(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const text = (sel: string) => document.querySelector(sel)?.textContent ?? '';
    const box = (sel: string) => {
      const r = document.querySelector(sel)?.getBoundingClientRect();
      return r ? { top: r.top, bottom: r.bottom } : null;
    };
    const tiles: Record<string, { value: string; trend: string }> = {};
    for (const li of document.querySelectorAll<HTMLElement>('.vt-tile')) {
      tiles[li.dataset.hint ?? ''] = {
        value: li.querySelector('.vt-tile-value')?.textContent ?? '',
        trend: li.querySelector('.vt-trend')?.textContent ?? '',
      };
    }
    return {
      week: text('.vt-week'),
      summary: text('.vt-summary'),
      words: [...document.querySelectorAll('.vt-office-words li')].map(
        (li) => li.textContent ?? '',
      ),
      tiles,
      cfrNote: text('.vt-tile-note'),
      incidents: document.querySelectorAll('.vt-alarm-incident').length,
      office: box('.vt-office'),
      alarms: box('.vt-alarms'),
    };
  });
}

/** The part of `template` between `{{name}}` and what follows it, found in `s`. */
function slot(template: string, name: string, s: string): string | null {
  const [before = '', after = ''] = template.split(`{{${name}}}`);
  const head = before.replace(/\{\{\w+\}\}/g, '');
  const tail = after.split('{{')[0] ?? '';
  const i = s.indexOf(head);
  if (i < 0) return null;
  const start = i + head.length;
  const end = tail ? s.indexOf(tail, start) : s.length;
  return end < 0 ? null : s.slice(start, end);
}

const SHARES = ['measuredAdoption', 'changeFailureRate', 'morale', 'ownership'];

function check(lang: Lang, seen: Seen): void {
  const { run, access } = TEXT[lang];
  const where = `${lang} ${seen.week}: ${seen.summary}`;
  // Features: the tile's whole number is the summary's.
  const features = seen.tiles.featuresShipped?.value ?? '';
  expect(features, where).toMatch(/^\d+$/);
  const featureWords = [run.week.summaryFeatures_one, run.week.summaryFeatures_other].map((t) =>
    t.replace('{{formatted}}', features),
  );
  expect(
    featureWords.some((w) => seen.summary.includes(w)),
    where,
  ).toBe(true);
  // Incidents: the alarms listed are the summary's count.
  const incidentWords = [run.week.summaryIncidents_one, run.week.summaryIncidents_other].map((t) =>
    t.replace('{{formatted}}', String(seen.incidents)),
  );
  expect(
    incidentWords.some((w) => seen.summary.includes(w)),
    where,
  ).toBe(true);
  // The review queue: the floor's words say what the summary says, in the same words.
  const reviewLine = seen.words.find((w) => slot(access.office.review, 'clause', w) !== null);
  const clause = reviewLine ? slot(access.office.review, 'clause', reviewLine) : null;
  expect(clause, `${where} | ${seen.words.join(' | ')}`).toBeTruthy();
  expect(seen.summary, where).toContain(clause ?? '∅');
  const queueLine = seen.words.find((w) => slot(access.office.queue, 'lines', w) !== null) ?? '';
  const lines = slot(access.office.queue, 'lines', queueLine) ?? '';
  expect(lines, queueLine).toMatch(/^\d{1,3}([.,]\d{3})*$/);
  if (lines !== '0') expect(seen.summary, where).toContain(lines);
  // Morale: the floor's words and the tile agree.
  const moraleLine = seen.words.find((w) => slot(access.office.morale, 'value', w) !== null) ?? '';
  expect(slot(access.office.morale, 'value', moraleLine)).toBe(seen.tiles.morale?.value);
  // Counts whole: no decimal in a count of lines, features or people anywhere in the words.
  const all = [seen.summary, ...seen.words].join(' ');
  const fraction =
    lang === 'de'
      ? /\d,\d+\s*(Zeilen|Feature|Ingenieur|Kunden)/
      : /\d\.\d+\s*(lines|feature|engineer|customer)/;
  expect(all).not.toMatch(fraction);
  // A share's change is said in points, never as a percentage.
  for (const key of SHARES) {
    const trend = seen.tiles[key]?.trend ?? '';
    expect(trend, key).not.toContain('%');
  }
  // A failure rate beside no incident says the failed deploys were caught.
  if (seen.incidents === 0 && seen.cfrNote !== run.figures.failures.none) {
    const caught = run.figures.failures.caught.split('{{deploys}}')[1] ?? '';
    expect(seen.cfrNote, where).toContain(caught);
  }
}

/**
 * Opens the first alarm's "why" and checks its chain against the week's summary; the facts behind
 * each link are named, never shown as bare ids ("F5, S1"), and the first opens the sources screen
 * at it, whose Back returns to the run with the chain and the week's summary as they were.
 */
async function checkCause(page: Page, lang: Lang, seen: Seen): Promise<boolean> {
  const { run } = TEXT[lang];
  await page.locator('.vt-why').first().click();
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor();
  const whereText = (await dialog.locator('.vt-link-where').allTextContents())[0];
  const width = page.viewportSize()?.width ?? 0;
  await screenshot(page, `figures-cause-${lang}-${width}`);
  if (whereText) {
    const clause = slot(run.figures.where, 'clause', whereText);
    expect(seen.summary).toContain(clause ?? '∅');
  }
  expect(await dialog.textContent()).not.toMatch(/\b([FSA]\d{1,2}|reasoning)\b/);
  await openFirstSource(page, dialog.locator('.vt-link-sources .vt-source-link').first());
  await screenshot(page, `figures-cause-source-${lang}-${width}`);
  await page.locator('.vt-sources-back').click();
  await dialog.locator('.vt-source-link').first().waitFor();
  expect(await page.locator('.vt-summary').textContent()).toBe(seen.summary);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' }).catch(() => dialog.waitFor({ state: 'hidden' }));
  return Boolean(whereText);
}

async function playChecked(lang: Lang, viewport: { width: number; height: number }, seed: number) {
  const url = `${inject('baseUrl')}?lang=${lang}&scenario=mandate&seed=${seed}&weeks=26`;
  const opened = await openPage(browser, url, viewport);
  const { page } = opened;
  const { run } = TEXT[lang];
  const size = `${viewport.width}x${viewport.height}`;
  try {
    // The room link opens on the scenario's brief; hints off, so the floor stays in view.
    await passBrief(page, { hints: false });
    const play = page.getByRole('button', { name: run.week.play });
    await play.waitFor();
    // The floor's key: there, named in the language, and readable when opened.
    const legend = page.locator('.vt-legend');
    await expect.poll(() => legend.locator('summary').textContent()).toBe(run.legend.show);
    await legend.locator('summary').click();
    const items = legend.locator('.vt-legend-item');
    expect(await items.count()).toBe(12);
    await expect.poll(() => items.last().isVisible()).toBe(true);
    const listBox = await legend.locator('.vt-legend-list').boundingBox();
    expect(listBox && listBox.x >= 0 && listBox.x + listBox.width <= viewport.width).toBe(true);
    expect(await items.first().textContent()).toBe(run.legend.sheet);
    await screenshot(page, `figures-legend-${lang}-${size}`);
    await legend.locator('summary').click();

    let shotAlarm = false;
    let sawWhere = false;
    // Week 26 ends the run in the debrief: the run screen shows weeks 1 to 25.
    for (let week = 1, i = 0; week <= 25 && i < 80; i++) {
      if ((await page.locator('dialog[open]').count()) > 0) {
        await getPastDialog(page);
        continue;
      }
      await play.click();
      const label = run.week.summaryStart.replace('{{week}}', String(week));
      await waitForState(
        page,
        `the summary of week ${week}`,
        (start) =>
          (document.querySelector('.vt-summary')?.textContent ?? '').startsWith(start) ||
          document.querySelector('dialog[open]') !== null,
        `${label} `,
      );
      if ((await page.locator('dialog[open]').count()) > 0) {
        await getPastDialog(page);
        await waitForState(
          page,
          `the summary of week ${week} after its dialog`,
          (start) => (document.querySelector('.vt-summary')?.textContent ?? '').startsWith(start),
          `${label} `,
        );
      }
      const seen = await read(page);
      check(lang, seen);
      // The alarms never cover the floor on a phone.
      if (viewport.width < 600 && seen.office && seen.alarms) {
        expect(seen.alarms.top, seen.week).toBeGreaterThanOrEqual(seen.office.bottom - 0.5);
      }
      if (seen.incidents > 0 && (await page.locator('dialog[open]').count()) === 0) {
        if (!sawWhere) sawWhere = await checkCause(page, lang, seen);
        if (!shotAlarm) {
          shotAlarm = true;
          await screenshot(page, `figures-outage-${lang}-${size}`);
        }
      }
      if (week === 2) {
        await screenshot(page, `figures-week2-${lang}-${size}`);
      }
      week++;
    }
    expectClean(opened);
    return { shotAlarm, sawWhere };
  } finally {
    await opened.close();
  }
}

describe('the figures a player sees twice', () => {
  it.each([
    { lang: 'en', width: 1280, height: 720, seed: 1 },
    { lang: 'de', width: 360, height: 640, seed: 1 },
    { lang: 'en', width: 360, height: 640, seed: 2 },
    { lang: 'de', width: 1280, height: 720, seed: 3 },
  ] as const)(
    'agree everywhere through a 26-week run: $lang at $width x $height, seed $seed',
    async (c) => {
      const out = await playChecked(c.lang, { width: c.width, height: c.height }, c.seed);
      expect(out.shotAlarm).toBe(true);
    },
    240_000,
  );
});
