// Colour arithmetic for the accessibility tests: WCAG 2.2 relative luminance and contrast ratio,
// and a simulation of the three colour-vision deficiencies (Machado, Oliveira and Fernandes 2009,
// full severity) for checking that colours stay apart for players who see fewer of them.

export type Rgb = readonly [number, number, number];

/** `#rgb`, `#rrggbb`, `rgb(r, g, b)` or `rgba(r, g, b, a)` (alpha ignored) to 0..255 channels. */
export function parseColor(text: string): Rgb {
  const s = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  if (hex?.[1]) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const fn = /^rgba?\(([^)]+)\)$/.exec(s);
  if (fn?.[1]) {
    const parts = fn[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
  }
  throw new Error(`not a colour: ${text}`);
}

const linear = (c: number): number => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: Rgb | string, b: Rgb | string): number {
  const la = luminance(typeof a === 'string' ? parseColor(a) : a);
  const lb = luminance(typeof b === 'string' ? parseColor(b) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Paints `top` with opacity `alpha` over `under`. */
export function over(top: Rgb, alpha: number, under: Rgb): Rgb {
  return [0, 1, 2].map(
    (i) => (top[i] ?? 0) * alpha + (under[i] ?? 0) * (1 - alpha),
  ) as unknown as Rgb;
}

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

const MACHADO: Record<Deficiency, readonly number[]> = {
  protanopia: [
    0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998,
  ],
  deuteranopia: [
    0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881,
  ],
  tritanopia: [
    1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039,
  ],
};

/** How a colour looks to someone with the deficiency (the matrix works on linear RGB). */
export function simulate(rgb: Rgb, kind: Deficiency): Rgb {
  const m = MACHADO[kind];
  const lin = rgb.map(linear);
  const out = [0, 1, 2].map((row) => {
    const v =
      (m[row * 3] ?? 0) * (lin[0] ?? 0) +
      (m[row * 3 + 1] ?? 0) * (lin[1] ?? 0) +
      (m[row * 3 + 2] ?? 0) * (lin[2] ?? 0);
    const c = Math.min(1, Math.max(0, v));
    const srgb = c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055;
    return Math.round(srgb * 255);
  });
  return out as unknown as Rgb;
}

/** CIE76 colour difference in CIELAB: above ~10 two colours are plainly different. */
export function deltaE(a: Rgb, b: Rgb): number {
  const lab = (rgb: Rgb): [number, number, number] => {
    const [r, g, bl] = rgb.map(linear) as [number, number, number];
    const x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
    const y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    const z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
  };
  const p = lab(a);
  const q = lab(b);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
