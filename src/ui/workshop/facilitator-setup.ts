/**
 * The facilitator view's header and its first section, the room's run: the workshop preset, the
 * scenario, seed, length and evidence reading, and what a change to one of them sets in the store.
 */
import type { I18n } from '../../i18n';
import { parseReading, READINGS } from '../../state/reading.ts';
import { RUN_LENGTHS } from '../../state/run-record.ts';
import { scenarioById, scenarioList } from '../../state/selectors.ts';
import type { GameStore, RoomSettings } from '../../state/store.ts';
import { WORKSHOP_PRESETS } from '../../state/workshop.ts';
import { el } from '../dom.ts';
import { readingName } from '../reading-name.ts';
import { button } from '../screen-dom.ts';
import { tk } from '../sources/text.ts';

/** The page's heading (id `${id}-h`, which labels the screen), its intro and the way back. */
export function buildFacilitatorHeader(page: HTMLElement, i18n: I18n, id: string): void {
  const bar = el('header', 'vt-fac-bar vt-no-print', page);
  const titles = el('div', undefined, bar);
  const h1 = el('h1', 'vt-fac-h1', titles, i18n.t('workshop:facilitator.heading'));
  h1.id = `${id}-h`;
  h1.tabIndex = -1;
  el('p', 'vt-fac-intro', titles, i18n.t('workshop:facilitator.intro'));
  button(bar, 'vt-btn', i18n.t('workshop:facilitator.back'), 'title');
}

/**
 * The room's run, as the store holds it: each control names its setting in `data-field`, read
 * by `changeSetup`; the new seed button is the screen's `new-seed` act.
 */
export function buildSetup(
  page: HTMLElement,
  i18n: I18n,
  id: string,
  settings: RoomSettings,
): void {
  const setup = el('section', 'vt-fac-sec vt-fac-setup vt-no-print', page);
  el('h2', 'vt-fac-h2', setup, i18n.t('workshop:facilitator.setupHeading'));
  const presetSet = el('fieldset', 'vt-fac-presets', setup);
  el('legend', undefined, presetSet, i18n.t('workshop:facilitator.presetLegend'));
  for (const p of WORKSHOP_PRESETS) {
    const label = el('label', 'vt-fac-preset', presetSet);
    const input = el('input');
    input.type = 'radio';
    input.name = `${id}-preset`;
    input.value = p.id;
    input.checked = settings.preset === p.id;
    input.dataset.field = 'preset';
    const text = el('span');
    el('strong', undefined, text, i18n.t(`workshop:facilitator.preset.${p.id}.name`));
    el('small', undefined, text, i18n.t(`workshop:facilitator.preset.${p.id}.detail`));
    label.append(input, text);
  }
  const fields = el('div', 'vt-fac-fields', setup);
  const field = (labelText: string, control: HTMLElement): void => {
    const label = el('label', 'vt-fac-field', fields);
    el('span', undefined, label, labelText);
    label.append(control);
  };
  const scenario = el('select');
  scenario.dataset.field = 'scenario';
  for (const s of scenarioList()) {
    const o = el('option', undefined, scenario, tk(i18n, 'content', s.nameKey, {}, s.id));
    o.value = s.id;
  }
  scenario.value = settings.scenarioId;
  field(i18n.t('workshop:facilitator.scenario'), scenario);
  const seed = el('input');
  seed.type = 'number';
  seed.min = '0';
  seed.max = '4294967295';
  seed.step = '1';
  seed.inputMode = 'numeric';
  seed.value = String(settings.seed);
  seed.dataset.field = 'seed';
  field(i18n.t('workshop:facilitator.seed'), seed);
  button(fields, 'vt-btn vt-btn-small', i18n.t('workshop:facilitator.newSeed'), 'new-seed');
  const weeks = el('select');
  weeks.dataset.field = 'weeks';
  for (const w of RUN_LENGTHS) {
    const o = el(
      'option',
      undefined,
      weeks,
      i18n.t('workshop:facilitator.weeksValue', { count: w }),
    );
    o.value = String(w);
  }
  weeks.value = String(settings.weeks);
  field(i18n.t('workshop:facilitator.weeks'), weeks);
  const evidence = el('select');
  evidence.dataset.field = 'evidence';
  for (const r of READINGS) {
    const o = el('option', undefined, evidence, readingName(i18n, r));
    o.value = r;
  }
  evidence.value = settings.evidence;
  field(i18n.t('workshop:facilitator.evidence'), evidence);
  const checkLabel = el('label', 'vt-fac-checkon', setup);
  const check = el('input', 'vt-fac-checkon-box');
  check.type = 'checkbox';
  check.checked = settings.check;
  check.dataset.field = 'check';
  const checkText = el('span', 'vt-fac-checkon-text');
  el('strong', undefined, checkText, i18n.t('workshop:facilitator.check'));
  el('small', undefined, checkText, i18n.t('workshop:facilitator.checkHelp'));
  checkLabel.append(check, checkText);
}

/**
 * Sets the room's run from a changed setup control (by its `data-field`); a value the store would
 * not take is dropped, and a bad seed shows the room's seed again.
 */
export function changeSetup(store: GameStore, target: HTMLInputElement | HTMLSelectElement): void {
  const s = store.getState();
  switch (target.dataset.field) {
    case 'preset': {
      const preset = WORKSHOP_PRESETS.find((p) => p.id === target.value);
      if (preset) s.setRoom({ preset: preset.id, weeks: preset.weeks, check: preset.check });
      return;
    }
    case 'scenario':
      if (scenarioById(target.value)) s.setRoom({ scenarioId: target.value });
      return;
    case 'weeks': {
      const w = RUN_LENGTHS.find((x) => String(x) === target.value);
      if (w) s.setRoom({ weeks: w });
      return;
    }
    case 'check':
      if (target instanceof HTMLInputElement) s.setRoom({ check: target.checked });
      return;
    case 'evidence': {
      const r = parseReading(target.value);
      if (r) s.setRoom({ evidence: r });
      return;
    }
    case 'seed': {
      const n = Number(target.value);
      if (Number.isInteger(n) && n >= 0 && n <= 0xffffffff) s.setRoom({ seed: n });
      else target.value = String(s.room.seed);
      return;
    }
  }
}
