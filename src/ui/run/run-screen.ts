/**
 * The run screen: the week bar on top; the office, the decisions and the dashboards below
 * (side by side on a wide screen, as tabs on a narrow one); the event card, board review and
 * cause dialogs over them. Every part follows the store; input goes to store actions.
 */
// Before the parts, whose own stylesheets build on it (see run-base.css).
import './run-base.css';
import { GAME_AUTOPLAY, SYSTEM_CLOCK, startAutoplay } from '../../state/autoplay.ts';
import type { GameState } from '../../state/store.ts';
import { watch } from '../../state/watch.ts';
import { el, setText, uid } from '../dom.ts';
import { mountHints } from '../hints/hints.ts';
import { createSandboxBar } from '../sandbox/sandbox-bar.ts';
import { mountSweepPanel } from '../sandbox/sweep-panel.ts';
import { createSound, type Effect } from '../sound.ts';
import type { Screen } from '../view-context.ts';
import { createAlarms } from './alarms.ts';
import { createControls } from './controls.ts';
import { createDashboards } from './dashboards.ts';
import { createInterrupts } from './interrupts.ts';
import { createStorageNotice } from './notice.ts';
import { createOfficeLegend } from './office-legend.ts';
import { createOfficePanel } from './office-panel.ts';
import { createOfficeSummary } from './office-summary.ts';
import { createWeekBar } from './week-bar.ts';
import '../palette.css';
import './run-layout.css';

type Tab = 'office' | 'decisions' | 'dashboards';
const TABS: readonly Tab[] = ['office', 'decisions', 'dashboards'];

export const renderRun: Screen = (root, ctx) => {
  const { store, i18n } = ctx;
  const screen = el('section', 'vt-run');
  const screenId = uid('run');
  // In the page before its parts draw (see `createInterrupts`).
  root.append(screen);

  const weekBar = createWeekBar(ctx);
  const notice = createStorageNotice(ctx);
  screen.append(weekBar.el, notice.el);
  // A sandbox says so, and can run to its end, in a strip of its own under the week bar.
  const sandbox = store.getState().run?.mode === 'sandbox' ? createSandboxBar(ctx) : null;
  if (sandbox) {
    screen.classList.add('vt-is-sandbox');
    screen.append(sandbox.el);
  }

  // Tabs for narrow screens; on wide screens every panel shows and the tab list is hidden.
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
    const i = TABS.indexOf(current);
    let next: Tab | undefined;
    if (e.key === 'ArrowRight') next = TABS[(i + 1) % TABS.length];
    else if (e.key === 'ArrowLeft') next = TABS[(i + TABS.length - 1) % TABS.length];
    else if (e.key === 'Home') next = TABS[0];
    else if (e.key === 'End') next = TABS[TABS.length - 1];
    if (next) {
      e.preventDefault();
      select(next, true);
    }
  });
  select('office');

  const officeWords = createOfficeSummary(ctx);
  const office = createOfficePanel(ctx, officeWords.el.id);
  const alarms = createAlarms(ctx);
  // The floor's key sits in its top corner, over the picture it explains.
  const legend = createOfficeLegend(ctx);
  office.el.append(legend.el);
  const controls = createControls(ctx);
  const dashboards = createDashboards(ctx);
  panels.get('office')?.append(office.el, officeWords.el, alarms.el);
  // A week with more alarms than a row rises over the floor's lower edge (alarms.css): the floor
  // is told how much of it is hidden and lays itself out above, at the same canvas size.
  const coverWatch =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          const floor = office.el.getBoundingClientRect();
          const strip = alarms.el.getBoundingClientRect();
          office.setCovered(floor.height > 0 ? Math.max(0, floor.bottom - strip.top) : 0);
        })
      : null;
  coverWatch?.observe(alarms.el);
  panels.get('decisions')?.append(controls.el);
  panels.get('dashboards')?.append(dashboards.el);
  // One dialog at a time, as the store's interrupt says: the board's review, a card, a cause.
  const interrupts = createInterrupts(screen, ctx);
  // The sandbox adds a sweep of one lever across its range, above the dashboards (in view).
  const stopSweep =
    store.getState().run?.mode === 'sandbox'
      ? mountSweepPanel(panels.get('dashboards') ?? screen, ctx)
      : () => {};

  // Sound: unlocked by the player's first gesture inside the game.
  const sound = createSound(store);
  const unlock = () => sound.unlock();
  screen.addEventListener('pointerdown', unlock);
  screen.addEventListener('keydown', unlock);
  const soundFor = (s: GameState): Effect | null => {
    const events = s.sim?.lastEvents ?? [];
    if (events.some((e) => e.kind === 'boardReview')) return 'verdict';
    if (events.some((e) => e.kind === 'incident' || e.kind === 'breach')) return 'alarm';
    const m = s.sim?.history[s.sim.history.length - 1];
    return m && m.featuresShipped >= 1 ? 'merge' : null;
  };
  // Each week played is heard once, when it is played.
  const listen = watch(
    store,
    (s) => s.sim?.state.week ?? 0,
    (_week, s, changed) => {
      const effect = changed ? soundFor(s) : null;
      if (effect) sound.play(effect);
    },
  );

  const parts = [weekBar, notice, officeWords, alarms, controls, dashboards, interrupts];
  if (sandbox) parts.push(sandbox);
  const label = (): void => {
    screen.setAttribute('aria-label', i18n.t('run:screen.label'));
    tablist.setAttribute('aria-label', i18n.t('run:screen.tabs.label'));
    for (const [t, tab] of tabs) setText(tab, i18n.t(`run:screen.tabs.${t}`));
  };
  label();
  const showMotion = () => screen.classList.toggle('vt-reduced', ctx.reducedMotion());
  showMotion();
  const stopMotion = ctx.onMotionChange(showMotion);
  // Weeks play on by themselves while the store says so (`state/autoplay.ts`).
  const stopAutoplay = startAutoplay(store, GAME_AUTOPLAY, SYSTEM_CLOCK);
  // The guided run's hints point at parts marked with `data-hint`. On a narrow screen a hint
  // whose target is on a tab not shown opens that tab, and the target is scrolled into view.
  const reveal = (target: HTMLElement): void => {
    for (const [t, panel] of panels) {
      if (!panel.contains(target)) continue;
      if (t !== current && panel.getClientRects().length === 0) select(t);
      target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  };
  const stopHints = mountHints(screen, ctx, reveal);
  // Every part follows its own slice of the store; a new language relabels each of them once.
  const onLanguage = () => {
    office.relabel();
    legend.relabel();
    label();
    for (const part of parts) part.relabel();
  };
  i18n.on('languageChanged', onLanguage);

  return () => {
    coverWatch?.disconnect();
    stopAutoplay();
    listen.stop();
    stopMotion();
    stopHints();
    stopSweep();
    i18n.off('languageChanged', onLanguage);
    screen.removeEventListener('pointerdown', unlock);
    screen.removeEventListener('keydown', unlock);
    sound.destroy();
    for (const part of parts) part.destroy();
    office.destroy();
    screen.remove();
  };
};
