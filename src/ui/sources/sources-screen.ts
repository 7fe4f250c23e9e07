/**
 * "Where these numbers come from": every fact and study behind the model with its figure and
 * how many parameters rest on it, then the model card (every parameter, its value, unit,
 * sources, the kind of support it has and, where the evidence spans one, its range), all
 * filtered by one text field.
 */
import type { I18n } from '../../i18n';
import { readingOf } from '../../state/reading.ts';
import { modelCard } from '../../state/selectors.ts';
import type { GameState } from '../../state/store.ts';
import type { Screen } from '../view-context.ts';
import { formatParamValue } from './format.ts';
import { hasKey, tk } from './text.ts';
import {
  type CardEntry,
  paramMatches,
  paramsBySource,
  parseQuery,
  SOURCE_ORDER,
  sourceMatches,
} from './usage.ts';
import '../palette.css';
import '../title/theme.css';
import './sources.css';
import { el, screenSection } from '../dom.ts';
import { readingName } from '../reading-name.ts';
import { button, listen } from '../screen-dom.ts';

/** The text fields of a source entry in the debrief locale (a sentence, or an object of them). */
function sourceTexts(i18n: I18n, id: string): { title: string; parts: Array<[string, string]> } {
  const lang = i18n.resolvedLanguage ?? i18n.language;
  const raw =
    (i18n.getResource(lang, 'debrief', `sources.${id}`) as unknown) ??
    (i18n.getResource('en', 'debrief', `sources.${id}`) as unknown);
  if (typeof raw === 'string') return { title: '', parts: [['text', raw]] };
  if (typeof raw !== 'object' || raw === null) return { title: '', parts: [] };
  const r = raw as Record<string, unknown>;
  const titleKey = ['title', 'name', 'label', 'short'].find((k) => typeof r[k] === 'string');
  const parts: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(r)) {
    if (k !== titleKey && typeof v === 'string') parts.push([k, v]);
  }
  // The figure first: it is what the player came for.
  parts.sort((a, b) => Number(/figure/i.test(b[0])) - Number(/figure/i.test(a[0])));
  return { title: titleKey ? String(r[titleKey]) : '', parts };
}

/** The kinds of support a parameter can have, in the order the card explains them. */
const PARAM_KINDS = ['calibrated', 'inspired', 'assumed'] as const;

/** A fact or study of the sources list, with the text the filter searches. */
function factItem(
  i18n: I18n,
  id: string,
  sid: (typeof SOURCE_ORDER)[number],
  keys: readonly string[],
  factsList: HTMLElement,
): { li: HTMLLIElement; sid: string; haystack: string } {
  const li = el('li', 'vt-src', factsList);
  li.id = `${id}-src-${sid}`;
  const head = el('div', 'vt-src-head', li);
  const badge = el('span', 'vt-src-id', head);
  const judgement = sid === 'reasoning';
  badge.textContent = judgement ? '—' : sid;
  const kind = el('span', 'vt-src-kind', head);
  kind.textContent = tk(i18n, 'screens', `sources.kind.${judgement ? sid : sid.charAt(0)}`);
  const texts = sourceTexts(i18n, sid);
  const h3 = el('h3', 'vt-src-title', li);
  h3.id = `${id}-src-${sid}-t`;
  h3.textContent = texts.title || sid;
  const parts = texts.parts;
  for (const [k, v] of parts) {
    const p = el('p', /figure/i.test(k) ? 'vt-src-figure' : 'vt-src-text', li);
    p.textContent = v;
  }
  const foot = el('div', 'vt-src-foot', li);
  const drives = el('span', 'vt-src-drives', foot);
  drives.textContent =
    keys.length > 0
      ? i18n.t('screens:sources.drives', { count: keys.length })
      : i18n.t('screens:sources.drivesNone');
  if (keys.length > 0 && !judgement) {
    const show = button(foot, 'vt-btn vt-src-show');
    show.textContent = i18n.t('screens:sources.showParams');
    show.dataset.source = sid;
    show.setAttribute('aria-describedby', h3.id);
  }
  return { li, sid, haystack: `${h3.textContent} ${parts.map((p) => p[1]).join(' ')}` };
}

/** A parameter of the model card, with the text the filter searches. */
function paramItem(
  i18n: I18n,
  id: string,
  lang: string,
  entry: CardEntry,
  runReading: ReturnType<typeof readingOf> | null,
  cardList: HTMLElement,
): { li: HTMLLIElement; entry: CardEntry; haystack: string } {
  const { key, param } = entry;
  const li = el('li', 'vt-param', cardList);
  const main = el('div', 'vt-param-main', li);
  const sentence = el('p', 'vt-param-text', main);
  sentence.textContent = tk(i18n, 'modelcard', `params.${key}`, {}, key);
  if (sentence.textContent !== key) {
    const code = el('code', 'vt-param-key', main);
    code.textContent = key;
  }
  const value = el('p', 'vt-param-value', li);
  const num = el('strong', undefined, value);
  num.textContent = formatParamValue(lang, param.value, param.unit);
  // A percentage or a dollar sum says its unit already.
  if (param.unit !== 'share' && param.unit !== 'dollars') {
    const unit = el('span', 'vt-param-unit', value);
    unit.textContent = hasKey(i18n, 'modelcard', `units.${param.unit}`)
      ? tk(i18n, 'modelcard', `units.${param.unit}`)
      : param.unit;
  }
  if (param.evidence) {
    const range = el('span', 'vt-param-range', value);
    range.textContent = tk(i18n, 'screens', 'sources.range', {
      low: formatParamValue(lang, param.evidence.low, param.unit),
      high: formatParamValue(lang, param.evidence.high, param.unit),
    });
    if (runReading) {
      const used = runReading === 'central' ? param.value : param.evidence[runReading];
      const mark = el('span', `vt-param-run is-${runReading}`, value);
      mark.textContent = i18n.t('screens:sources.runValue', {
        reading: readingName(i18n, runReading),
        value: formatParamValue(lang, used, param.unit),
      });
      li.classList.add('has-run-value');
    }
  }
  const srcs = el('p', 'vt-param-sources', li);
  if (param.kind) {
    const kindLabel = el('span', 'vt-visually-hidden', srcs);
    kindLabel.textContent = i18n.t('screens:sources.kindOf');
    const kind = el('span', `vt-param-kind is-${param.kind}`, srcs);
    kind.textContent = tk(i18n, 'screens', `sources.paramKind.${param.kind}`, {}, param.kind);
  }
  const srcLabel = el('span', 'vt-visually-hidden', srcs);
  srcLabel.textContent = i18n.t('screens:sources.sourcesOf');
  for (const s of param.sources) {
    const judgement = s === 'reasoning';
    const tag = el(
      judgement ? 'span' : 'a',
      `vt-param-src${judgement ? ' is-judgement' : ''}`,
      srcs,
    );
    tag.textContent = judgement ? tk(i18n, 'screens', `sources.chip.${s}`) : s;
    if (tag instanceof HTMLAnchorElement) tag.href = `#${id}-src-${s}`;
  }
  return {
    li,
    entry,
    haystack: `${key} ${sentence.textContent} ${value.textContent} ${srcs.textContent} ${param.sources.join(' ')}`,
  };
}

/** The bar that stays on top: back, the heading, the filter and how many it shows. */
function createBar(screen: HTMLElement, id: string) {
  const bar = el('header', 'vt-sources-bar', screen);
  const back = button(bar, 'vt-btn vt-sources-back');
  const h1 = el('h1', 'vt-sources-h1', bar);
  h1.id = `${id}-h`;
  const search = el('div', 'vt-sources-search', bar);
  const searchLabel = el('label', 'vt-visually-hidden', search);
  searchLabel.htmlFor = `${id}-q`;
  const input = el('input', undefined, search);
  input.type = 'search';
  input.id = `${id}-q`;
  input.autocomplete = 'off';
  input.spellcheck = false;
  const clear = button(search, 'vt-btn vt-sources-clear');
  const count = el('p', 'vt-sources-count', bar);
  count.setAttribute('aria-live', 'polite');
  return { bar, back, h1, searchLabel, input, clear, count };
}

/**
 * Opened from a debrief finding's source: that fact or study, in view and focused; else the back
 * button has focus.
 */
function focusOpened(
  factsList: HTMLElement,
  b: ReturnType<typeof createBar>,
  id: string,
  focusAt: GameState['sourcesFocus'],
): void {
  const target = focusAt ? factsList.querySelector<HTMLElement>(`#${id}-src-${focusAt}`) : null;
  if (target) {
    target.tabIndex = -1;
    target.classList.add('is-focused');
    // Below the bar that stays on top, whatever its height (it wraps on a phone).
    target.style.scrollMarginTop = `${Math.ceil(b.bar.getBoundingClientRect().height) + 12}px`;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  } else {
    b.back.focus({ preventScroll: true });
  }
}

/** The model card's section: its intro, the kinds of support explained, the run's reading. */
function createCardSection(body: HTMLElement, runReading: ReturnType<typeof readingOf> | null) {
  const cardSec = el('section', 'vt-sources-sec', body);
  const cardH = el('h2', undefined, cardSec);
  const cardIntro = el('p', 'vt-sources-cardintro', cardSec);
  const kindsBox = el('div', 'vt-sources-kinds', cardSec);
  const kindsH = el('h3', 'vt-sources-kinds-h', kindsBox);
  const kindsList = el('ul', 'vt-sources-kinds-list', kindsBox);
  const kindItems = PARAM_KINDS.map((k) => {
    const li = el('li', `vt-kind-line is-${k}`, kindsList);
    return { k, li };
  });
  const rangeExplain = el('p', 'vt-sources-range-explain', kindsBox);
  const runReadingNote = el('p', 'vt-sources-run-reading', cardSec);
  runReadingNote.hidden = runReading === null;
  if (runReading) runReadingNote.dataset.reading = runReading;
  const cardList = el('ul', 'vt-sources-card', cardSec);
  return { cardSec, cardH, cardIntro, kindsH, kindItems, rangeExplain, runReadingNote, cardList };
}

export const renderSources: Screen = (root, ctx) => {
  const { store, i18n } = ctx;
  const { screen, id } = screenSection('sources');
  const card: CardEntry[] = modelCard().map(({ key, param }) => ({ key, param }));
  const bySource = paramsBySource(card);
  // Opened from a run (its screen or its debrief): the reading that run plays at is marked.
  const opened = store.getState();
  const fromRun =
    opened.sourcesReturn === 'run' || opened.sourcesReturn === 'debrief' ? opened.run : null;
  const runReading = fromRun ? readingOf(fromRun) : null;

  const b = createBar(screen, id);

  const body = el('div', 'vt-sources-body', screen);
  const intro = el('p', 'vt-sources-intro', body);

  const factsSec = el('section', 'vt-sources-sec', body);
  const factsH = el('h2', undefined, factsSec);
  const factsList = el('ul', 'vt-sources-facts', factsSec);

  const c = createCardSection(body, runReading);
  const noMatch = el('p', 'vt-sources-nomatch', body);

  const factItems: Array<{ li: HTMLLIElement; sid: string; haystack: string }> = [];
  const paramItems: Array<{ li: HTMLLIElement; entry: CardEntry; haystack: string }> = [];

  const build = (): void => {
    const lang = i18n.resolvedLanguage ?? i18n.language;
    factsList.replaceChildren();
    c.cardList.replaceChildren();
    factItems.length = 0;
    paramItems.length = 0;

    for (const sid of SOURCE_ORDER) {
      factItems.push(factItem(i18n, id, sid, bySource.get(sid) ?? [], factsList));
    }

    for (const entry of card) {
      paramItems.push(paramItem(i18n, id, lang, entry, runReading, c.cardList));
    }
  };

  const applyFilter = (): void => {
    const q = parseQuery(b.input.value);
    let shownParams = 0;
    let shownFacts = 0;
    for (const f of factItems) {
      const show = sourceMatches(q, f.sid, f.haystack);
      f.li.hidden = !show;
      if (show) shownFacts++;
    }
    for (const p of paramItems) {
      const show = paramMatches(q, p.entry, p.haystack);
      p.li.hidden = !show;
      if (show) shownParams++;
    }
    factsSec.hidden = shownFacts === 0;
    c.cardSec.hidden = shownParams === 0;
    noMatch.hidden = shownFacts + shownParams > 0;
    b.clear.hidden = b.input.value === '';
    b.count.textContent = i18n.t('screens:sources.count', {
      shown: shownParams,
      total: paramItems.length,
    });
  };

  const render = (): void => {
    screen.lang = i18n.resolvedLanguage ?? i18n.language;
    b.back.textContent = i18n.t('screens:common.back');
    b.h1.textContent = i18n.t('screens:sources.heading');
    b.searchLabel.textContent = i18n.t('screens:sources.filter');
    b.input.placeholder = i18n.t('screens:sources.filterPlaceholder');
    b.clear.textContent = i18n.t('screens:sources.clear');
    intro.textContent = i18n.t('screens:sources.intro');
    factsH.textContent = i18n.t('screens:sources.factsHeading');
    c.cardH.textContent = i18n.t('screens:sources.cardHeading');
    c.cardIntro.textContent = i18n.t('screens:sources.cardIntro');
    c.kindsH.textContent = i18n.t('screens:sources.kindsHeading');
    for (const { k, li } of c.kindItems)
      li.textContent = tk(i18n, 'screens', `sources.kindExplain.${k}`);
    c.rangeExplain.textContent = i18n.t('screens:sources.rangeExplain');
    if (runReading) {
      c.runReadingNote.textContent = i18n.t('screens:sources.runReading', {
        reading: readingName(i18n, runReading),
      });
    }
    noMatch.textContent = i18n.t('screens:sources.noMatch');
    build();
    applyFilter();
  };

  const onBack = (): void => store.getState().closeSources();
  const onInput = (): void => applyFilter();
  const onClear = (): void => {
    b.input.value = '';
    applyFilter();
    b.input.focus();
  };
  const onFactsClick = (e: MouseEvent): void => {
    const btn = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-source]');
    if (!btn?.dataset.source) return;
    b.input.value = btn.dataset.source;
    applyFilter();
    c.cardSec.scrollIntoView({ block: 'start' });
    b.input.focus();
  };
  const onCardClick = (e: MouseEvent): void => {
    const a = (e.target as HTMLElement).closest<HTMLAnchorElement>('a.vt-param-src');
    if (!a) return;
    e.preventDefault();
    b.input.value = a.textContent ?? '';
    applyFilter();
    body.scrollTop = 0;
    screen.scrollTop = 0;
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && b.input.value) {
      e.preventDefault();
      onClear();
    }
  };
  const unlisten = [
    listen(b.back, 'click', onBack),
    listen(b.input, 'input', onInput),
    listen(b.input, 'keydown', onKey),
    listen(b.clear, 'click', onClear),
    listen(factsList, 'click', onFactsClick),
    listen(c.cardList, 'click', onCardClick),
  ];
  const onLanguageChanged = (): void => render();
  i18n.on('languageChanged', onLanguageChanged);

  render();
  root.append(screen);
  focusOpened(factsList, b, id, store.getState().sourcesFocus);

  return () => {
    i18n.off('languageChanged', onLanguageChanged);
    for (const off of unlisten) off();
    screen.remove();
  };
};
