/**
 * The facilitator view's room: the codes refused, a note when the runs were played on different
 * models or readings, the count, the room's views (`room-views.ts`), its exports and the debrief
 * prompts.
 */
import type { I18n } from '../../i18n';
import { type CsvNames, checkCsv, roomCsv } from '../../state/room-csv.ts';
import { scenarioById } from '../../state/selectors.ts';
import type { RoomSettings } from '../../state/store.ts';
import type { Room } from '../../state/workshop.ts';
import { roomJson, roomMix, workshopPrompts } from '../../state/workshop.ts';
import { el } from '../dom.ts';
import { readingName } from '../reading-name.ts';
import { button } from '../screen-dom.ts';
import { tk } from '../sources/text.ts';
import { problemText } from './code-text.ts';
import { downloadText } from './download.ts';
import { laterLink } from './facilitator-link.ts';
import { qrSvg } from './qr.ts';
import { buildRanking, buildRoomCharts, buildSpread, buildTried } from './room-views.ts';

/**
 * The room under the codes, which is also the printed handout: the replayed runs when the codes
 * were shown (`room`), and the debrief prompts for the room's preset.
 */
export function buildRoomResults(
  page: HTMLElement,
  i18n: I18n,
  room: Room | null,
  settings: RoomSettings,
): void {
  const results = el('div', 'vt-fac-results', page);
  el(
    'h1',
    'vt-fac-handout-h vt-print-only',
    results,
    i18n.t('workshop:facilitator.handoutHeading'),
  );
  if (room) buildResults(results, i18n, room, settings);
  buildPrompts(results, i18n, settings.preset);
  if (settings.check) buildLaterLink(results, i18n);
}

/**
 * The check taken alone, weeks later: its link and QR code, on screen and on the printed
 * handout, for the facilitator to send on or hand out; its codes, pasted above, give retention.
 */
function buildLaterLink(results: HTMLElement, i18n: I18n): void {
  const sec = el('section', 'vt-fac-sec vt-fac-later', results);
  el('h2', 'vt-fac-h2', sec, i18n.t('workshop:facilitator.laterHeading'));
  el('p', 'vt-fac-intro', sec, i18n.t('workshop:facilitator.laterIntro'));
  const row = el('div', 'vt-fac-linkrow', sec);
  const link = laterLink(i18n.resolvedLanguage ?? i18n.language);
  el('div', 'vt-fac-qr', row).append(qrSvg(link, i18n.t('workshop:facilitator.laterQrLabel')));
  const a = el('a', 'vt-fac-laterlink', el('div', 'vt-fac-linktext', row), link);
  a.href = link;
}

/** The replayed runs; their export buttons are the screen's `csv`, `json` and `print` acts. */
function buildResults(results: HTMLElement, i18n: I18n, room: Room, settings: RoomSettings): void {
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
    // Later codes alone still say what the room kept.
    buildCheckSlot(results, i18n, room);
    return;
  }
  const mix = roomMix(room.runs);
  if (mix.mixed) {
    const note = el('div', 'vt-fac-sec vt-fac-mixed', results);
    note.setAttribute('role', 'note');
    const l = i18n.resolvedLanguage ?? i18n.language;
    const list = (items: string[]) => new Intl.ListFormat(l, { type: 'conjunction' }).format(items);
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
  buildCheckSlot(results, i18n, room);
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
}

/** Whether any code of the room concerns the learning check: one carried, damaged, or later. */
const concernsCheck = (room: Room): boolean =>
  room.later.length > 0 || room.runs.some((r) => r.check || r.checkProblem);

/**
 * The learning check's section, in its place among the results: its statistics and view load on
 * demand, so a player's first download carries none of them. A room without a check loads nothing.
 */
function buildCheckSlot(results: HTMLElement, i18n: I18n, room: Room): void {
  if (!concernsCheck(room)) return;
  const slot = el('div', 'vt-fac-check-slot', results);
  void import('./room-check-view.ts')
    .then((m) => m.buildRoomCheck(slot, i18n, room))
    .catch(() => slot.remove());
}

/** The check's anonymous answers, one row an item of a sitting; none when no code concerns it. */
async function checkRowsOf(room: Room) {
  if (!concernsCheck(room)) return [];
  const { checkRows } = await import('../../state/room-check.ts');
  return checkRows(room.runs, room.later);
}

/**
 * Downloads the room as a spreadsheet or as JSON, or the learning check's anonymous answers as a
 * spreadsheet of their own; returns the file's name.
 */
export async function downloadRoom(
  kind: 'csv' | 'json' | 'check-csv',
  room: Room,
  i18n: I18n,
  settings: Pick<RoomSettings, 'scenarioId' | 'seed' | 'weeks'>,
): Promise<string> {
  const stem = `velocity-trap-room-${settings.scenarioId}-${settings.seed}-${settings.weeks}w`;
  if (kind === 'csv') {
    const name = `${stem}.csv`;
    downloadText(name, 'text/csv', roomCsv(room.runs, csvNames(i18n)));
    return name;
  }
  const check = await checkRowsOf(room);
  if (kind === 'check-csv') {
    const name = `${stem}-check.csv`;
    downloadText(name, 'text/csv', checkCsv(check));
    return name;
  }
  const name = `${stem}.json`;
  downloadText(name, 'application/json', roomJson(room.runs, { later: room.later, check }));
  return name;
}

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

/** The names the room's spreadsheet shows beside the ids, in the facilitator's language. */
function csvNames(i18n: I18n): CsvNames {
  return {
    scenario: (id) => {
      const sc = scenarioById(id);
      return sc ? tk(i18n, 'content', sc.nameKey, {}, id) : id;
    },
    reading: (r) => readingName(i18n, r),
    answer: (card, choice) =>
      `${tk(i18n, 'content', `cards.${card}.title`, {}, card)}: ${tk(
        i18n,
        'content',
        `cards.${card}.choices.${choice}.label`,
        {},
        choice,
      )}`,
  };
}
