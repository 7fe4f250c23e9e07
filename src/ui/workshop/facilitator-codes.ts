/**
 * The facilitator view's results codes: the field they are pasted into, the JSON files they come
 * in, and the status line under them.
 */
import type { I18n } from '../../i18n';
import { codesInJson } from '../../state/workshop.ts';
import { el } from '../dom.ts';
import { button } from '../screen-dom.ts';

/**
 * The codes' section: the field (`data-field="codes"`), the show button (the screen's `show`
 * act), the file input (`data-field="files"`), `status` and a note for each refused file.
 */
export function buildCodesSection(
  page: HTMLElement,
  i18n: I18n,
  id: string,
  codesText: string,
  status: string,
  fileNotes: readonly string[],
): void {
  const codesSec = el('section', 'vt-fac-sec vt-fac-codes vt-no-print', page);
  el('h2', 'vt-fac-h2', codesSec, i18n.t('workshop:facilitator.codesHeading'));
  const codesLabel = el(
    'label',
    'vt-fac-codes-label',
    codesSec,
    i18n.t('workshop:facilitator.codesLabel'),
  );
  codesLabel.htmlFor = `${id}-codes`;
  const codes = el('textarea', 'vt-field vt-fac-textarea', codesSec);
  codes.id = `${id}-codes`;
  codes.rows = 6;
  codes.spellcheck = false;
  codes.placeholder = i18n.t('workshop:facilitator.codesPlaceholder');
  codes.value = codesText;
  codes.dataset.field = 'codes';
  const actions = el('div', 'vt-fac-actions', codesSec);
  button(actions, 'vt-btn vt-btn-primary', i18n.t('workshop:facilitator.show'), 'show');
  const fileLabel = el('label', 'vt-btn vt-fac-file', actions);
  el('span', undefined, fileLabel, i18n.t('workshop:facilitator.files'));
  const files = el('input', undefined, fileLabel);
  files.type = 'file';
  files.multiple = true;
  files.accept = '.json,application/json';
  files.dataset.field = 'files';
  el('p', 'vt-fac-hint', codesSec, i18n.t('workshop:facilitator.dropHint'));
  const statusEl = el('p', 'vt-fac-status', codesSec, status);
  statusEl.setAttribute('role', 'status');
  for (const note of fileNotes) el('p', 'vt-fac-refused-file', codesSec, note);
}

/** What a set of JSON files held: their codes, the names of the files used, a note per refusal. */
export interface CodeFiles {
  added: string[];
  used: string[];
  notes: string[];
}

/** Reads the codes out of dropped or chosen files; a file unread or holding none is refused. */
export async function readCodeFiles(list: readonly File[], i18n: I18n): Promise<CodeFiles> {
  const added: string[] = [];
  const notes: string[] = [];
  const used: string[] = [];
  for (const f of list) {
    let text = '';
    try {
      text = await f.text();
    } catch {
      text = '';
    }
    const found = codesInJson(text);
    if (!found || found.length === 0)
      notes.push(i18n.t('workshop:facilitator.fileRefused', { file: f.name }));
    else {
      added.push(...found);
      used.push(f.name);
    }
  }
  return { added, used, notes };
}
