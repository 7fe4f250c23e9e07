/** Small DOM building helpers shared by every screen, the widget and the embed. */

/** Creates an element with an optional class and text, appended to `parent` when given. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  parent?: Element,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  parent?.append(node);
  return node;
}

/**
 * The page's one id counter: ids stay unique on the page, so two games embedded side by side,
 * or a screen drawn again, never share one.
 */
let next = 0;
/** `vt-<prefix>-<n>`, unique on the page. */
export function uid(prefix: string): string {
  next += 1;
  return `vt-${prefix}-${next}`;
}

/**
 * A screen's outer section, named by its heading: the screen gives its heading the id
 * `${id}-h`, and any other part an id of its own from `id`.
 */
export function screenSection(name: string): { screen: HTMLElement; id: string } {
  const id = uid(name);
  const screen = el('section', `vt-screen vt-${name}`);
  screen.setAttribute('aria-labelledby', `${id}-h`);
  return { screen, id };
}

/** Sets text only when it changed, so screen readers and layout are not disturbed for nothing. */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * A section with its heading and an optional introduction, appended to `parent`; a screen's own
 * `prefix` names the classes (`<prefix>-sec`, `<prefix>-h2`, `<prefix>-intro`).
 */
export function headedSection(
  parent: HTMLElement,
  prefix: string,
  cls: string,
  heading: string,
  intro?: string,
): HTMLElement {
  const sec = el('section', `${prefix}-sec ${cls}`, parent);
  el('h2', `${prefix}-h2`, sec, heading);
  if (intro) el('p', `${prefix}-intro`, sec, intro);
  return sec;
}

/** A checkbox shown as a switch (`role="switch"`), its words after it in one label, in `parent`. */
export function labelledSwitch(
  parent: Element,
  className: string,
): { input: HTMLInputElement; text: HTMLSpanElement } {
  const label = el('label', className, parent);
  const input = el('input');
  input.type = 'checkbox';
  input.setAttribute('role', 'switch');
  const text = el('span');
  label.append(input, text);
  return { input, text };
}

/** The attributes a number or range field is made with. */
export interface FieldSpec {
  readonly type: 'number' | 'range';
  readonly min: number;
  readonly max?: number;
  readonly step: number;
}

/** A share lever's slider, in the run's controls and the widget alike: 0 to 100%, in steps of 5. */
export const LEVER_FIELD: FieldSpec = { type: 'range', min: 0, max: 100, step: 5 };

/**
 * A detached number or range input, given an id from `idPrefix` that `label` names; the caller
 * places it where its layout wants it.
 */
export function fieldFor(
  label: HTMLLabelElement,
  className: string,
  idPrefix: string,
  spec: FieldSpec,
): HTMLInputElement {
  const input = el('input', className);
  input.type = spec.type;
  input.min = String(spec.min);
  if (spec.max !== undefined) input.max = String(spec.max);
  input.step = String(spec.step);
  input.id = uid(idPrefix);
  label.htmlFor = input.id;
  return input;
}
