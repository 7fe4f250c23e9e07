/**
 * The facilitator view (`?view=facilitator`, or from the title screen): set the room's run and
 * workshop length (`facilitator-setup.ts`), share the room link and its QR code
 * (`facilitator-link.ts`), collect results codes, pasted or in dropped JSON files
 * (`facilitator-codes.ts`), and show every run replayed and ranked side by side, with the room's
 * charts, spread, who tried what, the debrief prompts, exports and a printable handout
 * (`facilitator-results.ts`). This module holds the screen's state and its one listener per event.
 */
import type { Room } from '../../state/workshop.ts';
import { buildRoom, codeLines } from '../../state/workshop.ts';
import { el, screenSection } from '../dom.ts';
import { listen } from '../screen-dom.ts';
import type { Screen } from '../view-context.ts';
import { buildCodesSection, readCodeFiles } from './facilitator-codes.ts';
import { buildLinkSection, copyRoomLink } from './facilitator-link.ts';
import { buildRoomResults, downloadRoom } from './facilitator-results.ts';
import { buildFacilitatorHeader, buildSetup, changeSetup } from './facilitator-setup.ts';
import '../palette.css';
import '../title/theme.css';
import '../charts/charts.css';
import './workshop.css';

export const renderFacilitator: Screen = (root, ctx) => {
  const { store, i18n } = ctx;
  const { screen, id } = screenSection('facilitator');
  root.append(screen);
  let room: Room | null = null;
  let roomFor: string | null = null;
  let status = '';
  let fileNotes: string[] = [];

  const render = (): void => {
    const settings = store.getState().room;
    const l = i18n.resolvedLanguage ?? i18n.language;
    screen.lang = l;
    screen.replaceChildren();
    const page = el('div', 'vt-fac-inner', screen);
    buildFacilitatorHeader(page, i18n, id);
    buildSetup(page, i18n, id, settings);
    buildLinkSection(page, i18n, settings);
    buildCodesSection(page, i18n, id, settings.codes, status, fileNotes);
    buildRoomResults(page, i18n, room, settings);
  };

  const showRoom = (): void => {
    const text = store.getState().room.codes;
    if (roomFor !== text || !room) {
      room = buildRoom(codeLines(text));
      roomFor = text;
    }
    status = i18n.t('workshop:facilitator.countRuns', { count: room.runs.length });
    render();
  };

  const onClick = (e: MouseEvent): void => {
    const target = e.target as HTMLElement;
    const openBtn = target.closest<HTMLButtonElement>('button[data-open-code]');
    if (openBtn?.dataset.openCode) {
      store.getState().openCode(openBtn.dataset.openCode, 'facilitator');
      return;
    }
    const btn = target.closest<HTMLButtonElement>('button[data-act]');
    if (!btn) return;
    switch (btn.dataset.act) {
      case 'title':
        store.getState().toTitle();
        return;
      case 'new-seed':
        store.getState().setRoom({ seed: ctx.newSeed() });
        return;
      case 'copy-link':
        void copyRoomLink(screen, store.getState().room).then((ok) =>
          setStatus(
            ok ? i18n.t('workshop:facilitator.linkCopied') : i18n.t('workshop:code.copyFailed'),
          ),
        );
        return;
      case 'show':
        showRoom();
        return;
      case 'csv':
      case 'json':
      case 'check-csv': {
        if (!room) return;
        void downloadRoom(btn.dataset.act, room, i18n, store.getState().room).then((name) =>
          setStatus(i18n.t('workshop:facilitator.downloaded', { file: name })),
        );
        return;
      }
      case 'print':
        globalThis.print();
        return;
    }
  };

  const setStatus = (text: string): void => {
    status = text;
    const node = screen.querySelector('.vt-fac-status');
    if (node) node.textContent = text;
  };

  const onChange = (e: Event): void => {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    if (target.dataset.field !== 'files') changeSetup(store, target);
    else if (target instanceof HTMLInputElement && target.files) void addFiles([...target.files]);
  };

  const onInput = (e: Event): void => {
    const target = e.target as HTMLTextAreaElement;
    // Kept in the store as typed (no re-render), so the list survives a visit to a debrief.
    if (target.dataset.field === 'codes') store.getState().setRoom({ codes: target.value });
  };

  const addFiles = async (list: readonly File[]): Promise<void> => {
    const { added, used, notes } = await readCodeFiles(list, i18n);
    fileNotes = notes;
    if (added.length > 0) {
      const current = store.getState().room.codes.trimEnd();
      store.getState().setRoom({ codes: [current, ...added].filter((x) => x !== '').join('\n') });
      showRoom();
      setStatus(
        i18n.t('workshop:facilitator.filesAdded', { count: added.length, files: used.join(', ') }),
      );
    } else {
      render();
    }
  };

  const onDragOver = (e: DragEvent): void => {
    if ((e.target as HTMLElement).closest('.vt-fac-codes')) e.preventDefault();
  };
  const onDrop = (e: DragEvent): void => {
    if (!(e.target as HTMLElement).closest('.vt-fac-codes')) return;
    const dropped = [...(e.dataTransfer?.files ?? [])];
    if (dropped.length === 0) return;
    e.preventDefault();
    void addFiles(dropped);
  };

  const unlisten = [
    listen(screen, 'click', onClick),
    listen(screen, 'change', onChange),
    listen(screen, 'input', onInput),
    listen(screen, 'dragover', onDragOver),
    listen(screen, 'drop', onDrop),
  ];
  const onLanguageChanged = (): void => render();
  i18n.on('languageChanged', onLanguageChanged);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.room === prev.room) return;
    const { codes: _a, ...now } = s.room;
    const { codes: _b, ...before } = prev.room;
    if (JSON.stringify(now) !== JSON.stringify(before)) render();
  });
  if (store.getState().room.codes.trim() !== '') showRoom();
  else render();

  return () => {
    unsubscribe();
    i18n.off('languageChanged', onLanguageChanged);
    for (const off of unlisten) off();
    screen.remove();
  };
};
