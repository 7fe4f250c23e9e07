/**
 * One sitting of the learning check, as a form: each item a fieldset whose legend is its
 * question, its options a radio group in the order the form gives, "Not sure" last, each with
 * its real label. The stock-and-flow item shows its chart. Arrow keys move within a group, Tab
 * between groups, as in any native radio group.
 */
import type { I18n } from '../../i18n';
import {
  CHECK_ITEMS,
  type CheckAnswer,
  type CheckForm,
  type CheckItemForm,
  NOT_SURE,
} from '../../state/check.ts';
import { el, setText, uid } from '../dom.ts';
import { formats, tr } from '../run/text.ts';
import { drawFlowChart } from './check-chart.ts';

export interface SittingForm {
  readonly el: HTMLElement;
  /** Builds the items of `form` afresh (no answer chosen). */
  reset(form: CheckForm): void;
  /** Writes the words in the current language, keeping what is chosen. */
  relabel(): void;
  /** The answers chosen, item by item; an item left unanswered has none. */
  answers(): CheckAnswer[];
}

export function createSitting(parent: HTMLElement, i18n: I18n): SittingForm {
  const box = el('div', 'vt-check-items', parent);
  let form: CheckForm = 'A';
  const build = (): void => {
    const f = formats(i18n);
    // Chosen answers stay through a change of language.
    const chosen = new Map(current().map((a) => [a.item, a.choice]));
    box.replaceChildren();
    CHECK_ITEMS.forEach((item, n) => {
      const set = el('fieldset', 'vt-check-item', box);
      set.dataset.item = item.id;
      const legend = el('legend', 'vt-check-legend-q', set);
      el(
        'span',
        'vt-check-count',
        legend,
        i18n.t('check:flow.question', { n: f.int(n + 1), total: f.int(CHECK_ITEMS.length) }),
      );
      el('span', 'vt-check-stem', legend, tr(i18n, `check:items.${item.id}.${form}.stem`));
      const spec: CheckItemForm = item.forms[form];
      if (spec.chart) drawFlowChart(set, i18n, spec.chart);
      const name = uid(`check-${item.id}`);
      for (const option of [...spec.order, NOT_SURE]) {
        const label = el('label', 'vt-check-option', set);
        const input = el('input');
        input.type = 'radio';
        input.name = name;
        input.value = option;
        input.checked = chosen.get(item.id) === option;
        const text =
          option === NOT_SURE
            ? i18n.t('check:notSure')
            : tr(i18n, `check:items.${item.id}.${form}.options.${option}`);
        label.append(input, el('span', undefined, undefined, text));
      }
    });
  };
  const current = (): CheckAnswer[] => {
    const out: CheckAnswer[] = [];
    for (const item of CHECK_ITEMS) {
      const input = box.querySelector<HTMLInputElement>(
        `fieldset[data-item="${item.id}"] input:checked`,
      );
      if (input) out.push({ item: item.id, choice: input.value });
    }
    return out;
  };
  return {
    el: box,
    reset(next) {
      form = next;
      box.replaceChildren();
      build();
    },
    relabel: build,
    answers: current,
  };
}

/** Sets a paragraph's text, hiding it while empty. */
export function setNote(p: HTMLElement, text: string): void {
  setText(p, text);
  p.hidden = text === '';
}
