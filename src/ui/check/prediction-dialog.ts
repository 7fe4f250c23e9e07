/**
 * The learning check's prediction, before the debrief opens: the sound policy's features and
 * incidents on the same seed as the anchor, the player's guess of their own run's two totals, and
 * how sure they are (sure / not sure). "Open the debrief" gives the guess; "Skip the guess" gives
 * none and the debrief opens all the same.
 */
import { type CheckPrediction, predictionFigures } from '../../state/check.ts';
import type { Interrupt } from '../../state/interrupt.ts';
import type { GameState } from '../../state/store.ts';
import { el, fieldFor, setText, uid } from '../dom.ts';
import { createModal } from '../run/dialog.ts';
import type { InterruptDialog } from '../run/interrupts.ts';
import { formats } from '../run/text.ts';
import type { ViewContext } from '../view-context.ts';
import { setNote } from './check-sitting.ts';
import './check.css';

/** "Sure" and "not sure" on the check's five-step scale of confidence. */
const CONFIDENCE = { sure: 4, unsure: 2 } as const;

function numberField(parent: HTMLElement): { input: HTMLInputElement; label: HTMLLabelElement } {
  const label = el('label', 'vt-check-field', parent);
  const input = fieldFor(label, 'vt-check-number', 'check-guess', {
    type: 'number',
    min: 0,
    step: 1,
  });
  input.inputMode = 'numeric';
  input.required = true;
  parent.append(input);
  return { input, label };
}

export function createPredictionDialog(
  parent: HTMLElement,
  ctx: ViewContext,
): InterruptDialog<'prediction'> {
  const { store, i18n } = ctx;
  const modal = createModal(parent, 'vt-check vt-predict', { dismissible: () => false });
  const eyebrow = el('p', 'vt-check-eyebrow');
  modal.dialog.insertBefore(eyebrow, modal.heading);
  const intro = el('p', 'vt-check-intro', modal.body);
  intro.id = uid('predict-intro');
  modal.dialog.setAttribute('aria-describedby', intro.id);
  const fields = el('div', 'vt-check-fields', modal.body);
  const features = numberField(fields);
  const incidents = numberField(fields);
  const sureSet = el('fieldset', 'vt-check-item vt-check-sure', modal.body);
  const sureLegend = el('legend', 'vt-check-legend-q', sureSet);
  const name = uid('predict-sure');
  const sure = (['sure', 'unsure'] as const).map((level) => {
    const label = el('label', 'vt-check-option', sureSet);
    const input = el('input');
    input.type = 'radio';
    input.name = name;
    input.value = level;
    const text = el('span');
    label.append(input, text);
    return { input, text, level };
  });
  const problem = el('p', 'vt-check-problem', modal.body);
  problem.id = uid('predict-problem');
  problem.setAttribute('role', 'alert');
  const actions = el('div', 'vt-check-actions', modal.body);
  const submit = el('button', 'vt-btn vt-btn-primary vt-check-done', actions);
  submit.type = 'button';
  const skip = el('button', 'vt-btn vt-check-skip', actions);
  skip.type = 'button';

  const guessOf = (input: HTMLInputElement): number | null => {
    const n = input.valueAsNumber;
    return Number.isInteger(n) && n >= 0 ? n : null;
  };
  const give = (): void => {
    const f = guessOf(features.input);
    const i = guessOf(incidents.input);
    const level = sure.find((s) => s.input.checked)?.level ?? 'unsure';
    for (const [field, value] of [
      [features.input, f],
      [incidents.input, i],
    ] as const) {
      field.setAttribute('aria-invalid', String(value === null));
      if (value === null) field.setAttribute('aria-describedby', problem.id);
      else field.removeAttribute('aria-describedby');
    }
    if (f === null || i === null) {
      setNote(problem, i18n.t('check:flow.prediction.invalid'));
      (f === null ? features.input : incidents.input).focus();
      return;
    }
    const prediction: CheckPrediction = {
      features: f,
      incidents: i,
      confidence: CONFIDENCE[level],
    };
    store.getState().predictRun(prediction);
  };
  submit.addEventListener('click', give);
  skip.addEventListener('click', () => store.getState().predictRun(null));
  // Enter in a number field gives the guess, as a form would.
  modal.body.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'number') {
      e.preventDefault();
      give();
    }
  });

  const draw = (s: GameState): void => {
    const f = formats(i18n);
    const truth = s.run && s.sim ? predictionFigures(s.run, s.sim) : null;
    setText(eyebrow, i18n.t('check:flow.eyebrow'));
    setText(modal.heading, i18n.t('check:flow.prediction.title'));
    setText(
      intro,
      i18n.t('check:flow.prediction.intro', {
        features: f.int(truth?.soundFeatures ?? 0),
        incidents: f.int(truth?.soundIncidents ?? 0),
      }),
    );
    setText(features.label, i18n.t('check:flow.prediction.features'));
    setText(incidents.label, i18n.t('check:flow.prediction.incidents'));
    setText(sureLegend, i18n.t('check:flow.prediction.confidence'));
    for (const s2 of sure) setText(s2.text, i18n.t(`check:confidence.${CONFIDENCE[s2.level]}`));
    setText(submit, i18n.t('check:flow.prediction.submit'));
    setText(skip, i18n.t('check:flow.prediction.skip'));
    if (!problem.hidden) setNote(problem, i18n.t('check:flow.prediction.invalid'));
  };

  return {
    show(interrupt: Extract<Interrupt, { kind: 'prediction' }> | null, s: GameState) {
      if (!interrupt) {
        if (modal.isOpen()) modal.close();
        return;
      }
      if (!modal.isOpen()) {
        features.input.value = '';
        incidents.input.value = '';
        for (const s2 of sure) s2.input.checked = s2.level === 'unsure';
        setNote(problem, '');
      }
      draw(s);
      if (!modal.isOpen()) modal.open(features.input);
    },
    destroy: () => modal.destroy(),
  };
}
