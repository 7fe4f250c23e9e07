// Text keys kept as data are typed against English: `tr` takes only keys English has, and the
// cards' and hints' keys are checked where they are written (src/i18n/content-keys.ts). The
// `@ts-expect-error` lines are the test: `npm run typecheck` fails if a wrong key compiles.
import { describe, expect, it } from 'vitest';
import type { CardTextKey, HintTextKey } from '../../src/i18n/content-keys.ts';
import { createI18n } from '../../src/i18n/index.ts';
import { type TextKey, tr } from '../../src/i18n/tr.ts';

describe('typed text keys', () => {
  it('tr translates a key as i18n.t does, values filled in', () => {
    const i18n = createI18n('en');
    expect(tr(i18n, 'screens:hints.mandate')).toBe(i18n.t('screens:hints.mandate'));
    expect(tr(i18n, 'screens:common.week', { week: 3 })).toBe('Week 3');
  });

  it('reject a key English lacks', () => {
    const i18n = createI18n('en');
    // @ts-expect-error: a typo in a key fails the typecheck.
    expect(tr(i18n, 'screens:hints.mandat')).toBe('hints.mandat');
    // @ts-expect-error: so does a key in the wrong namespace.
    const wrong: TextKey = 'run:hints.mandate';
    expect(wrong).toBeTypeOf('string');
  });

  it("name the cards' and hints' keys, and only theirs", () => {
    const card: CardTextKey[] = [
      'content:cards.breach.title',
      'content:cards.breach.body',
      'content:cards.breach.choices.patch.label',
      'content:cards.breach.choices.patch.outcome',
    ];
    const hint: HintTextKey = 'screens:hints.mandate';
    // @ts-expect-error: a key English has, but no card's.
    const notCard: CardTextKey = 'content:scenarios.mandate.name';
    // @ts-expect-error: a choice of another card.
    const otherChoice: CardTextKey = 'content:cards.breach.choices.deep-dive.label';
    // @ts-expect-error: a screens key, but no hint's.
    const notHint: HintTextKey = 'screens:hints.label';
    expect([...card, hint, notCard, otherChoice, notHint]).toHaveLength(8);
  });
});
