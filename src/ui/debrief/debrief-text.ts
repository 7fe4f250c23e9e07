/** Pure helpers of the debrief's text: which key holds a text, evidence in the language, order. */

import type { I18n } from '../../i18n';
import type { DynamicFinding } from '../../sim/index.ts';
import { tk } from '../sources/text.ts';

/** The first of `keys` that has text in `ns`, or null. */
export function pickKey(i18n: I18n, ns: string, keys: readonly string[]): string | null {
  return keys.find((k) => i18n.exists(`${ns}:${k}`)) ?? null;
}

/**
 * Evidence for interpolation. The detectors round for display already and the texts format
 * with i18next's `number` formatter (Intl in the current language), so the numbers go in as
 * numbers; `count` drives the plural forms.
 */
export function evidenceValues(evidence: Record<string, number>): Record<string, number> {
  return { ...evidence };
}

/**
 * A finding's interpolation values, with the text's variant where one finding can rest on
 * different measures: D14 leads with lead time when that rose, with features when only they fell.
 */
export function findingTextValues(f: DynamicFinding): Record<string, number | string> {
  const values: Record<string, number | string> = evidenceValues(f.evidence);
  if (f.id === 'D14') values.context = f.evidence.leadSlower === 1 ? 'lead' : 'features';
  return values;
}

/** Strongest first; among equals, the earlier week, then the id's number. */
export function findingOrder(findings: readonly DynamicFinding[]): DynamicFinding[] {
  const num = (id: string) => Number(id.slice(1));
  return [...findings].sort(
    (a, b) => b.strength - a.strength || a.week - b.week || num(a.id) - num(b.id),
  );
}

/** The run's strongest finding, by the debrief's own order (`findingOrder`); null when none. */
export function strongestFinding(findings: readonly DynamicFinding[]): DynamicFinding | null {
  return findingOrder(findings)[0] ?? null;
}

/** The run's strongest finding in one sentence (the frame's debrief), or the line for a clean run. */
export function strongestLine(i18n: I18n, findings: readonly DynamicFinding[]): string {
  const f = strongestFinding(findings);
  if (!f) return i18n.t('debrief:frame.none');
  return tk(i18n, 'debrief', `dynamics.${f.id}.line`, findingTextValues(f));
}
