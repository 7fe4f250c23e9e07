// The built game inside someone else's page: a host page on one loopback port frames the game
// served from another (cross-origin), sandboxed with `allow-scripts` only (an opaque origin, so
// storage throws) or not sandboxed at all. Checks that it says `ready`, fits each frame with no
// scrollbars, leaves the host's focus and scroll alone, takes only the parent's listed messages,
// and that a server without Access-Control-Allow-Origin gets a readable message, not a blank frame.
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import embedDe from '../../src/i18n/locales/de/embed.json';
import embed from '../../src/i18n/locales/en/embed.json';
import run from '../../src/i18n/locales/en/run.json';
import { OFFICE_LATEST_MS } from '../../src/ui/run/office-panel.ts';
import {
  embedSetup,
  type FrameSpec,
  frameGame,
  MANDATE_RUN,
  messagesOf,
  overflow,
} from './embed-host';
import {
  type OpenedPage,
  openPage,
  screenshot,
  waitForState,
  waitFrames,
  waitOfficeDrawn,
  waitPastPageTimer,
} from './harness';
import { expectClean, passBrief } from './play';

/** The game, the blogger's page and Chromium, shared by the file's tests. */
const env = embedSetup();

const FRAMES: readonly FrameSpec[] = [
  { name: 'landscape', width: 720, height: 405, sandbox: 'allow-scripts' },
  { name: 'portrait', width: 360, height: 560, sandbox: 'allow-scripts' },
  { name: 'tiny', width: 320, height: 240, sandbox: 'allow-scripts' },
  { name: 'open', width: 960, height: 540, sandbox: null },
];

declare global {
  interface Window {
    vtAudioContexts: number;
    vtPhaserInput: string[];
    /** The test's own marker messages the game's window has received, by sender. */
    vtSentinels: string[];
  }
}

async function openHost(viewport = { width: 1100, height: 800 }): Promise<OpenedPage> {
  const opened = await env.openHost(viewport);
  // Counts audio contexts made in any frame: none may exist before a gesture asks for sound.
  // Records every input listener Phaser's own code adds, on any target: the office is a picture,
  // so pointer, touch, wheel and key events must stay with the page (`input.windowEvents`).
  await opened.context.addInitScript(() => {
    window.vtPhaserInput = [];
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (
      this: EventTarget,
      ...args: Parameters<EventTarget['addEventListener']>
    ) {
      const [type] = args;
      if (/^(pointer|mouse|touch|wheel|key|contextmenu)/.test(type)) {
        const stack = new Error().stack ?? '';
        if (stack.includes('/assets/phaser-')) {
          window.vtPhaserInput.push(`${type} on ${String(this.constructor?.name)}`);
        }
      }
      return add.apply(this, args);
    };
    window.vtAudioContexts = 0;
    const Native = window.AudioContext;
    if (!Native) return;
    window.AudioContext = class extends Native {
      constructor(options?: AudioContextOptions) {
        super(options);
        window.vtAudioContexts++;
      }
    };
  });
  return opened;
}

describe('the game embedded cross-origin', () => {
  it.each(FRAMES)(
    'says ready and fits a $width x $height frame ($name, sandbox: $sandbox)',
    async (spec) => {
      const opened = await openHost();
      const { page } = opened;
      try {
        const shot = (step: string) =>
          screenshot(page, `embed-${spec.name}-${spec.width}x${spec.height}-${step}`);
        // The title screen first, then a run straight from the link's parameters.
        let frame = await frameGame(page, `${env.game.url}?embed=1`, spec);
        const [ready] = await messagesOf(page, 'ready');
        expect(ready?.data).toEqual({
          source: 'velocity-trap',
          version: 1,
          type: 'ready',
          lang: 'en',
        });
        expect(ready?.origin).toBe(spec.sandbox === null ? new URL(env.game.url).origin : 'null');
        await expect.poll(() => overflow(frame)).toEqual([0, 0, 0, 0]);
        const link = frame.getByRole('link', { name: embed.openFull });
        expect(await link.getAttribute('target')).toBe('_blank');
        expect(await link.getAttribute('rel')).toBe('noopener');
        expect(await link.getAttribute('href')).toBe(env.game.url);
        await shot('1-title');

        frame = await frameGame(page, `${env.game.url}${MANDATE_RUN}`, spec);
        await frame.locator('.vt-run').waitFor();
        await expect.poll(() => overflow(frame)).toEqual([0, 0, 0, 0]);
        if (spec.sandbox !== null) {
          // An opaque origin has no storage: the game plays from memory and says so.
          expect(await frame.getByText(embed.notice.storage).isVisible()).toBe(true);
        }
        const resize = await messagesOf(page, 'resize');
        expect(resize.length).toBeGreaterThanOrEqual(1);
        for (const m of resize) expect(m.data.height).toBeGreaterThanOrEqual(240);
        // The link names a scenario: its brief is the frame's cover, and fits it.
        await shot('2-brief');
        await passBrief(frame);
        await frame.getByRole('button', { name: run.week.play }).click();
        await expect.poll(() => messagesOf(page, 'week-ended').then((m) => m.length)).toBe(1);
        const [week] = await messagesOf(page, 'week-ended');
        expect(week?.data).toMatchObject({
          source: 'velocity-trap',
          version: 1,
          week: 1,
          weeks: 12,
        });
        // The office floor comes once the player pauses, and still fits the frame.
        await frame.locator('.vt-office [data-motion]').waitFor({ timeout: 20_000 });
        expect(await overflow(frame)).toEqual([0, 0, 0, 0]);
        await shot('3-run');
        // Sound is off in an embed, and no audio context exists even after a click.
        expect(await frame.evaluate(() => window.vtAudioContexts)).toBe(0);
        expectClean(opened);
      } finally {
        await opened.close();
      }
    },
  );

  it('leaves the host its focus and scroll while the brief is up; a card then comes up focused', async () => {
    const opened = await openHost({ width: 900, height: 600 });
    const { page } = opened;
    try {
      await page.evaluate(() => {
        const tall = document.getElementById('tall');
        if (tall) tall.style.height = '3000px';
        document.getElementById('comment')?.focus();
        window.scrollTo(0, 40);
      });
      const frame = await frameGame(
        page,
        `${env.game.url}?embed=1&scenario=mandate&weeks=26&seed=5&autoplay=1&speed=4`,
        { width: 720, height: 405, sandbox: null },
      );
      // The run's brief is the frame's cover: shown in the page, it takes neither the host's
      // focus nor its scroll, no week plays before the reader starts, and nothing of the office
      // (Phaser) loads behind it.
      const brief = frame.locator('dialog.vt-brief[open]');
      await brief.waitFor();
      await waitFrames(frame, 5);
      await waitPastPageTimer(frame, OFFICE_LATEST_MS, 'the office would have started by now');
      expect(await frame.locator('.vt-office-floor canvas').count()).toBe(0);
      expect(
        await frame.evaluate(() =>
          performance.getEntriesByType('resource').some((r) => r.name.includes('/assets/phaser-')),
        ),
      ).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment');
      expect(await page.evaluate(() => window.scrollY)).toBe(40);
      expect(await frame.locator('.vt-week').textContent()).toBe(
        run.week.label.replace('{{week}}', '1').replace('{{weeks}}', '26'),
      );
      expect(await frame.evaluate(() => window.vtPhaserInput)).toEqual([]);
      // The host turns sound on: still no audio before the player's own gesture.
      await page.evaluate(() => {
        const target = (document.getElementById('game') as HTMLIFrameElement).contentWindow;
        target?.postMessage(
          { source: 'velocity-trap', version: 1, type: 'set-muted', muted: false },
          '*',
        );
      });
      await expect
        .poll(() => frame.getByRole('switch', { name: run.week.sound }).isChecked())
        .toBe(true);
      expect(await frame.evaluate(() => window.vtAudioContexts)).toBe(0);
      // The player's first click (Start) begins the run: weeks play on by themselves until a card
      // or the board asks for the player, whose dialog then comes up focused (autoplay waits for
      // it, and plays on once it is closed); audio may start.
      await brief.locator('.vt-brief-start').click();
      await expect.poll(() => frame.locator('dialog[open]').count(), { timeout: 30_000 }).toBe(1);
      const auto = frame.getByRole('button', { name: run.week.autoplay });
      expect(await auto.getAttribute('aria-pressed')).toBe('true');
      expect(await frame.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(
        true,
      );
      // The context opens just after the gesture's own handler, not inside it.
      await expect.poll(() => frame.evaluate(() => window.vtAudioContexts)).toBe(1);
      await screenshot(page, 'embed-focus-after-click');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('keeps the office canvas on its container when the frame is resized', async () => {
    const opened = await openHost();
    const { page } = opened;
    try {
      const frame = await frameGame(page, `${env.game.url}${MANDATE_RUN}`, {
        width: 960,
        height: 540,
        sandbox: 'allow-scripts',
      });
      await passBrief(frame);
      const canvas = frame.locator('.vt-office-floor canvas');
      await canvas.waitFor();
      const fits = () =>
        frame.evaluate(() => {
          const c = document.querySelector('.vt-office-floor canvas')?.getBoundingClientRect();
          const f = document.querySelector('.vt-office-floor')?.getBoundingClientRect();
          if (!c || !f) return null;
          return [c.width, c.height, f.width, f.height].map(Math.round);
        });
      for (const [w, h] of [
        [720, 405],
        [1000, 600],
        [640, 480],
      ] as const) {
        await page.evaluate(
          ([w, h]) => {
            const f = document.getElementById('game') as HTMLIFrameElement;
            f.width = String(w);
            f.height = String(h);
          },
          [w, h],
        );
        await expect.poll(() => frame.evaluate(() => [innerWidth, innerHeight])).toEqual([w, h]);
        await expect
          .poll(async () => {
            const r = await fits();
            return r !== null && r[0] === r[2] && r[1] === r[3] && (r[0] ?? 0) > 0;
          })
          .toBe(true);
        expect(await overflow(frame)).toEqual([0, 0, 0, 0]);
      }
      // A container that changes size with no window resize at all (a layout change inside the
      // frame): the canvas follows too.
      await frame.evaluate(() => {
        const floor = document.querySelector<HTMLElement>('.vt-office-floor');
        if (floor) floor.style.width = '60%';
      });
      await expect
        .poll(async () => {
          const r = await fits();
          return r !== null && r[0] === r[2] && r[1] === r[3];
        })
        .toBe(true);
      await screenshot(page, 'embed-resized-640x480');
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('ignores 1,000 malformed messages and any message from another window', async () => {
    const opened = await openHost();
    const { page } = opened;
    try {
      const frame = await frameGame(page, `${env.game.url}${MANDATE_RUN}`, {
        width: 720,
        height: 405,
        sandbox: 'allow-scripts',
      });
      await frame.locator('.vt-run').waitFor();
      await passBrief(frame);
      // The office floor in place (it starts once the screen has been quiet a moment).
      await frame.locator('.vt-office [data-motion]').waitFor({ timeout: 20_000 });
      // Drawn (the floor shows itself on its first frame), so the page no longer changes by itself.
      await waitOfficeDrawn(frame);
      await waitFrames(frame, 5);
      // Each sender ends with a marker message: the window takes a sender's messages in the order
      // they were posted, so when the markers are in, every message before them has been handled.
      await frame.evaluate(() => {
        window.vtSentinels = [];
        window.addEventListener('message', (event) => {
          const mark = (event.data as { vtSentinel?: unknown } | null)?.vtSentinel;
          if (typeof mark === 'string') window.vtSentinels.push(mark);
        });
      });
      const before = await frame.evaluate(
        () => document.documentElement.lang + document.body.innerHTML,
      );
      const valid = (type: string, extra: object = {}) => ({
        source: 'velocity-trap',
        version: 1,
        type,
        ...extra,
      });
      const crafted: unknown[] = [
        null,
        undefined,
        0,
        '',
        'pause',
        [],
        ['pause'],
        { type: 'pause' },
        valid('pause', { extra: 1 }),
        { ...valid('pause'), version: 2 },
        { ...valid('pause'), version: '1' },
        { ...valid('pause'), source: 'velocity-trap ' },
        valid('set-language', { lang: 'xx' }),
        valid('set-language', { lang: '__proto__' }),
        valid('set-language', { lang: ['de'] }),
        valid('set-language'),
        valid('set-muted', { muted: 'false' }),
        valid('set-muted', { muted: 0 }),
        valid('set-muted'),
        valid('__proto__'),
        valid('constructor'),
        valid('toString'),
        valid('ready'),
        valid('run-finished', { score: 100 }),
        JSON.parse('{"source":"velocity-trap","version":1,"type":"pause","__proto__":{"x":1}}'),
        { source: 'velocity-trap', version: 1, type: 'set-language', lang: 'de', lng: 'de' },
      ];
      const random = fc.sample(
        fc.oneof(
          fc.jsonValue(),
          fc.record({
            source: fc.constantFrom('velocity-trap', 'other', ''),
            version: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
            type: fc.oneof(
              fc.constantFrom('pause', 'resume', 'set-language', 'set-muted'),
              fc.string(),
            ),
            lang: fc.oneof(fc.string(), fc.constantFrom('xx', 'DE', 'de-DE')),
            junk: fc.jsonValue(),
          }),
        ),
        { numRuns: 1000 - crafted.length, seed: 42 },
      );
      const sent = await page.evaluate(
        (messages) => {
          const target = (document.getElementById('game') as HTMLIFrameElement).contentWindow;
          for (const m of messages) target?.postMessage(m, '*');
          // Things JSON cannot carry: binary data, dates, maps, errors.
          const odd = [
            new ArrayBuffer(8),
            new Date(0),
            new Map([['type', 'pause']]),
            new Error('x'),
          ];
          for (const m of odd) target?.postMessage(m, '*');
          target?.postMessage({ vtSentinel: 'host' }, '*');
          return messages.length + odd.length;
        },
        [...crafted, ...random].map((m) => (m === undefined ? null : m)),
      );
      expect(sent).toBeGreaterThanOrEqual(1000);

      // Listed, well-formed messages from the wrong windows: a sibling frame of the host
      // page, and the game's own window.
      await page.evaluate(() => {
        const sibling = document.createElement('iframe');
        sibling.name = 'sibling';
        document.body.append(sibling);
      });
      const sibling = page.frames().find((f) => f.name() === 'sibling');
      await sibling?.evaluate(() => {
        const target = window.parent.document.getElementById('game') as HTMLIFrameElement;
        const m = { source: 'velocity-trap', version: 1 };
        target.contentWindow?.postMessage({ ...m, type: 'set-language', lang: 'de' }, '*');
        target.contentWindow?.postMessage({ ...m, type: 'set-muted', muted: false }, '*');
        target.contentWindow?.postMessage({ vtSentinel: 'sibling' }, '*');
      });
      await frame.evaluate(() => {
        window.postMessage(
          { source: 'velocity-trap', version: 1, type: 'set-language', lang: 'de' },
          '*',
        );
        window.postMessage({ vtSentinel: 'self' }, '*');
      });
      await waitForState(
        frame,
        "every sender's messages delivered to the game",
        () => ['host', 'sibling', 'self'].every((s) => window.vtSentinels.includes(s)),
        undefined,
      );
      // A message taken would change the page at once, or (a language) once its words have
      // loaded: 30 frames more, at least half a second, for that to show.
      await waitFrames(frame, 30);
      const after = await frame.evaluate(
        () => document.documentElement.lang + document.body.innerHTML,
      );
      expect(after).toBe(before);

      // The same message from the parent is taken.
      await page.evaluate(() => {
        const target = (document.getElementById('game') as HTMLIFrameElement).contentWindow;
        target?.postMessage(
          { source: 'velocity-trap', version: 1, type: 'set-language', lang: 'de' },
          '*',
        );
      });
      await frame.getByRole('link', { name: embedDe.openFull }).waitFor();
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });

  it('posts only to the origin ?origin= names', async () => {
    const opened = await openHost();
    const { page } = opened;
    try {
      const hostOrigin = new URL(env.host.url).origin;
      await frameGame(page, `${env.game.url}?embed=1&origin=${encodeURIComponent(hostOrigin)}`, {
        width: 720,
        height: 405,
        sandbox: 'allow-scripts',
      });
      // Framed by a page of another origin than the one named, the game posts nothing there.
      // A new frame, not a new address in the old one: the first game's late `resize` could
      // otherwise still arrive after the list was emptied.
      await page.evaluate(
        (src) => {
          window.vtMessages = [];
          const frame = document.createElement('iframe');
          frame.id = 'game';
          frame.title = 'Velocity Trap';
          frame.setAttribute('sandbox', 'allow-scripts');
          window.addEventListener('message', (event) => {
            if (event.source === frame.contentWindow)
              window.vtMessages.push({ origin: event.origin, data: event.data });
          });
          frame.src = src;
          document.getElementById('slot')?.replaceChildren(frame);
        },
        `${env.game.url}?embed=1&origin=${encodeURIComponent('https://blog.example')}`,
      );
      // The game in the new frame is up and has drawn its first screen: its `ready` went out as
      // it started, and its `resize` (150 ms after the layout settles) within 30 frames more.
      const named = `${env.game.url}?embed=1&origin=${encodeURIComponent('https://blog.example')}`;
      await expect
        .poll(() => page.frames().some((f) => f.url() === named), { timeout: 20_000 })
        .toBe(true);
      const second = page.frames().find((f) => f.url() === named);
      if (!second) throw new Error('no second game frame');
      await second.locator('.vt-start-card-screen').waitFor({ timeout: 20_000 });
      await waitFrames(second, 30);
      expect(await messagesOf(page)).toEqual([]);
      // The first game's frame was removed: a request it still had in flight (its text fetched
      // when idle) ends as aborted, which is the frame going away, not the game failing.
      expectClean(opened, { allowAborted: true });
    } finally {
      await opened.close();
    }
  });
});

describe('a server without Access-Control-Allow-Origin', () => {
  it('shows a readable message in a sandboxed frame instead of a blank one', async () => {
    const opened = await openPage(
      env.browser,
      env.host.url,
      { width: 800, height: 600 },
      { alsoInside: [new URL(inject('baseUrl')).origin] },
    );
    const { page } = opened;
    try {
      await page.evaluate(
        (src) => {
          const frame = document.createElement('iframe');
          frame.width = '480';
          frame.height = '270';
          frame.setAttribute('sandbox', 'allow-scripts');
          frame.src = src;
          document.getElementById('slot')?.replaceChildren(frame);
        },
        `${inject('baseUrl')}?embed=1`,
      );
      await expect
        .poll(() => page.frames().find((f) => f.url().startsWith(inject('baseUrl'))) !== undefined)
        .toBe(true);
      const frame = page.frames().find((f) => f.url().startsWith(inject('baseUrl')));
      await frame?.getByRole('alert').getByText(embed.boot.title).waitFor({ timeout: 15_000 });
      expect(await frame?.getByRole('link', { name: embed.boot.open }).getAttribute('href')).toBe(
        inject('baseUrl'),
      );
      await screenshot(page, 'embed-no-cors-message');
      // The module's blocked fetch is the browser's own report; nothing else may go wrong.
      expect(opened.record.pageErrors).toEqual([]);
      expect(opened.record.outsideRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('starts the game normally, unframed, and the boot message never shows', async () => {
    const opened = await openPage(env.browser, `${inject('baseUrl')}?embed=1`, {
      width: 640,
      height: 360,
    });
    try {
      await opened.page.locator('.vt-start-card-screen').waitFor();
      expect(await opened.page.locator('#vt-boot-failed').count()).toBe(0);
      expect(await opened.page.evaluate(() => document.documentElement.dataset.vtStarted)).toBe(
        '1',
      );
      expectClean(opened);
    } finally {
      await opened.close();
    }
  });
});
