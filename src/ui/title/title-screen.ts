/**
 * The title screen: the game's name and hook, a new run (scenario, length, guided hints),
 * continue a saved run, the sandbox, the sources screen and the language.
 */
import type { I18n } from '../../i18n';
import type { EvidenceReading } from '../../sim/index.ts';
import { READINGS } from '../../state/reading.ts';
import type { RunLength } from '../../state/run-record.ts';
import { RUN_LENGTHS, SANDBOX_LENGTHS } from '../../state/run-record.ts';
import { scenarioById, scenarioList } from '../../state/selectors.ts';
import { createLanguageSelect } from '../language-select.ts';
import { readingName } from '../reading-name.ts';
import { createStorageNotice } from '../run/notice.ts';
import { tk } from '../sources/text.ts';
import type { Screen } from '../view-context.ts';
import '../palette.css';
import './theme.css';
import './title.css';
import { el, uid } from '../dom.ts';
import { button } from '../screen-dom.ts';
import { addWorkshopEntry } from '../workshop/title-entry.ts';

const SANDBOX_ID = 'sandbox';

/** The length a scenario starts with: its own default when it offers one, else 26 weeks. */
export function defaultLength(defaultWeeks: number | undefined): RunLength {
  return (RUN_LENGTHS as readonly number[]).includes(defaultWeeks ?? 0)
    ? (defaultWeeks as RunLength)
    : 26;
}

export const renderTitle: Screen = (root, ctx) => {
  const { store, i18n } = ctx;
  const id = uid('title');
  const presets = scenarioList().filter((s) => s.id !== SANDBOX_ID);
  const firstVisit = store.getState().ui.hintsSeen.length === 0;

  const screen = el('section', 'vt-screen vt-title-screen');
  screen.classList.toggle('vt-reduced', ctx.reducedMotion());
  const stopMotion = ctx.onMotionChange(() =>
    screen.classList.toggle('vt-reduced', ctx.reducedMotion()),
  );
  screen.setAttribute('aria-labelledby', `${id}-h`);
  // Only a notice about saved data belongs here: "nothing will be kept" waits for the run.
  const notice = createStorageNotice(ctx, true);
  screen.append(notice.el);
  const inner = el('div', 'vt-title-inner', screen);

  // --- Hero ---
  const hero = el('header', 'vt-title-hero', inner);
  const h1 = el('h1', 'vt-title-name', hero);
  h1.id = `${id}-h`;
  const hook = el('p', 'vt-title-hook', hero);
  const motif = el('div', 'vt-title-motif', hero);
  motif.setAttribute('role', 'img');
  for (let i = 0; i < 12; i++) {
    const bar = el('span', 'vt-title-bar', motif);
    bar.style.setProperty('--i', String(i));
  }

  // --- New run ---
  const form = el('form', 'vt-title-start', inner);
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
  const lengthInputs: Array<{ input: HTMLInputElement; text: HTMLSpanElement; weeks: RunLength }> =
    [];
  for (const weeks of RUN_LENGTHS) {
    const label = el('label', 'vt-chip', lengths);
    const input = el('input');
    input.type = 'radio';
    input.name = `${id}-weeks`;
    input.value = String(weeks);
    const text = el('span');
    label.append(input, text);
    lengthInputs.push({ input, text, weeks });
  }

  const guidedLabel = el('label', 'vt-title-check', form);
  const guided = el('input');
  guided.type = 'checkbox';
  guided.checked = firstVisit;
  const guidedText = el('span', 'vt-title-check-text');
  const guidedName = el('strong', undefined, guidedText);
  const guidedHelp = el('small', undefined, guidedText);
  guidedLabel.append(guided, guidedText);

  const startBtn = el('button', 'vt-btn vt-btn-primary', form);
  startBtn.type = 'submit';

  // --- Other ways in ---
  const more = el('nav', 'vt-title-more', inner);
  // A run left unfinished is the first thing a returning player wants: it sits under the hook.
  const continueBtn = el('button', 'vt-btn vt-btn-wide vt-title-continue');
  hook.after(continueBtn);
  continueBtn.type = 'button';
  const continueName = el('span', 'vt-btn-name', continueBtn);
  const continueDetail = el('span', 'vt-btn-detail', continueBtn);
  // The reading of the evidence the sandbox plays at: cautious, central (the default), optimistic.
  const readingSet = el('fieldset', 'vt-title-field vt-title-reading', more);
  const readingLegend = el('legend', 'vt-title-legend', readingSet);
  const readingChips = el('div', 'vt-title-chips', readingSet);
  const readingHelp = el('p', 'vt-title-reading-help');
  readingHelp.id = `${id}-reading-help`;
  const readingInputs = READINGS.map((reading) => {
    const label = el('label', 'vt-chip', readingChips);
    const input = el('input');
    input.type = 'radio';
    input.name = `${id}-reading`;
    input.value = reading;
    input.checked = reading === (store.getState().linkReading ?? 'central');
    input.setAttribute('aria-describedby', readingHelp.id);
    const text = el('span');
    label.append(input, text);
    return { input, text, reading };
  });
  readingSet.append(readingHelp);
  const selectedReading = (): EvidenceReading =>
    readingInputs.find((r) => r.input.checked)?.reading ?? 'central';
  // A year of sandbox, and ten for the slow effects; each button starts its own length.
  const sandboxes = SANDBOX_LENGTHS.map((weeks) => {
    const btn = button(more, 'vt-btn vt-btn-wide');
    btn.dataset.weeks = String(weeks);
    const name = el('span', 'vt-btn-name', btn);
    const detail = el('span', 'vt-btn-detail', btn);
    return { btn, name, detail, weeks };
  });
  const sourcesBtn = button(more, 'vt-btn vt-btn-wide');
  const sourcesName = el('span', 'vt-btn-name', sourcesBtn);
  const sourcesDetail = el('span', 'vt-btn-detail', sourcesBtn);
  // The embed builder is a page of its own (`?view=embed-builder`), for bloggers; not in an embed.
  const embedLink = el('a', 'vt-btn vt-btn-wide vt-title-embed', more);
  embedLink.hidden = ctx.embed;
  const embedName = el('span', 'vt-btn-name', embedLink);
  const embedDetail = el('span', 'vt-btn-detail', embedLink);
  const removeWorkshop = addWorkshopEntry(more, hook, ctx);

  const language = createLanguageSelect(ctx, 'vt-title-lang');
  inner.append(language.el);

  const selectedScenario = (): string =>
    scenarioInputs.find((s) => s.input.checked)?.sid ?? presets[0]?.id ?? SANDBOX_ID;
  const selectLength = (weeks: RunLength): void => {
    for (const l of lengthInputs) l.input.checked = l.weeks === weeks;
  };
  selectLength(defaultLength(presets[0]?.defaultWeeks));

  const renderBrief = (): void => {
    const s = scenarioById(selectedScenario());
    brief.textContent = s ? tk(i18n, 'content', s.briefKey) : '';
  };

  const renderContinue = (): void => {
    const saved = store.getState().savedRun;
    continueBtn.hidden = !saved;
    if (!saved) return;
    const s = scenarioById(saved.scenarioId);
    continueDetail.textContent = i18n.t('screens:title.continueDetail', {
      scenario: s ? tk(i18n, 'content', s.nameKey) : saved.scenarioId,
      week: saved.decisions.length + 1,
      weeks: saved.weeks,
    });
  };

  const render = (t: I18n = i18n): void => {
    screen.lang = t.resolvedLanguage ?? t.language;
    h1.textContent = t.t('title');
    hook.textContent = t.t('screens:title.hook');
    motif.setAttribute('aria-label', t.t('screens:title.motif'));
    startH.textContent = t.t('screens:title.startHeading');
    scenarioLegend.textContent = t.t('screens:title.scenario');
    for (const s of scenarioInputs) {
      const sc = scenarioById(s.sid);
      s.text.textContent = sc ? tk(t, 'content', sc.nameKey, {}, s.sid) : s.sid;
    }
    lengthLegend.textContent = t.t('screens:title.length');
    for (const l of lengthInputs) {
      l.text.textContent = t.t('screens:title.weeksOption', { count: l.weeks });
    }
    guidedName.textContent = t.t('screens:title.guided');
    guidedHelp.textContent = t.t('screens:title.guidedHelp');
    startBtn.textContent = t.t('screens:title.start');
    more.setAttribute('aria-label', t.t('screens:title.more'));
    continueName.textContent = t.t('screens:title.continue');
    for (const s of sandboxes) {
      const long = s.weeks > 52;
      s.name.textContent = t.t(long ? 'screens:title.sandboxLong' : 'screens:title.sandbox');
      s.detail.textContent = t.t(
        long ? 'screens:title.sandboxLongDetail' : 'screens:title.sandboxDetail',
      );
    }
    readingLegend.textContent = t.t('screens:title.readingLegend');
    for (const r of readingInputs) r.text.textContent = readingName(t, r.reading);
    readingHelp.textContent = t.t('screens:reading.help');
    sourcesName.textContent = t.t('screens:title.sources');
    sourcesDetail.textContent = t.t('screens:title.sourcesDetail');
    embedLink.href = `?view=embed-builder&lang=${encodeURIComponent(screen.lang)}`;
    embedName.textContent = t.t('widget:title.embed');
    embedDetail.textContent = t.t('widget:title.embedDetail');
    language.render();
    renderBrief();
    renderContinue();
  };

  // --- Behaviour ---
  const onScenario = (e: Event): void => {
    const target = e.target as HTMLInputElement;
    if (target.name !== `${id}-scenario`) return;
    selectLength(defaultLength(scenarioById(target.value)?.defaultWeeks));
    renderBrief();
  };
  chips.addEventListener('change', onScenario);

  const onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    const weeks = lengthInputs.find((l) => l.input.checked)?.weeks ?? 26;
    store.getState().startRun({
      scenarioId: selectedScenario(),
      weeks,
      seed: ctx.newSeed(),
      mode: guided.checked ? 'guided' : 'scenario',
      // A link's `?evidence=` holds for the runs started from it.
      evidence: store.getState().linkReading ?? 'central',
    });
  };
  form.addEventListener('submit', onSubmit);
  const onContinue = (): void => {
    store.getState().continueSaved();
  };
  continueBtn.addEventListener('click', onContinue);
  const sandboxStarters = sandboxes.map(({ btn, weeks }) => {
    const onSandbox = (): void => {
      store.getState().startRun({
        scenarioId: SANDBOX_ID,
        weeks,
        seed: ctx.newSeed(),
        mode: 'sandbox',
        evidence: selectedReading(),
      });
    };
    btn.addEventListener('click', onSandbox);
    return () => btn.removeEventListener('click', onSandbox);
  });
  const onSources = (): void => {
    store.getState().showSources();
  };
  sourcesBtn.addEventListener('click', onSources);

  const onLanguageChanged = (): void => {
    render();
    notice.relabel();
  };
  i18n.on('languageChanged', onLanguageChanged);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.savedRun !== prev.savedRun) renderContinue();
  });

  render();
  root.append(screen);

  return () => {
    unsubscribe();
    stopMotion();
    i18n.off('languageChanged', onLanguageChanged);
    chips.removeEventListener('change', onScenario);
    form.removeEventListener('submit', onSubmit);
    continueBtn.removeEventListener('click', onContinue);
    for (const stop of sandboxStarters) stop();
    sourcesBtn.removeEventListener('click', onSources);
    language.destroy();
    removeWorkshop();
    notice.destroy();
    screen.remove();
  };
};
