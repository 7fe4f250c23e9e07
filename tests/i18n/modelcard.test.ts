/**
 * The English words of the debrief and the model card: every parameter, unit, source,
 * dynamic, cause link and score component has its text, none is left over from
 * something that no longer exists, and every placeholder is a number the model gives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BASELINE_POLICY, MANDATE_ONLY_POLICY, SOUND_POLICY } from '../../src/content/policies.ts';
import { createLoadedI18n, type I18n } from '../../src/i18n/index.ts';
import debrief from '../../src/i18n/locales/en/debrief.json';
import modelcard from '../../src/i18n/locales/en/modelcard.json';
import type {
  CauseLinkId,
  DynamicFinding,
  ParamUnit,
  Policy,
  SourceId,
} from '../../src/sim/index.ts';
import {
  DYNAMIC_IDS,
  detectDynamics,
  PARAMS,
  policyToDecisions,
  SCORE_COMPONENTS,
} from '../../src/sim/index.ts';
import { findingTextValues } from '../../src/ui/debrief/debrief-text.ts';
import { tk } from '../../src/ui/sources/text.ts';
import { initial, last, scenario, stepMany } from '../sim/helpers.ts';

// Records over the model's union types: the compiler fails here when one gains or loses a member.
const UNITS: Record<ParamUnit, true> = {
  hours: true,
  share: true,
  factor: true,
  'lines/hour': true,
  'units/hour': true,
  units: true,
  lines: true,
  'lines/week': true,
  'per KLOC': true,
  'per week': true,
  weeks: true,
  days: true,
  dollars: true,
  'dollars/week': true,
  'tokens/week': true,
  'dollars/M tokens': true,
  people: true,
  'customers/hour': true,
  customers: true,
};
const SOURCES: Record<SourceId, true> = {
  F1: true,
  F2: true,
  F3: true,
  F4: true,
  F5: true,
  F6: true,
  F7: true,
  F8: true,
  F9: true,
  F10: true,
  F11: true,
  S1: true,
  S2: true,
  S3: true,
  S4: true,
  S5: true,
  S6: true,
  S7: true,
  S8: true,
  S9: true,
  S10: true,
  S11: true,
  S12: true,
  S13: true,
  A0: true,
  A1: true,
  reasoning: true,
};
const LINKS: Record<CauseLinkId, true> = {
  overload: true,
  skimmed: true,
  skipped: true,
  aiVolume: true,
  largeChanges: true,
  weakTests: true,
  lowOwnership: true,
  departures: true,
  crunch: true,
  noSecurityReview: true,
  aiVulns: true,
  slowRestore: true,
  ordinary: true,
};

const sorted = (xs: Iterable<string>) => [...xs].sort();
const placeholders = (s: string) =>
  new Set([...s.matchAll(/\{\{\s*([a-zA-Z0-9_]+)/g)].map((m) => m[1] ?? ''));

/** The text variants of a dynamic's explanation: plain, or i18next plural forms. */
function explanations(entry: Record<string, string>): string[] {
  return Object.entries(entry)
    .filter(([k]) => /^explanation(_[a-z]+)?$/.test(k))
    .map(([, v]) => v);
}

describe('model card text', () => {
  it('has one sentence for every parameter, and none for parameters that are gone', () => {
    expect(sorted(Object.keys(modelcard.params))).toEqual(sorted(Object.keys(PARAMS)));
    for (const [k, v] of Object.entries(modelcard.params)) expect(v.trim(), k).not.toBe('');
  });

  it('has a label for every unit, and none for units that are gone', () => {
    expect(sorted(Object.keys(modelcard.units))).toEqual(sorted(Object.keys(UNITS)));
    for (const u of Object.values(PARAMS)) expect(Object.keys(UNITS)).toContain(u.unit);
  });
});

describe('debrief text', () => {
  it('names and explains every source id, and no other', () => {
    expect(sorted(Object.keys(debrief.sources))).toEqual(sorted(Object.keys(SOURCES)));
    for (const [id, s] of Object.entries(debrief.sources)) {
      expect(s.title.trim(), id).not.toBe('');
      expect(s.figure.trim(), id).not.toBe('');
    }
  });

  it('labels every cause link, with only {{value}} to fill in', () => {
    expect(sorted(Object.keys(debrief.causes))).toEqual(sorted(Object.keys(LINKS)));
    for (const [id, c] of Object.entries(debrief.causes)) {
      expect(c.label.trim(), id).not.toBe('');
      for (const p of placeholders(c.detail)) expect(p, id).toBe('value');
    }
  });

  it('names and describes every score component, and no other', () => {
    expect(sorted(Object.keys(debrief.score.components))).toEqual(sorted(SCORE_COMPONENTS));
  });

  it('has a title and an explanation for every dynamic, and no other', () => {
    expect(sorted(Object.keys(debrief.dynamics))).toEqual(sorted(DYNAMIC_IDS));
    for (const [id, d] of Object.entries(debrief.dynamics) as Array<
      [string, Record<string, string>]
    >) {
      expect(d.title?.trim(), id).toBeTruthy();
      const forms = explanations(d);
      expect(forms.length, id).toBeGreaterThan(0);
      // Variants by measure (D14's lead time or features) come as a set, each complete.
      if (d.explanation_lead !== undefined || d.explanation_features !== undefined) {
        expect(d.explanation_lead, id).toBeDefined();
        expect(d.explanation_features, id).toBeDefined();
      } else if (forms.length > 1) {
        // Plural forms come as a set: one and other together.
        expect(d.explanation_one, id).toBeDefined();
        expect(d.explanation_other, id).toBeDefined();
      }
    }
  });

  describe('explanations quote only the evidence their detector gives, and render fully', () => {
    const policies: Array<[string, Policy, number]> = [
      ['sandbox', MANDATE_ONLY_POLICY, 52],
      ['sandbox', SOUND_POLICY, 52],
      ['sandbox', BASELINE_POLICY, 52],
      ['sandbox', { aiMandate: 0.85, deadlinePressure: 'crunch' }, 52],
      ['sandbox', { aiMandate: 0.6, seniorSignoff: true }, 52],
      ['leaderboard', {}, 26],
      ['layoffs', {}, 26],
      ['mandate', {}, 12],
    ];
    const findings: DynamicFinding[] = [];
    for (const [id, policy, weeks] of policies) {
      const d = policyToDecisions(policy, weeks);
      const t = stepMany(scenario(id), initial(id, 1000), weeks, (w) => d[w - 1] ?? {});
      findings.push(
        ...detectDynamics(t.weeks, t.events, last(t.states).reference, {
          levers: t.states.map((s) => s.levers),
        }),
      );
    }
    let i18n: I18n;
    beforeAll(async () => {
      i18n = await createLoadedI18n('en');
    });

    it('every dynamic is found in at least one of these runs', () => {
      expect(sorted(new Set(findings.map((f) => f.id)))).toEqual(sorted(DYNAMIC_IDS));
    });

    it.each([...DYNAMIC_IDS])('%s', (id) => {
      const entry = debrief.dynamics[id] as Record<string, string>;
      for (const f of findings.filter((x) => x.id === id)) {
        for (const form of explanations(entry)) {
          for (const p of placeholders(form))
            expect(Object.keys(f.evidence), `${id}: ${p}`).toContain(p);
        }
        const text = tk(i18n, 'debrief', `dynamics.${id}.explanation`, findingTextValues(f));
        expect(text).not.toMatch(/\{\{|\}\}|undefined|NaN|dynamics\./);
        expect(text.length).toBeGreaterThan(40);
      }
    });
  });
});
