/** A refused results code, in the player's language: which part is wrong and what to do. */
import type { I18n } from '../../i18n';
import type { RoomProblem } from '../../state/workshop.ts';

export function problemText(i18n: I18n, p: RoomProblem): string {
  switch (p.kind) {
    case 'empty':
      return i18n.t('workshop:problem.empty');
    case 'tooLong':
      return i18n.t('workshop:problem.tooLong', { max: p.max });
    case 'characters':
      return i18n.t('workshop:problem.characters', { at: p.at, char: p.char });
    case 'truncated':
      return i18n.t('workshop:problem.truncated');
    case 'checksum':
      return i18n.t('workshop:problem.checksum');
    case 'newerVersion':
      return i18n.t('workshop:problem.newerVersion', { version: p.version });
    case 'unknownVersion':
      return i18n.t('workshop:problem.unknownVersion', { version: p.version });
    case 'content':
      return i18n.t('workshop:problem.content', {
        field: i18n.t(`workshop:problem.field.${p.field}`),
      });
    case 'checkOnly':
      return i18n.t('workshop:problem.checkOnly');
    case 'length':
      return i18n.t('workshop:problem.length', { weeks: p.weeks });
    case 'duplicate':
      return i18n.t('workshop:problem.duplicate', { line: p.line });
  }
}
