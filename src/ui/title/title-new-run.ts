/**
 * The title screen's new run: the scenario (with its brief), the run's length, guided hints, and
 * the button that starts it.
 */
import type { I18n } from '../../i18n';
import type { RunLength } from '../../state/run-record.ts';
import { RUN_LENGTHS } from '../../state/run-record.ts';
import { scenarioById, scenarioList } from '../../state/selectors.ts';
import { el } from '../dom.ts';
import { tk } from '../sources/text.ts';
import type { ViewContext } from '../view-context.ts';
import { SANDBOX_ID } from './title-ways-in.ts';

/** The length a scenario starts with: its own default when it offers one, else 26 weeks. */
export function defaultLength(defaultWeeks: number | undefined): RunLength {
  return (RUN_LENGTHS as readonly number[]).includes(defaultWeeks ?? 0)
    ? (defaultWeeks as RunLength)
    : 26;
}

/** The run's lengths as one radio group: each a `labelClass` label around its input and words. */
export interface LengthRadios {
  /** Checks `weeks`' radio (and no other). */
  select(weeks: RunLength): void;
  /** The checked length, or `fallback` with none checked. */
  checked(fallback: RunLength): RunLength;
  /** Writes each radio's words ("12 weeks") in `t`'s language. */
  render(t: I18n): void;
}

/** One radio per run length, appended to `parent`, in the group `name`. */
export function buildLengthRadios(
  parent: HTMLElement,
  name: string,
  labelClass: string,
): LengthRadios {
  const radios = RUN_LENGTHS.map((weeks) => {
    const label = el('label', labelClass, parent);
    const input = el('input');
    input.type = 'radio';
    input.name = name;
    input.value = String(weeks);
    const text = el('span');
    label.append(input, text);
    return { input, text, weeks };
  });
  return {
    select(weeks) {
      for (const r of radios) r.input.checked = r.weeks === weeks;
    },
    checked: (fallback) => radios.find((r) => r.input.checked)?.weeks ?? fallback,
    render(t) {
      for (const r of radios)
        r.text.textContent = t.t('screens:title.weeksOption', { count: r.weeks });
    },
  };
}

export interface NewRunForm {
  /** Writes the form's words in `t`'s language. */
  render(t: I18n): void;
  /** Stops its listeners (the form goes with the screen). */
  destroy(): void;
}

/** Builds the new-run form into `parent`; `id` prefixes its element ids and radio groups. */
export function buildNewRunForm(parent: HTMLElement, id: string, ctx: ViewContext): NewRunForm {
  const { store, i18n } = ctx;
  const presets = scenarioList().filter((s) => s.id !== SANDBOX_ID);
  const firstVisit = store.getState().ui.hintsSeen.length === 0;

  const form = el('form', 'vt-title-start', parent);
  form.noValidate = true;
  const startH = el('h2', 'vt-title-h2', form);
  startH.id = `${id}-start`;
  form.setAttribute('aria-labelledby', startH.id);

  const scenarioSet = el('fieldset', 'vt-title-field', form);
  const scenarioLegend = el('legend', 'vt-title-legend', scenarioSet);
  const chips = el('div', 'vt-title-chips', scenarioSet);
  const brief = el('p', 'vt-title-brief', scenarioSet);
  brief.id = `${id}-brief`;
  brief.setAttribute('aria-live', 'polite');
  const scenarioInputs: Array<{ input: HTMLInputElement; text: HTMLSpanElement; sid: string }> = [];
  presets.forEach((s, i) => {
    const label = el('label', 'vt-chip', chips);
    const input = el('input');
    input.type = 'radio';
    input.name = `${id}-scenario`;
    input.value = s.id;
    input.checked = i === 0;
    input.setAttribute('aria-describedby', brief.id);
    const text = el('span');
    label.append(input, text);
    scenarioInputs.push({ input, text, sid: s.id });
  });

  const lengthSet = el('fieldset', 'vt-title-field', form);
  const lengthLegend = el('legend', 'vt-title-legend', lengthSet);
  const lengths = el('div', 'vt-title-chips vt-title-lengths', lengthSet);
  const lengthRadios = buildLengthRadios(lengths, `${id}-weeks`, 'vt-chip');

  const guidedLabel = el('label', 'vt-title-check', form);
  const guided = el('input');
  guided.type = 'checkbox';
  guided.checked = firstVisit;
  const guidedText = el('span', 'vt-title-check-text');
  const guidedName = el('strong', undefined, guidedText);
  const guidedHelp = el('small', undefined, guidedText);
  guidedLabel.append(guided, guidedText);

  // Start, and beside it (under it on a phone) the learning check's offer.
  const actions = el('div', 'vt-title-actions', form);
  const startBtn = el('button', 'vt-btn vt-btn-primary', actions);
  // A button's click, not the form's submit: a frame sandboxed without `allow-forms` (a blog's
  // iframe) never submits a form, and Start must work there too.
  startBtn.type = 'button';
  // The learning check, offered once here: a run like Start's, with six questions before and after.
  const checkBtn = el('button', 'vt-title-check-offer', actions);
  checkBtn.type = 'button';

  const selectedScenario = (): string =>
    scenarioInputs.find((s) => s.input.checked)?.sid ?? presets[0]?.id ?? SANDBOX_ID;
  lengthRadios.select(defaultLength(presets[0]?.defaultWeeks));

  const renderBrief = (): void => {
    const s = scenarioById(selectedScenario());
    brief.textContent = s ? tk(i18n, 'content', s.briefKey) : '';
  };

  const render = (t: I18n): void => {
    startH.textContent = t.t('screens:title.startHeading');
    scenarioLegend.textContent = t.t('screens:title.scenario');
    for (const s of scenarioInputs) {
      const sc = scenarioById(s.sid);
      s.text.textContent = sc ? tk(t, 'content', sc.nameKey, {}, s.sid) : s.sid;
    }
    lengthLegend.textContent = t.t('screens:title.length');
    lengthRadios.render(t);
    guidedName.textContent = t.t('screens:title.guided');
    guidedHelp.textContent = t.t('screens:title.guidedHelp');
    startBtn.textContent = t.t('screens:title.start');
    checkBtn.textContent = t.t('screens:title.checkOffer');
    renderBrief();
  };

  const onScenario = (e: Event): void => {
    const target = e.target as HTMLInputElement;
    if (target.name !== `${id}-scenario`) return;
    lengthRadios.select(defaultLength(scenarioById(target.value)?.defaultWeeks));
    renderBrief();
  };
  chips.addEventListener('change', onScenario);

  const start = (check: boolean): void => {
    const weeks = lengthRadios.checked(26);
    store.getState().startRun({
      scenarioId: selectedScenario(),
      weeks,
      seed: ctx.newSeed(),
      mode: guided.checked ? 'guided' : 'scenario',
      // A link's `?evidence=` holds for the runs started from it.
      evidence: store.getState().linkReading ?? 'central',
      // A link's `?check=1` holds for the runs started from it too.
      checkPlayer: check || store.getState().linkCheck ? ctx.newSeed() : undefined,
    });
  };
  const onStart = (): void => start(false);
  const onCheck = (): void => start(true);
  startBtn.addEventListener('click', onStart);
  checkBtn.addEventListener('click', onCheck);
  // Enter in the form, where the page may submit one, starts too; it never leaves the page.
  const onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    onStart();
  };
  form.addEventListener('submit', onSubmit);

  return {
    render,
    destroy: () => {
      chips.removeEventListener('change', onScenario);
      startBtn.removeEventListener('click', onStart);
      checkBtn.removeEventListener('click', onCheck);
      form.removeEventListener('submit', onSubmit);
    },
  };
}
