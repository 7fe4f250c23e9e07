// What has keyboard focus, and whether a player can see it: the focused element's outline or
// box-shadow, and the contrast of that indicator against what it is drawn on (WCAG 2.4.7, and the
// 3:1 of 2.4.13 as the house rule).
import type { Page } from 'playwright-core';
import { contrast, parseColor } from '../contrast';

export interface FocusState {
  /** Tag, class and a little text: enough to say in a failure which element it was. */
  readonly what: string;
  /** Nothing in the page has focus (it went to the browser around the page). */
  readonly left: boolean;
  readonly inDialog: boolean;
  /**
   * A heading the game focused itself (tabindex -1) so a screen reader starts reading there when
   * a screen or dialog opens. It is no control and Tab never reaches it: the house style draws
   * no ring on it (WCAG 2.4.7 asks for one on operable components).
   */
  readonly startHeading: boolean;
  readonly outline: { style: string; width: number; color: string };
  readonly shadow: string;
  /** The first opaque background behind the element (where its outline is drawn). */
  readonly behind: string;
}

export function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    const left = !a || a === document.body || a === document.documentElement;
    const opaque = (c: string) => c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c);
    let behind = 'rgb(255, 255, 255)';
    for (let n = a?.parentElement ?? null; n; n = n.parentElement) {
      const bg = getComputedStyle(n).backgroundColor;
      if (opaque(bg)) {
        behind = bg;
        break;
      }
    }
    const s = a ? getComputedStyle(a) : null;
    const text = (a?.getAttribute('aria-label') ?? a?.textContent ?? '').trim().slice(0, 30);
    return {
      what: left ? '(page left)' : `${a?.tagName.toLowerCase()}.${a?.className} "${text}"`,
      left,
      inDialog: a?.closest('dialog[open]') !== null && a?.closest('dialog[open]') !== undefined,
      startHeading: /^H[1-3]$/.test(a?.tagName ?? '') && a?.getAttribute('tabindex') === '-1',
      outline: {
        style: s?.outlineStyle ?? 'none',
        width: Number.parseFloat(s?.outlineWidth ?? '0'),
        color: s?.outlineColor ?? '',
      },
      shadow: s?.boxShadow ?? 'none',
      behind,
    };
  });
}

/** The contrast of the focus indicator against its background, or 0 when there is none. */
export function indicatorContrast(f: FocusState): number {
  const behind = parseColor(f.behind);
  let best = 0;
  if (f.outline.style !== 'none' && f.outline.width >= 2) {
    best = contrast(parseColor(f.outline.color), behind);
  }
  if (f.shadow !== 'none') {
    for (const m of f.shadow.matchAll(/rgba?\([^)]*\)/g)) {
      best = Math.max(best, contrast(parseColor(m[0]), behind));
    }
  }
  return best;
}

/** Throws unless the focused element shows a focus indicator of 3:1 or more. */
export async function expectVisibleFocus(page: Page, where: string): Promise<FocusState> {
  const f = await focusState(page);
  if (f.left || f.startHeading) return f;
  const c = indicatorContrast(f);
  if (!(c >= 3)) {
    throw new Error(
      `${where}: focus on ${f.what} is not visible enough (indicator contrast ${c.toFixed(2)}; outline ${f.outline.style} ${f.outline.width}px ${f.outline.color}, shadow ${f.shadow}, on ${f.behind})`,
    );
  }
  return f;
}
