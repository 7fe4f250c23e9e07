// The README's tables that the contributor's recipes (CONTRIBUTING.md) ask to update by hand:
// the policy file's fields (one per lever, plus staffing, changes and eventChoices) and the event
// cards with their choices. A lever or card added without its README row fails here.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/cards.ts';
import { LEVER_NAMES } from '../../src/sim/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The rows of the first table after `heading`: each row's cells, backticks kept. */
function tableAfter(heading: string): string[][] {
  const from = readme.indexOf(heading);
  expect(from, heading).toBeGreaterThanOrEqual(0);
  const lines = readme.slice(from).split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

const names = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');

describe('README tables', () => {
  it('the policy file table has a row for every lever, and the three move fields', () => {
    const fields = tableAfter('### Policy files').map((row) => names(row[0] ?? '')[0]);
    expect([...fields].sort()).toEqual(
      [...LEVER_NAMES, 'staffing', 'changes', 'eventChoices'].sort(),
    );
  });

  it('the event card table lists every card with its choices, the default first', () => {
    const rows = tableAfter('Event cards and their choices');
    expect(rows.map((row) => names(row[0] ?? '')[0])).toEqual(CARDS.map((c) => c.id));
    for (const [i, card] of CARDS.entries()) {
      expect(names(rows[i]?.[1] ?? ''), card.id).toEqual(card.choices.map((c) => c.id));
    }
  });
});
