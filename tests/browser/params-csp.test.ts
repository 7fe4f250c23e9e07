// URL parameters and the page's security on the built site: hostile parameter values fall back
// with a notice and inject nothing; a whole run plays under the Content Security Policy with
// no violation; no cookie is ever set; the built HTML carries the policy and no inline script.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import embed from '../../src/i18n/locales/en/embed.json';
import run from '../../src/i18n/locales/en/run.json';
import screens from '../../src/i18n/locales/en/screens.json';
import { PARAM_SCHEMA, type ParamName } from '../../src/platform/url-params.ts';
import { actAndWaitClosed, launchChromium, openPage, screenshot } from './harness';
import { actAndWaitWeek, expectClean, passBrief } from './play';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const noticeFor = (param: string) => embed.notice.param.replace('{{param}}', param);

/** [parameter, raw query value as it appears in the URL]. */
const HOSTILE: ReadonlyArray<readonly [ParamName, string]> = [
  ['seed', ''],
  ['seed', 'NaN'],
  ['seed', '1e309'],
  ['seed', '-1'],
  ['seed', '2.5'],
  ['seed', '99999999999'],
  ['seed', 'Infinity'],
  ['seed', '%'],
  ['seed', '%E0%A4%A'],
  ['seed', '0x1F'],
  ['weeks', ''],
  ['weeks', '0'],
  ['weeks', '-12'],
  ['weeks', '12.5'],
  ['weeks', '1e309'],
  ['weeks', '13'],
  ['weeks', 'NaN'],
  ['speed', '3'],
  ['speed', '-4'],
  ['speed', '0.5'],
  ['speed', 'fast'],
  ['scenario', ''],
  ['scenario', '__proto__'],
  ['scenario', 'constructor'],
  ['scenario', '%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ['scenario', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
  ['scenario', 'x'.repeat(20_000)],
  ['scenario', '../../etc/passwd'],
  ['lang', ''],
  ['lang', 'xx'],
  ['lang', '__proto__'],
  ['lang', '%3Csvg%20onload%3Dalert(1)%3E'],
  ['lang', 'en%00'],
  ['lang', 'e'.repeat(20_000)],
  ['embed', 'yes'],
  ['embed', '2'],
  ['autoplay', 'maybe'],
  ['autoplay', '%'],
  ['view', 'admin'],
  ['view', '%3Ciframe%20src%3Djavascript%3Aalert(1)%3E'],
  ['view', '__proto__'],
  ['widget', 'office'],
  ['widget', '%3Cb%3E'],
  ['code', ''],
  ['code', '%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ['code', 'a%20b'],
  ['code', 'k'.repeat(24_001)],
  ['origin', '*'],
  ['origin', 'null'],
  ['origin', 'javascript%3Aalert(1)'],
  ['origin', 'https%3A%2F%2Fblog.example%2Fpath'],
  ['origin', 'data%3Atext%2Fhtml%2C%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
];

/** What the value could inject, to look for on the page afterwards. */
interface PageShape {
  scripts: number;
  iframes: number;
  images: number;
  svgs: number;
  eventAttributes: number;
  bodyHasMarker: boolean;
}

function pageShape(page: Page): Promise<PageShape> {
  return page.evaluate(() => ({
    scripts: document.scripts.length,
    iframes: document.querySelectorAll('iframe').length,
    images: document.querySelectorAll('img').length,
    svgs: document.querySelectorAll('svg').length,
    eventAttributes: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on')),
    ).length,
    bodyHasMarker: /alert\(1\)|onerror|onload=|<script/i.test(document.body.innerHTML),
  }));
}

describe('URL parameters on the built site', () => {
  it('tries at least 50 hostile values', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(50);
  });

  // In batches of 13 page loads, so each test stays well inside its time limit.
  const batches = [0, 1, 2, 3].map((i) => HOSTILE.slice(i * 13, i * 13 + 13));
  it.each(batches.map((b, i) => ({ i: i + 1, b })))(
    'falls back, names the parameter and injects nothing, for hostile values (batch $i)',
    async ({ b }) => {
      const base = inject('baseUrl');
      const opened = await openPage(browser, base, { width: 1280, height: 720 });
      const { page } = opened;
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      try {
        await page.locator('.vt-title-screen').waitFor();
        const clean = await pageShape(page);
        for (const [name, raw] of b) {
          const what = `${name}=${raw.slice(0, 60)}`;
          await page.goto(`${base}?${name}=${raw}&utm_source=blog&__proto__[x]=1`, {
            waitUntil: 'load',
          });
          await page.getByText(noticeFor(name), { exact: true }).waitFor();
          expect(await page.locator('.vt-param-notice-line').count(), what).toBe(1);
          // Each falls back to its default: here, the title screen, as with no parameter.
          await page.locator('.vt-title-screen').waitFor();
          expect(await pageShape(page), what).toEqual(clean);
          expect(await page.evaluate(() => Object.keys(Object.prototype)), what).toEqual([]);
        }
        expect(dialogs).toEqual([]);
        expectClean(opened, { allowAborted: true });
      } finally {
        await opened.close();
      }
    },
  );

  it('starts the run a link asks for, and says once which setting it could not use', async () => {
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 360, height: 640 },
    ]) {
      const opened = await openPage(
        browser,
        `${inject('baseUrl')}?scenario=layoffs&weeks=12&seed=9&speed=4&lang=xx&weeks=12`,
        viewport,
      );
      const { page } = opened;
      try {
        await page.locator('.vt-run').waitFor();
        // The link's run opens on its brief; the notice is read once the run has begun.
        await passBrief(page);
        const weekLabel = run.week.label.replace('{{week}}', '1').replace('{{weeks}}', '12');
        await page.getByText(weekLabel).waitFor();
        expect(await page.getByRole('combobox', { name: run.week.speed }).inputValue()).toBe('4');
        const notice = page.getByText(noticeFor('lang'), { exact: true });
        expect(await notice.isVisible()).toBe(true);
        await screenshot(page, `params-notice-${viewport.width}x${viewport.height}`);
        await page.getByRole('button', { name: embed.notice.dismiss, exact: true }).click();
        expect(await notice.count()).toBe(0);
        expectClean(opened, { allowAborted: true });
      } finally {
        await opened.close();
      }
    }
  });
});

describe('security of the built site', () => {
  it('carries the policy in a meta tag, allowing only its own inline script and style by hash', () => {
    const html = readFileSync(join(inject('siteDir'), 'index.html'), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replaceAll('&#39;', "'");
    expect(policy).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')*;/);
    expect(policy).toMatch(/style-src 'self'( 'sha256-[\w+/=]+')*;/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
    // The policy comes before any script, so it covers them all.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    // Every inline script and style is one the policy names by its hash, and nothing else.
    const inline = [
      ...[...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => [
        'script-src',
        m[1] ?? '',
      ]),
      ...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => [
        'style-src',
        m[1] ?? '',
      ]),
    ];
    expect(inline.length).toBeGreaterThan(0);
    for (const [directive, text] of inline) {
      const hash = `'sha256-${createHash('sha256')
        .update(text ?? '')
        .digest('base64')}'`;
      const sources = new RegExp(`${directive} ([^;]*)`).exec(policy ?? '')?.[1] ?? '';
      expect(sources.split(' '), `${directive} names ${hash}`).toContain(hash);
    }
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/i);
    expect(PARAM_SCHEMA).toBeDefined();
  });

  it('plays a whole run with no policy violation and no cookie', async () => {
    const opened = await openPage(browser, inject('baseUrl'), { width: 1280, height: 720 });
    const { page, context } = opened;
    try {
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { vtViolations: string[] }).vtViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) => {
          seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
        });
      });
      await page.goto(`${inject('baseUrl')}?scenario=mandate&weeks=12&seed=11&autoplay=1&speed=4`, {
        waitUntil: 'networkidle',
      });
      await page.locator('.vt-office-floor canvas').waitFor();
      const debrief = page.getByRole('heading', { level: 1, name: screens.debrief.heading });
      for (let i = 0; i < 200 && (await debrief.count()) === 0; i++) {
        const dialog = page.locator('dialog[open]');
        if ((await dialog.count()) > 0) {
          const choice = dialog.locator('.vt-choice').first();
          if (await choice.isVisible()) {
            await choice.click();
            await dialog.locator('.vt-outcome').waitFor();
          }
          const key = (await dialog.locator('.vt-outcome').isVisible()) ? 'Enter' : 'Escape';
          await actAndWaitClosed(dialog.first(), 'the answered dialog', () =>
            page.keyboard.press(key),
          );
        } else if ((await page.locator('.vt-run').count()) > 0) {
          await actAndWaitWeek(page, () => page.keyboard.press(run.week.shortcutKey));
        } else {
          // Between the run and the debrief: wait for either, or a dialog.
          await debrief.or(page.locator('.vt-run, dialog[open]')).first().waitFor();
        }
      }
      await debrief.waitFor();
      await screenshot(page, 'csp-run-debrief');
      expect(
        await page.evaluate(() => (window as unknown as { vtViolations: string[] }).vtViolations),
      ).toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe('');
      expect(await context.cookies()).toEqual([]);
      expectClean(opened, { allowAborted: true });
    } finally {
      await opened.close();
    }
  });
});
