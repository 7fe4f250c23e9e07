import { describe, expect, it } from 'vitest';
import { resultsCodeOf } from '../../src/content/canonical-decisions.ts';
import { createLoadedI18n } from '../../src/i18n';
import { MODEL_VERSION } from '../../src/sim/index.ts';
import { debriefOf } from '../../src/state/debrief.ts';
import { replay } from '../../src/state/run-record.ts';
import { recordOfCode } from '../../src/state/workshop.ts';
import {
  fullDebriefHref,
  type Opener,
  openDetached,
} from '../../src/ui/debrief/full-debrief-link.ts';
import { WHAT_IF_ROWS, whatIfRows } from '../../src/ui/debrief/whatif-rows.ts';
import { formatMoney } from '../../src/ui/sources/format.ts';

describe("the frame debrief's link to the full debrief", () => {
  it('is the page with only the code and the language: no embed, no other setting', () => {
    expect(
      fullDebriefHref(
        'https://host.example/vt/?embed=1&scenario=mandate&weeks=12#x',
        'AgEB_x-Y',
        'de',
      ),
    ).toBe('https://host.example/vt/?code=AgEB_x-Y&lang=de');
  });

  it('opens a tab that keeps no handle on the frame, then sends it to the debrief', () => {
    const tab = { opener: {} as unknown, location: { href: 'about:blank' } };
    const calls: unknown[][] = [];
    const win: Opener = {
      open: (...args) => {
        calls.push(args);
        return tab as unknown as WindowProxy;
      },
    };
    expect(openDetached(win, 'https://host.example/vt/?code=A')).toBe(true);
    expect(calls).toEqual([['', '_blank']]);
    expect(tab.opener).toBeNull();
    expect(tab.location.href).toBe('https://host.example/vt/?code=A');
  });

  it('says so when the browser opens no tab (a sandbox without allow-popups)', () => {
    expect(openDetached({ open: () => null }, 'https://host.example/vt/?code=A')).toBe(false);
  });
});

describe('the what-if rows', () => {
  const code = resultsCodeOf({
    seed: 5,
    scenarioId: 'layoffs',
    weeks: 12,
    mode: 'scenario',
    evidence: 'central',
    modelVersion: MODEL_VERSION,
    decisions: Array.from({ length: 12 }, () => ({})),
  });
  const opened = recordOfCode(code);
  if (!opened.ok) throw new Error('the test code does not open');
  const d = debriefOf(opened.record, replay(opened.record));

  it('give the frame the rows it asks for, in its order, as the full debrief writes them', async () => {
    const i18n = await createLoadedI18n('en');
    const all = whatIfRows(i18n, d);
    expect(all.map((r) => r.key)).toEqual([...WHAT_IF_ROWS]);
    const some = whatIfRows(i18n, d, ['score', 'features', 'incidents']);
    expect(some).toEqual(all.filter((r) => ['score', 'features', 'incidents'].includes(r.key)));
    expect(some[0]).toMatchObject({
      you: String(Math.round(d.score.total)),
      sound: String(Math.round(d.whatIf.score.total)),
    });
  });

  it('mark the better side: more features, fewer incidents, level when equal', async () => {
    const i18n = await createLoadedI18n('en');
    const better = (youV: number, soundV: number, key: 'features' | 'incidents') =>
      whatIfRows(
        i18n,
        {
          ...d,
          summary: { ...d.summary, featuresShipped: youV, incidents: youV },
          whatIf: {
            ...d.whatIf,
            summary: { ...d.whatIf.summary, featuresShipped: soundV, incidents: soundV },
          },
        },
        [key],
      )[0]?.better;
    expect(better(5, 3, 'features')).toBe('you');
    expect(better(5, 3, 'incidents')).toBe('sound');
    expect(better(4, 4, 'incidents')).toBeNull();
  });

  it('write numbers in the language', async () => {
    const de = await createLoadedI18n('de');
    const [spent] = whatIfRows(de, d, ['spent']);
    expect(spent?.you).toBe(formatMoney('de', d.summary.budgetSpent, true));
    expect(spent?.you).not.toBe(formatMoney('en', d.summary.budgetSpent, true));
  });
});
