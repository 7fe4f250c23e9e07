/** The evidence reading's name in the player's language: cautious, central or optimistic. */
import type { I18n } from '../i18n';
import type { EvidenceReading } from '../sim/index.ts';

export function readingName(i18n: I18n, reading: EvidenceReading): string {
  return i18n.t(`screens:reading.name.${reading}`);
}
