/** Small DOM building helpers shared by the screens. */

/** Creates an element with an optional class and text, appended to `parent` when given. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  parent?: HTMLElement,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  parent?.append(node);
  return node;
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
