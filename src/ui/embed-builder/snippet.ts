/**
 * What the embed builder produces, apart from the DOM so it is tested in Node: the address of
 * the framed page for a set of choices, the size limits, and the iframe snippet itself (every
 * attribute value escaped, so a scenario id or a title can never break out of its quotes).
 */

export const EMBED_MODES = ['full', 'embed', 'widget'] as const;
export type EmbedMode = (typeof EMBED_MODES)[number];

/** The languages a host can ask for (the game's four). */
export const EMBED_LANGUAGES = ['en', 'de', 'es', 'ja'] as const;

export interface Size {
  width: number;
  height: number;
}

/** A wide post slot, a phone-shaped column, and the smallest size the game and widget fit. */
export const SIZE_PRESETS: readonly Size[] = [
  { width: 720, height: 405 },
  { width: 360, height: 560 },
  { width: 320, height: 240 },
];

export const SIZE_LIMITS = { minWidth: 320, maxWidth: 1920, minHeight: 240, maxHeight: 1440 };

/**
 * The frame keeps its own origin (`allow-same-origin`): it is the game's origin, not the host
 * page's, so the game can keep the player's progress and load its module scripts from any
 * static host. Scripts run; popups let "open the full game" open a normal tab. Nothing else:
 * no forms, no top navigation, no downloads.
 */
export const SNIPPET_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

export interface EmbedChoice {
  scenario: string;
  weeks: number;
  lang: string;
  mode: EmbedMode;
  size: Size;
  /** Shrinks with the page, keeping the chosen shape, instead of a fixed width and height. */
  responsive: boolean;
}

/** A whole number of pixels within [min, max]; anything unreadable becomes `fallback`. */
export function clampPixels(value: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.max(min, Math.min(max, Math.round(value)));
}

export function clampSize(size: Size, fallback: Size = SIZE_PRESETS[0] as Size): Size {
  const l = SIZE_LIMITS;
  return {
    width: clampPixels(size.width, l.minWidth, l.maxWidth, fallback.width),
    height: clampPixels(size.height, l.minHeight, l.maxHeight, fallback.height),
  };
}

/** The framed page's absolute address: the game at `base` with the choices as parameters. */
export function embedUrl(
  base: string,
  c: Pick<EmbedChoice, 'scenario' | 'weeks' | 'lang' | 'mode'>,
): string {
  const url = new URL('./', base);
  if (c.mode === 'widget') url.searchParams.set('widget', 'queue');
  if (c.mode === 'embed') url.searchParams.set('embed', '1');
  url.searchParams.set('lang', c.lang);
  url.searchParams.set('scenario', c.scenario);
  url.searchParams.set('weeks', String(c.weeks));
  return url.href;
}

const escapeAttr = (s: string): string =>
  s
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');

/** The HTML to paste: an iframe with a title, lazy loading and the sandbox, fixed or responsive. */
export function snippetHtml(c: EmbedChoice, src: string, title: string): string {
  const { width, height } = clampSize(c.size);
  const common = `src="${escapeAttr(src)}" title="${escapeAttr(title)}" loading="lazy" sandbox="${SNIPPET_SANDBOX}" referrerpolicy="strict-origin-when-cross-origin"`;
  if (!c.responsive) {
    return `<iframe ${common} width="${width}" height="${height}" style="border:0;max-width:100%"></iframe>`;
  }
  return [
    `<div style="position:relative;width:100%;max-width:${width}px;aspect-ratio:${width}/${height}">`,
    `  <iframe ${common} style="position:absolute;inset:0;width:100%;height:100%;border:0"></iframe>`,
    '</div>',
  ].join('\n');
}
