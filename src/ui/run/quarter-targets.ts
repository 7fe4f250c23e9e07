/**
 * The board's targets for the quarter under way, on the board's dashboard from week 1: each goal
 * (scaled, as the board scales it, to the weeks its next verdict covers), the figure so far, and
 * only a limit already passed called missed; everything else waits for the verdict. The figures
 * and the rules are the model's (`state/board.ts` reads them off the run).
 */
import { shallow } from 'zustand/vanilla/shallow';
import { currentQuarter } from '../../state/board.ts';
import type { GameState } from '../../state/store.ts';
import { el, setText, uid } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import { targetFigure, targetGoal } from './board-table.ts';
import { follow, type Part } from './part.ts';
import { formats } from './text.ts';
import './quarter-targets.css';

/** The run and the week's snapshot: a week played or a new run redraws it, a draft does not. */
const slice = (s: GameState) => ({ run: s.run?.weeks ?? null, sim: s.sim });

export function createQuarterTargets(ctx: ViewContext): Part {
  const { store, i18n } = ctx;
  const f = formats(i18n);
  const root = el('section', 'vt-quarter');
  root.dataset.quarter = '';
  const h = el('h3', 'vt-h3', root);
  h.id = uid('quarter-h');
  root.setAttribute('aria-labelledby', h.id);
  const note = el('p', 'vt-dash-note', root);
  const table = el('table', 'vt-board-table vt-quarter-table', root);
  const thead = el('thead', undefined, table);
  const tbody = el('tbody', undefined, table);

  const draw = ({ run, sim }: ReturnType<typeof slice>): void => {
    const q = currentQuarter(run === null ? null : { weeks: run }, sim);
    root.hidden = q === null;
    if (!q) return;
    const { first, last, played, weeks } = q.span;
    setText(h, i18n.t('run:premise.quarter.heading', { first: f.int(first), last: f.int(last) }));
    setText(
      note,
      i18n.t('run:premise.quarter.note', {
        last: f.int(last),
        played: f.int(played),
        weeks: f.int(weeks),
      }),
    );
    thead.replaceChildren();
    const hr = el('tr', undefined, thead);
    for (const k of ['target', 'goal', 'soFar'] as const) {
      const th = el('th', undefined, hr);
      th.scope = 'col';
      th.textContent =
        k === 'target' || k === 'goal'
          ? i18n.t(`run:board.${k}`)
          : i18n.t(`run:premise.quarter.${k}`);
    }
    tbody.replaceChildren();
    for (const t of q.targets) {
      const tr = el('tr', undefined, tbody);
      tr.dataset.target = t.target;
      const th = el('th', undefined, tr);
      th.scope = 'row';
      th.textContent = i18n.t(`run:board.targets.${t.target}`);
      el('td', 'vt-num', tr).textContent = targetGoal(i18n, f, t.target, t.goal);
      // The figure so far; a limit already passed says so beside it (an icon and words).
      const soFar = el('td', `vt-num ${t.exceeded ? 'vt-result is-missed' : ''}`, tr);
      el('span', undefined, soFar).textContent =
        t.actual === null
          ? i18n.t('run:premise.quarter.notYet')
          : targetFigure(f, t.target, t.actual);
      if (t.exceeded) {
        const mark = el('span', 'vt-quarter-exceeded', soFar);
        const icon = el('span', 'vt-result-icon', mark);
        icon.setAttribute('aria-hidden', 'true');
        icon.textContent = '✗';
        el('span', undefined, mark).textContent = i18n.t('run:premise.quarter.exceeded');
      }
    }
  };
  return follow(store, root, slice, draw, shallow);
}
