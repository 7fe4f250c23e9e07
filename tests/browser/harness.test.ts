// The recorder must see what it is there to see, or the shell test's zeros would prove nothing.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from './harness';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

it('records console errors, page errors, failed and outside requests', async () => {
  const baseUrl = inject('baseUrl');
  const opened = await openPage(browser, baseUrl, { width: 640, height: 480 });
  try {
    // The game's page has a Content Security Policy that stops a request out before it is made;
    // the site's icon, a document without one, lets the probes reach the network.
    await opened.page.goto(new URL('favicon.svg', baseUrl).href);
    await opened.page.evaluate(async (base) => {
      console.error('probe console error');
      setTimeout(() => {
        throw new Error('probe page error');
      }, 0);
      await fetch(new URL('missing-file.json', base)).catch(() => undefined);
      // A reserved, never-resolving name: the harness aborts the request before it leaves.
      await fetch('http://outside.invalid/probe.js').catch(() => undefined);
    }, baseUrl);
    await expect.poll(() => opened.record.pageErrors.length).toBe(1);
    expect(opened.record.consoleErrors).toContain('probe console error');
    expect(opened.record.pageErrors[0]).toContain('probe page error');
    expect(opened.record.failedRequests.join('\n')).toContain('missing-file.json: HTTP 404');
    expect(opened.record.outsideRequests).toEqual(['GET http://outside.invalid/probe.js']);
  } finally {
    await opened.close();
  }
});
