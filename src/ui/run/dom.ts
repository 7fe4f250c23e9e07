/** Small DOM helpers shared by the run screen's parts. */

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  parent?: Element,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  parent?.append(node);
  return node;
}

let next = 0;
/** An id unique on the page, so two games embedded side by side never share one. */
export function uid(prefix: string): string {
  next += 1;
  return `vt-${prefix}-${next}`;
}

/** Sets text only when it changed, so screen readers and layout are not disturbed for nothing. */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** A part of the run screen: its element, how it follows the store, how it goes away. */
export interface Part<S> {
  readonly el: HTMLElement;
  update(state: S): void;
  destroy(): void;
}
