/**
 * The run screen: the week bar on top; the office, the decisions and the dashboards below
 * (side by side on a wide screen, as tabs on a narrow one); the event card, board review and
 * cause dialogs over them. Every part follows the store; input goes to store actions.
 */
// Before the parts, whose own stylesheets build on it (see run-base.css).
import './run-base.css';
import { GAME_AUTOPLAY, SYSTEM_CLOCK, startAutoplay } from '../../state/autoplay.ts';
import { el, uid } from '../dom.ts';
import { mountHints } from '../hints/hints.ts';
import { createSandboxBar } from '../sandbox/sandbox-bar.ts';
import { mountSweepPanel } from '../sandbox/sweep-panel.ts';
import type { Screen } from '../view-context.ts';
import { createAlarms } from './alarms.ts';
import { createControls } from './controls.ts';
import { createDashboards } from './dashboards.ts';
import { createInterrupts } from './interrupts.ts';
import { createStorageNotice } from './notice.ts';
import { createOfficeLegend } from './office-legend.ts';
import { createOfficePanel, type OfficePanel } from './office-panel.ts';
import { createOfficeSummary } from './office-summary.ts';
import { mountRunSound } from './run-sound.ts';
import { createRunTabs } from './run-tabs.ts';
import { createWeekBar } from './week-bar.ts';
import '../palette.css';
import './run-layout.css';
import './run-frame.css';

/**
 * A week with more alarms than a row rises over the floor's lower edge (alarms.css): the floor is
 * told how much of it is hidden and lays itself out above, at the same canvas size. Returns how
 * to stop watching.
 */
function watchAlarmCover(office: OfficePanel, alarms: HTMLElement): () => void {
  if (typeof ResizeObserver !== 'function') return () => {};
  const coverWatch = new ResizeObserver(() => {
    const floor = office.el.getBoundingClientRect();
    const strip = alarms.getBoundingClientRect();
    office.setCovered(floor.height > 0 ? Math.max(0, floor.bottom - strip.top) : 0);
  });
  coverWatch.observe(alarms);
  return () => coverWatch.disconnect();
}

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
  const tabs = createRunTabs(screen, screenId, ctx);
  const { panels } = tabs;

  const officeWords = createOfficeSummary(ctx);
  const office = createOfficePanel(ctx, officeWords.el.id);
  const alarms = createAlarms(ctx);
  // The floor's key sits in its top corner, over the picture it explains.
  const legend = createOfficeLegend(ctx);
  office.el.append(legend.el);
  const controls = createControls(ctx);
  const dashboards = createDashboards(ctx);
  panels.get('office')?.append(office.el, officeWords.el, alarms.el);
  const stopCoverWatch = watchAlarmCover(office, alarms.el);
  panels.get('decisions')?.append(controls.el);
  panels.get('dashboards')?.append(dashboards.el);
  // One dialog at a time, as the store's interrupt says: the board's review, a card, a cause.
  const interrupts = createInterrupts(screen, ctx);
  // The sandbox adds a sweep of one lever across its range, above the dashboards (in view).
  const stopSweep =
    store.getState().run?.mode === 'sandbox'
      ? mountSweepPanel(panels.get('dashboards') ?? screen, ctx)
      : () => {};

  const stopSound = mountRunSound(screen, store);

  const parts = [weekBar, notice, officeWords, alarms, controls, dashboards, interrupts];
  if (sandbox) parts.push(sandbox);
  const label = (): void => {
    screen.setAttribute('aria-label', i18n.t('run:screen.label'));
    tabs.relabel();
  };
  label();
  const showMotion = () => screen.classList.toggle('vt-reduced', ctx.reducedMotion());
  showMotion();
  const stopMotion = ctx.onMotionChange(showMotion);
  // Weeks play on by themselves while the store says so (`state/autoplay.ts`).
  const stopAutoplay = startAutoplay(store, GAME_AUTOPLAY, SYSTEM_CLOCK);
  // The guided run's hints point at parts marked with `data-hint`. On a narrow screen a hint
  // whose target is on a tab not shown opens that tab, and the target is scrolled into view.
  const stopHints = mountHints(screen, ctx, tabs.reveal);
  // Every part follows its own slice of the store; a new language relabels each of them once.
  const onLanguage = () => {
    office.relabel();
    legend.relabel();
    label();
    for (const part of parts) part.relabel();
  };
  i18n.on('languageChanged', onLanguage);

  return () => {
    stopCoverWatch();
    tabs.destroy();
    stopAutoplay();
    stopSound();
    stopMotion();
    stopHints();
    stopSweep();
    i18n.off('languageChanged', onLanguage);
    for (const part of parts) part.destroy();
    office.destroy();
    screen.remove();
  };
};
