// Steps of a player's run shared by the browser tests: start one from the title screen, answer
// whatever dialog is open, read the week, and check that a page stayed clean.
import type { Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import run from '../../src/i18n/locales/en/run.json';
import screens from '../../src/i18n/locales/en/screens.json';
import { actAndWaitClosed, type OpenedPage, waitForState } from './harness';

/** The run screen's "Week N of M", in English. */
export const weekLabel = (week: number, weeks: number) =>
  run.week.label.replace('{{week}}', String(week)).replace('{{weeks}}', String(weeks));

/**
 * The page did nothing wrong: no console or page error, no failed request, no request out.
 * With `allowAborted`, a request the test itself cut short (by navigating on, or removing a
 * frame, before it finished) is not counted as the page failing.
 */
export function expectClean(opened: OpenedPage, o: { allowAborted?: boolean } = {}): void {
  const r = opened.record;
  const failed = o.allowAborted
    ? r.failedRequests.filter((f) => !f.endsWith('net::ERR_ABORTED'))
    : r.failedRequests;
  expect(r.consoleErrors, r.consoleErrors.join('\n')).toEqual([]);
  expect(r.pageErrors, r.pageErrors.join('\n')).toEqual([]);
  expect(failed, failed.join('\n')).toEqual([]);
  expect(r.outsideRequests, r.outsideRequests.join('\n')).toEqual([]);
}

/** A run opened from a link shows its brief first: its Start button begins week 1. */
export async function passBrief(page: Page | Frame, o: { hints?: boolean } = {}): Promise<void> {
  const brief = page.locator('dialog.vt-brief[open]');
  // The brief offers hints on a first run; a test about something else may turn them off.
  if (o.hints === false) await brief.locator('.vt-brief-hints input').uncheck();
  await brief.locator('.vt-brief-start').click();
  await brief.waitFor({ state: 'hidden' });
}

export async function startRun(page: Page, weeks: 12 | 26 = 12): Promise<void> {
  await page
    .getByRole('radio', { name: screens.title.weeksOption.replace('{{count}}', String(weeks)) })
    .check();
  await page.getByRole('button', { name: screens.title.start, exact: true }).click();
  await page.locator('.vt-run').waitFor();
}

/**
 * Does `act` (the shortcut key, a click on Play) and waits until the week has moved on, a dialog
 * has opened (a card, or autoplay's week that got there first) or the run is over.
 */
export async function actAndWaitWeek(page: Page, act: () => Promise<unknown>): Promise<void> {
  const before = await page.locator('.vt-week').textContent();
  await act();
  await waitForState(
    page,
    'the week to move on, a dialog to open or the run to end',
    (was) => {
      const week = document.querySelector('.vt-week');
      return !week || week.textContent !== was || document.querySelector('dialog[open]') !== null;
    },
    before,
  );
}

/** Answers whatever dialog is open, by keyboard: the second choice of a card, then Continue. */
export async function answerDialogs(page: Page): Promise<number> {
  let answered = 0;
  for (let i = 0; i < 4; i++) {
    const dialog = page.locator('dialog[open]');
    if ((await dialog.count()) === 0) break;
    if (await dialog.locator('.vt-choice').first().isVisible()) {
      // Focus starts on the first choice; Tab once to the second.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.locator('.vt-outcome').isVisible()).toBe(true);
      answered++;
    }
    // The outcome's Continue has focus; a board review or cause closes with Escape.
    const onContinue = await dialog.locator('.vt-outcome').isVisible();
    await actAndWaitClosed(dialog.first(), 'the answered dialog', () =>
      page.keyboard.press(onContinue ? 'Enter' : 'Escape'),
    );
  }
  return answered;
}

/** Gets past the open dialog: a card takes its first choice, then Continue; others close. */
export async function getPastDialog(page: Page): Promise<void> {
  const dialog = page.locator('dialog[open]');
  if (await dialog.locator('.vt-choice').first().isVisible()) {
    await dialog.locator('.vt-choice').first().click();
    await dialog.locator('.vt-outcome').waitFor();
    await page.keyboard.press('Enter');
  } else {
    await page.keyboard.press('Escape');
  }
}

/** Plays weeks (answering cards, closing board reviews) until `week` is the coming one. */
export async function playTo(page: Page, week: number, weeks: number): Promise<void> {
  const label = page.getByText(weekLabel(week, weeks));
  for (let i = 0; i < week * 4 + 8; i++) {
    if (await label.isVisible()) return;
    if ((await page.locator('dialog[open]').count()) > 0) await getPastDialog(page);
    else await page.getByRole('button', { name: run.week.play }).click();
  }
  await label.waitFor({ timeout: 2000 });
}

/** Plays to the end of the run, whatever comes up, until the debrief shows. */
export async function finishRun(page: Page): Promise<void> {
  const debrief = page.getByRole('heading', { level: 1, name: screens.debrief.heading });
  for (let i = 0; i < 200 && !(await debrief.isVisible()); i++) {
    if ((await page.locator('dialog[open]').count()) > 0) await getPastDialog(page);
    else if ((await page.locator('.vt-run').count()) > 0) {
      await page.getByRole('button', { name: run.week.play }).click();
    }
  }
  await debrief.waitFor({ timeout: 2000 });
}

/**
 * Follows the first named source under `within` (a finding, a cause chain) to the sources screen:
 * the name is a real one (not a bare id), and the source it opens is that one, focused. Returns the
 * focused entry.
 */
export async function openFirstSource(page: Page, source: Locator): Promise<Locator> {
  const name = (await source.textContent()) ?? '';
  expect(name.length).toBeGreaterThan(8);
  await source.click();
  const focused = page.locator('.vt-src.is-focused');
  await focused.waitFor();
  expect(await focused.locator('.vt-src-title').textContent()).toBe(name);
  return focused;
}
