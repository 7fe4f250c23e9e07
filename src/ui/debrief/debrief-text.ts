/** Pure helpers of the debrief's text: which key holds a text, evidence in the language, order. */
import type { I18n } from '../../i18n';
import type { DynamicFinding } from '../../sim/index.ts';

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

/** Strongest first; among equals, the earlier week, then the id's number. */
export function findingOrder(findings: readonly DynamicFinding[]): DynamicFinding[] {
  const num = (id: string) => Number(id.slice(1));
  return [...findings].sort(
    (a, b) => b.strength - a.strength || a.week - b.week || num(a.id) - num(b.id),
  );
}
