/**
 * DOM helpers of the game's screens (title, debrief, sources, workshop) that the widget and the
 * embed builder do not use: apart from `dom.ts`, whose chunk those bundles load too.
 */
import { el } from './dom.ts';

/**
 * A push button (type="button": never a form's submit), appended to `parent`; `act` names it for
 * the screen's one click handler, which reads `data-act`.
 */
export function button(
  parent: Element,
  className: string,
  text?: string,
  act?: string,
): HTMLButtonElement {
  const b = el('button', className, parent, text);
  b.type = 'button';
  if (act !== undefined) b.dataset.act = act;
  return b;
}

/** Adds a listener and returns what removes it, so a screen's cleanup cannot miss one. */
export function listen<K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  handler: (e: HTMLElementEventMap[K]) => void,
): () => void {
  target.addEventListener(type, handler);
  return () => target.removeEventListener(type, handler);
}

/** A table's header row: one column header per entry, each scoped to its column. */
export function tableHead(
  table: HTMLTableElement,
  columns: ReadonlyArray<string | { text: string; cls: string }>,
): HTMLTableRowElement {
  const row = el('tr', undefined, el('thead', undefined, table));
  for (const c of columns) {
    const th = typeof c === 'string' ? el('th', undefined, row, c) : el('th', c.cls, row, c.text);
    th.scope = 'col';
  }
  return row;
}
