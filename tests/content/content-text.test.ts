/**
 * Every scenario and event card the model can raise has its words in English:
 * a card the player cannot read is a dead end in the game.
 */
import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import { SCENARIOS } from '../../src/content/scenarios.ts';
import content from '../../src/i18n/locales/en/content.json';

type Tree = { [key: string]: string | Tree };
const text = content as unknown as Tree;

function lookup(path: string): unknown {
  let node: unknown = text;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Tree)[part];
  }
  return node;
}

const nonEmpty = (path: string) => {
  const v = lookup(path);
  expect(typeof v, path).toBe('string');
  expect((v as string).trim().length, path).toBeGreaterThan(0);
};

describe('content text', () => {
  it('every scenario has a name and a brief', () => {
    for (const s of SCENARIOS) {
      nonEmpty(s.nameKey);
      nonEmpty(s.briefKey);
    }
  });

  it('every card has a title, a body, and a label and outcome for each choice', () => {
    for (const card of CARDS) {
      nonEmpty(`cards.${card.id}.title`);
      nonEmpty(`cards.${card.id}.body`);
      expect(card.choices.length).toBeGreaterThanOrEqual(2);
      expect(card.choices.length).toBeLessThanOrEqual(3);
      for (const c of card.choices) {
        nonEmpty(`cards.${card.id}.choices.${c.id}.label`);
        nonEmpty(`cards.${card.id}.choices.${c.id}.outcome`);
      }
    }
  });

  it('has no text for cards or scenarios that no longer exist', () => {
    const cards = lookup('cards') as Tree;
    expect(Object.keys(cards).sort()).toEqual(CARDS.map((c) => c.id).sort());
    const scenarios = lookup('scenarios') as Tree;
    expect(Object.keys(scenarios).sort()).toEqual(SCENARIOS.map((s) => s.id).sort());
    for (const card of CARDS) {
      const choices = lookup(`cards.${card.id}.choices`) as Tree;
      expect(Object.keys(choices).sort()).toEqual(card.choices.map((c) => c.id).sort());
    }
  });

  it('card and choice ids are unique', () => {
    const ids = CARDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const card of CARDS) {
      const cids = card.choices.map((c) => c.id);
      expect(new Set(cids).size).toBe(cids.length);
    }
  });
});
