/**
 * The week bar's play controls: "Play week" with its keyboard shortcut, autoplay and its speed,
 * and the sound switch. A week the run refuses (a review or card unread) is said aloud.
 */
import { playHeld } from '../../state/selectors.ts';
import type { GameState, Speed } from '../../state/store.ts';
import { el, labelledSwitch, setText } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import { formats } from './text.ts';

const SPEEDS: readonly Speed[] = [1, 2, 4];

/** The player's settings the controls show. */
type PlaySlice = Pick<GameState['ui'], 'playing' | 'speed' | 'muted' | 'shortcuts'>;

export interface PlayControls {
  draw(slice: PlaySlice): void;
  destroy(): void;
}

/** Appends the controls to `row`; `announce` says a refused week in the bar's live region. */
export function createPlayControls(
  ctx: ViewContext,
  row: HTMLElement,
  announce: (text: string) => void,
): PlayControls {
  const { store, i18n } = ctx;
  const f = formats(i18n);
  const play = el('button', 'vt-btn vt-btn-primary vt-play', row);
  play.type = 'button';
  play.dataset.autofocus = '';
  const playText = el('span', undefined, play);
  const keyHint = el('kbd', 'vt-kbd', play);
  keyHint.setAttribute('aria-hidden', 'true');
  const auto = el('button', 'vt-btn vt-auto', row);
  auto.type = 'button';
  const autoIcon = el('span', 'vt-auto-icon', auto);
  autoIcon.setAttribute('aria-hidden', 'true');
  // On a phone the icon alone; the word stays its name.
  const autoText = el('span', 'vt-sr-phone', auto);
  const speedLabel = el('label', 'vt-speed', row);
  const speedText = el('span', 'vt-visually-hidden', speedLabel);
  const speed = el('select', undefined, speedLabel);
  const speedOptions = SPEEDS.map((s) => {
    const o = el('option', undefined, speed);
    o.value = String(s);
    return o;
  });
  const { input: sound, text: soundText } = labelledSwitch(row, 'vt-switch vt-sound');

  const playOnce = (): void => {
    if (store.getState().playWeek()) return;
    const now = store.getState();
    if (now.phase === 'run' && playHeld(now)) announce(i18n.t('run:week.blocked'));
  };
  play.addEventListener('click', playOnce);
  auto.addEventListener('click', () => store.getState().setPlaying(!store.getState().ui.playing));
  speed.addEventListener('change', () => {
    const v = Number(speed.value);
    if (v === 1 || v === 2 || v === 4) store.getState().setSpeed(v);
  });
  sound.addEventListener('change', () => store.getState().setMuted(!sound.checked));

  // The keyboard shortcut: only with nothing else typed into, no modifier and no dialog open.
  const onKey = (e: KeyboardEvent): void => {
    if (!store.getState().ui.shortcuts || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key.toLowerCase() !== i18n.t('run:week.shortcutKey').toLowerCase()) return;
    const target = e.target as HTMLElement | null;
    const screen = row.closest('.vt-run');
    if (!screen || (target && target !== document.body && !screen.contains(target))) return;
    if (target?.closest('input[type="number"], input[type="text"], textarea, select')) return;
    if (screen.querySelector('dialog[open]')) return;
    e.preventDefault();
    playOnce();
  };
  document.addEventListener('keydown', onKey);

  return {
    draw(slice) {
      const key = i18n.t('run:week.shortcutKey');
      setText(playText, i18n.t('run:week.play'));
      setText(keyHint, key.toUpperCase());
      keyHint.hidden = !slice.shortcuts;
      if (slice.shortcuts) play.setAttribute('aria-keyshortcuts', key);
      else play.removeAttribute('aria-keyshortcuts');
      play.title = slice.shortcuts
        ? i18n.t('run:week.shortcutHint', { key: key.toUpperCase() })
        : '';
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
    },
    destroy() {
      document.removeEventListener('keydown', onKey);
    },
  };
}
