/** The facilitator view's room link: the URL, its QR code, and the field to copy it from. */
import type { I18n } from '../../i18n';
import { laterQuery } from '../../state/check.ts';
import type { RoomSettings } from '../../state/store.ts';
import { roomQuery } from '../../state/workshop.ts';
import { el } from '../dom.ts';
import { button } from '../screen-dom.ts';
import { copyText } from './clipboard.ts';
import { qrSvg } from './qr.ts';

/**
 * The room link: this page with the run's scenario, seed, length and (when not central) evidence
 * reading, resolved to a full URL.
 */
export function roomLink(
  room: Pick<RoomSettings, 'scenarioId' | 'seed' | 'weeks' | 'evidence' | 'check'>,
): string {
  const a = document.createElement('a');
  a.href = `?${roomQuery(room)}`;
  return a.href;
}

/** The link to the learning check taken alone, weeks after the session, in the room's language. */
export function laterLink(lang: string): string {
  const a = document.createElement('a');
  a.href = `?${laterQuery(lang)}`;
  return a.href;
}

/** The link's section; its copy button is the screen's `copy-link` act. */
export function buildLinkSection(page: HTMLElement, i18n: I18n, settings: RoomSettings): void {
  const linkSec = el('section', 'vt-fac-sec vt-fac-link vt-no-print', page);
  el('h2', 'vt-fac-h2', linkSec, i18n.t('workshop:facilitator.linkHeading'));
  el('p', 'vt-fac-intro', linkSec, i18n.t('workshop:facilitator.linkIntro'));
  const linkRow = el('div', 'vt-fac-linkrow', linkSec);
  const link = roomLink(settings);
  const qrBox = el('div', 'vt-fac-qr', linkRow);
  qrBox.append(qrSvg(link, i18n.t('workshop:facilitator.qrLabel')));
  const linkText = el('div', 'vt-fac-linktext', linkRow);
  const a = el('a', 'vt-fac-roomlink', linkText, link);
  a.href = link;
  const linkField = el('input', 'vt-field vt-code-field', linkText);
  linkField.readOnly = true;
  linkField.value = link;
  linkField.setAttribute('aria-label', i18n.t('workshop:facilitator.linkHeading'));
  button(linkText, 'vt-btn', i18n.t('workshop:facilitator.copyLink'), 'copy-link');
}

/**
 * Copies the room link (through the link's field where the Clipboard API is refused), and leaves
 * the link in that field; resolves to whether it reached the clipboard.
 */
export async function copyRoomLink(screen: HTMLElement, settings: RoomSettings): Promise<boolean> {
  const field = screen.querySelector<HTMLInputElement>('.vt-fac-linktext input');
  const link = roomLink(settings);
  const ok = await copyText(link, field);
  if (field) field.value = link;
  return ok;
}
