// The colours the game uses, checked against WCAG 2.2: text at least 4.5:1 on every surface it
// sits on, focus rings, chart lines and alarm rings at least 3:1, and the colours that tell
// things apart still apart under each colour-vision deficiency.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrast, type Deficiency, deltaE, over, parseColor, simulate } from '../contrast';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The `--vt-*` custom properties of src/ui/palette.css. */
function paletteVars(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const m of read('src/ui/palette.css').matchAll(
    /--vt-([a-z0-9-]+):\s*(#[0-9a-fA-F]{3,6})/g,
  )) {
    if (m[1] && m[2]) vars[m[1]] = m[2];
  }
  return vars;
}

/** One colour of a CSS rule's declaration, e.g. the stroke of `.vt-lc-line.is-main`. */
function cssColor(path: string, selector: string, property: string): string {
  const css = read(path);
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`${selector} not in ${path}`);
  const block = css.slice(at, css.indexOf('}', at));
  const m = new RegExp(`\\b${property}:[^;#r]*(#[0-9a-fA-F]{3,6}|rgba?\\([^)]*\\))`).exec(block);
  if (!m?.[1]) throw new Error(`${property} not in ${selector}`);
  return m[1];
}

/** A colour constant of the office art (src/scenes/office-art.ts). */
function artColor(name: string): string {
  const m = new RegExp(`\\b${name}: '(#[0-9a-f]{6})'`).exec(read('src/scenes/office-art.ts'));
  if (!m?.[1]) throw new Error(`${name} not in the office art`);
  return m[1];
}

function artPalette(name: string): string {
  const m = new RegExp(`\\b${name}: 0x([0-9a-f]{6})`).exec(read('src/scenes/office-art.ts'));
  if (!m?.[1]) throw new Error(`${name} not in the office palette`);
  return `#${m[1]}`;
}

const v = paletteVars();
const need = (name: string): string => {
  const c = v[name];
  if (!c) throw new Error(`--vt-${name} is not in the palette`);
  return c;
};
const SURFACES = ['bg', 'bg2', 'panel', 'raised'];
const TEXT = ['text', 'muted', 'amber', 'teal', 'rose', 'blue'];
const DEFICIENCIES: readonly Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];

describe('the palette', () => {
  it.each(TEXT)('sets %s text at 4.5:1 or more on every surface', (text) => {
    for (const surface of SURFACES) {
      expect(contrast(need(text), need(surface)), `${text} on ${surface}`).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  it('draws the focus ring at 3:1 or more against every surface', () => {
    for (const surface of SURFACES) {
      expect(contrast(need('focus'), need(surface)), surface).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps the primary button readable: dark text on amber', () => {
    const label = cssColor('src/ui/run/run-base.css', '.vt-btn-primary', 'color');
    expect(contrast(label, need('amber'))).toBeGreaterThanOrEqual(4.5);
    // And the amber button itself stands out from the bar it sits on.
    expect(contrast(need('amber'), need('bg'))).toBeGreaterThanOrEqual(3);
  });

  it("paints the page before any script in the palette's own background and amber", () => {
    expect(cssColor('src/boot.css', 'body', 'background').toLowerCase()).toBe(need('bg'));
    expect(cssColor('src/boot.css', '.vt-boot', 'color').toLowerCase()).toBe(need('amber'));
  });
});

describe('the charts', () => {
  const card = cssColor('src/ui/charts/charts.css', '.vt-lc', 'background');
  const lines = {
    main: cssColor('src/ui/charts/charts.css', '.vt-lc-line.is-main', 'stroke'),
    alt: cssColor('src/ui/charts/charts.css', '.vt-lc-line.is-alt', 'stroke'),
    muted: cssColor('src/ui/charts/charts.css', '.vt-lc-line.is-muted', 'stroke'),
  };

  it('draws every series at 3:1 or more against the chart', () => {
    for (const [name, colour] of Object.entries(lines)) {
      expect(contrast(colour, card), name).toBeGreaterThanOrEqual(3);
    }
  });

  it('sets tick labels at 4.5:1 or more', () => {
    expect(
      contrast(cssColor('src/ui/charts/charts.css', '.vt-lc-tick', 'fill'), card),
    ).toBeGreaterThanOrEqual(4.5);
  });

  it('tells series apart by dash as well as colour', () => {
    const css = read('src/ui/charts/charts.css');
    const dash = (sel: string) =>
      /stroke-dasharray:\s*([^;]+);/.exec(css.slice(css.indexOf(`${sel} {`)))?.[1];
    const patterns = ['.vt-lc-line.is-alt', '.vt-lc-line.is-muted'].map(dash);
    expect(patterns.every(Boolean)).toBe(true);
    expect(new Set(patterns).size).toBe(2);
  });

  it('keeps the player and the sound policy apart in colour under every colour-vision deficiency', () => {
    const main = parseColor(lines.main);
    const alt = parseColor(lines.alt);
    for (const kind of DEFICIENCIES) {
      expect(deltaE(simulate(main, kind), simulate(alt, kind)), kind).toBeGreaterThan(20);
    }
  });
});

describe('the office floor', () => {
  const prod = parseColor(artPalette('prod'));

  it('draws alarm rings at 3:1 or more against production, and outages apart from breaches', () => {
    const outage = parseColor(artColor('vermillion'));
    const breach = parseColor(artColor('yellow'));
    expect(contrast(outage, prod)).toBeGreaterThanOrEqual(3);
    expect(contrast(breach, prod)).toBeGreaterThanOrEqual(3);
    for (const kind of DEFICIENCIES) {
      expect(deltaE(simulate(outage, kind), simulate(breach, kind)), kind).toBeGreaterThan(15);
    }
  });

  it('keeps the morale shirts apart under every colour-vision deficiency', () => {
    // Low, fair and good morale: a low one also wears a storm cloud, so colour is never alone.
    const shirts = ['vermillion', 'slate', 'sky'].map((n) => parseColor(artColor(n)));
    for (const kind of DEFICIENCIES) {
      const seen = shirts.map((c) => simulate(c, kind));
      for (let i = 0; i < seen.length; i++)
        for (let j = i + 1; j < seen.length; j++) {
          const a = seen[i];
          const b = seen[j];
          if (a && b) expect(deltaE(a, b), `${kind} ${i}/${j}`).toBeGreaterThan(8);
        }
    }
  });

  it('lifts a hatched band well off the floor', () => {
    // The breach band is 22% yellow over production: visible, while the dashed edge carries it.
    expect(contrast(over(parseColor(artColor('yellow')), 0.22, prod), prod)).toBeGreaterThan(1.5);
  });
});
