/**
 * The one store both the Phaser scene and the DOM read. Player input arrives as
 * actions; the store is the only caller of the weekly step; views subscribe.
 * input -> action -> store -> sim step -> store -> views.
 */

import type { StoreApi } from 'zustand/vanilla';
import { createStore } from 'zustand/vanilla';
import { FALLBACK_LANGUAGE, type Language } from '../content/languages.ts';
import type {
  EvidenceReading,
  Headcount,
  Level,
  LeverName,
  Levers,
  SourceId,
} from '../sim/index.ts';
import type { CheckAnswer, CheckPrediction } from './check.ts';
import type { CardOutcome, Interrupt } from './interrupt.ts';
import type { RunLength, RunMode, RunRecord, Snapshot } from './run-record.ts';
import type { CardDefaults } from './run-to-end.ts';
import { DEFAULT_ROOM } from './saved-room.ts';
import { flowActions } from './store-flow.ts';
import { emptyDraft, FRESH_FLOW, stillPlayable, storeKit } from './store-kit.ts';
import { replayActions } from './store-replay.ts';
import { roomActions } from './store-room.ts';
import { runActions } from './store-run.ts';
import { screenActions } from './store-screens.ts';
import { settingsActions } from './store-settings.ts';
import type { RoomProblem, WorkshopPreset } from './workshop.ts';

export type Phase = 'title' | 'run' | 'debrief' | 'sources' | 'facilitator' | 'later';
export type Speed = 1 | 2 | 4;

/** What the player has set for the coming week but not yet played. */
export interface Draft {
  levers: Partial<Levers>;
  hire: Headcount;
  layoff: Headcount;
  /** Card id -> chosen choice id, for the cards pending now. */
  choices: Record<string, string>;
}

export interface UiState {
  /** Weeks play on by themselves (paused by a card, a board review or the end). */
  playing: boolean;
  speed: Speed;
  /** Short hints of the guided run. */
  hintsOn: boolean;
  hintsSeen: string[];
  muted: boolean;
  /** Index into the snapshot's events of the incident or breach whose causes the player opened. */
  openCause: number | null;
  /** The week whose board review the player has read (closed); null before any in this run. */
  reviewRead: number | null;
  /** The card the player just answered, its outcome still on screen until they go on. */
  cardOutcome: CardOutcome | null;
  /** The run's brief is up (a run opened from a link, before its first week): `beginRun` closes it. */
  briefOpen: boolean;
  /** The debrief's second sitting of the learning check is open (`openCheckAfter`). */
  checkAfterOpen: boolean;
  /** A sandbox's "Run to the end" is playing weeks on: cards take defaults, no dialog is owed. */
  fastForward: boolean;
  /** False when the browser will not keep anything: the game plays on and says so. */
  storageAvailable: boolean;
  /** The player closed the notice that nothing will be kept. */
  storageNoticeDismissed: boolean;
  /** A save the browser refused (quota, revoked permission): progress from here may not be kept. */
  saveFailed: boolean;
  /** Saved data from an earlier visit could not be read: it was kept aside, and defaults apply. */
  savedDataSetAside: boolean;
  /** The in-game wish for less motion (the system setting counts too, in the view context). */
  reducedMotion: boolean;
  /** Keyboard shortcuts (e.g. a key to play the week) are on. */
  shortcuts: boolean;
  /** Autoplay waits through a card or a board review and plays on once it is closed. */
  autoResume: boolean;
  /** The language the game speaks now (from the URL, a saved choice, the browser or English). */
  language: Language;
  /** The language the player picked themselves, kept between visits; null until they pick one. */
  chosenLanguage: Language | null;
}

/** What is remembered between visits besides the run. */
export interface Settings {
  muted: boolean;
  hintsOn: boolean;
  hintsSeen: string[];
  reducedMotion: boolean;
  shortcuts: boolean;
  autoResume: boolean;
  language: Language | null;
}

export interface GameState {
  phase: Phase;
  run: RunRecord | null;
  sim: Snapshot | null;
  draft: Draft;
  ui: UiState;
  /**
   * What stops the run screen now, one at a time: the board's unread review, then a card, then
   * the causes the player opened (`interrupt.ts`). Recomputed by every action; dialogs draw it.
   */
  interrupt: Interrupt | null;
  /** A run saved earlier that can be continued from the title screen. */
  savedRun: RunRecord | null;
  /** The screen the sources screen was opened from. */
  sourcesReturn: Exclude<Phase, 'sources'>;
  /** The fact or study the sources screen opens at, or null for its top. */
  sourcesFocus: SourceId | null;
  /**
   * Set while the debrief shows a run replayed from a results code (read-only, never saved):
   * opened from a link, from the facilitator's room, or as the debrief's run at another reading.
   */
  replay: { from: ReplayFrom } | null;
  /**
   * While the debrief shows a run replayed at another reading of the evidence: the run as it was
   * before (its record, snapshot and replay state), which `closeReplay` brings back.
   */
  readingOrigin: ReadingOrigin | null;
  /** Why the last results code given could not be opened, until the player dismisses it. */
  codeProblem: RoomProblem | null;
  /** The facilitator's room: its settings and the codes pasted in, kept while a debrief is open. */
  room: RoomSettings;
  /**
   * The evidence reading the page's link asked for (`?evidence=`), or null: runs started from the
   * title then play at it, and the title's sandbox and the facilitator's room start from it.
   */
  linkReading: EvidenceReading | null;
  /** The page's link asked for the learning check (`?check=1`): runs started from the title take it. */
  linkCheck: boolean;
}

export type ReplayFrom = 'link' | 'facilitator' | 'reading';

export interface ReadingOrigin {
  run: RunRecord;
  sim: Snapshot;
  replay: { from: ReplayFrom } | null;
}

export interface RoomSettings {
  scenarioId: string;
  seed: number;
  weeks: RunLength;
  /** The reading of the evidence the room plays at: it goes into the room link. */
  evidence: EvidenceReading;
  preset: WorkshopPreset;
  /** The learning check before and after the run: it goes into the room link (`check=1`). */
  check: boolean;
  codes: string;
}

export interface StartOptions {
  scenarioId: string;
  weeks: RunLength;
  seed: number;
  mode: RunMode;
  /** The reading of the evidence to play at; central when not given. */
  evidence?: EvidenceReading | undefined;
  /** Open the run's brief before week 1 (a run from a link, whose player has seen no title). */
  brief?: boolean;
  /**
   * With the learning check on: a number drawn for this player's run (`firstFormOf` takes it, so
   * a room sharing one seed splits between the forms). Absent: the check is off.
   */
  checkPlayer?: number | undefined;
}

export interface GameActions {
  startRun(o: StartOptions): void;
  setLever<K extends LeverName>(name: K, value: Levers[K]): void;
  setStaffing(kind: 'hire' | 'layoff', level: Level, count: number): void;
  /** Answers a pending card; its outcome shows (the `card` interrupt) until `closeCard`. */
  answerCard(cardId: string, choiceId: string): void;
  /** Goes on from an answered card's outcome. */
  closeCard(): void;
  /**
   * The player has read the board's review (the next interrupt, if any, shows) or its closing
   * verdict (the debrief opens).
   */
  acknowledgeBoard(): void;
  /**
   * Plays the coming week. Refuses (returns false, and stops autoplay) while the board's review is
   * unread or a card waits for an answer (`holdsPlay`); refuses when the run is over: its weeks
   * are played, or the board replaced the player for overspending.
   */
  playWeek(): boolean;
  continueSaved(): boolean;
  toTitle(): void;
  /** Opens the sources screen; with `focus`, at that fact or study (a debrief finding's link). */
  showSources(focus?: SourceId): void;
  /** Leaves the sources screen for the screen it was opened from. */
  closeSources(): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: Speed): void;
  setMuted(muted: boolean): void;
  setHintsOn(on: boolean): void;
  markHintSeen(id: string): void;
  openCause(eventIndex: number | null): void;
  setReducedMotion(on: boolean): void;
  setShortcuts(on: boolean): void;
  setAutoResume(on: boolean): void;
  /** Closes the run's brief and starts the run; `hints` makes a scenario a guided run. */
  beginRun(hints: boolean): void;
  /**
   * Gives a sitting of the learning check (the one owed now, before week 1 or after the debrief's
   * reveal): `answers`, or null to skip it. Skipping keeps the run.
   */
  answerCheck(answers: readonly CheckAnswer[] | null): void;
  /** Gives the prediction owed before the debrief, or null to skip it; the debrief then opens. */
  predictRun(prediction: CheckPrediction | null): void;
  /** Opens the learning check's second sitting from the debrief (when it is owed). */
  openCheckAfter(): void;
  /** Starts or stops a run to the end (`run-to-end.ts`): while on, no dialog is owed. */
  setFastForward(on: boolean): void;
  /**
   * Plays up to `weeks` weeks without stopping, each card answered with its default, each board
   * review counted as read (`run-to-end.ts`); false when nothing was played.
   */
  playOn(weeks: number, defaults: CardDefaults): boolean;
  /** Speaks another language from now on and remembers the choice; the run and its dialogs stay. */
  setLanguage(language: string): boolean;
  dismissStorageNotice(): void;
  /** Closes the notice that saved data could not be read (the backup stays). */
  dismissSetAsideNotice(): void;
  /** Opens a results code's run in the debrief, replayed; false (and `codeProblem` set) when refused. */
  openCode(code: string, from: ReplayFrom): boolean;
  /**
   * Shows the debrief's run replayed at another reading of the evidence: the same seed, scenario,
   * length and decisions, through its results code. Asking for the reading the run was played at
   * brings that run back. False when there is no run, or its code would not open.
   */
  replayAtReading(evidence: EvidenceReading): boolean;
  /** Leaves a replayed debrief for the screen it was opened from. */
  closeReplay(): void;
  dismissCodeProblem(): void;
  openFacilitator(): void;
  /** The learning check taken alone, weeks after a session (`?check=later`): no run. */
  openLaterCheck(): void;
  setRoom(patch: Partial<RoomSettings>): void;
  /** Notes the reading the page's link asked for; the facilitator's room takes it too. */
  setLinkReading(evidence: EvidenceReading): void;
  /** Notes that the page's link asked for the learning check (`?check=1`). */
  setLinkCheck(on: boolean): void;
}

export type GameStore = StoreApi<GameState & GameActions>;

/** A saved item read back, validated; `setAside` when unreadable text was found (and kept aside). */
export interface Loaded<T> {
  readonly value: T | null;
  readonly setAside: boolean;
}

/** Where runs and settings are kept; `platform/` provides it, and it may keep nothing. */
export interface Persistence {
  readonly available: boolean;
  loadRun(): Loaded<RunRecord>;
  /** False when the write did not happen (quota, a revoked permission, nowhere to keep it). */
  saveRun(record: RunRecord | null): boolean;
  loadSettings(): Loaded<Partial<Settings>>;
  saveSettings(settings: Settings): boolean;
  /** The facilitator's room, so a reload mid-workshop keeps the codes pasted in. */
  loadRoom(): Loaded<RoomSettings>;
  saveRoom(room: RoomSettings): boolean;
}

export const memoryPersistence = (): Persistence => {
  let run: RunRecord | null = null;
  let settings: Settings | null = null;
  let room: RoomSettings | null = null;
  return {
    available: false,
    loadRun: () => ({ value: run, setAside: false }),
    saveRun: (r) => {
      run = r;
      return true;
    },
    loadSettings: () => ({ value: settings, setAside: false }),
    saveSettings: (s) => {
      settings = s;
      return true;
    },
    loadRoom: () => ({ value: room, setAside: false }),
    saveRoom: (r) => {
      room = r;
      return true;
    },
  };
};

/** Which language a visit starts in, given the saved choice (main.ts adds the URL and browser). */
export type LanguageResolver = (saved: Language | null) => Language;

export function createGameStore(
  persistence: Persistence = memoryPersistence(),
  embed = false,
  startLanguage: LanguageResolver = (saved) => saved ?? FALLBACK_LANGUAGE,
): GameStore {
  const loadedRun = persistence.loadRun();
  const loadedSettings = persistence.loadSettings();
  const loadedRoom = persistence.loadRoom();
  const saved = loadedRun.value;
  const settings = loadedSettings.value;
  const chosenLanguage = settings?.language ?? null;
  return createStore<GameState & GameActions>()((rawSet, get) => {
    const kit = storeKit(rawSet, get, persistence);
    return {
      phase: 'title',
      run: null,
      sim: null,
      draft: emptyDraft(),
      savedRun: saved && stillPlayable(saved) ? saved : null,
      sourcesReturn: 'title',
      sourcesFocus: null,
      replay: null,
      readingOrigin: null,
      codeProblem: null,
      linkReading: null,
      linkCheck: false,
      interrupt: null,
      room: loadedRoom.value ?? DEFAULT_ROOM,
      ui: {
        playing: false,
        speed: 1,
        hintsOn: settings?.hintsOn ?? true,
        hintsSeen: settings?.hintsSeen ?? [],
        // Sound is off by default in embeds, where the reader did not ask for it.
        muted: settings?.muted ?? embed,
        ...FRESH_FLOW,
        storageAvailable: persistence.available,
        storageNoticeDismissed: false,
        saveFailed: false,
        savedDataSetAside: loadedRun.setAside || loadedSettings.setAside || loadedRoom.setAside,
        reducedMotion: settings?.reducedMotion ?? false,
        shortcuts: settings?.shortcuts ?? true,
        autoResume: settings?.autoResume ?? true,
        language: startLanguage(chosenLanguage),
        chosenLanguage,
      },
      // The actions, in groups of their own modules (store-run.ts, store-screens.ts, ...).
      ...runActions(kit),
      ...flowActions(kit),
      ...screenActions(kit),
      ...replayActions(kit),
      ...settingsActions(kit),
      ...roomActions(kit),
    };
  });
}
