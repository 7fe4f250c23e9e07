/**
 * The room link as a QR code, drawn as one SVG path of dark modules (crisp on a projector and
 * in print, any size). The encoder is @paulmillr/qr, run in the browser: the link goes nowhere.
 */
import encodeQR from '@paulmillr/qr';

/** Dark (true) and light modules, row by row, without the quiet zone. */
export function qrModules(text: string): boolean[][] {
  return encodeQR(text, 'raw', { ecc: 'medium', border: 0 });
}

/** An SVG path drawing the dark modules in a grid of `size` with a 4-module quiet zone. */
export function qrPath(modules: readonly (readonly boolean[])[]): { size: number; d: string } {
  const quiet = 4;
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      let run = 1;
      while (row[x + run]) run += 1;
      parts.push(`M${x + quiet} ${y + quiet}h${run}v1h-${run}z`);
      x += run;
    }
  });
  return { size: modules.length + quiet * 2, d: parts.join('') };
}

export function qrSvg(text: string, label: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const { size, d } = qrPath(qrModules(text));
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.classList.add('vt-qr');
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', String(size));
  bg.setAttribute('height', String(size));
  bg.setAttribute('fill', '#fff');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
}
