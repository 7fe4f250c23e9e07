/**
 * "Open the full debrief" from a frame: the full game's debrief of the run's results code, in a
 * new tab that keeps no handle on the frame, and whether the browser let the tab open (a frame
 * sandboxed without `allow-popups` gets null from `window.open`).
 */

/**
 * The full game's debrief of `code` for the page at `pageHref`: a `?code=` link as the debrief's
 * own code link is, resolved against the page (so without `embed` and the frame's other
 * parameters), in the language the reader has now.
 */
export function fullDebriefHref(pageHref: string, code: string, language: string): string {
  return new URL(`?code=${encodeURIComponent(code)}&lang=${encodeURIComponent(language)}`, pageHref)
    .href;
}

/** What `openDetached` needs of a window: `open`, as `window` has it. */
export interface Opener {
  open(url?: string | URL, target?: string, features?: string): WindowProxy | null;
}

/**
 * Opens `url` in a new tab; false when the browser refused. `noopener` would make `open` return
 * null whether or not a tab came, so the tab opens blank (on the frame's own origin, so its
 * opener can be cut), then goes to `url`.
 */
export function openDetached(win: Opener, url: string): boolean {
  const tab = win.open('', '_blank');
  if (!tab) return false;
  tab.opener = null;
  tab.location.href = url;
  return true;
}
