/**
 * The run screen's panels and, for narrow screens, the tabs between them (the tabs pattern:
 * arrow keys, Home and End move between tabs). On a wide screen every panel shows and the tab
 * list is hidden (run-layout.css). In a blog's landscape frame the floor stays in view beside the
 * other two, which take turns under their two tabs (`frame-layout.ts`, run-frame.css).
 */
import { el, setText } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import { watchFrameWide } from './frame-layout.ts';

type Tab = 'office' | 'decisions' | 'dashboards';
const TABS: readonly Tab[] = ['office', 'decisions', 'dashboards'];

export interface RunTabs {
  /** Each tab's panel, for the screen's parts to go in. */
  readonly panels: ReadonlyMap<Tab, HTMLElement>;
  /**
   * Brings `target` into view: on a narrow screen a target on a tab not shown opens that tab
   * (for the guided run's hints), and it is scrolled into view.
   */
  reveal(target: HTMLElement): void;
  relabel(): void;
  destroy(): void;
}

/** Appends the tab list and the panels' body to `screen`; `screenId` prefixes their ids. */
export function createRunTabs(screen: HTMLElement, screenId: string, ctx: ViewContext): RunTabs {
  const { i18n } = ctx;
  const tablist = el('div', 'vt-tabs', screen);
  tablist.setAttribute('role', 'tablist');
  const body = el('div', 'vt-run-body', screen);
  const panels = new Map<Tab, HTMLElement>();
  const tabs = new Map<Tab, HTMLButtonElement>();
  for (const t of TABS) {
    const tab = el('button', 'vt-tab', tablist);
    tab.type = 'button';
    tab.id = `${screenId}-tab-${t}`;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', `${screenId}-panel-${t}`);
    const panel = el('div', `vt-panel vt-panel-${t}`, body);
    panel.id = `${screenId}-panel-${t}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    // A panel that scrolls can be scrolled from the keyboard even with nothing focusable in it
    // (the dashboards before week 1: the board's targets, no table yet), as the tabs pattern asks.
    panel.tabIndex = 0;
    tab.addEventListener('click', () => select(t));
    tabs.set(t, tab);
    panels.set(t, panel);
  }
  let current: Tab = 'office';
  let wide = false;
  // The tabs the list offers now: the floor's is not one of them while it is always in view.
  const offered = (): readonly Tab[] => (wide ? TABS.filter((t) => t !== 'office') : TABS);
  const select = (t: Tab, focus = false): void => {
    current = t;
    screen.dataset.tab = t;
    for (const [k, tab] of tabs) {
      const on = k === t;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      if (on && focus) tab.focus();
    }
  };
  tablist.addEventListener('keydown', (e) => {
    const tabs = offered();
    const i = Math.max(0, tabs.indexOf(current));
    let next: Tab | undefined;
    if (e.key === 'ArrowRight') next = tabs[(i + 1) % tabs.length];
    else if (e.key === 'ArrowLeft') next = tabs[(i + tabs.length - 1) % tabs.length];
    else if (e.key === 'Home') next = tabs[0];
    else if (e.key === 'End') next = tabs[tabs.length - 1];
    if (next) {
      e.preventDefault();
      select(next, true);
    }
  });
  select('office');
  const stopWatching = ctx.embed
    ? watchFrameWide(screen, (isWide) => {
        wide = isWide;
        // Always in view, the floor's panel is a region of its own (still named by its tab's
        // word), not a tab panel whose tab is not offered.
        panels.get('office')?.setAttribute('role', wide ? 'region' : 'tabpanel');
        // The floor is beside the panels now: the decisions take its turn.
        if (wide && current === 'office') select('decisions');
      })
    : () => {};

  return {
    panels,
    reveal(target) {
      for (const [t, panel] of panels) {
        if (!panel.contains(target)) continue;
        if (t !== current && panel.getClientRects().length === 0) select(t);
        target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
    },
    relabel() {
      tablist.setAttribute('aria-label', i18n.t('run:screen.tabs.label'));
      for (const [t, tab] of tabs) setText(tab, i18n.t(`run:screen.tabs.${t}`));
    },
    destroy: stopWatching,
  };
}
