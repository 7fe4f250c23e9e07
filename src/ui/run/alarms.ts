/**
 * This week's alarms (outages and breaches), each of which opens "why did that happen?":
 * the event's causal chain, link by link, with the facts behind each link. The board's
 * notices about overspending (a warning, cuts it imposed) show here too, with the reason.
 */
import type { SimEvent } from '../../sim/index.ts';
import { alarmFigures, figuresOfWeek, linkFigure } from '../../state/figures.ts';
import { type BoardNotice, boardNotices, causeEvents } from '../../state/selectors.ts';
import type { GameState } from '../../state/store.ts';
import { el, setText, uid } from '../dom.ts';
import { sourceButton, sourceOf } from '../source-link.ts';
import type { ViewContext } from '../view-context.ts';
import { createModal } from './dialog.ts';
import { figureNumber, queueClause } from './figure-text.ts';
import type { InterruptDialog } from './interrupts.ts';
import { follow, type Part } from './part.ts';
import { type Formats, formats, has, tr } from './text.ts';
import './alarms.css';

type Alarm = Extract<SimEvent, { kind: 'incident' } | { kind: 'breach' }>;

/** A board notice in words: what the board did and why (spend to date against budget to date). */
export function boardNoticeText(i18n: ViewContext['i18n'], f: Formats, e: BoardNotice): string {
  const ratio = f.pct(e.ratio);
  switch (e.kind) {
    case 'budgetWarning':
      return i18n.t('run:spending.budgetWarning', { ratio });
    case 'boardCuts':
      return i18n.t('run:spending.boardCuts', { ratio });
    case 'replaced':
      return i18n.t('run:spending.replaced', { ratio });
  }
}

/** The board's notices of the week just played, in words. */
export function boardNoticeTexts(i18n: ViewContext['i18n'], f: Formats, s: GameState): string[] {
  return boardNotices(s).map((e) => boardNoticeText(i18n, f, e));
}

/** The same notices in a few words, for the week's one-line summary (the alarms say why). */
export function boardNoticeHeadlines(i18n: ViewContext['i18n'], s: GameState): string[] {
  return boardNotices(s).map((e) => i18n.t(`run:spending.short.${e.kind}`));
}

function alarmText(i18n: ViewContext['i18n'], f: Formats, e: Alarm): string {
  const { customers, hours } = alarmFigures(e);
  return hours
    ? i18n.t('run:alarms.incident', {
        customers: figureNumber(f, customers),
        hours: figureNumber(f, hours),
      })
    : i18n.t('run:alarms.breach', { customers: figureNumber(f, customers) });
}

/** The week's alarms and the board's notices, each alarm with its "why?" button. */
export function createAlarms(ctx: ViewContext): Part {
  const { store, i18n } = ctx;
  const f = formats(i18n);
  const root = el('section', 'vt-alarms');
  const h = el('h2', 'vt-h2 vt-alarms-h', root);
  h.id = uid('alarms-h');
  root.setAttribute('aria-labelledby', h.id);
  root.dataset.hint = 'incidents';
  const none = el('p', 'vt-alarms-none', root);
  const list = el('ul', 'vt-alarm-list', root);

  const draw = (s: GameState): void => {
    setText(h, i18n.t('run:alarms.heading'));
    setText(none, i18n.t('run:alarms.none'));
    const week = s.sim?.state.week ?? 0;
    const alarms = causeEvents(s).filter(
      (a): a is { index: number; event: Alarm } => a.event.week === week,
    );
    const notices = boardNotices(s);
    none.hidden = alarms.length + notices.length > 0;
    list.replaceChildren();
    for (const n of notices) {
      const li = el('li', `vt-alarm vt-alarm-board is-${n.kind}`, list);
      const icon = el('span', 'vt-alarm-icon', li);
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = '⚑';
      const text = el('span', 'vt-alarm-text', li);
      text.textContent = boardNoticeText(i18n, f, n);
    }
    for (const a of alarms) {
      const li = el('li', `vt-alarm vt-alarm-${a.event.kind}`, list);
      const icon = el('span', 'vt-alarm-icon', li);
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = a.event.kind === 'incident' ? '⚠' : '⛨';
      const text = el('span', 'vt-alarm-text', li);
      text.textContent = alarmText(i18n, f, a.event);
      text.id = uid('alarm');
      const why = el('button', 'vt-btn vt-why', li);
      why.type = 'button';
      why.textContent = i18n.t('run:alarms.why');
      why.setAttribute('aria-describedby', text.id);
      why.addEventListener('click', () => store.getState().openCause(a.index));
    }
  };
  // The alarms are the week's: they change with the week played, and only then.
  return follow(
    store,
    root,
    (s) => s.sim,
    (_sim, s) => draw(s),
  );
}

/** "Why did that happen?": an incident's or a breach's causal chain, link by link. */
export function createCauseDialog(
  ctx: ViewContext,
  dialogParent: HTMLElement,
): InterruptDialog<'cause'> {
  const { store, i18n } = ctx;
  const f = formats(i18n);
  const modal = createModal(dialogParent, 'vt-cause', {
    dismissible: () => true,
    onDismiss: () => store.getState().openCause(null),
  });
  const intro = el('p', undefined, modal.body);
  const chain = el('ol', 'vt-chain', modal.body);
  const close = el('button', 'vt-btn vt-btn-primary', modal.body);
  close.type = 'button';
  close.addEventListener('click', () => store.getState().openCause(null));
  chain.addEventListener('click', (e) => {
    const sid = sourceOf(e.target);
    if (sid) store.getState().showSources(sid);
  });

  const renderChain = (e: Alarm, s: GameState): void => {
    // The week's figures, so the chain says what the week bar and the dashboards said of it.
    const week = figuresOfWeek(s.sim?.history ?? [], e.week);
    setText(
      modal.heading,
      e.kind === 'incident'
        ? i18n.t('run:cause.incidentTitle', { week: f.int(e.week) })
        : i18n.t('run:cause.breachTitle', { week: f.int(e.week) }),
    );
    setText(intro, i18n.t('run:cause.intro'));
    chain.replaceChildren();
    for (const link of e.chain) {
      const li = el('li', 'vt-link', chain);
      const value = figureNumber(f, linkFigure(link, week));
      const key = `debrief:causes.${link.link}`;
      const label = el('strong', 'vt-link-label', li);
      if (has(i18n, `${key}.label`)) {
        label.textContent = tr(i18n, `${key}.label`, { value });
        if (has(i18n, `${key}.detail`)) {
          el('p', 'vt-link-detail', li).textContent = tr(i18n, `${key}.detail`, { value });
        }
      } else {
        label.textContent = i18n.t('run:cause.linkFallback', { link: link.link, value });
      }
      // An overload is only half a cause: where the code reviewers could not read went.
      if (link.link === 'overload' && week) {
        el('p', 'vt-link-detail vt-link-where', li).textContent = i18n.t('run:figures.where', {
          clause: queueClause(i18n, f, week),
        });
      }
      // The facts behind the link by name, each one click from the sources screen (and back).
      if (link.sources.length > 0) {
        const line = el('p', 'vt-link-sources', li, i18n.t('run:cause.sources'));
        for (const sid of link.sources) sourceButton(line, i18n, sid);
      }
    }
    setText(close, i18n.t('run:cause.close'));
  };

  return {
    show(interrupt, s) {
      const event = interrupt ? s.sim?.events[interrupt.eventIndex] : undefined;
      if (!event || (event.kind !== 'incident' && event.kind !== 'breach')) {
        if (modal.isOpen()) modal.close();
        return;
      }
      renderChain(event, s);
      if (!modal.isOpen()) modal.open();
    },
    destroy: () => modal.destroy(),
  };
}
