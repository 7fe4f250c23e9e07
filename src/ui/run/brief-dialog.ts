/**
 * The run's brief, before week 1 of a run opened from a link (a room link or its QR code, an
 * embed naming a scenario, "start your own run" under a replayed debrief), whose player never saw
 * the title screen: the scenario's name and premise, the board's targets for the first quarter
 * (the model's, through `state/board.ts`), hints offered on a first run, and one "Start" button,
 * focused. Escape starts too. In an embed it keeps to the name, the premise and the button, so
 * it fits a small frame, and the run starts without hints.
 */
import { currentQuarter } from '../../state/board.ts';
import { briefHintsDefault, briefOffersHints } from '../../state/brief.ts';
import type { Interrupt } from '../../state/interrupt.ts';
import { scenarioById } from '../../state/selectors.ts';
import type { GameState } from '../../state/store.ts';
import { el, setText, uid } from '../dom.ts';
import { tk } from '../sources/text.ts';
import type { ViewContext } from '../view-context.ts';
import { targetGoal } from './board-table.ts';
import { createModal } from './dialog.ts';
import type { InterruptDialog } from './interrupts.ts';
import { formats } from './text.ts';
import './brief-dialog.css';

export function createBriefDialog(parent: HTMLElement, ctx: ViewContext): InterruptDialog<'brief'> {
  const { store, i18n } = ctx;
  const f = formats(i18n);
  const compact = ctx.embed;
  // An embed's frame has no room for a hint's row beside the run: its short card offers none.
  const start = () => store.getState().beginRun(!compact && hints.checked);
  // In an embed the card is the frame's cover, shown before the reader acts (a modal would wait
  // for them, and take the host page's focus): in the page, over the run screen.
  const modal = createModal(parent, 'vt-brief', {
    dismissible: () => true,
    onDismiss: start,
    modeless: compact,
  });
  modal.dialog.classList.toggle('vt-brief-compact', compact);
  const eyebrow = el('p', 'vt-brief-eyebrow');
  modal.dialog.insertBefore(eyebrow, modal.heading);
  const meta = el('p', 'vt-brief-meta', modal.body);
  const premise = el('p', 'vt-brief-premise', modal.body);
  const targets = el('section', 'vt-brief-targets', modal.body);
  const targetsH = el('h3', 'vt-h3', targets);
  targetsH.id = uid('brief-targets');
  targets.setAttribute('aria-labelledby', targetsH.id);
  const list = el('ul', 'vt-brief-list', targets);
  const hintsLabel = el('label', 'vt-brief-hints', modal.body);
  const hints = el('input');
  hints.type = 'checkbox';
  const hintsText = el('span');
  hintsLabel.append(hints, hintsText);
  const ok = el('button', 'vt-btn vt-btn-primary vt-brief-start', modal.body);
  ok.type = 'button';
  ok.addEventListener('click', start);
  premise.id = uid('brief-p');
  modal.dialog.setAttribute('aria-describedby', premise.id);

  const draw = (s: GameState): void => {
    const run = s.run;
    const scenario = run ? scenarioById(run.scenarioId) : undefined;
    setText(eyebrow, i18n.t('run:premise.brief.eyebrow'));
    setText(modal.heading, scenario ? tk(i18n, 'content', scenario.nameKey, {}, scenario.id) : '');
    setText(meta, i18n.t('run:premise.brief.length', { weeks: f.int(run?.weeks ?? 0) }));
    setText(premise, scenario ? tk(i18n, 'content', scenario.briefKey) : '');
    const quarter = compact ? null : currentQuarter(run, s.sim);
    targets.hidden = quarter === null;
    list.replaceChildren();
    if (quarter) {
      setText(targetsH, i18n.t('run:premise.brief.targets', { last: f.int(quarter.span.last) }));
      for (const t of quarter.targets) {
        const li = el('li', undefined, list);
        el('span', 'vt-brief-target', li, i18n.t(`run:board.targets.${t.target}`));
        el('span', 'vt-brief-goal', li, targetGoal(i18n, f, t.target, t.goal));
      }
    }
    hintsLabel.hidden = compact || !run || !briefOffersHints(run.mode);
    setText(hintsText, i18n.t('run:premise.brief.hints'));
    setText(ok, i18n.t('run:premise.brief.start'));
  };

  return {
    show(interrupt: Extract<Interrupt, { kind: 'brief' }> | null, s) {
      if (!interrupt) {
        if (modal.isOpen()) modal.close();
        return;
      }
      // Offered once as the card opens; the player's tick stays through a change of language.
      if (!modal.isOpen()) hints.checked = briefHintsDefault(s.ui);
      draw(s);
      if (!modal.isOpen()) modal.open(ok);
    },
    destroy: () => modal.destroy(),
  };
}
