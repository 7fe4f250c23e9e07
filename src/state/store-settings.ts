/**
 * The player's settings and the run screen's own switches: autoplay and its speed, sound, hints,
 * motion, shortcuts, the language, the causes opened, and the notices closed. What is remembered
 * between visits is saved as it changes.
 */
import { isLanguage } from '../content/languages.ts';
import type { ActionGroup } from './store-kit.ts';

export const settingsActions: ActionGroup<
  | 'setPlaying'
  | 'setSpeed'
  | 'setMuted'
  | 'setHintsOn'
  | 'markHintSeen'
  | 'openCause'
  | 'setReducedMotion'
  | 'setShortcuts'
  | 'setAutoResume'
  | 'setLanguage'
  | 'dismissStorageNotice'
  | 'dismissSetAsideNotice'
> = ({ get, setUi, saveSettings }) => ({
  setPlaying(playing) {
    setUi({ playing });
  },
  setSpeed(speed) {
    setUi({ speed });
  },
  setMuted(muted) {
    setUi({ muted });
    saveSettings();
  },
  setHintsOn(on) {
    setUi({ hintsOn: on });
    saveSettings();
  },
  markHintSeen(id) {
    const seen = get().ui.hintsSeen;
    if (seen.includes(id)) return;
    setUi({ hintsSeen: [...seen, id] });
    saveSettings();
  },
  openCause(eventIndex) {
    setUi({ openCause: eventIndex });
  },
  setReducedMotion(on) {
    setUi({ reducedMotion: on });
    saveSettings();
  },
  setShortcuts(on) {
    setUi({ shortcuts: on });
    saveSettings();
  },
  setAutoResume(on) {
    setUi({ autoResume: on });
    saveSettings();
  },
  setLanguage(language) {
    if (!isLanguage(language)) return false;
    // Only the language changes: the run, the draft, open dialogs and autoplay stay as they are.
    setUi({ language, chosenLanguage: language });
    saveSettings();
    return true;
  },
  dismissStorageNotice() {
    setUi({ storageNoticeDismissed: true });
  },
  dismissSetAsideNotice() {
    setUi({ savedDataSetAside: false });
  },
});
