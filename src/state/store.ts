/**
 * The one store both the Phaser scene and the DOM read. Player input arrives as
 * actions; the store is the only caller of the weekly step; views subscribe.
 * input -> action -> store -> sim step -> store -> views.
 */

import type { StoreApi } from 'zustand/vanilla';
import { createStore } from 'zustand/vanilla';
import { CARDS } from '../content/cards.ts';
import { FALLBACK_LANGUAGE, isLanguage, type Language } from '../content/languages.ts';
import { findScenario } from '../content/scenarios.ts';
import type {
  EvidenceReading,
  Headcount,
  Level,
  LeverName,
  Levers,
  SourceId,
  WeekDecisions,
} from '../sim/index.ts';
import { isRunOver, MAX_PLAYER_STAFFING_CHANGE, mergeLevers } from '../sim/index.ts';
import { closingOwed } from './board.ts';
import { modeAfterBrief } from './brief.ts';
import {
  type CardOutcome,
  holdsPlay,
  type Interrupt,
  interruptOf,
  pausesAutoplay,
  sameInterrupt,
} from './interrupt.ts';
import type { RunLength, RunMode, RunRecord, Snapshot } from './run-record.ts';
import { advance, replay, scenarioOf, startSnapshot } from './run-record.ts';
import { type CardDefaults, playedOn } from './run-to-end.ts';
import { DEFAULT_ROOM } from './saved-room.ts';
import type { RoomProblem, WorkshopPreset } from './workshop.ts';
import { codeOfRecord, recordOfCode } from './workshop.ts';

export type Phase = 'title' | 'run' | 'debrief' | 'sources' | 'facilitator';
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
}

export interface GameActions {
  startRun(o: StartOptions): void;
  setLever<K extends LeverName>(name: K, value: Levers[K]): void;
  setStaffing(kind: 'hire' | 'layoff', level: Level, count: number): void;
  /** Answers a pending card; its outcome shows (the `card` interrupt) until `closeCard`. */
  answerCard(cardId: string, choiceId: string): void;
  /** Goes on from an answered card's outcome. */
  closeCard(): void;
  /** Closes the run's brief and starts the run; `hints` makes a scenario a guided run. */
  beginRun(hints: boolean): void;
  /**
   * The player has read the board's review (the next interrupt, if any, shows) or its closing
   * verdict (the debrief opens).
   */
  acknowledgeBoard(): void;
  /**
   * Plays the coming week. Refuses (returns false, and stops autoplay) while a card waits for an
   * answer; refuses when the run is over: its weeks are played, or the board replaced the player
   * for overspending.
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
  setRoom(patch: Partial<RoomSettings>): void;
  /** Notes the reading the page's link asked for; the facilitator's room takes it too. */
  setLinkReading(evidence: EvidenceReading): void;
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

const emptyDraft = (): Draft => ({
  levers: {},
  hire: { junior: 0, mid: 0, senior: 0 },
  layoff: { junior: 0, mid: 0, senior: 0 },
  choices: {},
});

/** The decisions the draft amounts to, with nothing empty left in. */
export function draftDecisions(d: Draft): WeekDecisions {
  const out: WeekDecisions = {};
  if (Object.keys(d.levers).length > 0) out.levers = { ...d.levers };
  if (d.hire.junior + d.hire.mid + d.hire.senior > 0) out.hire = { ...d.hire };
  if (d.layoff.junior + d.layoff.mid + d.layoff.senior > 0) out.layoff = { ...d.layoff };
  if (Object.keys(d.choices).length > 0) out.choices = { ...d.choices };
  return out;
}

/**
 * Whether a saved run can be continued: weeks are left to play and the board did not replace the
 * player. Telling the second needs the run replayed; a record that will not replay is kept, and
 * `continueSaved` sets it aside when the player asks for it.
 */
function stillPlayable(record: RunRecord): boolean {
  if (record.decisions.length >= record.weeks) return false;
  try {
    return !isRunOver(replay(record).state, record.weeks);
  } catch {
    return true;
  }
}

/** The player's own run still in progress: leaving it for another screen keeps it to continue. */
function unfinishedRun(s: GameState): RunRecord | null {
  const { run, sim, replay: replaying } = s;
  return !replaying && run && sim && !isRunOver(sim.state, run.weeks) ? run : null;
}

/** What the interrupt is computed from, as the state holds it. */
const interruptIn = (s: Pick<GameState, 'phase' | 'run' | 'sim' | 'draft' | 'ui'>) =>
  s.ui.fastForward
    ? null
    : interruptOf({
        phase: s.phase,
        sim: s.sim,
        weeks: s.run?.weeks ?? null,
        briefOpen: s.ui.briefOpen,
        choices: s.draft.choices,
        reviewRead: s.ui.reviewRead,
        cardOutcome: s.ui.cardOutcome,
        openCause: s.ui.openCause,
      });

/** A run's screen starts with nothing read, answered or opened. */
const FRESH_FLOW = {
  openCause: null,
  reviewRead: null,
  cardOutcome: null,
  briefOpen: false,
  fastForward: false,
} as const;

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
  const store = createStore<GameState & GameActions>()((rawSet, get) => {
    /**
     * Every change goes through here, so the interrupt follows whatever it depends on in one
     * place rather than in each action; it keeps its identity while it stays the same.
     */
    const set = (
      patch: Partial<GameState> | ((s: GameState & GameActions) => Partial<GameState>),
    ): void =>
      rawSet((s) => {
        const p = typeof patch === 'function' ? patch(s) : patch;
        const interrupt = interruptIn({ ...s, ...p });
        return sameInterrupt(interrupt, s.interrupt) ? p : { ...p, interrupt };
      });
    const setUi = (patch: Partial<UiState>) => set((s) => ({ ui: { ...s.ui, ...patch } }));
    /** A refused write is said, never hidden: the player must not believe a run is kept when it is not. */
    const noteWrite = (ok: boolean) => {
      if (!ok && persistence.available && !get().ui.saveFailed) setUi({ saveFailed: true });
    };
    const saveRun = (record: RunRecord | null) => noteWrite(persistence.saveRun(record));
    const saveSettings = () => {
      const { muted, hintsOn, hintsSeen, reducedMotion, shortcuts, autoResume, chosenLanguage } =
        get().ui;
      noteWrite(
        persistence.saveSettings({
          muted,
          hintsOn,
          hintsSeen,
          reducedMotion,
          shortcuts,
          autoResume,
          language: chosenLanguage,
        }),
      );
    };
    /**
     * Opens a results code's run in the debrief, replayed (read-only, never saved); `origin` is the
     * run to come back to when it is that run at another reading.
     */
    const openReplay = (code: string, from: ReplayFrom, origin: ReadingOrigin | null): boolean => {
      const opened = recordOfCode(code);
      if (!opened.ok) {
        set({ codeProblem: opened.problem });
        return false;
      }
      const { record } = opened;
      // A code handed in before the run's end shows the weeks it played.
      const sim = replay(record);
      const unfinished = unfinishedRun(get());
      set((s) => ({
        phase: 'debrief',
        run: record,
        sim,
        draft: emptyDraft(),
        replay: { from },
        readingOrigin: origin,
        codeProblem: null,
        savedRun: unfinished ?? s.savedRun,
        ui: { ...s.ui, ...FRESH_FLOW, playing: false },
      }));
      return true;
    };
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

      startRun(o) {
        if (!findScenario(o.scenarioId)) return;
        const run: RunRecord = {
          seed: o.seed >>> 0,
          scenarioId: o.scenarioId,
          weeks: o.weeks,
          mode: o.mode,
          decisions: [],
          evidence: o.evidence ?? 'central',
        };
        set((s) => ({
          phase: 'run',
          run,
          sim: startSnapshot(run),
          draft: emptyDraft(),
          savedRun: null,
          replay: null,
          readingOrigin: null,
          codeProblem: null,
          ui: {
            ...s.ui,
            ...FRESH_FLOW,
            briefOpen: o.brief ?? false,
            playing: false,
            hintsOn: o.mode === 'guided' ? true : s.ui.hintsOn,
          },
        }));
        saveRun(run);
      },

      setLever(name, value) {
        const { sim, draft } = get();
        if (!sim) return;
        // Validate through the sim's own clamp, so the draft never holds what the model would refuse.
        const current = { ...sim.state.levers, ...draft.levers };
        const next = mergeLevers(current, { [name]: value } as Partial<Levers>);
        set({ draft: { ...draft, levers: { ...draft.levers, [name]: next[name] } } });
      },

      setStaffing(kind, level, count) {
        const { draft } = get();
        const n = Number.isFinite(count)
          ? Math.max(0, Math.min(MAX_PLAYER_STAFFING_CHANGE, Math.floor(count)))
          : 0;
        set({ draft: { ...draft, [kind]: { ...draft[kind], [level]: n } } });
      },

      answerCard(cardId, choiceId) {
        const { sim, draft } = get();
        if (!sim) return;
        const pending = sim.state.pendingCards.some((p) => p.cardId === cardId);
        const card = CARDS.find((c) => c.id === cardId);
        if (!pending || !card?.choices.some((c) => c.id === choiceId)) return;
        set((s) => ({
          draft: { ...draft, choices: { ...draft.choices, [cardId]: choiceId } },
          ui: { ...s.ui, cardOutcome: { cardId, choiceId } },
        }));
      },

      closeCard() {
        if (get().ui.cardOutcome) setUi({ cardOutcome: null });
      },

      beginRun(hints) {
        const { run, interrupt } = get();
        if (!run || interrupt?.kind !== 'brief') return;
        const mode = modeAfterBrief(run.mode, hints);
        const next = mode === run.mode ? run : { ...run, mode };
        set((s) => ({
          run: next,
          ui: { ...s.ui, briefOpen: false, hintsOn: mode === 'guided' ? true : s.ui.hintsOn },
        }));
        if (next !== run) saveRun(next);
      },

      acknowledgeBoard() {
        const { interrupt } = get();
        if (interrupt?.kind === 'board') setUi({ reviewRead: interrupt.week });
        else if (interrupt?.kind === 'closing') set({ phase: 'debrief' });
      },

      playWeek() {
        const { run, sim, draft } = get();
        if (!run || !sim || get().phase !== 'run' || get().replay) return false;
        if (isRunOver(sim.state, run.weeks)) return false;
        if (holdsPlay({ sim, choices: draft.choices, briefOpen: get().ui.briefOpen })) {
          setUi({ playing: false });
          return false;
        }
        const decisions = draftDecisions(draft);
        const nextRun: RunRecord = { ...run, decisions: [...run.decisions, decisions] };
        const nextSim = advance(sim, scenarioOf(run), decisions);
        const over = isRunOver(nextSim.state, run.weeks);
        // A run over between reviews stays on the run screen for the board's closing verdict.
        const toDebrief = over && !closingOwed(nextRun, nextSim);
        set((s) => {
          const next = {
            run: nextRun,
            sim: nextSim,
            draft: emptyDraft(),
            phase: toDebrief ? ('debrief' as const) : ('run' as const),
            ui: { ...s.ui, cardOutcome: null },
          };
          // A new card or a board review pauses autoplay while it is up (`GAME_AUTOPLAY` waits);
          // without `autoResume` it stops, and the player starts it again by hand.
          const stop = over || (!s.ui.autoResume && pausesAutoplay(interruptIn(next)));
          return stop ? { ...next, ui: { ...next.ui, playing: false } } : next;
        });
        saveRun(nextRun);
        return true;
      },

      continueSaved() {
        const record = get().savedRun;
        if (!record) return false;
        let sim: Snapshot;
        try {
          sim = replay(record);
        } catch {
          set({ savedRun: null });
          return false;
        }
        set((s) => ({
          phase: isRunOver(sim.state, record.weeks) ? 'debrief' : 'run',
          run: record,
          sim,
          draft: emptyDraft(),
          savedRun: null,
          replay: null,
          readingOrigin: null,
          ui: { ...s.ui, ...FRESH_FLOW, playing: false },
        }));
        return true;
      },

      toTitle() {
        const unfinished = unfinishedRun(get());
        set((s) => ({
          phase: 'title',
          replay: null,
          readingOrigin: null,
          savedRun: unfinished ?? s.savedRun,
          ui: { ...s.ui, playing: false },
        }));
      },

      showSources(focus) {
        set((s) => ({
          phase: 'sources',
          sourcesReturn: s.phase === 'sources' ? s.sourcesReturn : s.phase,
          sourcesFocus: focus ?? null,
          ui: { ...s.ui, playing: false },
        }));
      },

      closeSources() {
        const back = get().sourcesReturn;
        if (back === 'title' || get().phase !== 'sources') {
          get().toTitle();
          return;
        }
        set({ phase: back });
      },

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
      setFastForward(on) {
        const { phase, run } = get();
        if (on && (phase !== 'run' || run?.mode !== 'sandbox')) return;
        setUi(
          on ? { fastForward: true, playing: false, cardOutcome: null } : { fastForward: false },
        );
      },
      playOn(weeks, defaults) {
        const s = get();
        const next = s.replay ? null : playedOn(s, draftDecisions(s.draft), weeks, defaults);
        if (!next) return false;
        set({ ...next, draft: emptyDraft() });
        saveRun(next.run);
        return true;
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
      openCode(code, from) {
        return openReplay(code, from, null);
      },
      replayAtReading(evidence) {
        const { run, sim, replay: replaying, readingOrigin } = get();
        if (!run || !sim) return false;
        const origin = readingOrigin ?? { run, sim, replay: replaying };
        if (evidence === (origin.run.evidence ?? 'central')) {
          set({ phase: 'debrief', ...origin, readingOrigin: null });
          return true;
        }
        // The one replay path: the run's results code, at the other reading.
        return openReplay(codeOfRecord({ ...origin.run, evidence }), 'reading', origin);
      },
      closeReplay() {
        const { replay: replaying, readingOrigin } = get();
        if (replaying?.from === 'reading' && readingOrigin) {
          set({ phase: 'debrief', ...readingOrigin, readingOrigin: null });
          return;
        }
        if (replaying?.from === 'facilitator') {
          set({ phase: 'facilitator', replay: null });
          return;
        }
        get().toTitle();
      },
      dismissCodeProblem() {
        set({ codeProblem: null });
      },
      openFacilitator() {
        const unfinished = unfinishedRun(get());
        set((s) => ({
          phase: 'facilitator',
          replay: null,
          readingOrigin: null,
          savedRun: unfinished ?? s.savedRun,
          ui: { ...s.ui, playing: false },
        }));
      },
      setLinkReading(evidence) {
        set((s) => ({ linkReading: evidence, room: { ...s.room, evidence } }));
      },
      setRoom(patch) {
        set((s) => ({ room: { ...s.room, ...patch } }));
        noteWrite(persistence.saveRoom(get().room));
      },
    };
  });
  return store;
}
