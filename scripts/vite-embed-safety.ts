/**
 * Build-time additions to index.html for running inside other people's pages:
 *
 * - the Content Security Policy, as a <meta> tag (a static host may send no headers at all).
 *   Build only: the dev server injects styles and its client in ways this policy refuses.
 *   Inline script and style are refused except the page's own, each allowed by its hash.
 * - the boot check, a tiny classic script inline in the page. A frame sandboxed without
 *   `allow-same-origin` has an opaque origin, so the module scripts and stylesheets Vite emits
 *   (fetched in CORS mode) load only when the server sends `Access-Control-Allow-Origin`. An
 *   inline script runs either way: when the game's module fails to load, or has not started
 *   after a while, it shows a readable message (translated, from locales/<lang>/embed.json)
 *   instead of a blank frame. Inline, not a file: a script file in the head holds up the first
 *   paint for a round trip.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The hashes of the inline scripts and styles a page may run (`'sha256-…'` sources). */
export interface InlineHashes {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

/** The policy, allowing the page's own inline scripts and styles by hash and nothing else. */
export function contentSecurityPolicy({ scripts, styles }: InlineHashes): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scripts].join(' '),
    ["style-src 'self'", ...styles].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The policy without the hashes, as README shows it. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy({ scripts: [], styles: [] });

/** A CSP hash source for `text`, exactly as it stands between its tags. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of every inline <script> (without src) and <style> in `html`. */
export function inlineHashes(html: string): InlineHashes {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)];
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)];
  return {
    scripts: scripts.map((m) => hashSource(m[1] ?? '')),
    styles: styles.map((m) => hashSource(m[1] ?? '')),
  };
}

/** How long the module gets to start before the frame explains itself anyway. */
const BOOT_TIMEOUT_MS = 10_000;

interface BootText {
  title: string;
  body: string;
  open: string;
}

/** The boot message in every language that has an embed.json. */
export function bootMessages(localesDir: string): Record<string, BootText> {
  const out: Record<string, BootText> = {};
  for (const lang of readdirSync(localesDir).sort()) {
    let text: { boot?: BootText };
    try {
      text = JSON.parse(readFileSync(join(localesDir, lang, 'embed.json'), 'utf8'));
    } catch {
      continue;
    }
    if (text.boot) out[lang] = text.boot;
  }
  return out;
}

/** JSON to stand inside a <script>: no `<` that could close it or open a comment. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

/** The classic script's source: ES5-safe, no framework, no inline style attributes. */
export function bootCheckSource(messages: Record<string, BootText>): string {
  return `// Shows why the game did not start in this frame (see scripts/vite-embed-safety.ts).
(function () {
  var MESSAGES = ${scriptJson(messages)};
  var shown = false;
  var root = document.documentElement;
  function pick() {
    var m = /[?&]lang=([A-Za-z]{2,3})/.exec(location.search);
    var wanted = [m ? m[1].toLowerCase() : '', String(navigator.language || '').slice(0, 2).toLowerCase()];
    for (var i = 0; i < wanted.length; i++) if (MESSAGES.hasOwnProperty(wanted[i])) return MESSAGES[wanted[i]];
    return MESSAGES.en;
  }
  function fullGameHref() {
    try {
      var url = new URL(location.href);
      url.searchParams.delete('embed');
      return url.href;
    } catch (e) {
      return './';
    }
  }
  function show() {
    if (shown || root.hasAttribute('data-vt-started')) return;
    shown = true;
    var t = pick();
    var box = document.createElement('div');
    box.id = 'vt-boot-failed';
    box.setAttribute('role', 'alert');
    var s = box.style;
    s.position = 'fixed';
    s.inset = '0';
    s.display = 'flex';
    s.flexDirection = 'column';
    s.justifyContent = 'center';
    s.gap = '0.5em';
    s.padding = '1em';
    s.background = '#121c27';
    s.color = '#f4efe6';
    s.font = '15px/1.4 system-ui, sans-serif';
    s.overflow = 'auto';
    var h = document.createElement('strong');
    h.textContent = t.title;
    var p = document.createElement('span');
    p.textContent = t.body;
    var a = document.createElement('a');
    a.href = fullGameHref();
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = t.open;
    a.style.color = '#f2b134';
    box.appendChild(h);
    box.appendChild(p);
    box.appendChild(a);
    (document.body || root).appendChild(box);
  }
  // A module script that cannot be fetched fires "error" on its element; it does not bubble.
  window.addEventListener('error', function (event) {
    var el = event.target;
    if (el && el.tagName === 'SCRIPT' && el.type === 'module') show();
  }, true);
  document.addEventListener('vt-started', function () {
    var box = document.getElementById('vt-boot-failed');
    if (box) box.parentNode.removeChild(box);
  });
  setTimeout(show, ${BOOT_TIMEOUT_MS});
})();
`;
}

/** Where the policy and the boot check go: right after the charset, before anything runs. */
const CHARSET = /<meta charset="UTF-8"\s*\/?>/i;

/** `html` with the boot check inline after its charset, and the policy before that. */
export function secureHtml(html: string, bootCheck: string): string {
  if (!CHARSET.test(html))
    throw new Error('embed safety: index.html has no <meta charset="UTF-8">');
  const withBoot = html.replace(CHARSET, (tag) => `${tag}\n    <script>${bootCheck}</script>`);
  const policy = contentSecurityPolicy(inlineHashes(withBoot)).replaceAll("'", '&#39;');
  return withBoot.replace(
    CHARSET,
    (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`,
  );
}

export function embedSafety(localesDir: string): Plugin {
  return {
    name: 'velocity-trap:embed-safety',
    apply: 'build',
    transformIndexHtml: {
      // After every other change to the page, so the hashes are of what ships.
      order: 'post',
      handler: (html) => secureHtml(html, bootCheckSource(bootMessages(localesDir))),
    },
  };
}
