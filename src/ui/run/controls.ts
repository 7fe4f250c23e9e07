/**
 * The decisions panel: every lever as a real labelled control, usable by keyboard, each
 * showing what it costs against the budget. Changes go to the store's draft and show as
 * pending until the week is played.
 */
import { shallow } from 'zustand/vanilla/shallow';
import type {
  BooleanLeverName,
  ChoiceLeverName,
  DeadlinePressure,
  Level,
  LeverName,
  Levers,
  ShareLeverName,
} from '../../sim/index.ts';
import { hiringOutlook } from '../../state/hiring.ts';
import type { LeverCosts } from '../../state/selectors.ts';
import { currentLevers, leverCosts, PLAYER_STAFFING_MAX } from '../../state/selectors.ts';
import type { GameState } from '../../state/store.ts';
import { el, fieldFor, LEVER_FIELD, setText, uid } from '../dom.ts';
import type { ViewContext } from '../view-context.ts';
import { frameLevers } from './frame-levers.ts';
import { drawOnTheWay, drawTiming } from './hiring-outlook.ts';
import { follow, type Part } from './part.ts';
import { type Formats, formats } from './text.ts';
import './controls.css';

const LEVEL_VALUES: readonly Level[] = ['junior', 'mid', 'senior'];

type Row = { update(s: GameState, lv: Levers, costs: LeverCosts, f: Formats): void };

const isPending = (s: GameState, name: LeverName): boolean =>
  s.draft.levers[name] !== undefined && s.draft.levers[name] !== s.sim?.state.levers[name];

/** What every control of the panel shares while it is built. */
interface Panel {
  readonly store: ViewContext['store'];
  readonly i18n: ViewContext['i18n'];
  readonly f: Formats;
  /** The element the levers' boxes go into. */
  readonly list: HTMLElement;
  /** Every control's redraw, in order. */
  readonly rows: Row[];
}

/** The shared frame of a lever: its cost line and its "pending" badge. */
function frame(panel: Panel, name: LeverName) {
  const { list } = panel;
  const box = el('div', 'vt-lever', list);
  box.dataset.lever = name;
  box.dataset.hint = name;
  const help = el('p', 'vt-lever-help');
  help.id = uid('help');
  const cost = el('p', 'vt-lever-cost');
  cost.id = uid('cost');
  const badge = el('p', 'vt-pending');
  badge.id = uid('pending');
  return { box, help, cost, badge, describedBy: `${help.id} ${cost.id} ${badge.id}` };
}
function showPending(panel: Panel, badge: HTMLElement, pending: boolean, box: HTMLElement): void {
  const { i18n } = panel;
  badge.hidden = !pending;
  box.classList.toggle('is-pending', pending);
  setText(badge, pending ? i18n.t('run:controls.pending') : '');
}

/** A share lever: a slider in steps of 5%. */
function addRange(panel: Panel, name: ShareLeverName, costText: (c: LeverCosts) => string): void {
  const { store, i18n, f, rows } = panel;
  const label = () => i18n.t(`run:controls.${name}.label`);
  const help = () => i18n.t(`run:controls.${name}.help`);
  const fr = frame(panel, name);
  const head = el('div', 'vt-lever-head', fr.box);
  const lab = el('label', 'vt-lever-label', head);
  const input = fieldFor(lab, 'vt-range', name, LEVER_FIELD);
  const out = el('output', 'vt-lever-value', head);
  out.htmlFor.add(input.id);
  fr.box.append(input, fr.help, fr.cost, fr.badge);
  input.setAttribute('aria-describedby', fr.describedBy);
  input.addEventListener('input', () => {
    store.getState().setLever(name, Number(input.value) / 100);
  });
  rows.push({
    update(s, lv, costs) {
      setText(lab, label());
      setText(fr.help, help());
      const pct = Math.round(lv[name] * 100);
      if (input.value !== String(pct)) input.value = String(pct);
      const shown = f.pct(lv[name]);
      setText(out, shown);
      input.setAttribute('aria-valuetext', shown);
      setText(fr.cost, costText(costs));
      showPending(panel, fr.badge, isPending(s, name), fr.box);
    },
  });
}

/** An on/off lever: a switch. */
function addToggle(
  panel: Panel,
  name: BooleanLeverName,
  costText: (c: LeverCosts) => string,
): void {
  const { store, i18n, rows } = panel;
  const label = () => i18n.t(`run:controls.${name}.label`);
  const help = () => i18n.t(`run:controls.${name}.help`);
  const fr = frame(panel, name);
  const lab = el('label', 'vt-switch', fr.box);
  const input = el('input');
  input.type = 'checkbox';
  input.setAttribute('role', 'switch');
  const text = el('span', 'vt-lever-label');
  lab.append(input, text);
  fr.box.append(fr.help, fr.cost, fr.badge);
  input.setAttribute('aria-describedby', fr.describedBy);
  input.addEventListener('change', () => {
    store.getState().setLever(name, input.checked);
  });
  rows.push({
    update(s, lv, costs) {
      setText(text, label());
      setText(fr.help, help());
      input.checked = lv[name];
      setText(fr.cost, costText(costs));
      showPending(panel, fr.badge, isPending(s, name), fr.box);
    },
  });
}

/** A choice among options: a radio group. */
function addChoice(panel: Panel, name: ChoiceLeverName, values: readonly DeadlinePressure[]): void {
  const { store, i18n, rows } = panel;
  const fr = frame(panel, name);
  const set = el('fieldset', 'vt-radios', fr.box);
  const legend = el('legend', 'vt-lever-label', set);
  const options = values.map((value) => {
    const lab = el('label', 'vt-radio', set);
    const input = el('input');
    input.type = 'radio';
    input.name = uid('pressure');
    input.value = value;
    const text = el('span');
    lab.append(input, text);
    input.addEventListener('change', () => {
      if (input.checked) store.getState().setLever(name, value);
    });
    return { input, text, value };
  });
  const group = options[0]?.input.name ?? '';
  for (const o of options) o.input.name = group;
  fr.box.append(fr.badge);
  set.setAttribute('aria-describedby', fr.badge.id);
  rows.push({
    update(s, lv) {
      setText(legend, i18n.t(`run:controls.${name}.label`));
      for (const o of options) {
        setText(o.text, i18n.t(`run:controls.${name}.${o.value}`));
        o.input.checked = lv[name] === o.value;
      }
      showPending(panel, fr.badge, isPending(s, name), fr.box);
    },
  });
}

/** Hiring and layoffs by seniority: number inputs in a small table. */
function addStaffing(panel: Panel): void {
  const { store, i18n, f, list, rows } = panel;
  const box = el('div', 'vt-lever vt-staffing', list);
  const h = el('h3', 'vt-lever-label', box);
  h.id = uid('staffing-h');
  const table = el('table', 'vt-staff-table', box);
  table.setAttribute('aria-labelledby', h.id);
  const thead = el('thead', undefined, table);
  const hr = el('tr', undefined, thead);
  const heads = [el('th', undefined, hr), el('th', undefined, hr), el('th', undefined, hr)];
  const headLayoff = el('th', undefined, hr);
  for (const th of [...heads, headLayoff]) th.scope = 'col';
  const tbody = el('tbody', undefined, table);
  const costs = el('p', 'vt-lever-cost', box);
  costs.id = uid('staff-cost');
  const badge = el('p', 'vt-pending', box);
  badge.id = uid('staff-pending');
  // When a hire asked for now would arrive and be productive, said before the money is spent.
  const timingHead = el('p', 'vt-hiring-h', box);
  const timingList = el('ul', 'vt-hiring-list vt-hiring-timing', box);
  const timing = new Map(
    LEVEL_VALUES.map((level) => {
      const li = el('li', undefined, timingList);
      li.id = uid(`hire-timing-${level}`);
      li.dataset.level = level;
      return [level, li] as const;
    }),
  );
  // Everyone on the way, and the draft's layoffs.
  const wayHead = el('p', 'vt-hiring-h', box);
  const wayList = el('ul', 'vt-hiring-list vt-hiring-way', box);
  const lines = LEVEL_VALUES.map((level) => {
    const tr = el('tr', undefined, tbody);
    const th = el('th', undefined, tr);
    th.scope = 'row';
    const now = el('td', 'vt-num', tr);
    const inputs = (['hire', 'layoff'] as const).map((kind) => {
      const td = el('td', undefined, tr);
      const input = el('input', 'vt-number', td);
      input.type = 'number';
      input.min = '0';
      input.max = String(PLAYER_STAFFING_MAX);
      input.step = '1';
      input.inputMode = 'numeric';
      const when = kind === 'hire' ? ` ${timing.get(level)?.id ?? ''}` : '';
      input.setAttribute('aria-describedby', `${costs.id} ${badge.id}${when}`);
      const onChange = () => {
        const n = input.value === '' ? 0 : Number(input.value);
        store.getState().setStaffing(kind, level, n);
      };
      input.addEventListener('input', onChange);
      input.addEventListener('change', () => {
        onChange();
        input.value = String(store.getState().draft[kind][level]);
      });
      return { kind, input };
    });
    return { level, th, now, inputs };
  });
  rows.push({
    update(s, _lv, c) {
      setText(h, i18n.t('run:controls.staffing.heading'));
      setText(heads[0] as HTMLElement, i18n.t('run:controls.staffing.level'));
      setText(heads[1] as HTMLElement, i18n.t('run:controls.staffing.now'));
      setText(heads[2] as HTMLElement, i18n.t('run:controls.staffing.hire'));
      setText(headLayoff, i18n.t('run:controls.staffing.layoff'));
      let pending = false;
      for (const line of lines) {
        const levelName = i18n.t(`run:controls.staffing.levels.${line.level}`);
        setText(line.th, levelName);
        const cohort = s.sim?.state.staff[line.level];
        setText(line.now, cohort ? f.int(cohort.active + sum(cohort.onboarding)) : '');
        for (const { kind, input } of line.inputs) {
          const value = s.draft[kind][line.level];
          if (value > 0) pending = true;
          input.setAttribute(
            'aria-label',
            kind === 'hire'
              ? i18n.t('run:controls.staffing.hireLabel', { level: levelName })
              : i18n.t('run:controls.staffing.layoffLabel', { level: levelName }),
          );
          if (document.activeElement !== input && input.value !== String(value)) {
            input.value = String(value);
          }
        }
      }
      const parts = [i18n.t('run:controls.staffing.salaries', { amount: f.money(c.salaries) })];
      if (c.recruiting > 0) {
        parts.push(i18n.t('run:controls.staffing.recruiting', { amount: f.money(c.recruiting) }));
      }
      if (c.severance > 0) {
        parts.push(i18n.t('run:controls.staffing.severance', { amount: f.money(c.severance) }));
      }
      setText(costs, parts.join(i18n.t('run:separator')));
      showPending(panel, badge, pending, box);
      const outlook = hiringOutlook(s);
      if (outlook) {
        setText(timingHead, i18n.t('run:hiring.ifHiredNow'));
        drawTiming(i18n, f, outlook, timing);
        setText(wayHead, i18n.t('run:hiring.onTheWay'));
        drawOnTheWay(i18n, f, outlook, wayList);
      }
    },
  });
}

export function createControls(ctx: ViewContext): Part {
  const { store, i18n } = ctx;
  const f = formats(i18n);
  const root = el('section', 'vt-controls');
  const headingId = uid('controls-h');
  root.setAttribute('aria-labelledby', headingId);
  const heading = el('h2', 'vt-h2', root);
  heading.id = headingId;
  const budget = el('p', 'vt-budget', root);
  const budgetLine = el('span', undefined, budget);
  const over = el('strong', 'vt-over', budget);
  const pendingCount = el('p', 'vt-pending-count', root);
  pendingCount.setAttribute('aria-live', 'polite');
  const list = el('div', 'vt-levers', root);
  const rows: Row[] = [];

  const panel: Panel = { store, i18n, f, list, rows };
  const perWeek = (n: number) =>
    n > 0 ? i18n.t('run:controls.perWeek', { amount: f.money(n) }) : i18n.t('run:controls.noCost');

  // What each lever costs the coming week, as the model bills it.
  const costOf: Record<ShareLeverName | BooleanLeverName, (c: LeverCosts) => string> = {
    aiMandate: (c) => perWeek(c.compute),
    leaderboard: (c) => perWeek(c.compute),
    seniorReviewShare: (c) =>
      i18n.t('run:controls.seniorHours', { hours: f.int(c.seniorReviewHours) }),
    seniorSignoff: () => i18n.t('run:controls.noCost'),
    pipelineInvestment: (c) => perWeek(c.pipeline),
    securityReview: (c) => perWeek(c.security),
  };
  // One control per lever, of the kind the lever table declares: in a frame the levers that move
  // the bottleneck most come first and the rest sit one click away (`frameLevers`).
  const { first, rest, more } = frameLevers(ctx, root, list);
  const restPanel: Panel = { ...panel, list: more?.list ?? list };
  for (const lever of [...first, ...rest]) {
    const into = first.includes(lever) ? panel : restPanel;
    if (lever.kind === 'share') addRange(into, lever.name, costOf[lever.name]);
    else if (lever.kind === 'boolean') addToggle(into, lever.name, costOf[lever.name]);
    else addChoice(into, lever.name, lever.options);
  }

  addStaffing(restPanel);

  const draw = (s: GameState): void => {
    const lv = currentLevers(s);
    const costs = leverCosts(s);
    if (!lv || !costs) return;
    setText(heading, i18n.t('run:controls.heading'));
    const spend = costs.salaries + costs.compute + costs.pipeline + costs.security;
    setText(
      budgetLine,
      i18n.t('run:controls.budget', {
        spend: f.money(spend),
        budget: f.money(costs.weeklyBudget),
      }),
    );
    const excess = spend - costs.weeklyBudget;
    over.hidden = excess <= 0;
    setText(over, excess > 0 ? i18n.t('run:controls.overBudget', { amount: f.money(excess) }) : '');
    let count = 0;
    for (const k of Object.keys(s.draft.levers) as LeverName[]) if (isPending(s, k)) count++;
    for (const kind of ['hire', 'layoff'] as const) {
      for (const l of LEVEL_VALUES) if (s.draft[kind][l] > 0) count++;
    }
    setText(pendingCount, i18n.t('run:controls.pendingCount', { count }));
    // The levers behind the button, and hiring.
    more?.relabel(rest.length + 1);
    for (const r of rows) r.update(s, lv, costs, f);
  };
  // The panel draws the levers in force next week and their bill: the week's state and the draft.
  return follow(
    store,
    root,
    (s) => ({ sim: s.sim, draft: s.draft, run: s.run }),
    (_slice, s) => draw(s),
    shallow,
  );
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
