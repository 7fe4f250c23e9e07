/**
 * The week bar's settings panel, a disclosure: the keyboard shortcut, reduced motion, autoplay
 * resuming after a review or card, the language, and the way back to the title.
 */
import type { GameState } from '../../state/store.ts';
import { el, labelledSwitch, setText } from '../dom.ts';
import { createLanguageSelect } from '../language-select.ts';
import type { ViewContext } from '../view-context.ts';

/** The player's settings the panel shows. */
type SettingsSlice = Pick<GameState['ui'], 'shortcuts' | 'reducedMotion' | 'autoResume'>;

export interface BarSettings {
  draw(slice: SettingsSlice): void;
  destroy(): void;
}

/** Appends the panel to `row`. */
export function createBarSettings(ctx: ViewContext, row: HTMLElement): BarSettings {
  const { store, i18n } = ctx;
  const settings = el('details', 'vt-settings', row);
  const summary = el('summary', 'vt-btn', settings);
  // A frame too small for the word shows a gear instead; the word stays its name (run-frame.css).
  const summaryText = el('span', 'vt-settings-label', summary);
  const body = el('div', 'vt-settings-body', settings);
  const mkSwitch = (onChange: (on: boolean) => void) => {
    const sw = labelledSwitch(body, 'vt-switch');
    sw.input.addEventListener('change', () => onChange(sw.input.checked));
    return sw;
  };
  const shortcuts = mkSwitch((on) => store.getState().setShortcuts(on));
  const motion = mkSwitch((on) => store.getState().setReducedMotion(on));
  const resume = mkSwitch((on) => store.getState().setAutoResume(on));
  const language = createLanguageSelect(ctx, 'vt-settings-lang');
  body.append(language.el);
  const leave = el('button', 'vt-btn', body);
  leave.type = 'button';
  leave.addEventListener('click', () => store.getState().toTitle());

  return {
    draw(slice) {
      const key = i18n.t('run:week.shortcutKey');
      setText(summaryText, i18n.t('run:week.settings'));
      setText(shortcuts.text, i18n.t('run:week.shortcuts', { key: key.toUpperCase() }));
      shortcuts.input.checked = slice.shortcuts;
      setText(motion.text, i18n.t('run:week.reducedMotion'));
      motion.input.checked = slice.reducedMotion;
      setText(resume.text, i18n.t('run:autoResume.label'));
      resume.input.checked = slice.autoResume;
      language.render();
      setText(leave, i18n.t('run:week.toTitle'));
    },
    destroy() {
      language.destroy();
    },
  };
}
