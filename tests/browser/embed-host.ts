// A blogger's page for the embed tests: a host page on one loopback port that frames the built
// game served from another (cross-origin), recording what the game posts to it. Shared by
// the embed, embed-debrief and blog-frame tests, which set it up through `embedSetup`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchChromium, type OpenedPage, openPage } from './harness';
import { type StaticServer, serveStatic } from './static-server';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const hostDir = join(root, 'test-results', 'embed-host');

/** The host page: a heading, a comment box (whose focus the game must leave alone) and a slot. */
export function serveHostPage(): Promise<StaticServer> {
  mkdirSync(hostDir, { recursive: true });
  writeFileSync(
    join(hostDir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title></head>' +
      '<body><h1>A blog post</h1><p><label>Comment <input id="comment"></label></p>' +
      '<div id="slot"></div><div id="tall"></div></body></html>',
  );
  return serveStatic(hostDir);
}

/** The game's address for a blog's 12-week run of the mandate on seed 5, after the served URL. */
export const MANDATE_RUN = '?embed=1&scenario=mandate&weeks=12&seed=5';

/** What an embed test works with, there from its file's `beforeAll` on. */
export interface EmbedSetup {
  readonly browser: Browser;
  /** The built game, answering with Access-Control-Allow-Origin: *. */
  readonly game: StaticServer;
  /** The blogger's page, on another port: another origin. */
  readonly host: StaticServer;
  /** The host page in a fresh context, the game's origin counted as inside. */
  openHost(viewport?: { width: number; height: number }): Promise<OpenedPage>;
}

/** Serves the game and the host page and launches Chromium for the calling test file. */
export function embedSetup(): EmbedSetup {
  let browser: Browser | undefined;
  let game: StaticServer | undefined;
  let host: StaticServer | undefined;
  beforeAll(async () => {
    game = await serveStatic(inject('siteDir'), { allowOrigin: '*' });
    host = await serveHostPage();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await game?.close();
    await host?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('embedSetup: used before its beforeAll ran');
    return value;
  };
  const setup: EmbedSetup = {
    get browser() {
      return ready(browser);
    },
    get game() {
      return ready(game);
    },
    get host() {
      return ready(host);
    },
    openHost: (viewport = { width: 1100, height: 800 }) =>
      openPage(setup.browser, setup.host.url, viewport, {
        alsoInside: [new URL(setup.game.url).origin],
      }),
  };
  return setup;
}

export interface FrameSpec {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** The frame's `sandbox` attribute; null for none. */
  readonly sandbox: string | null;
}

export interface Posted {
  origin: string;
  data: { source?: string; version?: number; type?: string; [k: string]: unknown };
}

declare global {
  interface Window {
    vtMessages: Posted[];
  }
}

/** Puts the game (`src`, a full URL) in an iframe on the host page and waits for its `ready`. */
export async function frameGame(
  page: Page,
  src: string,
  spec: Pick<FrameSpec, 'width' | 'height' | 'sandbox'>,
): Promise<Frame> {
  await page.evaluate(
    ({ src, spec }) => {
      window.vtMessages = [];
      const slot = document.getElementById('slot');
      const frame = document.createElement('iframe');
      frame.id = 'game';
      frame.title = 'Velocity Trap';
      frame.width = String(spec.width);
      frame.height = String(spec.height);
      frame.style.border = '0';
      frame.style.display = 'block';
      if (spec.sandbox !== null) frame.setAttribute('sandbox', spec.sandbox);
      window.addEventListener('message', (event) => {
        if (event.source === frame.contentWindow)
          window.vtMessages.push({ origin: event.origin, data: event.data });
      });
      frame.src = src;
      slot?.replaceChildren(frame);
    },
    { src, spec },
  );
  await expect
    .poll(() => messagesOf(page, 'ready').then((m) => m.length), { timeout: 20_000 })
    .toBe(1);
  const gameBase = new URL('./', src).href;
  const frame = page.frames().find((f) => f.url().startsWith(gameBase));
  if (!frame) throw new Error('no game frame');
  return frame;
}

/** What the game has posted to the host page, of one type or all. */
export function messagesOf(page: Page, type?: string): Promise<Posted[]> {
  return page.evaluate(
    (type) => window.vtMessages.filter((m) => type === undefined || m.data?.type === type),
    type,
  );
}

/** How far the frame's document overflows its viewport, sideways and down. */
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
