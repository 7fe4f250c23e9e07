/**
 * The facilitator view (`?view=facilitator`, or from the title screen): set the room's run and
 * workshop length, share the room link and its QR code, collect results codes (pasted, or in
 * dropped JSON files), and show every run replayed and ranked side by side, with the room's
 * charts, spread, who tried what, the debrief prompts, exports and a printable handout.
 */
import type { I18n } from '../../i18n';
import { parseReading, READINGS } from '../../state/reading.ts';
import { RUN_LENGTHS } from '../../state/run-record.ts';
import { scenarioById, scenarioList } from '../../state/selectors.ts';
import type { RoomSettings } from '../../state/store.ts';
import type { Room } from '../../state/workshop.ts';
import {
  buildRoom,
  codeLines,
  codesInJson,
  roomCsv,
  roomJson,
  roomMix,
  roomQuery,
  WORKSHOP_PRESETS,
  workshopPrompts,
} from '../../state/workshop.ts';
import { el, uid } from '../dom.ts';
import { readingName } from '../reading-name.ts';
import { button, listen } from '../screen-dom.ts';
import { tk } from '../sources/text.ts';
import type { Screen } from '../view-context.ts';
import { copyText } from './clipboard.ts';
import { problemText } from './code-text.ts';
import { downloadText } from './download.ts';
import { qrSvg } from './qr.ts';
import { buildRanking, buildRoomCharts, buildSpread, buildTried } from './room-views.ts';
import '../palette.css';
import '../title/theme.css';
import '../charts/charts.css';
import './workshop.css';

/**
 * The room link: this page with the run's scenario, seed, length and (when not central) evidence
 * reading, resolved to a full URL.
 */
export function roomLink(
  room: Pick<RoomSettings, 'scenarioId' | 'seed' | 'weeks' | 'evidence'>,
): string {
  const a = document.createElement('a');
  a.href = `?${roomQuery(room)}`;
  return a.href;
}

export const renderFacilitator: Screen = (root, ctx) => {
  const { store, i18n } = ctx;
  const id = uid('fac');
  const screen = el('section', 'vt-screen vt-facilitator');
  screen.setAttribute('aria-labelledby', `${id}-h`);
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

    // ---- Header ----
    const bar = el('header', 'vt-fac-bar vt-no-print', page);
    const titles = el('div', undefined, bar);
    const h1 = el('h1', 'vt-fac-h1', titles, i18n.t('workshop:facilitator.heading'));
    h1.id = `${id}-h`;
    h1.tabIndex = -1;
    el('p', 'vt-fac-intro', titles, i18n.t('workshop:facilitator.intro'));
    button(bar, 'vt-btn', i18n.t('workshop:facilitator.back'), 'title');

    // ---- 1. The room's run ----
    const setup = el('section', 'vt-fac-sec vt-fac-setup vt-no-print', page);
    el('h2', 'vt-fac-h2', setup, i18n.t('workshop:facilitator.setupHeading'));
    const presetSet = el('fieldset', 'vt-fac-presets', setup);
    el('legend', undefined, presetSet, i18n.t('workshop:facilitator.presetLegend'));
    for (const p of WORKSHOP_PRESETS) {
      const label = el('label', 'vt-fac-preset', presetSet);
      const input = el('input');
      input.type = 'radio';
      input.name = `${id}-preset`;
      input.value = p.id;
      input.checked = settings.preset === p.id;
      input.dataset.field = 'preset';
      const text = el('span');
      el('strong', undefined, text, i18n.t(`workshop:facilitator.preset.${p.id}.name`));
      el('small', undefined, text, i18n.t(`workshop:facilitator.preset.${p.id}.detail`));
      label.append(input, text);
    }
    const fields = el('div', 'vt-fac-fields', setup);
    const field = (labelText: string, control: HTMLElement): void => {
      const label = el('label', 'vt-fac-field', fields);
      el('span', undefined, label, labelText);
      label.append(control);
    };
    const scenario = el('select');
    scenario.dataset.field = 'scenario';
    for (const s of scenarioList()) {
      const o = el('option', undefined, scenario, tk(i18n, 'content', s.nameKey, {}, s.id));
      o.value = s.id;
    }
    scenario.value = settings.scenarioId;
    field(i18n.t('workshop:facilitator.scenario'), scenario);
    const seed = el('input');
    seed.type = 'number';
    seed.min = '0';
    seed.max = '4294967295';
    seed.step = '1';
    seed.inputMode = 'numeric';
    seed.value = String(settings.seed);
    seed.dataset.field = 'seed';
    field(i18n.t('workshop:facilitator.seed'), seed);
    button(fields, 'vt-btn vt-btn-small', i18n.t('workshop:facilitator.newSeed'), 'new-seed');
    const weeks = el('select');
    weeks.dataset.field = 'weeks';
    for (const w of RUN_LENGTHS) {
      const o = el(
        'option',
        undefined,
        weeks,
        i18n.t('workshop:facilitator.weeksValue', { count: w }),
      );
      o.value = String(w);
    }
    weeks.value = String(settings.weeks);
    field(i18n.t('workshop:facilitator.weeks'), weeks);
    const evidence = el('select');
    evidence.dataset.field = 'evidence';
    for (const r of READINGS) {
      const o = el('option', undefined, evidence, readingName(i18n, r));
      o.value = r;
    }
    evidence.value = settings.evidence;
    field(i18n.t('workshop:facilitator.evidence'), evidence);

    // ---- 2. The link ----
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

    // ---- 3. Codes ----
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
    codes.value = settings.codes;
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

    // ---- The room ----
    const results = el('div', 'vt-fac-results', page);
    el(
      'h1',
      'vt-fac-handout-h vt-print-only',
      results,
      i18n.t('workshop:facilitator.handoutHeading'),
    );
    if (room) buildResults(results, room);
    buildPrompts(results, i18n, settings.preset);
  };

  const buildResults = (results: HTMLElement, room: Room): void => {
    const settings = store.getState().room;
    if (room.refused.length > 0) {
      const bad = el('section', 'vt-fac-sec vt-fac-refused vt-no-print', results);
      el('h2', 'vt-fac-h2', bad, i18n.t('workshop:facilitator.refusedHeading'));
      const ul = el('ul', undefined, bad);
      for (const r of room.refused) {
        const li = el('li', undefined, ul);
        li.dataset.line = String(r.line);
        el('strong', undefined, li, i18n.t('workshop:facilitator.refusedLine', { line: r.line }));
        el('span', undefined, li, ` ${r.name ? `${r.name}: ` : ''}${problemText(i18n, r.problem)}`);
      }
    }
    if (room.runs.length === 0) {
      el('p', 'vt-fac-empty', results, i18n.t('workshop:facilitator.empty'));
      return;
    }
    const mix = roomMix(room.runs);
    if (mix.mixed) {
      const note = el('div', 'vt-fac-sec vt-fac-mixed', results);
      note.setAttribute('role', 'note');
      const l = i18n.resolvedLanguage ?? i18n.language;
      const list = (items: string[]) =>
        new Intl.ListFormat(l, { type: 'conjunction' }).format(items);
      if (mix.mixedVersions) {
        el(
          'p',
          undefined,
          note,
          i18n.t('workshop:facilitator.mixedVersions', {
            versions: list(mix.versions.map((v) => new Intl.NumberFormat(l).format(v))),
          }),
        );
      }
      if (mix.mixedReadings) {
        el(
          'p',
          undefined,
          note,
          i18n.t('workshop:facilitator.mixedReadings', {
            readings: list(mix.readings.map((r) => readingName(i18n, r))),
          }),
        );
      }
    }
    const sc = scenarioById(settings.scenarioId);
    el(
      'p',
      'vt-fac-count',
      results,
      `${i18n.t('workshop:facilitator.countRuns', { count: room.runs.length })} ${i18n.t(
        'screens:debrief.subtitle',
        {
          scenario: sc ? tk(i18n, 'content', sc.nameKey) : settings.scenarioId,
          weeks: settings.weeks,
          seed: settings.seed,
        },
      )}`,
    );
    buildRanking(results, i18n, room.runs, settings, mix.mixed);
    buildRoomCharts(results, i18n, room.runs);
    buildSpread(results, i18n, room.runs);
    buildTried(results, i18n, room.runs);
    const exp = el('section', 'vt-fac-sec vt-fac-export vt-no-print', results);
    el('h2', 'vt-fac-h2', exp, i18n.t('workshop:facilitator.exportHeading'));
    const row = el('div', 'vt-fac-actions', exp);
    for (const [act, key] of [
      ['csv', 'workshop:facilitator.csv'],
      ['json', 'workshop:facilitator.json'],
      ['print', 'workshop:facilitator.print'],
    ] as const) {
      button(row, 'vt-btn', i18n.t(key), act);
    }
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

  const fileBase = (): string => {
    const r = store.getState().room;
    return `velocity-trap-room-${r.scenarioId}-${r.seed}-${r.weeks}w`;
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
      case 'copy-link': {
        const field = screen.querySelector<HTMLInputElement>('.vt-fac-linktext input');
        const link = roomLink(store.getState().room);
        void copyText(link, field).then((ok) => {
          if (field) field.value = link;
          setStatus(
            ok ? i18n.t('workshop:facilitator.linkCopied') : i18n.t('workshop:code.copyFailed'),
          );
        });
        return;
      }
      case 'show':
        showRoom();
        return;
      case 'csv':
      case 'json': {
        if (!room) return;
        const name = `${fileBase()}.${btn.dataset.act}`;
        if (btn.dataset.act === 'csv') downloadText(name, 'text/csv', roomCsv(room.runs));
        else downloadText(name, 'application/json', roomJson(room.runs));
        setStatus(i18n.t('workshop:facilitator.downloaded', { file: name }));
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
    const s = store.getState();
    switch (target.dataset.field) {
      case 'preset': {
        const preset = WORKSHOP_PRESETS.find((p) => p.id === target.value);
        if (preset) s.setRoom({ preset: preset.id, weeks: preset.weeks });
        return;
      }
      case 'scenario':
        if (scenarioById(target.value)) s.setRoom({ scenarioId: target.value });
        return;
      case 'weeks': {
        const w = RUN_LENGTHS.find((x) => String(x) === target.value);
        if (w) s.setRoom({ weeks: w });
        return;
      }
      case 'evidence': {
        const r = parseReading(target.value);
        if (r) s.setRoom({ evidence: r });
        return;
      }
      case 'seed': {
        const n = Number(target.value);
        if (Number.isInteger(n) && n >= 0 && n <= 0xffffffff) s.setRoom({ seed: n });
        else target.value = String(s.room.seed);
        return;
      }
      case 'files':
        if (target instanceof HTMLInputElement && target.files) void addFiles([...target.files]);
        return;
    }
  };

  const onInput = (e: Event): void => {
    const target = e.target as HTMLTextAreaElement;
    // Kept in the store as typed (no re-render), so the list survives a visit to a debrief.
    if (target.dataset.field === 'codes') store.getState().setRoom({ codes: target.value });
  };

  const addFiles = async (list: readonly File[]): Promise<void> => {
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

function buildPrompts(parent: HTMLElement, i18n: I18n, preset: RoomSettings['preset']): void {
  const sec = el('section', 'vt-fac-sec vt-fac-prompts', parent);
  el('h2', 'vt-fac-h2', sec, i18n.t('workshop:facilitator.promptsHeading'));
  el('p', 'vt-fac-intro', sec, i18n.t('workshop:facilitator.promptsIntro'));
  const ol = el('ol', 'vt-fac-promptlist', sec);
  for (const p of workshopPrompts(preset)) {
    const li = el('li', undefined, ol);
    el('p', undefined, li, tk(i18n, 'workshop', `prompts.${preset}.${p.id}`));
    const tags = el('ul', 'vt-fac-tags', li);
    for (const d of p.dynamics) {
      el(
        'li',
        undefined,
        tags,
        `${d} ${tk(i18n, 'debrief', `dynamics.${d}.title`, {}, '')}`.trim(),
      );
    }
  }
}
