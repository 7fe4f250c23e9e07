/**
 * The run screen: the week bar on top; the office, the decisions and the dashboards below
 * (side by side on a wide screen, as tabs on a narrow one); the event card, board review and
 * cause dialogs over them. Every part follows the store; input goes to store actions.
 */
import type { GameState, UiState } from '../../state/store.ts';
import { el, setText, uid } from '../dom.ts';
import { mountHints } from '../hints/hints.ts';
import { mountSweepPanel } from '../sandbox/sweep-panel.ts';
import { createSound, type Effect } from '../sound.ts';
import type { Screen } from '../view-context.ts';
import { createAlarms } from './alarms.ts';
import { createBoardDialog } from './board-dialog.ts';
import { createCardDialog } from './card-dialog.ts';
import { createControls } from './controls.ts';
import { createDashboards } from './dashboards.ts';
import { createStorageNotice } from './notice.ts';
import { createOfficePanel } from './office-panel.ts';
import { createOfficeSummary } from './office-summary.ts';
import { createWeekBar } from './week-bar.ts';
import '../palette.css';
import './run.css';

type Tab = 'office' | 'decisions' | 'dashboards';
const TABS: readonly Tab[] = ['office', 'decisions', 'dashboards'];

export const renderRun: Screen = (root, ctx) => {
  const { store, i18n } = ctx;
  const screen = el('section', 'vt-run');
  const screenId = uid('run');

  const cards = createCardDialog(screen, ctx);
  const weekBar = createWeekBar(ctx, () => cards.owed(store.getState()) !== null);
  const notice = createStorageNotice(ctx);
  screen.append(weekBar.el, notice.el);

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
  const alarms = createAlarms(ctx, screen);
  const controls = createControls(ctx);
  const dashboards = createDashboards(ctx);
  panels.get('office')?.append(office.el, officeWords.el, alarms.el);
  // A week with more alarms than a row rises over the floor's lower edge (run.css): the floor
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
  const board = createBoardDialog(screen, ctx, () => update(store.getState()));
  // The sandbox adds a sweep of one lever across its range under the dashboards.
  const stopSweep =
    store.getState().run?.mode === 'sandbox'
      ? mountSweepPanel(panels.get('dashboards') ?? screen, ctx)
      : () => {};

  // Sound: unlocked by the player's first gesture inside the game.
  const sound = createSound(store);
  const unlock = () => sound.unlock();
  screen.addEventListener('pointerdown', unlock);
  screen.addEventListener('keydown', unlock);
  let heardWeek = store.getState().sim?.state.week ?? 0;
  const soundFor = (s: GameState): Effect | null => {
    const events = s.sim?.lastEvents ?? [];
    if (events.some((e) => e.kind === 'boardReview')) return 'verdict';
    if (events.some((e) => e.kind === 'incident' || e.kind === 'breach')) return 'alarm';
    const m = s.sim?.history[s.sim.history.length - 1];
    return m && m.featuresShipped >= 1 ? 'merge' : null;
  };

  const update = (s: GameState): void => {
    if (s.phase !== 'run' || !s.sim) return;
    screen.classList.toggle('vt-reduced', ctx.reducedMotion());
    screen.setAttribute('aria-label', i18n.t('run:screen.label'));
    tablist.setAttribute('aria-label', i18n.t('run:screen.tabs.label'));
    for (const [t, tab] of tabs) setText(tab, i18n.t(`run:screen.tabs.${t}`));
    weekBar.update(s);
    notice.update(s);
    officeWords.update(s);
    alarms.update(s);
    controls.update(s);
    dashboards.update(s);
    // One dialog at a time: the board's review, then a card, then a cause the player opened.
    board.update(s);
    const boardFirst = board.owed(s);
    cards.update(s, !boardFirst);
    alarms.updateDialog(s, !boardFirst && !cards.isOpen());
    const week = s.sim.state.week;
    if (week !== heardWeek) {
      heardWeek = week;
      const effect = soundFor(s);
      if (effect) sound.play(effect);
    }
  };

  root.append(screen);
  update(store.getState());
  // The guided run's hints point at parts marked with `data-hint`.
  const stopHints = mountHints(screen, ctx);
  const unsubscribe = store.subscribe((s, prev) => {
    if (!onlyHintsChanged(s, prev)) update(s);
  });
  const stopMotion = ctx.onMotionChange(() =>
    screen.classList.toggle('vt-reduced', ctx.reducedMotion()),
  );
  const onLanguage = () => {
    office.relabel();
    update(store.getState());
  };
  i18n.on('languageChanged', onLanguage);

  return () => {
    coverWatch?.disconnect();
    unsubscribe();
    stopMotion();
    stopHints();
    stopSweep();
    i18n.off('languageChanged', onLanguage);
    screen.removeEventListener('pointerdown', unlock);
    screen.removeEventListener('keydown', unlock);
    sound.destroy();
    board.destroy();
    cards.destroy();
    alarms.destroy();
    controls.destroy();
    dashboards.destroy();
    office.destroy();
    officeWords.destroy();
    notice.destroy();
    weekBar.destroy();
    screen.remove();
  };
};

/**
 * Whether a store change touched nothing but the guided run's hint bookkeeping (a hint shown
 * is marked seen): the run screen shows none of it, and redrawing every part for it cost the
 * first week a whole extra update.
 */
function onlyHintsChanged(s: GameState, prev: GameState): boolean {
  if (s.ui === prev.ui) return false;
  for (const key of Object.keys(s) as (keyof GameState)[]) {
    if (key !== 'ui' && s[key] !== prev[key]) return false;
  }
  for (const key of Object.keys(s.ui) as (keyof UiState)[]) {
    if (key !== 'hintsSeen' && s.ui[key] !== prev.ui[key]) return false;
  }
  return true;
}
