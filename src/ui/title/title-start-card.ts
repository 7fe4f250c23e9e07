/**
 * The title in an embed: one card that fits the frame from 320x240 up, ready to touch as an
 * explorable is. The game's name, one line of what it is, the scenario as a compact picker, the
 * run's length where the frame has the height, and Start. Everything else the full title offers
 * (the sandbox, the sources, a saved run, the language) is one click away through the embed's
 * "open the full game" link.
 */
import type { I18n } from '../../i18n';
import type { RunLength } from '../../state/run-record.ts';
import { scenarioById, scenarioList } from '../../state/selectors.ts';
import { el, screenSection } from '../dom.ts';
import { tk } from '../sources/text.ts';
import type { Screen } from '../view-context.ts';
import '../palette.css';
import './theme.css';
import './title-start-card.css';
import { buildLengthRadios } from './title-new-run.ts';
import { SANDBOX_ID } from './title-ways-in.ts';

/**
 * A blog reader gives a frame a few minutes: every scenario starts as the short run in a frame,
 * and a frame tall enough for the length's row lets the reader pick the longer one.
 */
export const FRAME_LENGTH: RunLength = 12;

export const renderStartCard: Screen = (root, ctx) => {
  const { store, i18n } = ctx;
  const { screen, id } = screenSection('start-card-screen');
  const presets = scenarioList().filter((s) => s.id !== SANDBOX_ID);

  // Not a <form>: a frame sandboxed without `allow-forms` never submits one, and Start must work
  // in every frame a blog gives.
  const form = el('div', 'vt-start-card', screen);
  const h1 = el('h1', 'vt-start-card-name', form);
  h1.id = `${id}-h`;
  const line = el('p', 'vt-start-card-line', form);

  const scenarioLabel = el('label', 'vt-start-card-label', form);
  const select = el('select', 'vt-start-card-select', form);
  select.id = `${id}-scenario`;
  scenarioLabel.htmlFor = select.id;
  const options = presets.map((s) => {
    const o = el('option', undefined, select);
    o.value = s.id;
    return { o, sid: s.id };
  });
  // The scenario's premise: read aloud with the picker, and shown where the frame has room.
  const brief = el('p', 'vt-start-card-brief', form);
  brief.id = `${id}-brief`;
  select.setAttribute('aria-describedby', brief.id);

  const lengthSet = el('fieldset', 'vt-start-card-lengths', form);
  const lengthLegend = el('legend', 'vt-start-card-label', lengthSet);
  const lengths = buildLengthRadios(lengthSet, `${id}-weeks`, 'vt-start-card-length');
  lengths.select(FRAME_LENGTH);

  const start = el('button', 'vt-btn vt-btn-primary vt-start-card-start', form);
  start.type = 'button';

  const renderBrief = (t: I18n): void => {
    const s = scenarioById(select.value);
    brief.textContent = s ? tk(t, 'content', s.briefKey) : '';
  };
  const render = (t: I18n = i18n): void => {
    screen.lang = t.resolvedLanguage ?? t.language;
    h1.textContent = t.t('title');
    line.textContent = t.t('embed:card.line');
    scenarioLabel.textContent = t.t('screens:title.scenario');
    for (const { o, sid } of options) {
      const s = scenarioById(sid);
      o.textContent = s ? tk(t, 'content', s.nameKey, {}, sid) : sid;
    }
    lengthLegend.textContent = t.t('screens:title.length');
    lengths.render(t);
    start.textContent = t.t('screens:title.start');
    renderBrief(t);
  };

  const onScenario = (): void => renderBrief(i18n);
  select.addEventListener('change', onScenario);
  const onStart = (): void => {
    // A frame too short for the length's row still starts the length it shows as checked.
    const weeks = lengths.checked(FRAME_LENGTH);
    store.getState().startRun({
      scenarioId: select.value || (presets[0]?.id ?? SANDBOX_ID),
      weeks,
      seed: ctx.newSeed(),
      // An embed's frame has no room for hints beside the run (as its brief card decides).
      mode: 'scenario',
      evidence: store.getState().linkReading ?? 'central',
    });
  };
  start.addEventListener('click', onStart);
  const onLanguage = (): void => render();
  i18n.on('languageChanged', onLanguage);

  render();
  root.append(screen);
  return () => {
    i18n.off('languageChanged', onLanguage);
    select.removeEventListener('change', onScenario);
    start.removeEventListener('click', onStart);
    screen.remove();
  };
};
