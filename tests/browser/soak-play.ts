// Plays weeks inside the page, for the soak test and the frames benchmark: a click on "Play
// week" after each drawn frame, a card answered with its first choice and a board review
// closed as they come. Kept free of test-runner imports so the benchmark can use it too.
import type { Page } from 'playwright-core';

export interface PlayedStretch {
  /** The week coming up once the stretch ends. */
  readonly week: number;
  /** DOM mutation records while the weeks played (the dialogs' own included). */
  readonly mutations: number;
  /** Dialogs answered on the way. */
  readonly dialogs: number;
}

// A string, not a function: tsx (which runs the benchmarks) names inner functions with a helper
// the page does not have. Each click comes in a task of its own once a frame is drawn, as a
// player's input does, not inside an animation-frame callback (where it would share a task with
// the office's frame).
const PLAY_IN_PAGE = `async (until) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const week = () =>
    Number(/\\d+/.exec(document.querySelector('.vt-week')?.textContent ?? '')?.[0] ?? NaN);
  let mutations = 0;
  let dialogs = 0;
  const observer = new MutationObserver((list) => { mutations += list.length; });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  for (let guard = 0; guard < 20000 && week() < until; guard++) {
    const dialog = document.querySelector('dialog[open]');
    if (dialog) {
      dialogs++;
      const choice = dialog.querySelector('.vt-choice');
      if (choice && choice.offsetParent !== null) {
        choice.click();
        await frame();
        dialog.querySelector('.vt-outcome .vt-btn-primary')?.click();
      } else {
        dialog.querySelector('.vt-btn-primary')?.click();
      }
      await frame();
      continue;
    }
    const play = document.querySelector('.vt-play');
    if (!play || play.disabled) break;
    play.click();
    await frame();
  }
  mutations += observer.takeRecords().length;
  observer.disconnect();
  return { week: week(), mutations, dialogs };
}`;

/** Plays until `until` is the coming week (or the run screen leaves), in the page. */
export function playWeeksInPage(page: Page, until: number): Promise<PlayedStretch> {
  return page.evaluate(`(${PLAY_IN_PAGE})(${JSON.stringify(until)})`) as Promise<PlayedStretch>;
}
