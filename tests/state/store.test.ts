import { describe, expect, it } from 'vitest';
import { replay } from '../../src/state/run-record.ts';
import { parseRunRecord } from '../../src/state/saved-run.ts';
import { parseSettings } from '../../src/state/saved-settings.ts';
import { currentLevers, leverCosts, pendingCard } from '../../src/state/selectors.ts';
import {
  createGameStore,
  type GameStore,
  memoryPersistence,
  type Persistence,
} from '../../src/state/store.ts';
import { answerCards, readReview } from './as-player.ts';

const start = (store: GameStore, weeks: 12 | 26 | 52 = 26, scenarioId = 'mandate', seed = 1) =>
  store.getState().startRun({ scenarioId, weeks, seed, mode: 'scenario' });

/** Answers every pending card with its first choice. */
function answerAll(store: GameStore): void {
  answerCards(store);
  // The player closes the board's review as they answer a card: play waits for both.
  readReview(store);
}

/** Plays weeks, answering cards, until `week` has been played. */
function playTo(store: GameStore, week: number): void {
  while ((store.getState().sim?.state.week ?? week) < week) {
    answerAll(store);
    expect(store.getState().playWeek()).toBe(true);
  }
}

describe('the game store', () => {
  it('starts on the title screen with nothing running', () => {
    const s = createGameStore().getState();
    expect(s.phase).toBe('title');
    expect(s.run).toBeNull();
    expect(s.playWeek()).toBe(false);
  });

  it('starts a run, and refuses an unknown scenario', () => {
    const store = createGameStore();
    store.getState().startRun({ scenarioId: 'nope', weeks: 12, seed: 1, mode: 'scenario' });
    expect(store.getState().phase).toBe('title');
    start(store, 12);
    const s = store.getState();
    expect(s.phase).toBe('run');
    expect(s.run).toMatchObject({ scenarioId: 'mandate', weeks: 12, seed: 1, decisions: [] });
    expect(s.sim?.state.week).toBe(0);
  });

  it('keeps lever changes in the draft, clamped, until the week is played', () => {
    const store = createGameStore();
    start(store);
    store.getState().setLever('aiMandate', 0.4);
    store.getState().setLever('pipelineInvestment', 7);
    store.getState().setLever('deadlinePressure', 'crunch');
    const s = store.getState();
    expect(s.draft.levers).toEqual({
      aiMandate: 0.4,
      pipelineInvestment: 1,
      deadlinePressure: 'crunch',
    });
    expect(s.sim?.state.levers.aiMandate).toBe(0.8);
    expect(currentLevers(s)?.aiMandate).toBe(0.4);
    expect(leverCosts(s)?.pipeline).toBeGreaterThan(0);

    expect(store.getState().playWeek()).toBe(true);
    const after = store.getState();
    expect(after.sim?.state.week).toBe(1);
    expect(after.sim?.state.levers).toMatchObject({
      aiMandate: 0.4,
      pipelineInvestment: 1,
      deadlinePressure: 'crunch',
    });
    expect(after.draft.levers).toEqual({});
    expect(after.run?.decisions[0]?.levers).toEqual({
      aiMandate: 0.4,
      pipelineInvestment: 1,
      deadlinePressure: 'crunch',
    });
  });

  it('clamps staffing counts to whole numbers in range', () => {
    const store = createGameStore();
    start(store);
    store.getState().setStaffing('hire', 'senior', 2.7);
    store.getState().setStaffing('layoff', 'junior', -3);
    store.getState().setStaffing('hire', 'mid', Number.NaN);
    store.getState().setStaffing('hire', 'junior', 999);
    expect(store.getState().draft.hire).toEqual({ junior: 50, mid: 0, senior: 2 });
    expect(store.getState().draft.layoff.junior).toBe(0);
    store.getState().playWeek();
    expect(store.getState().run?.decisions[0]?.hire).toEqual({ junior: 50, mid: 0, senior: 2 });
  });

  it('blocks the week while a card waits, and plays once it is answered', () => {
    const store = createGameStore();
    start(store, 26, 'signoff-crunch');
    store.getState().playWeek();
    const card = pendingCard(store.getState());
    expect(card).not.toBeNull();
    if (!card) return;
    expect(store.getState().playWeek()).toBe(false);
    expect(store.getState().sim?.state.week).toBe(1);
    // A choice the card does not have is ignored.
    store.getState().answerCard(card.id, 'not-a-choice');
    expect(store.getState().playWeek()).toBe(false);
    const choice = card.choices[1] ?? card.choices[0];
    if (!choice) return;
    store.getState().answerCard(card.id, choice.id);
    expect(store.getState().playWeek()).toBe(true);
    expect(store.getState().run?.decisions[1]?.choices).toEqual({ [card.id]: choice.id });
    expect(store.getState().sim?.events).toContainEqual(
      expect.objectContaining({ kind: 'cardResolved', cardId: card.id, choiceId: choice.id }),
    );
  });

  it('replays the decision list to exactly the same snapshot', () => {
    const store = createGameStore();
    start(store, 26, 'leaderboard', 42);
    store.getState().setLever('aiMandate', 0.3);
    store.getState().setStaffing('hire', 'senior', 3);
    playTo(store, 5);
    store.getState().setLever('leaderboard', false);
    store.getState().setLever('seniorSignoff', true);
    playTo(store, 14);
    const { run, sim } = store.getState();
    if (!run || !sim) throw new Error('no run');
    const copy = JSON.parse(JSON.stringify(run));
    expect(replay(copy)).toEqual(sim);
  });

  it('ends in the debrief after the last week, and plays no further', () => {
    const store = createGameStore();
    start(store, 12);
    playTo(store, 12);
    // A 12-week run ends between reviews: the board's closing verdict first, on the run screen.
    expect(store.getState().phase).toBe('run');
    expect(store.getState().interrupt).toEqual({ kind: 'closing', week: 12 });
    expect(store.getState().playWeek()).toBe(false);
    store.getState().acknowledgeBoard();
    expect(store.getState().phase).toBe('debrief');
    expect(store.getState().playWeek()).toBe(false);
    expect(store.getState().sim?.state.week).toBe(12);
  });

  it('stops autoplay at a card and at a board review when it is not to play on after them', () => {
    const store = createGameStore();
    start(store, 26, 'mandate', 1);
    store.getState().setAutoResume(false);
    store.getState().setPlaying(true);
    let weeks = 0;
    while (store.getState().ui.playing && weeks < 26) {
      store.getState().playWeek();
      weeks++;
    }
    const s = store.getState();
    expect(s.ui.playing).toBe(false);
    const stoppedBy =
      s.sim?.state.pendingCards.length || s.sim?.lastEvents.some((e) => e.kind === 'boardReview');
    expect(stoppedBy).toBeTruthy();
    // A week refused for an unanswered card also stops it.
    if (pendingCard(store.getState())) {
      store.getState().setPlaying(true);
      expect(store.getState().playWeek()).toBe(false);
      expect(store.getState().ui.playing).toBe(false);
    }
  });

  it('saves the run as it goes, and continues it in a new store', () => {
    const persistence = memoryPersistence();
    const first = createGameStore(persistence);
    start(first, 26, 'layoffs', 9);
    first.getState().setLever('pipelineInvestment', 0.5);
    playTo(first, 6);
    const before = first.getState().sim;

    const second = createGameStore(persistence);
    expect(second.getState().savedRun?.decisions).toHaveLength(6);
    expect(second.getState().continueSaved()).toBe(true);
    expect(second.getState().phase).toBe('run');
    expect(second.getState().sim).toEqual(before);
    expect(second.getState().savedRun).toBeNull();
  });

  it('offers no saved run for a finished one', () => {
    const persistence = memoryPersistence();
    const first = createGameStore(persistence);
    start(first, 12);
    playTo(first, 12);
    expect(createGameStore(persistence).getState().savedRun).toBeNull();
  });

  it.each([
    ['garbage', 'not a run'],
    ['a wrong shape', { seed: 'x', decisions: 3 }],
    [
      'an unknown scenario',
      { seed: 1, scenarioId: 'gone', weeks: 12, mode: 'scenario', decisions: [] },
    ],
    [
      'a bad decision',
      {
        seed: 1,
        scenarioId: 'mandate',
        weeks: 12,
        mode: 'scenario',
        decisions: [{ levers: { aiMandate: 'lots' } }],
      },
    ],
  ])('refuses %s as a saved run', (_name, raw) => {
    expect(parseRunRecord(raw)).toBeNull();
  });

  it('starts fresh with defaults, and says so, when saved data was set aside', () => {
    const persistence: Persistence = {
      ...memoryPersistence(),
      loadRun: () => ({ value: null, setAside: true }),
      loadSettings: () => ({ value: null, setAside: false }),
    };
    const store = createGameStore(persistence);
    expect(store.getState().savedRun).toBeNull();
    expect(store.getState().continueSaved()).toBe(false);
    expect(store.getState().ui).toMatchObject({ muted: false, savedDataSetAside: true });
    store.getState().dismissSetAsideNotice();
    expect(store.getState().ui.savedDataSetAside).toBe(false);
  });

  it('says so when the browser refuses a save, instead of pretending it kept the run', () => {
    const refusing: Persistence = {
      ...memoryPersistence(),
      available: true,
      saveRun: () => false,
      saveSettings: () => false,
    };
    const store = createGameStore(refusing);
    expect(store.getState().ui.saveFailed).toBe(false);
    start(store, 12);
    expect(store.getState().ui.saveFailed).toBe(true);
    // The run plays on regardless.
    playTo(store, 3);
    expect(store.getState().sim?.state.week).toBe(3);
  });

  it('remembers settings, and mutes by default in embeds', () => {
    const persistence = memoryPersistence();
    const store = createGameStore(persistence);
    store.getState().setMuted(true);
    store.getState().setShortcuts(false);
    store.getState().setReducedMotion(true);
    store.getState().markHintSeen('levers');
    store.getState().markHintSeen('levers');
    const again = createGameStore(persistence).getState().ui;
    expect(again).toMatchObject({
      muted: true,
      shortcuts: false,
      reducedMotion: true,
      hintsSeen: ['levers'],
    });
    expect(createGameStore(memoryPersistence(), true).getState().ui.muted).toBe(true);
    expect(createGameStore(memoryPersistence(), false).getState().ui.muted).toBe(false);
  });

  it('switches the language mid-run without losing the run, the draft, a dialog or autoplay', () => {
    const persistence = memoryPersistence();
    const store = createGameStore(persistence);
    start(store, 26);
    playTo(store, 3);
    store.getState().setLever('aiMandate', 0.4);
    store.getState().setStaffing('hire', 'senior', 2);
    store.getState().openCause(1);
    store.getState().setPlaying(true);
    store.getState().setSpeed(2);
    const before = store.getState();
    expect(store.getState().setLanguage('de')).toBe(true);
    const after = store.getState();
    expect(after.ui.language).toBe('de');
    expect(after.phase).toBe('run');
    expect(after.run).toBe(before.run);
    expect(after.sim).toBe(before.sim);
    expect(after.draft).toBe(before.draft);
    expect(after.ui).toMatchObject({ openCause: 1, playing: true, speed: 2 });
    // The choice is kept for the next visit; a language the game does not speak is refused.
    expect(createGameStore(persistence).getState().ui).toMatchObject({
      language: 'de',
      chosenLanguage: 'de',
    });
    expect(store.getState().setLanguage('xx')).toBe(false);
    expect(store.getState().ui.language).toBe('de');
  });

  it('starts in the language the resolver picks, given the saved choice', () => {
    const saved: Persistence = {
      ...memoryPersistence(),
      loadSettings: () => ({ value: { language: 'es' }, setAside: false }),
    };
    expect(createGameStore(saved).getState().ui.language).toBe('es');
    const seen: unknown[] = [];
    const store = createGameStore(saved, false, (choice) => {
      seen.push(choice);
      return 'ja';
    });
    expect(seen).toEqual(['es']);
    expect(store.getState().ui).toMatchObject({ language: 'ja', chosenLanguage: 'es' });
    // A saved language that is not one of ours is ignored, not trusted.
    const bad: Persistence = {
      ...memoryPersistence(),
      loadSettings: () => ({ value: parseSettings({ language: 'klingon' }), setAside: false }),
    };
    expect(createGameStore(bad).getState().ui).toMatchObject({
      language: 'en',
      chosenLanguage: null,
    });
  });

  it('says when storage keeps nothing, and lets the notice be closed', () => {
    const store = createGameStore(memoryPersistence());
    expect(store.getState().ui.storageAvailable).toBe(false);
    store.getState().dismissStorageNotice();
    expect(store.getState().ui.storageNoticeDismissed).toBe(true);
  });

  it('goes to the title keeping an unfinished run to continue', () => {
    const store = createGameStore();
    start(store, 12);
    playTo(store, 2);
    store.getState().toTitle();
    expect(store.getState().phase).toBe('title');
    expect(store.getState().savedRun?.decisions).toHaveLength(2);
    expect(store.getState().continueSaved()).toBe(true);
    expect(store.getState().sim?.state.week).toBe(2);
  });

  it('opens and closes the cause of an incident', () => {
    const store = createGameStore();
    start(store);
    store.getState().openCause(3);
    expect(store.getState().ui.openCause).toBe(3);
    store.getState().openCause(null);
    expect(store.getState().ui.openCause).toBeNull();
  });

  it('returns from the sources screen to the screen it was opened from', () => {
    const store = createGameStore();
    store.getState().showSources();
    store.getState().closeSources();
    expect(store.getState().phase).toBe('title');
    start(store, 12);
    store.getState().showSources();
    expect(store.getState().phase).toBe('sources');
    store.getState().closeSources();
    expect(store.getState().phase).toBe('run');
    expect(store.getState().sim?.state.week).toBe(0);
  });
});

describe("the facilitator's room in the store", () => {
  it('survives a reload: settings and pasted codes come back', () => {
    const persistence = memoryPersistence();
    const first = createGameStore(persistence);
    first.getState().setRoom({ codes: 'Amber ABC\nTeal DEF', seed: 7, weeks: 12, preset: 'five' });
    const second = createGameStore(persistence);
    expect(second.getState().room).toMatchObject({
      codes: 'Amber ABC\nTeal DEF',
      seed: 7,
      weeks: 12,
      preset: 'five',
    });
  });

  it('says so when the room could not be kept', () => {
    const persistence: Persistence = { ...memoryPersistence(), saveRoom: () => false };
    const store = createGameStore({ ...persistence, available: true });
    store.getState().setRoom({ codes: 'Amber ABC' });
    expect(store.getState().ui.saveFailed).toBe(true);
    expect(store.getState().room.codes).toBe('Amber ABC');
  });
});
