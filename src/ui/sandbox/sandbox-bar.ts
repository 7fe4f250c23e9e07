// Usage (run screen, sandbox mode): `const bar = createSandboxBar(ctx); screen.append(bar.el);` and `bar.destroy()` in the cleanup.
/**
 * The sandbox's strip under the week bar: it says the run is a sandbox (nothing at stake, try
 * anything), and offers "Run to the end": the weeks left played a few per idle task (`runToEnd` in
 * `src/state/run-to-end.ts`), each card answered with the choice set for it in a small list (its
 * first unless changed), the board's reviews summed up in the debrief instead of a dialog each.
 */
import { type CardDefaults, DECK, runToEnd } from '../../state/run-to-end.ts';
import type { GameState } from '../../state/store.ts';
import { el, setText, uid } from '../dom.ts';
import { follow, type Part } from '../run/part.ts';
import { formats, tr } from '../run/text.ts';
import type { ViewContext } from '../view-context.ts';
import './sandbox-bar.css';

const barSlice = (s: GameState) => ({
  week: s.sim?.state.week ?? 0,
  weeks: s.run?.weeks ?? 0,
  running: s.ui.fastForward,
});

export function createSandboxBar(ctx: ViewContext): Part {
  const { store, i18n } = ctx;
  const f = formats(i18n);
  const id = uid('sandbox');
  const bar = el('div', 'vt-sandbox-bar');
  bar.setAttribute('role', 'region');
  const badge = el('strong', 'vt-sandbox-badge', bar);
  const says = el('p', 'vt-sandbox-says', bar);
  const run = el('button', 'vt-btn vt-btn-primary vt-sandbox-run', bar);
  run.type = 'button';
  const stopBtn = el('button', 'vt-btn vt-sandbox-stop', bar);
  stopBtn.type = 'button';
  stopBtn.hidden = true;
  const answers = el('details', 'vt-sandbox-answers', bar);
  const answersSummary = el('summary', 'vt-btn', answers);
  // The settings panel's popover (run.css), taller lists scrolling inside it.
  const answersBody = el('div', 'vt-settings-body vt-sandbox-answers-body', answers);
  const answersIntro = el('p', undefined, answersBody);
  const selects = DECK.map((card) => {
    const label = el('label', 'vt-sandbox-answer', answersBody);
    const name = el('span', undefined, label);
    const select = el('select', undefined, label);
    select.id = `${id}-${card.id}`;
    const options = card.choices.map((c) => {
      const o = el('option', undefined, select);
      o.value = c.id;
      return o;
    });
    return { card, name, select, options };
  });
  const status = el('p', 'vt-sandbox-status', bar);
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');

  const defaults = (): CardDefaults =>
    Object.fromEntries(selects.map(({ card, select }) => [card.id, select.value]));

  let stop: (() => void) | null = null;
  const progress = (): void => {
    const s = store.getState();
    const week = s.sim?.state.week ?? 0;
    setText(
      status,
      i18n.t('run:sandbox.progress', { week: f.int(week), weeks: f.int(s.run?.weeks ?? 0) }),
    );
  };
  run.addEventListener('click', () => {
    answers.open = false;
    stop?.();
    stop = runToEnd(store, defaults(), {
      progress,
      done: () => {
        stop = null;
        if (store.getState().phase === 'run') setText(status, i18n.t('run:sandbox.stopped'));
      },
    });
    progress();
    stopBtn.focus();
  });
  stopBtn.addEventListener('click', () => {
    stop?.();
    run.focus();
  });

  const draw = (slice: ReturnType<typeof barSlice>): void => {
    bar.setAttribute('aria-label', i18n.t('run:sandbox.badge'));
    setText(badge, i18n.t('run:sandbox.badge'));
    setText(says, i18n.t('run:sandbox.says'));
    setText(run, i18n.t('run:sandbox.runToEnd'));
    setText(stopBtn, i18n.t('run:sandbox.stop'));
    run.hidden = slice.running;
    stopBtn.hidden = !slice.running;
    run.disabled = slice.week >= slice.weeks;
    answers.hidden = slice.running;
    setText(answersSummary, i18n.t('run:sandbox.answers'));
    setText(answersIntro, i18n.t('run:sandbox.answersIntro'));
    for (const { card, name, options } of selects) {
      const base = `content:cards.${card.id}`;
      setText(name, tr(i18n, `${base}.title`));
      for (const o of options) setText(o, tr(i18n, `${base}.choices.${o.value}.label`));
    }
  };
  const part = follow(
    store,
    bar,
    barSlice,
    draw,
    (a, b) => a.week === b.week && a.weeks === b.weeks && a.running === b.running,
  );
  return {
    el: bar,
    relabel: part.relabel,
    destroy() {
      stop?.();
      part.destroy();
    },
  };
}
