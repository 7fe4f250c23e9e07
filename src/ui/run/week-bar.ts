/**
 * The week bar: which week of how many, spend to date, "Play week", autoplay with its speed,
 * sound and a few settings, and the week's outcome announced in a polite live region.
 */
import { shallow } from 'zustand/vanilla/shallow';
import { type WeekFigures, weekFigures } from '../../state/figures.ts';
import { playHeld } from '../../state/selectors.ts';
import type { GameState, Speed } from '../../state/store.ts';
import { el, setText, uid } from '../dom.ts';
import { createLanguageSelect } from '../language-select.ts';
import { readingName } from '../reading-name.ts';
import type { ViewContext } from '../view-context.ts';
import { boardNoticeHeadlines } from './alarms.ts';
import { queueClause } from './figure-text.ts';
import { follow, type Part } from './part.ts';
import { createSpendBar } from './spend-bar.ts';
import { formats } from './text.ts';
import './week-bar.css';

const SPEEDS: readonly Speed[] = [1, 2, 4];

/** What the bar draws: the week, the reading, and the player's settings (not the draft). */
const barSlice = (s: GameState) => ({
  run: s.run,
  week: s.sim?.state.week ?? 0,
  playing: s.ui.playing,
  speed: s.ui.speed,
  muted: s.ui.muted,
  shortcuts: s.ui.shortcuts,
  autoResume: s.ui.autoResume,
  reducedMotion: s.ui.reducedMotion,
});

export function createWeekBar(ctx: ViewContext): Part {
  const { store, i18n } = ctx;
  const f = formats(i18n);
  const bar = el('div', 'vt-weekbar');
  const week = el('p', 'vt-week', bar);
  // The evidence reading, said only when it is not the central one: a small labelled badge.
  // On a phone only the reading's name shows; "Evidence:" stays for screen readers.
  const badge = el('p', 'vt-reading-badge', bar);
  badge.hidden = true;
  const badgeBefore = el('span', 'vt-reading-badge-label', badge);
  const badgeName = el('span', undefined, badge);
  const badgeAfter = el('span', 'vt-reading-badge-label', badge);
  // Spend to date against budget to date, and its breakdown by cost line.
  const spend = createSpendBar(ctx);
  bar.append(spend.el);
  const main = el('div', 'vt-weekbar-main', bar);
  const play = el('button', 'vt-btn vt-btn-primary vt-play', main);
  play.type = 'button';
  play.dataset.autofocus = '';
  const playText = el('span', undefined, play);
  const keyHint = el('kbd', 'vt-kbd', play);
  keyHint.setAttribute('aria-hidden', 'true');
  const auto = el('button', 'vt-btn vt-auto', main);
  auto.type = 'button';
  const autoIcon = el('span', 'vt-auto-icon', auto);
  autoIcon.setAttribute('aria-hidden', 'true');
  const autoText = el('span', undefined, auto);
  const speedLabel = el('label', 'vt-speed', main);
  const speedText = el('span', 'vt-visually-hidden', speedLabel);
  const speed = el('select', undefined, speedLabel);
  const speedOptions = SPEEDS.map((s) => {
    const o = el('option', undefined, speed);
    o.value = String(s);
    return o;
  });
  const soundLabel = el('label', 'vt-switch vt-sound', main);
  const sound = el('input');
  sound.type = 'checkbox';
  sound.setAttribute('role', 'switch');
  const soundText = el('span');
  soundLabel.append(sound, soundText);

  const settings = el('details', 'vt-settings', main);
  const settingsSummary = el('summary', 'vt-btn', settings);
  const settingsBody = el('div', 'vt-settings-body', settings);
  const mkSwitch = (onChange: (on: boolean) => void) => {
    const lab = el('label', 'vt-switch', settingsBody);
    const input = el('input');
    input.type = 'checkbox';
    input.setAttribute('role', 'switch');
    const text = el('span');
    lab.append(input, text);
    input.addEventListener('change', () => onChange(input.checked));
    return { input, text };
  };
  const shortcuts = mkSwitch((on) => store.getState().setShortcuts(on));
  const motion = mkSwitch((on) => store.getState().setReducedMotion(on));
  const resume = mkSwitch((on) => store.getState().setAutoResume(on));
  const language = createLanguageSelect(ctx, 'vt-settings-lang');
  settingsBody.append(language.el);
  const leave = el('button', 'vt-btn', settingsBody);
  leave.type = 'button';

  const live = el('p', 'vt-summary', bar);
  live.id = uid('summary');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');
  live.dataset.hint = 'reviewQueue';

  const playOnce = (): void => {
    if (store.getState().playWeek()) return;
    const now = store.getState();
    if (now.phase === 'run' && playHeld(now)) announce(i18n.t('run:week.blocked'));
  };
  const announce = (text: string): void => {
    // Clear first so the same words are announced again.
    live.textContent = '';
    requestAnimationFrame(() => {
      live.textContent = text;
    });
  };

  play.addEventListener('click', playOnce);
  auto.addEventListener('click', () => store.getState().setPlaying(!store.getState().ui.playing));
  speed.addEventListener('change', () => {
    const v = Number(speed.value);
    if (v === 1 || v === 2 || v === 4) store.getState().setSpeed(v);
  });
  sound.addEventListener('change', () => store.getState().setMuted(!sound.checked));
  leave.addEventListener('click', () => store.getState().toTitle());

  // The keyboard shortcut: only with nothing else typed into, no modifier and no dialog open.
  const onKey = (e: KeyboardEvent): void => {
    if (!store.getState().ui.shortcuts || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key.toLowerCase() !== i18n.t('run:week.shortcutKey').toLowerCase()) return;
    const target = e.target as HTMLElement | null;
    const screen = bar.closest('.vt-run');
    if (!screen || (target && target !== document.body && !screen.contains(target))) return;
    if (target?.closest('input[type="number"], input[type="text"], textarea, select')) return;
    if (screen.querySelector('dialog[open]')) return;
    e.preventDefault();
    playOnce();
  };
  document.addEventListener('keydown', onKey);

  const summarise = (s: GameState): string => {
    const m = weekFigures(s.sim?.history ?? []);
    if (!m) return '';
    const week = weekSummary(m);
    const board = boardNoticeHeadlines(i18n, s).join(' ');
    return board ? i18n.t('run:week.summaryWithNotice', { summary: week, notice: board }) : week;
  };
  // The same figures, rounded the same way, as the dashboards and the floor's words.
  const weekSummary = (m: WeekFigures): string => {
    const start = i18n.t('run:week.summaryStart', { week: f.int(m.week) });
    const features = i18n.t('run:week.summaryFeatures', {
      count: m.features.value,
      formatted: f.int(m.features.value),
    });
    const incidents = i18n.t('run:week.summaryIncidents', {
      count: m.incidents.value,
      formatted: f.int(m.incidents.value),
    });
    const queue = queueClause(i18n, f, m);
    if (m.breaches.value > 0) {
      const breaches = i18n.t('run:week.summaryBreaches', {
        count: m.breaches.value,
        formatted: f.int(m.breaches.value),
      });
      return i18n.t('run:week.summaryWithBreaches', {
        start,
        features,
        incidents,
        breaches,
        queue,
      });
    }
    return i18n.t('run:week.summary', { start, features, incidents, queue });
  };

  const draw = (slice: ReturnType<typeof barSlice>): void => {
    const { run, week: current } = slice;
    const shown = Math.min(run?.weeks ?? 0, current + 1);
    setText(week, i18n.t('run:week.label', { week: f.int(shown), weeks: f.int(run?.weeks ?? 0) }));
    const reading = run?.evidence ?? 'central';
    badge.hidden = reading === 'central';
    badge.dataset.reading = reading;
    if (reading !== 'central') {
      const name = readingName(i18n, reading);
      // The sentence split around the name, so each language keeps its own word order.
      const mark = '\u0000';
      const [before = '', after = ''] = i18n
        .t('run:week.evidenceBadge', { reading: mark })
        .split(mark);
      setText(badgeBefore, before);
      setText(badgeName, name);
      setText(badgeAfter, after);
      badge.title = i18n.t('run:week.evidenceBadgeTitle', { reading: name });
    }
    const key = i18n.t('run:week.shortcutKey');
    setText(playText, i18n.t('run:week.play'));
    setText(keyHint, key.toUpperCase());
    keyHint.hidden = !slice.shortcuts;
    if (slice.shortcuts) play.setAttribute('aria-keyshortcuts', key);
    else play.removeAttribute('aria-keyshortcuts');
    play.title = slice.shortcuts ? i18n.t('run:week.shortcutHint', { key: key.toUpperCase() }) : '';
    setText(autoText, i18n.t('run:week.autoplay'));
    setText(autoIcon, slice.playing ? '❚❚' : '▶');
    auto.setAttribute('aria-pressed', String(slice.playing));
    setText(speedText, i18n.t('run:week.speed'));
    speedOptions.forEach((o, i) => {
      setText(o, i18n.t('run:week.speedValue', { speed: f.int(SPEEDS[i] ?? 1) }));
    });
    speed.value = String(slice.speed);
    setText(soundText, i18n.t('run:week.sound'));
    sound.checked = !slice.muted;
    setText(settingsSummary, i18n.t('run:week.settings'));
    setText(shortcuts.text, i18n.t('run:week.shortcuts', { key: key.toUpperCase() }));
    shortcuts.input.checked = slice.shortcuts;
    setText(motion.text, i18n.t('run:week.reducedMotion'));
    motion.input.checked = slice.reducedMotion;
    setText(resume.text, i18n.t('run:autoResume.label'));
    resume.input.checked = slice.autoResume;
    language.render();
    setText(leave, i18n.t('run:week.toTitle'));
  };
  const part = follow(store, bar, barSlice, draw, shallow);
  // The live region speaks each week played once; in a new language its last words are rewritten.
  const summary = follow(
    store,
    live,
    (s) => s.sim,
    (_sim, s, changed) => {
      if (changed && (s.sim?.state.week ?? 0) > 0) announce(summarise(s));
      else if (!changed && live.textContent) live.textContent = summarise(s);
    },
  );

  return {
    el: bar,
    relabel() {
      part.relabel();
      summary.relabel();
      spend.relabel();
    },
    destroy() {
      summary.destroy();
      spend.destroy();
      document.removeEventListener('keydown', onKey);
      language.destroy();
      part.destroy();
    },
  };
}
