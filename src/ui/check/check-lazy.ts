/**
 * The learning check's views, fetched only when a run has the check on: most runs never show
 * them, so the title's first download does not carry them. A dialog owed before its module has
 * arrived opens once it has (the store's interrupt is read again then); should the fetch fail,
 * the sitting or guess is skipped, since the check must never hold a run back.
 */
import type { Interrupt } from '../../state/interrupt.ts';
import type { GameState } from '../../state/store.ts';
import { el } from '../dom.ts';
import type { InterruptDialog } from '../run/interrupts.ts';
import type { ViewContext } from '../view-context.ts';
import type { buildCheckSection } from './check-section.ts';

type Create<K extends Interrupt['kind']> = (
  parent: HTMLElement,
  ctx: ViewContext,
) => InterruptDialog<K>;

/** A dialog whose module is fetched the first time its interrupt is owed (or `warm` asks). */
export function lazyDialog<K extends 'check' | 'prediction'>(
  kind: K,
  load: () => Promise<Create<K>>,
  parent: HTMLElement,
  ctx: ViewContext,
): InterruptDialog<K> & { warm(): void } {
  let real: InterruptDialog<K> | null = null;
  let loading = false;
  let destroyed = false;
  const fetch = (): void => {
    if (loading) return;
    loading = true;
    load().then(
      (create) => {
        if (destroyed) return;
        real = create(parent, ctx);
        const s = ctx.store.getState();
        const owed =
          s.interrupt?.kind === kind ? (s.interrupt as Extract<Interrupt, { kind: K }>) : null;
        if (owed) real.show(owed, s);
      },
      () => {
        if (destroyed) return;
        const s = ctx.store.getState();
        if (s.interrupt?.kind === 'check') s.answerCheck(null);
        else if (s.interrupt?.kind === 'prediction') s.predictRun(null);
      },
    );
  };
  return {
    show(i: Extract<Interrupt, { kind: K }> | null, s: GameState) {
      if (real) real.show(i, s);
      else if (i) fetch();
    },
    warm() {
      if (ctx.store.getState().run?.check) fetch();
    },
    destroy() {
      destroyed = true;
      real?.destroy();
    },
  };
}

const views = () => import('./check-views.ts').then((m) => m.CHECK_VIEWS);
export const loadCheckDialog = () => views().then((v) => v.createCheckDialog);
export const loadPredictionDialog = () => views().then((v) => v.createPredictionDialog);

/** Set when focus should go to the check's section as soon as it is drawn. */
let focusWhenDrawn = false;

/** Moves focus to the check's section heading, now or once the section has been drawn. */
export function focusCheckSection(screen: HTMLElement): void {
  const h = screen.querySelector<HTMLElement>('.vt-check-sec h2');
  focusWhenDrawn = h === null;
  h?.focus();
}

/**
 * The debrief's place for the check's section, filled once its module has arrived; nothing for
 * a run played without the check.
 */
export function checkSectionSlot(
  ...[parent, i18n, store, run, sim]: Parameters<typeof buildCheckSection>
): void {
  if (!run.check) return;
  const slot = el('div', 'vt-check-slot', parent);
  views().then(
    (v) => {
      if (!slot.isConnected) return;
      v.buildCheckSection(slot, i18n, store, run, sim);
      if (focusWhenDrawn) focusCheckSection(slot);
    },
    () => slot.remove(),
  );
}
