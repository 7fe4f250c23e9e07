/**
 * The embed builder (`?view=embed-builder`): a blogger chooses the scenario, the run length,
 * the language, what to embed (the full game, the embedded game, the queue widget) and the
 * frame's size, watches a live preview (the real page in an iframe, same origin), and copies
 * the iframe snippet. Every option is a labelled form control, in keyboard order.
 */
import type { I18n } from '../../i18n';
import { RUN_LENGTHS } from '../../state/run-record.ts';
import { scenarioList } from '../../state/selectors.ts';
import { el, screenSection, setText } from '../dom.ts';
import { tk } from '../sources/text.ts';
import {
  clampSize,
  EMBED_LANGUAGES,
  EMBED_MODES,
  type EmbedChoice,
  type EmbedMode,
  embedUrl,
  SIZE_LIMITS,
  SIZE_PRESETS,
  snippetHtml,
} from './snippet.ts';
import '../palette.css';
import '../title/theme.css';
import './embed-builder.css';

export interface EmbedBuilderContext {
  i18n: I18n;
  /** The game's own address (where its index.html is), for the preview and the snippet. */
  gameBase: string;
  /** Writes to the clipboard; false when the browser refuses, and the text is selected instead. */
  copyText(text: string): Promise<boolean>;
}

const SANDBOX_SCENARIO = 'sandbox';
const CUSTOM = 'custom';

const MODE_TEXT = {
  full: ['widget:builder.modeFull', 'widget:builder.modeFullHelp'],
  embed: ['widget:builder.modeEmbed', 'widget:builder.modeEmbedHelp'],
  widget: ['widget:builder.modeWidget', 'widget:builder.modeWidgetHelp'],
} as const satisfies Record<EmbedMode, readonly [string, string]>;

/** A fieldset of radio chips; returns the inputs with their text nodes. */
function radioGroup<V extends string>(
  parent: HTMLElement,
  name: string,
  values: readonly V[],
  withHelp = false,
): {
  set: HTMLFieldSetElement;
  legend: HTMLLegendElement;
  items: Array<{
    value: V;
    input: HTMLInputElement;
    text: HTMLSpanElement;
    help: HTMLElement | null;
  }>;
} {
  const set = el('fieldset', 'vt-eb-field', parent);
  const legend = el('legend', 'vt-eb-legend', set);
  const chips = el('div', 'vt-eb-chips', set);
  const items = values.map((value) => {
    const label = el('label', 'vt-eb-chip', chips);
    const input = el('input');
    input.type = 'radio';
    input.name = name;
    input.value = value;
    const text = el('span', 'vt-eb-chip-name');
    label.append(input, text);
    const help = withHelp ? el('small', 'vt-eb-chip-help', label) : null;
    return { value, input, text, help };
  });
  return { set, legend, items };
}

/** The form of choices: what to embed, scenario, length, language, size; its words on `render`. */
function createOptions(
  inner: HTMLElement,
  id: string,
  i18n: I18n,
  scenarios: ReturnType<typeof scenarioList>,
) {
  const form = el('form', 'vt-eb-options', inner);
  form.noValidate = true;
  const optionsH = el('h2', 'vt-eb-h2', form);
  optionsH.id = `${id}-options`;
  form.setAttribute('aria-labelledby', optionsH.id);

  const mode = radioGroup(form, `${id}-mode`, EMBED_MODES, true);
  const scenarioLabel = el('label', 'vt-eb-select', form);
  const scenarioText = el('span', 'vt-eb-legend', scenarioLabel);
  const scenarioSelect = el('select');
  scenarioSelect.name = 'scenario';
  scenarioLabel.append(scenarioSelect);
  const scenarioOptions = scenarios.map((s) => {
    const o = el('option', undefined, scenarioSelect);
    o.value = s.id;
    return { o, s };
  });
  const length = radioGroup(
    form,
    `${id}-weeks`,
    RUN_LENGTHS.map((w) => String(w)),
  );
  const langLabel = el('label', 'vt-eb-select', form);
  const langText = el('span', 'vt-eb-legend', langLabel);
  const langSelect = el('select');
  langSelect.name = 'lang';
  langLabel.append(langSelect);
  for (const code of EMBED_LANGUAGES) {
    const o = el('option', undefined, langSelect);
    o.value = code;
    o.lang = code;
    o.textContent = i18n.t(`settings:language.names.${code}`);
  }

  const sizeValues = [...SIZE_PRESETS.map((s) => `${s.width}x${s.height}`), CUSTOM];
  const size = radioGroup(form, `${id}-size`, sizeValues);
  const custom = el('div', 'vt-eb-custom', size.set);
  const dims = (['width', 'height'] as const).map((dim) => {
    const label = el('label', 'vt-eb-dim', custom);
    const text = el('span', undefined, label);
    const input = el('input');
    input.type = 'number';
    input.inputMode = 'numeric';
    input.name = dim;
    input.min = String(dim === 'width' ? SIZE_LIMITS.minWidth : SIZE_LIMITS.minHeight);
    input.max = String(dim === 'width' ? SIZE_LIMITS.maxWidth : SIZE_LIMITS.maxHeight);
    input.step = '1';
    label.append(input);
    return { dim, text, input };
  });
  const rangeNote = el('p', 'vt-eb-note', custom);
  rangeNote.id = `${id}-range`;
  for (const d of dims) d.input.setAttribute('aria-describedby', rangeNote.id);

  const responsiveLabel = el('label', 'vt-eb-check', form);
  const responsive = el('input');
  responsive.type = 'checkbox';
  responsive.name = 'responsive';
  const responsiveText = el('span');
  responsiveLabel.append(responsive, responsiveText);

  const render = (): void => {
    setText(mode.legend, i18n.t('widget:builder.mode'));
    for (const m of mode.items) {
      const [name, help] = MODE_TEXT[m.value];
      setText(m.text, i18n.t(name));
      if (m.help) setText(m.help, i18n.t(help));
    }
    setText(scenarioText, i18n.t('widget:builder.scenario'));
    for (const { o, s } of scenarioOptions) setText(o, tk(i18n, 'content', s.nameKey, {}, s.id));
    setText(length.legend, i18n.t('widget:builder.length'));
    for (const l of length.items) {
      setText(l.text, i18n.t('widget:builder.weeksOption', { count: Number(l.value) }));
    }
    setText(langText, i18n.t('widget:builder.language'));
    setText(size.legend, i18n.t('widget:builder.size'));
    for (const s of size.items) {
      const preset = SIZE_PRESETS.find((p) => `${p.width}x${p.height}` === s.value);
      setText(
        s.text,
        preset
          ? i18n.t('widget:builder.sizeOption', { width: preset.width, height: preset.height })
          : i18n.t('widget:builder.sizeCustom'),
      );
    }
    for (const d of dims) {
      setText(d.text, i18n.t(d.dim === 'width' ? 'widget:builder.width' : 'widget:builder.height'));
    }
    setText(rangeNote, i18n.t('widget:builder.sizeRange', SIZE_LIMITS));
    setText(responsiveText, i18n.t('widget:builder.responsive'));
  };
  return {
    form,
    optionsH,
    mode,
    scenarioSelect,
    length,
    langSelect,
    sizeValues,
    size,
    custom,
    dims,
    rangeNote,
    responsive,
    render,
  };
}

/** The preview (our own page in a frame, scaled to fit) and the snippet with its copy button. */
function createOutput(inner: HTMLElement, id: string) {
  const out = el('div', 'vt-eb-out', inner);
  const previewH = el('h2', 'vt-eb-h2', out);
  previewH.id = `${id}-preview`;
  const previewBox = el('div', 'vt-eb-preview', out);
  const previewScale = el('p', 'vt-eb-note', out);
  const frameHolder = el('div', 'vt-eb-frame-holder', previewBox);
  const frame = el('iframe', 'vt-eb-frame', frameHolder);
  // The preview is our own page on our own origin: it needs no sandbox (and a sandbox with
  // scripts and same-origin on a same-origin frame would only draw the browser's warning).

  const snippetLabel = el('label', 'vt-eb-legend vt-eb-snippet-label', out);
  const snippet = el('textarea', 'vt-eb-snippet');
  snippet.readOnly = true;
  snippet.id = `${id}-snippet`;
  snippet.rows = 5;
  snippet.spellcheck = false;
  snippetLabel.htmlFor = snippet.id;
  out.append(snippet);
  const copyRow = el('div', 'vt-eb-copy-row', out);
  const copyBtn = el('button', 'vt-btn vt-btn-primary', copyRow);
  copyBtn.type = 'button';
  const status = el('p', 'vt-eb-status', copyRow);
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  return {
    previewH,
    previewBox,
    previewScale,
    frameHolder,
    frame,
    snippetLabel,
    snippet,
    copyBtn,
    status,
  };
}

/** Sizes the preview's frame as chosen, scaled down to the room there is, and says the scale. */
function fitPreview(
  v: ReturnType<typeof createOutput>,
  size: EmbedChoice['size'],
  i18n: I18n,
): void {
  const { width, height } = size;
  const css = getComputedStyle(v.previewBox);
  const room =
    v.previewBox.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight);
  const scale = room > 0 ? Math.min(1, room / width) : 1;
  v.frame.style.width = `${width}px`;
  v.frame.style.height = `${height}px`;
  v.frame.style.transform = scale < 1 ? `scale(${scale})` : '';
  v.frameHolder.style.width = `${Math.round(width * scale)}px`;
  v.frameHolder.style.height = `${Math.round(height * scale)}px`;
  setText(
    v.previewScale,
    i18n.t('widget:builder.previewScale', {
      percent: new Intl.NumberFormat(i18n.resolvedLanguage, { style: 'percent' }).format(scale),
    }),
  );
}

export function renderEmbedBuilder(root: HTMLElement, ctx: EmbedBuilderContext): () => void {
  const { i18n } = ctx;
  const { screen, id } = screenSection('eb');
  const scenarios = scenarioList().filter((s) => s.id !== SANDBOX_SCENARIO);
  const startLang = (EMBED_LANGUAGES as readonly string[]).includes(i18n.resolvedLanguage ?? '')
    ? (i18n.resolvedLanguage as string)
    : 'en';
  const choice: EmbedChoice = {
    scenario: scenarios[0]?.id ?? 'mandate',
    weeks: 26,
    lang: startLang,
    mode: 'embed',
    size: { ...(SIZE_PRESETS[0] ?? { width: 720, height: 405 }) },
    responsive: false,
  };

  const inner = el('div', 'vt-eb-inner', screen);
  const head = el('header', 'vt-eb-head', inner);
  const back = el('a', 'vt-eb-back', head);
  const h1 = el('h1', 'vt-eb-title', head);
  h1.id = `${id}-h`;
  const intro = el('p', 'vt-eb-intro', head);

  // --- Options ---
  const o = createOptions(inner, id, i18n, scenarios);

  // --- Preview and snippet ---
  const v = createOutput(inner, id);

  // --- Reading the form into the choice ---
  const readSize = (): void => {
    const picked = o.size.items.find((s) => s.input.checked)?.value ?? o.sizeValues[0];
    o.custom.hidden = picked !== CUSTOM;
    if (picked === CUSTOM) {
      const width = Number(o.dims[0]?.input.value);
      const height = Number(o.dims[1]?.input.value);
      choice.size = clampSize({ width, height }, choice.size);
    } else {
      const preset = SIZE_PRESETS.find((p) => `${p.width}x${p.height}` === picked);
      if (preset) choice.size = { ...preset };
    }
  };

  const frameTitle = (): string => {
    const t = i18n.getFixedT(choice.lang, 'widget');
    return choice.mode === 'widget' ? t('builder.frameTitleWidget') : t('builder.frameTitle');
  };

  const layoutPreview = (): void => fitPreview(v, choice.size, i18n);

  const update = (): void => {
    readSize();
    const src = embedUrl(ctx.gameBase, choice);
    // Only a new address reloads the preview; a new size just resizes it.
    if (v.frame.getAttribute('src') !== src) v.frame.setAttribute('src', src);
    v.frame.title = frameTitle();
    layoutPreview();
    const html = snippetHtml(choice, src, frameTitle());
    if (v.snippet.value !== html) {
      v.snippet.value = html;
      setText(v.status, '');
    }
  };

  const syncInputs = (): void => {
    for (const m of o.mode.items) m.input.checked = m.value === choice.mode;
    o.scenarioSelect.value = choice.scenario;
    for (const l of o.length.items) l.input.checked = l.value === String(choice.weeks);
    o.langSelect.value = choice.lang;
    const sizeKey = `${choice.size.width}x${choice.size.height}`;
    for (const s of o.size.items) s.input.checked = s.value === sizeKey;
    for (const d of o.dims) d.input.value = String(choice.size[d.dim]);
    o.responsive.checked = choice.responsive;
  };

  const render = (): void => {
    screen.lang = i18n.resolvedLanguage ?? i18n.language;
    const game = new URL('./', ctx.gameBase);
    game.searchParams.set('lang', screen.lang);
    back.href = game.href;
    setText(back, i18n.t('widget:builder.back'));
    setText(h1, i18n.t('widget:builder.title'));
    setText(intro, i18n.t('widget:builder.intro'));
    setText(o.optionsH, i18n.t('widget:builder.options'));
    o.render();
    setText(v.previewH, i18n.t('widget:builder.preview'));
    setText(v.snippetLabel, i18n.t('widget:builder.snippet'));
    setText(v.copyBtn, i18n.t('widget:builder.copy'));
    update();
  };

  // --- Behaviour ---
  const onChange = (e: Event): void => {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    if (target.name === o.mode.items[0]?.input.name) choice.mode = target.value as EmbedMode;
    else if (target === o.scenarioSelect) choice.scenario = target.value;
    else if (target.name === o.length.items[0]?.input.name) choice.weeks = Number(target.value);
    else if (target === o.langSelect) choice.lang = target.value;
    else if (target === o.responsive) choice.responsive = o.responsive.checked;
    update();
    // The custom fields start from the size in use, and a clamped value shows what is used.
    for (const d of o.dims) d.input.value = String(choice.size[d.dim]);
  };
  o.form.addEventListener('change', onChange);
  const onSubmit = (e: Event): void => e.preventDefault();
  o.form.addEventListener('submit', onSubmit);

  const onCopy = (): void => {
    const text = v.snippet.value;
    void ctx.copyText(text).then((ok) => {
      if (ok) {
        setText(v.status, i18n.t('widget:builder.copied'));
        return;
      }
      v.snippet.focus();
      v.snippet.select();
      setText(v.status, i18n.t('widget:builder.copyFallback'));
    });
  };
  v.copyBtn.addEventListener('click', onCopy);
  const onLanguage = (): void => render();
  i18n.on('languageChanged', onLanguage);
  const resize = new ResizeObserver(() => layoutPreview());
  resize.observe(v.previewBox);

  syncInputs();
  render();
  root.append(screen);
  layoutPreview();

  return () => {
    resize.disconnect();
    i18n.off('languageChanged', onLanguage);
    o.form.removeEventListener('change', onChange);
    o.form.removeEventListener('submit', onSubmit);
    v.copyBtn.removeEventListener('click', onCopy);
    screen.remove();
  };
}
