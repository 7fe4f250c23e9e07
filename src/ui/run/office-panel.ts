/**
 * The office floor's container: asks the view context to mount the Phaser office into it
 * and shows a light loading state (plain DOM) until it has.
 */
import type { OfficeView, ViewContext } from '../view-context.ts';
import { el, setText } from './dom.ts';

export interface OfficePanel {
  readonly el: HTMLElement;
  relabel(): void;
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
  // Phaser starts in one long task (its renderer and shaders): after the run screen's first
  // frame, so the screen is up, and answering, before it.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(mount, 0);
  });

  return {
    el: box,
    relabel,
    destroy() {
      gone = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      view?.destroy();
      view = null;
      box.remove();
    },
  };
}
