/**
 * The office floor's container: asks the view context to mount the Phaser office into it
 * and shows a light loading state (plain DOM) until it has.
 */

import { el, setText } from '../dom.ts';
import type { OfficeView, ViewContext } from '../view-context.ts';
import './office-panel.css';

/**
 * The quiet the run screen needs before the office starts: longer than the work a key or click
 * sets off (a played week renders in under 200 ms on a slow phone) and shorter than a reader's
 * first look at a new screen.
 */
export const OFFICE_QUIET_MS = 400;
/** The office starts by then even while the player keeps pressing keys. */
export const OFFICE_LATEST_MS = 3000;

export interface OfficePanel {
  readonly el: HTMLElement;
  relabel(): void;
  /** CSS pixels of the floor's bottom that the page covers (see `OfficeView.setCovered`). */
  setCovered(cssPx: number): void;
  destroy(): void;
}

/** `describedBy`: the id of the office floor in words, which the picture points to. */
export function createOfficePanel(ctx: ViewContext, describedBy: string): OfficePanel {
  const { i18n } = ctx;
  const box = el('div', 'vt-office');
  const stage = el('div', 'vt-office-stage', box);
  // A picture of what the dashboards say in numbers.
  stage.setAttribute('role', 'img');
  stage.setAttribute('aria-describedby', describedBy);
  const status = el('p', 'vt-office-status', box);
  status.setAttribute('role', 'status');
  let state: 'loading' | 'ready' | 'failed' = 'loading';
  let view: OfficeView | null = null;
  let gone = false;
  let covered = 0;

  const relabel = (): void => {
    stage.setAttribute('aria-label', i18n.t('run:office.label'));
    setText(
      status,
      state === 'loading'
        ? i18n.t('run:office.loading')
        : state === 'failed'
          ? i18n.t('run:office.failed')
          : '',
    );
    status.hidden = state === 'ready';
  };
  relabel();

  const mount = (): void => {
    if (gone) return;
    ctx.mountOffice(stage).then(
      (v) => {
        if (gone) {
          v.destroy();
          return;
        }
        view = v;
        v.setCovered(covered);
        state = 'ready';
        relabel();
      },
      () => {
        if (gone) return;
        state = 'failed';
        relabel();
      },
    );
  };
  // Phaser starts in a few long tasks (its WebGL context, then the floor's textures): a few
  // hundred milliseconds where WebGL runs in software. A player who acts the moment the screen
  // is up (plays the first week, opens a lever) should not wait behind a picture, so the office
  // starts once the screen has had a frame and then a moment without a key or pointer press,
  // and at the latest after a few seconds however busy the player is.
  const doc = box.ownerDocument;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: ReturnType<typeof setTimeout> | undefined;
  const stopWaiting = (): void => {
    clearTimeout(timer);
    clearTimeout(latest);
    doc.removeEventListener('pointerdown', wait, true);
    doc.removeEventListener('keydown', wait, true);
  };
  const begin = (): void => {
    stopWaiting();
    mount();
  };
  function wait(): void {
    clearTimeout(timer);
    timer = setTimeout(begin, OFFICE_QUIET_MS);
  }
  let frame = 0;
  const schedule = (): void => {
    frame = requestAnimationFrame(() => {
      doc.addEventListener('pointerdown', wait, true);
      doc.addEventListener('keydown', wait, true);
      latest = setTimeout(begin, OFFICE_LATEST_MS);
      wait();
    });
  };
  // In a blog's frame, behind the brief that covers it, nothing of the office loads until the
  // reader starts: a reader scrolling past the post never pays for Phaser's start-up.
  const behindBrief = (): boolean => ctx.embed && ctx.store.getState().interrupt?.kind === 'brief';
  let stopBriefWatch = (): void => {};
  if (behindBrief()) {
    stopBriefWatch = ctx.store.subscribe(() => {
      if (behindBrief()) return;
      stopBriefWatch();
      schedule();
    });
  } else {
    schedule();
  }

  return {
    el: box,
    relabel,
    setCovered(cssPx) {
      covered = cssPx;
      view?.setCovered(cssPx);
    },
    destroy() {
      gone = true;
      stopBriefWatch();
      cancelAnimationFrame(frame);
      stopWaiting();
      view?.destroy();
      view = null;
      box.remove();
    },
  };
}
