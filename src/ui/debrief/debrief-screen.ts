/**
 * The debrief at the end of a run: the score and what makes it up, charts of the run beside
 * the same seed under the sound policy, the dynamics the run showed and why, the what-if
 * figures side by side, the board's view against reality, and questions to take away. When the
 * board replaced the player for overspending, that comes first, with the reason.
 */

import type { I18n } from '../../i18n';
import type { DynamicFinding, WeekMetrics } from '../../sim/index.ts';
import type { ClosingReview, Debrief, EarlyEnd } from '../../state/debrief.ts';
import { debriefOf, isCitedSource, sourcesOfFinding } from '../../state/debrief.ts';
import { scenarioById } from '../../state/selectors.ts';
import { lineChart } from '../charts/line-chart.ts';
import { checkSectionSlot } from '../check/check-lazy.ts';
import { mountCheckDialog } from '../check/check-mount.ts';
import { formatCompact, formatNumber, formatShare } from '../sources/format.ts';
import { tk } from '../sources/text.ts';
import type { Screen } from '../view-context.ts';
import { findingOrder, findingTextValues, pickKey } from './debrief-text.ts';
import { followRun } from './follow-run.ts';
import { mountLuck } from './luck-section.ts';
import { buildOverrun } from './overrun-section.ts';
import { playAgain } from './play-again.ts';
import { buildReading } from './reading-section.ts';
import { fillWhatIfTable, whatIfRows } from './whatif-rows.ts';
import '../palette.css';
import '../title/theme.css';
import './debrief.css';
import { el, headedSection, screenSection } from '../dom.ts';
import { fillBoardTable, weighingText } from '../run/board-table.ts';
import { lang } from '../run/text.ts';
import { buildReviewList } from '../sandbox/review-list.ts';
import { button } from '../screen-dom.ts';
import { sourceButton } from '../source-link.ts';
import { buildCodePanel, buildReplayBar } from '../workshop/code-panel.ts';

const CHARTS: ReadonlyArray<{
  id: 'reviewQueue' | 'features' | 'incidents' | 'morale' | 'ownership';
  metric: keyof WeekMetrics;
  share: boolean;
}> = [
  { id: 'reviewQueue', metric: 'reviewQueueLines', share: false },
  { id: 'features', metric: 'featuresShipped', share: false },
  { id: 'incidents', metric: 'incidents', share: false },
  { id: 'morale', metric: 'morale', share: true },
  { id: 'ownership', metric: 'ownership', share: true },
];

export const renderDebrief: Screen = (root, ctx) => {
  const { store, i18n } = ctx;
  const { screen, id } = screenSection('debrief');
  root.append(screen);

  const onClick = (e: MouseEvent): void => {
    const btn = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-act]');
    if (!btn) return;
    const s = store.getState();
    switch (btn.dataset.act) {
      case 'again':
        playAgain(store);
        return;
      case 'title':
        s.toTitle();
        return;
      case 'sources':
        s.showSources();
        return;
      case 'source':
        if (isCitedSource(btn.dataset.source)) s.showSources(btn.dataset.source);
        return;
    }
  };
  screen.addEventListener('click', onClick);

  // The learning check's second sitting opens over the debrief from a box that stays through a
  // redraw, inside the screen so it takes the screen's palette.
  const checkBox = el('div', 'vt-interrupts');
  const render = (): void => {
    const { run, sim } = store.getState();
    screen.replaceChildren(checkBox);
    screen.lang = i18n.resolvedLanguage ?? i18n.language;
    if (!run || !sim) return;
    const d = debriefOf(run, sim);
    const scenario = scenarioById(run.scenarioId);
    buildHeader(screen, i18n, id, {
      scenario: scenario
        ? tk(i18n, 'content', scenario.nameKey, {}, run.scenarioId)
        : run.scenarioId,
      weeks: run.weeks,
      seed: run.seed,
    });
    buildReplayBar(screen, i18n, store);
    const body = el('div', 'vt-debrief-body', screen);
    if (d.earlyEnd) buildEarlyEnd(body, i18n, d.earlyEnd, sim.history.length);
    if (d.closing) buildClosing(body, i18n, d.closing);
    if (run.mode === 'sandbox') buildReviewList(body, i18n, sim.events);
    buildReading(body, i18n, store);
    buildScore(body, i18n, d);
    buildOverrun(body, i18n, run, sim);
    buildWhatIf(body, i18n, d);
    checkSectionSlot(body, i18n, store, run, sim);
    mountLuck(body, i18n, run, d.score.total);
    buildCodePanel(body, i18n, run);
    buildCharts(body, i18n, sim.history, d.whatIf.weeks);
    buildFindings(body, i18n, d.findings);
    buildBoard(body, i18n, d);
    buildPrompts(body, i18n);
  };

  const stopFollowing = followRun(screen, ctx, render);
  // The learning check's second sitting, asked for from its section, over the debrief.
  const unmountCheck = mountCheckDialog(checkBox, ctx, screen);

  return () => {
    unmountCheck();
    stopFollowing();
    screen.removeEventListener('click', onClick);
    screen.remove();
  };
};

/** A run that ended between the board's reviews: how a review would judge its last weeks. */
function buildClosing(parent: HTMLElement, i18n: I18n, c: ClosingReview): void {
  const sec = section(
    parent,
    'vt-debrief-closing',
    i18n.t('screens:debrief.closingHeading', { count: c.weeks }),
    i18n.t('screens:debrief.closingIntro'),
  );
  const verdict = el('p', 'vt-verdict', sec, i18n.t(`run:board.verdict.${c.verdict}`));
  verdict.dataset.verdict = c.verdict;
  const table = el('table', 'vt-board-table', sec);
  fillBoardTable(i18n, el('thead', undefined, table), el('tbody', undefined, table), c.results);
  el('p', 'vt-board-weighing', sec, weighingText(i18n, c.results));
}

/** The board replaced the player: when, why (spend against budget), and the steps that led there. */
function buildEarlyEnd(parent: HTMLElement, i18n: I18n, e: EarlyEnd, played: number): void {
  const l = lang(i18n);
  const ratio = (r: number) => formatShare(l, r, 0);
  const sec = section(parent, 'vt-debrief-ended', i18n.t('screens:debrief.endedHeading'));
  el(
    'p',
    'vt-debrief-ended-text',
    sec,
    i18n.t('screens:debrief.ended', {
      week: formatNumber(l, e.week, 0),
      weeks: formatNumber(l, e.plannedWeeks, 0),
      ratio: ratio(e.ratio),
    }),
  );
  const steps = el('ol', 'vt-debrief-ended-steps', sec);
  steps.setAttribute('aria-label', i18n.t('screens:debrief.endedStepsLabel'));
  for (const step of e.steps) {
    el(
      'li',
      undefined,
      steps,
      tk(i18n, 'screens', `debrief.endedStep.${step.kind}`, {
        week: formatNumber(l, step.week, 0),
        ratio: ratio(step.ratio),
      }),
    );
  }
  el(
    'p',
    'vt-debrief-ended-compare',
    sec,
    i18n.t('screens:debrief.endedCompare', {
      played: formatNumber(l, played, 0),
      weeks: formatNumber(l, e.plannedWeeks, 0),
    }),
  );
}

/** The run's own figure behind a score component, in words. */
function measureText(i18n: I18n, component: string, d: Debrief): string {
  const l = lang(i18n);
  const m = d.measures;
  const values: Record<string, Record<string, string>> = {
    features: {
      value: i18n.t('screens:debrief.times', { value: formatNumber(l, m.featuresVsReference, 1) }),
    },
    stability: {
      incidents: formatNumber(l, m.incidentsPerWeek, 1),
      cfr: formatShare(l, m.changeFailureRate, 0),
    },
    recovery: { hours: formatNumber(l, m.meanTimeToRestoreHours, 1) },
    people: {
      departures: formatShare(l, m.annualDepartures, 0),
      morale: formatShare(l, m.meanMorale, 0),
    },
    cost: { spend: formatShare(l, m.spendVsBudget, 0) },
    customers: { customers: formatCompact(l, m.customersPerWeek) },
  };
  const v = values[component];
  return v ? tk(i18n, 'screens', `debrief.measure.${component}`, v) : '';
}

/** A plain bar for a 0..1 value whose number is printed beside it (so hidden from readers). */
function bar(parent: HTMLElement, share: number, tone: string): void {
  const track = el('span', `vt-bar ${tone}`, parent);
  track.setAttribute('aria-hidden', 'true');
  const fill = el('span', 'vt-bar-fill', track);
  fill.style.width = `${Math.round(Math.max(0, Math.min(1, share)) * 100)}%`;
}

function buildHeader(
  parent: HTMLElement,
  i18n: I18n,
  id: string,
  v: { scenario: string; weeks: number; seed: number },
): void {
  const bar = el('header', 'vt-debrief-bar', parent);
  const titles = el('div', 'vt-debrief-titles', bar);
  const h1 = el('h1', 'vt-debrief-h1', titles, i18n.t('screens:debrief.heading'));
  h1.id = `${id}-h`;
  h1.tabIndex = -1;
  el('p', 'vt-debrief-sub', titles, i18n.t('screens:debrief.subtitle', v));
  const nav = el('nav', 'vt-debrief-actions', bar);
  const again = button(nav, 'vt-btn vt-btn-primary', undefined, 'again');
  el('span', 'vt-btn-name', again, i18n.t('screens:debrief.playAgain'));
  el('span', 'vt-btn-detail vt-btn-detail-dark', again, i18n.t('screens:debrief.playAgainDetail'));
  button(nav, 'vt-btn', i18n.t('screens:debrief.sources'), 'sources');
  button(nav, 'vt-btn', i18n.t('screens:common.backToTitle'), 'title');
}

const section = (parent: HTMLElement, cls: string, heading: string, intro?: string) =>
  headedSection(parent, 'vt-debrief', cls, heading, intro);

function buildScore(parent: HTMLElement, i18n: I18n, d: Debrief): void {
  const l = lang(i18n);
  const sec = section(parent, 'vt-debrief-score', i18n.t('screens:debrief.scoreHeading'));
  const hero = el('div', 'vt-score-hero', sec);
  el('strong', 'vt-score-total', hero, formatNumber(l, Math.round(d.score.total), 0));
  el('span', 'vt-score-outof', hero, i18n.t('screens:debrief.scoreOutOf'));
  el(
    'p',
    'vt-score-compare',
    hero,
    i18n.t('screens:debrief.scoreCompare', {
      score: formatNumber(l, Math.round(d.whatIf.score.total), 0),
    }),
  );
  const list = el('ul', 'vt-score-parts', sec);
  list.setAttribute('aria-label', i18n.t('screens:debrief.componentsLabel'));
  for (const [name, value] of Object.entries(d.score.components)) {
    const li = el('li', 'vt-score-part', list);
    const head = el('div', 'vt-score-part-head', li);
    const label = pickKey(i18n, 'debrief', [`score.components.${name}.name`]);
    el('span', 'vt-score-part-name', head, label ? tk(i18n, 'debrief', label) : name);
    el('span', 'vt-score-part-value', head, formatNumber(l, Math.round(value), 0));
    const measure = measureText(i18n, name, d);
    if (measure) el('p', 'vt-score-part-measure', li, measure);
    bar(li, value / 100, value < 40 ? 'is-low' : value < 70 ? 'is-mid' : 'is-high');
    const explain = pickKey(i18n, 'debrief', [
      `score.components.${name}.description`,
      `score.components.${name}.text`,
    ]);
    if (explain) el('p', 'vt-score-part-text', li, tk(i18n, 'debrief', explain));
  }
}

function buildCharts(
  parent: HTMLElement,
  i18n: I18n,
  you: readonly WeekMetrics[],
  sound: readonly WeekMetrics[],
): void {
  const l = lang(i18n);
  const sec = section(
    parent,
    'vt-debrief-charts',
    i18n.t('screens:debrief.chartsHeading'),
    i18n.t('screens:debrief.chartsIntro'),
  );
  const grid = el('div', 'vt-debrief-chartgrid', sec);
  for (const c of CHARTS) {
    const a = you.map((w) => Number(w[c.metric]));
    const b = sound.map((w) => Number(w[c.metric]));
    const f = (v: number) => (c.share ? formatShare(l, v, 0) : formatCompact(l, v));
    const title = i18n.t(`screens:debrief.chart.${c.id}`);
    grid.append(
      lineChart({
        title,
        series: [
          { values: b, tone: 'alt', label: i18n.t('screens:debrief.sound') },
          { values: a, tone: 'main', label: i18n.t('screens:debrief.you') },
        ],
        formatY: f,
        wholeY: !c.share,
        xStart: i18n.t('screens:debrief.weekAxis', { week: 1 }),
        xEnd: i18n.t('screens:debrief.weekAxis', { week: Math.max(a.length, b.length) }),
        summary: i18n.t('screens:debrief.chartSummary', {
          title,
          youStart: f(a[0] ?? 0),
          youEnd: f(a.at(-1) ?? 0),
          soundStart: f(b[0] ?? 0),
          soundEnd: f(b.at(-1) ?? 0),
        }),
      }),
    );
  }
}

function buildFindings(parent: HTMLElement, i18n: I18n, findings: readonly DynamicFinding[]): void {
  const l = lang(i18n);
  const sec = section(
    parent,
    'vt-debrief-findings',
    i18n.t('screens:debrief.findingsHeading'),
    i18n.t('screens:debrief.findingsIntro'),
  );
  if (findings.length === 0) {
    el('p', 'vt-debrief-none', sec, i18n.t('screens:debrief.findingsNone'));
    return;
  }
  const list = el('ol', 'vt-findings', sec);
  for (const f of findingOrder(findings)) {
    const li = el('li', 'vt-finding', list);
    li.dataset.finding = f.id;
    const head = el('div', 'vt-finding-head', li);
    el('h3', 'vt-finding-title', head, tk(i18n, 'debrief', `dynamics.${f.id}.title`, {}, f.id));
    el('span', 'vt-finding-week', head, i18n.t('screens:debrief.fromWeek', { week: f.week }));
    const text = tk(i18n, 'debrief', `dynamics.${f.id}.explanation`, findingTextValues(f));
    if (text) el('p', 'vt-finding-text', li, text);
    const strength = el('p', 'vt-finding-strength', li);
    el('span', undefined, strength, i18n.t('screens:debrief.strength'));
    bar(strength, f.strength, 'is-finding');
    el(
      'span',
      'vt-finding-strength-value',
      strength,
      i18n.t('screens:debrief.strengthValue', { value: formatShare(l, f.strength, 0) }),
    );
    buildFindingSources(li, i18n, f);
  }
}

/** The facts and studies behind a finding, by name, each opening the sources screen at it. */
function buildFindingSources(parent: HTMLElement, i18n: I18n, f: DynamicFinding): void {
  const line = el('p', 'vt-finding-sources', parent);
  el('span', undefined, line, i18n.t('screens:debrief.basedOn'));
  for (const sid of sourcesOfFinding(f.id)) sourceButton(line, i18n, sid, 'vt-finding-source');
}

function buildWhatIf(parent: HTMLElement, i18n: I18n, d: Debrief): void {
  const sec = section(
    parent,
    'vt-debrief-whatif',
    i18n.t('debrief:whatIf.heading'),
    i18n.t('debrief:whatIf.policy'),
  );
  fillWhatIfTable(el('table', 'vt-whatif', sec), i18n, whatIfRows(i18n, d));
}

/** Intl options for large counts quoted by the debrief texts' `number` format: 85B, 3.1M. */
const COMPACT = { notation: 'compact', maximumFractionDigits: 1 } as const;

function buildBoard(parent: HTMLElement, i18n: I18n, d: Debrief): void {
  const l = lang(i18n);
  const v = d.vanityVsValue;
  const r = v.reality;
  const one = (x: number) => formatNumber(l, x, 1);
  const pct = (x: number) => Math.round(x * 100);
  const sec = section(parent, 'vt-debrief-board', i18n.t('screens:debrief.boardHeading'));
  const cols = el('div', 'vt-board-cols', sec);
  const column = (cls: string, heading: string, lines: string[]): void => {
    const col = el('div', `vt-board-col ${cls}`, cols);
    el('h3', undefined, col, heading);
    const ul = el('ul', undefined, col);
    for (const line of lines) el('li', undefined, ul, line);
  };
  column('is-board', i18n.t('debrief:vanity.board'), [
    i18n.t('debrief:vanity.linesX', { value: one(v.board.linesX) }),
    i18n.t('debrief:vanity.tokens', { value: v.board.tokens, formatParams: { value: COMPACT } }),
    i18n.t('debrief:vanity.measuredAdoption', { value: pct(v.board.measuredAdoption) }),
  ]);
  column('is-reality', i18n.t('debrief:vanity.reality'), [
    i18n.t('debrief:vanity.featuresX', { value: one(r.featuresX) }),
    i18n.t('debrief:vanity.leadTime', {
      start: one(r.leadTimeStartDays),
      end: one(r.leadTimeEndDays),
    }),
    i18n.t('debrief:vanity.changeFailureRate', {
      start: pct(r.changeFailureRateStart),
      end: pct(r.changeFailureRateEnd),
    }),
    i18n.t('debrief:vanity.customersAffected', {
      value: r.customersAffected,
      formatParams: { value: COMPACT },
    }),
  ]);
  el('p', 'vt-board-note', sec, i18n.t('debrief:vanity.note', { count: v.afterWeeks }));
  const verdict = {
    even: () => i18n.t('screens:debrief.divergenceEven'),
    up: () =>
      i18n.t('screens:debrief.divergenceUp', {
        value: i18n.t('screens:debrief.times', { value: one(v.divergence) }),
      }),
    down: () => i18n.t('screens:debrief.divergenceDown'),
  }[v.verdict];
  el('p', 'vt-board-divergence', sec, verdict());
}

function buildPrompts(parent: HTMLElement, i18n: I18n): void {
  const sec = section(parent, 'vt-debrief-prompts', i18n.t('screens:debrief.promptsHeading'));
  const ol = el('ol', 'vt-prompts', sec);
  el('li', undefined, ol, i18n.t('screens:debrief.prompt1'));
  el('li', undefined, ol, i18n.t('screens:debrief.prompt2'));
  el('li', undefined, ol, i18n.t('screens:debrief.prompt3'));
}
