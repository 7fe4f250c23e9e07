/**
 * The title screen's other ways in: continue a saved run (its button sits under the hook), the
 * sandbox at a reading of the evidence, the sources screen, the embed builder and the workshop.
 */
import type { I18n } from '../../i18n';
import type { EvidenceReading } from '../../sim/index.ts';
import { READINGS } from '../../state/reading.ts';
import { SANDBOX_LENGTHS } from '../../state/run-record.ts';
import { scenarioById } from '../../state/selectors.ts';
import { el } from '../dom.ts';
import { readingName } from '../reading-name.ts';
import { button } from '../screen-dom.ts';
import { tk } from '../sources/text.ts';
import type { ViewContext } from '../view-context.ts';
import { addWorkshopEntry } from '../workshop/title-entry.ts';

/** The sandbox's scenario: started from its own buttons, never offered as a preset. */
export const SANDBOX_ID = 'sandbox';

export interface WaysIn {
  /** Writes their words in `t`'s language. */
  render(t: I18n): void;
  /** Stops their listeners and the saved run's subscription, and takes the workshop's entry away. */
  destroy(): void;
}

/**
 * Builds the other ways in as a `nav` in `parent`, and the continue button (and the workshop's
 * notice) right after `hook`.
 */
export function buildWaysIn(
  parent: HTMLElement,
  hook: HTMLElement,
  id: string,
  ctx: ViewContext,
): WaysIn {
  const { store, i18n } = ctx;
  const more = el('nav', 'vt-title-more', parent);
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

  const render = (t: I18n): void => {
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
    const lang = t.resolvedLanguage ?? t.language;
    embedLink.href = `?view=embed-builder&lang=${encodeURIComponent(lang)}`;
    embedName.textContent = t.t('widget:title.embed');
    embedDetail.textContent = t.t('widget:title.embedDetail');
    renderContinue();
  };

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
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.savedRun !== prev.savedRun) renderContinue();
  });

  return {
    render,
    destroy: () => {
      unsubscribe();
      continueBtn.removeEventListener('click', onContinue);
      for (const stop of sandboxStarters) stop();
      sourcesBtn.removeEventListener('click', onSources);
      removeWorkshop();
    },
  };
}
