/**
 * What every screen receives from the composition root. Screens render into the
 * element they are given and return a function that removes them and stops all
 * their listeners and subscriptions.
 */
import type { I18n } from '../i18n';
import type { GameStore } from '../state/store.ts';

/** The animated office floor, drawn by Phaser; main.ts loads it lazily and hands this in. */
export interface OfficeView {
  /**
   * How much of the floor's bottom, in CSS pixels, something on top of it hides (the week's
   * alarms when there are more than a row): the floor lays itself out in the rest, at the same
   * canvas size.
   */
  setCovered(cssPx: number): void;
  destroy(): void;
}

export interface ViewContext {
  store: GameStore;
  i18n: I18n;
  /** True when the player asked for reduced motion (system setting or in-game). */
  reducedMotion: () => boolean;
  /**
   * Calls `listener` as soon as the wish for less motion changes (the system setting or the
   * in-game one), so motion stops at once, not on the next week. Returns the unsubscribe.
   */
  onMotionChange(listener: () => void): () => void;
  /** True in an embed (`?embed=1`): no site chrome, sound off by default. */
  embed: boolean;
  /** Mounts the office floor into `parent`; resolves once Phaser has loaded. */
  mountOffice(parent: HTMLElement): Promise<OfficeView>;
  /** A fresh seed for a new run (the sim itself never draws outside randomness). */
  newSeed(): number;
}

export type Screen = (root: HTMLElement, ctx: ViewContext) => () => void;
