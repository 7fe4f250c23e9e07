/**
 * A fact or study named where a claim rests on it (a debrief finding, a link of an outage's
 * chain of causes): its title, never its bare id, as a button that opens the sources screen at
 * it. The caller listens for the click and reads `data-source` back through `sourceOf`.
 */
import type { I18n } from '../i18n';
import type { SourceId } from '../sim/index.ts';
import { el } from './dom.ts';
import { tk } from './sources/text.ts';
import { SOURCE_ORDER } from './sources/usage.ts';
import './source-link.css';

const KNOWN: ReadonlySet<string> = new Set(SOURCE_ORDER);

/** The button naming `sid`, appended to `parent`; `className` adds a screen's own class. */
export function sourceButton(
  parent: HTMLElement,
  i18n: I18n,
  sid: string,
  className?: string,
): HTMLButtonElement {
  const name = tk(i18n, 'debrief', `sources.${sid}.title`, {}, sid);
  const button = el('button', `vt-source-link${className ? ` ${className}` : ''}`, parent, name);
  button.type = 'button';
  button.dataset.act = 'source';
  button.dataset.source = sid;
  button.setAttribute('aria-label', i18n.t('screens:debrief.openSource', { name }));
  return button;
}

/** The source a click landed on (its button or inside it), or null. */
export function sourceOf(target: EventTarget | null): SourceId | null {
  const button = target instanceof Element ? target.closest<HTMLElement>('[data-source]') : null;
  const sid = button?.dataset.source;
  return sid !== undefined && KNOWN.has(sid) ? (sid as SourceId) : null;
}
