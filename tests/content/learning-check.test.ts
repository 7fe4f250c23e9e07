// The learning check's items as content: every item has both forms, every option, the concept
// and the explanation in every language; the stock-and-flow charts say what their right answer
// says; the forms split a room that shares one seed about in half; translator notes name real keys.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/content/languages.ts';
import {
  CHECK_FORMS,
  CHECK_ITEMS,
  firstFormOf,
  NOT_SURE,
} from '../../src/content/learning-check.ts';
import { readNamespace } from '../i18n/locale-keys.ts';

const NOTES = join(import.meta.dirname, '..', '..', 'src', 'i18n', 'notes', 'check.json');

describe('the learning check items', () => {
  it('has six items with unique ids, each with at least three options and its right one among them', () => {
    expect(CHECK_ITEMS).toHaveLength(6);
    expect(new Set(CHECK_ITEMS.map((i) => i.id)).size).toBe(6);
    for (const item of CHECK_ITEMS) {
      expect(item.options.length).toBeGreaterThanOrEqual(3);
      expect(new Set(item.options).size).toBe(item.options.length);
      expect(item.options as readonly string[]).toContain(item.right);
      expect(item.options as readonly string[]).not.toContain(NOT_SURE);
      for (const form of CHECK_FORMS) {
        // Each form shows every option once, in its own order.
        expect([...item.forms[form].order].sort()).toEqual([...item.options].sort());
      }
      // The right option does not sit in the same place in both forms.
      const place = (f: 'A' | 'B') =>
        (item.forms[f].order as readonly string[]).indexOf(item.right);
      expect(place('A')).not.toBe(place('B'));
    }
  });

  it.each(LANGUAGES)('has every word of every item in %s', (language) => {
    const text = readNamespace(language, 'check');
    const missing: string[] = [];
    const need = (key: string) => {
      if (!(text.get(key) ?? '').trim()) missing.push(key);
    };
    need('notSure');
    for (const item of CHECK_ITEMS) {
      need(`items.${item.id}.concept`);
      for (const form of CHECK_FORMS) {
        need(`items.${item.id}.${form}.stem`);
        need(`items.${item.id}.${form}.why`);
        for (const option of item.options) need(`items.${item.id}.${form}.options.${option}`);
      }
    }
    expect(missing).toEqual([]);
    // And no words for items or options that do not exist.
    const stale = [...text.keys()].filter((k) => {
      const m = /^items\.([^.]+)\.(?:[AB])\.options\.(.+)$/.exec(k);
      if (!m) return false;
      const item = CHECK_ITEMS.find((i) => i.id === m[1]);
      return !item || !(item.options as readonly string[]).includes(m[2] ?? '');
    });
    expect(stale).toEqual([]);
  });

  it('draws charts whose queue does what the right answer says: grows from week 2 to the end', () => {
    const item = CHECK_ITEMS.find((i) => i.id === 'stock-flow');
    for (const form of CHECK_FORMS) {
      const chart = item?.forms[form].chart;
      if (!chart) throw new Error(`form ${form} has no chart`);
      expect(chart.arrived).toHaveLength(chart.reviewed.length);
      const queue: number[] = [chart.startQueue];
      chart.arrived.forEach((a, w) => {
        queue.push((queue[w] ?? 0) + a - (chart.reviewed[w] ?? 0));
      });
      // [20, 20, 25, 35, 50, 70, 85, 95, 100] in both forms: the explanation's 5, 10, 15, 20, 15, 10, 5.
      expect(queue).toEqual([20, 20, 25, 35, 50, 70, 85, 95, 100]);
      // The trap: the flow that moves turns in week 5, yet the queue keeps growing.
      const moving: readonly number[] = form === 'A' ? chart.arrived : chart.reviewed;
      const turn = form === 'A' ? Math.max(...moving) : Math.min(...moving);
      expect(moving.indexOf(turn)).toBe(4);
    }
  });

  it('gives the same form for the same seed and player, and about half a room A first', () => {
    expect(firstFormOf(42, 7)).toBe(firstFormOf(42, 7));
    for (const seed of [0, 1, 42, 0xffffffff]) {
      const firsts = Array.from({ length: 2000 }, (_, player) => firstFormOf(seed, player));
      const a = firsts.filter((f) => f === 'A').length / firsts.length;
      expect(a).toBeGreaterThan(0.46);
      expect(a).toBeLessThan(0.54);
    }
  });

  it('has translator notes for every item, each on a key English has', () => {
    const notes = JSON.parse(readFileSync(NOTES, 'utf8')) as Record<string, string>;
    const english = readNamespace('en', 'check');
    for (const key of Object.keys(notes)) expect(english.has(key), key).toBe(true);
    for (const item of CHECK_ITEMS) {
      expect(
        Object.keys(notes).some((k) => k.startsWith(`items.${item.id}.`)),
        item.id,
      ).toBe(true);
    }
  });
});
