/**
 * The decisions panel in a blog's frame: the three levers that act on the bottleneck the game is
 * about (how much code AI writes, how much senior time reads it, how much the pipeline tests it)
 * first, the others and hiring behind one "more decisions" button. The button only shows where
 * the frame's landscape layout keeps the levers beside the floor (run-frame.css); elsewhere every
 * lever shows, in this order.
 */
import type { LeverName } from '../../sim/index.ts';
import { type LeverControl, leverTable } from '../../state/selectors.ts';
import { el, setText, uid } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';

/** The levers a frame keeps in view, in the order they show. */
export const FRAME_FIRST_LEVERS: readonly LeverName[] = [
  'aiMandate',
  'seniorReviewShare',
  'pipelineInvestment',
];

export interface MoreLevers {
  /** Where the levers behind the button go. */
  readonly list: HTMLElement;
  /** Writes the button's words: `count` decisions behind it. */
  relabel(count: number): void;
}

export interface FrameLevers {
  /** The levers always in view, in order. */
  readonly first: readonly LeverControl[];
  /** The levers behind the button (none outside a frame). */
  readonly rest: readonly LeverControl[];
  /** The button and its list, in a frame; null elsewhere. */
  readonly more: MoreLevers | null;
}

/**
 * Splits the lever table for `ctx`: outside an embed every lever comes first, in the table's order.
 * In an embed it adds the button after `list` in `root`, and the list it opens after the button.
 */
export function frameLevers(ctx: ViewContext, root: HTMLElement, list: HTMLElement): FrameLevers {
  const table = leverTable();
  if (!ctx.embed) return { first: table, rest: [], more: null };
  const first = FRAME_FIRST_LEVERS.flatMap((name) => table.filter((l) => l.name === name));
  const rest = table.filter((l) => !FRAME_FIRST_LEVERS.includes(l.name));
  const button = el('button', 'vt-btn vt-levers-more-toggle');
  button.type = 'button';
  const moreList = el('div', 'vt-levers vt-levers-more');
  moreList.id = uid('more-levers');
  button.setAttribute('aria-controls', moreList.id);
  list.after(button, moreList);
  let open = false;
  let count = 0;
  const relabel = (n: number): void => {
    count = n;
    button.setAttribute('aria-expanded', String(open));
    root.classList.toggle('is-more-open', open);
    setText(
      button,
      open ? ctx.i18n.t('run:controls.fewer') : ctx.i18n.t('run:controls.more', { count }),
    );
  };
  button.addEventListener('click', () => {
    open = !open;
    relabel(count);
  });
  return { first, rest, more: { list: moreList, relabel } };
}
