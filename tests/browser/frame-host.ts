// A blogger's page on one loopback port framing the built game served from another (so the frame
// is cross-origin), sandboxed as a blog would (`allow-scripts` at least: an opaque origin, no
// storage). Shared by the tests of the game in someone else's page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { type OpenedPage, openPage, SCREENSHOT_DIR } from './harness';
import { type StaticServer, serveStatic } from './static-server';

export interface FrameSpec {
  readonly width: number;
  readonly height: number;
  /** The iframe's `sandbox` attribute; null for none. */
  readonly sandbox: string | null;
}

export interface FrameHosts {
  /** The built game, answering with Access-Control-Allow-Origin: *. */
  readonly game: StaticServer;
  /** The blogger's page, on another port: another origin. */
  readonly host: StaticServer;
  /** Opens the host page in a fresh context; the game's origin counts as inside. */
  open(browser: Browser, viewport?: { width: number; height: number }): Promise<OpenedPage>;
  close(): Promise<void>;
}

/** Serves the game and a one-slot host page (written into `name`'s own folder). */
export async function serveFrameHosts(name: string): Promise<FrameHosts> {
  const dir = join(SCREENSHOT_DIR, '..', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title></head>' +
      '<body><h1>A blog post</h1><div id="slot"></div><p>The post goes on.</p></body></html>',
  );
  const game = await serveStatic(inject('siteDir'), { allowOrigin: '*' });
  const host = await serveStatic(dir);
  return {
    game,
    host,
    open: (browser, viewport = { width: 1100, height: 800 }) =>
      openPage(browser, host.url, viewport, { alsoInside: [new URL(game.url).origin] }),
    async close() {
      await game.close();
      await host.close();
    },
  };
}

/** Puts the game at `src` in the host's slot and waits for the game's `ready` message. */
export async function frameGame(page: Page, src: string, spec: FrameSpec): Promise<Frame> {
  await page.evaluate(
    ({ src, spec }) => {
      const w = window as unknown as { vtReady: number };
      w.vtReady = 0;
      const frame = document.createElement('iframe');
      frame.title = 'Velocity Trap';
      frame.width = String(spec.width);
      frame.height = String(spec.height);
      frame.style.border = '0';
      frame.style.display = 'block';
      if (spec.sandbox !== null) frame.setAttribute('sandbox', spec.sandbox);
      window.addEventListener('message', (event) => {
        if (event.source === frame.contentWindow && event.data?.type === 'ready') w.vtReady++;
      });
      frame.src = src;
      document.getElementById('slot')?.replaceChildren(frame);
    },
    { src, spec },
  );
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { vtReady: number }).vtReady), {
      timeout: 20_000,
    })
    .toBe(1);
  const origin = new URL(src).origin;
  const frame = page.frames().find((f) => f.url().startsWith(origin));
  if (!frame) throw new Error('no game frame');
  return frame;
}

/** How far the frame's document overflows its viewport, sideways and down (all 0: no scrollbar). */
export function overflow(frame: Frame): Promise<number[]> {
  return frame.evaluate(() => {
    const d = document.documentElement;
    const b = document.body;
    return [
      d.scrollWidth - d.clientWidth,
      d.scrollHeight - d.clientHeight,
      b.scrollWidth - b.clientWidth,
      b.scrollHeight - b.clientHeight,
    ];
  });
}

/**
 * Whether `selector`'s first match is wholly inside the frame's viewport and inside every
 * scrolling box around it as they stand (nothing scrolled by the test): the reader sees it
 * without scrolling anything.
 */
export function inViewUnscrolled(frame: Frame, selector: string): Promise<boolean> {
  return frame.evaluate((selector) => {
    const target = document.querySelector(selector);
    if (!target) return false;
    const r = target.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const inside = (box: { top: number; left: number; bottom: number; right: number }) =>
      r.top >= box.top - 0.5 &&
      r.left >= box.left - 0.5 &&
      r.bottom <= box.bottom + 0.5 &&
      r.right <= box.right + 0.5;
    if (!inside({ top: 0, left: 0, bottom: innerHeight, right: innerWidth })) return false;
    for (let p = target.parentElement; p; p = p.parentElement) {
      const style = getComputedStyle(p);
      if (style.overflowY === 'visible' && style.overflowX === 'visible') continue;
      if (p.scrollTop !== 0 || !inside(p.getBoundingClientRect())) return false;
    }
    return true;
  }, selector);
}
