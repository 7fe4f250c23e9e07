// The README's "Embedding" section is the hosts' reference: its parameter table must say what
// the schema says, row for row, and its protocol must name every message type.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/vite-embed-safety.ts';
import { HOST_MESSAGE_TYPES } from '../../src/platform/host-messages.ts';
import { PARAM_NAMES, PARAM_SCHEMA, type ParamName } from '../../src/platform/url-params.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Embedding'));

const shownDefault = (v: unknown) =>
  v === null ? 'none' : v === false ? '`0`' : `\`${String(v)}\``;

/** The first four cells of a parameter's row, as the schema would write them. */
const expectedCells = (name: ParamName) => {
  const spec = PARAM_SCHEMA[name];
  return [`\`${name}\``, spec.type, shownDefault(spec.default), spec.allowed];
};

/** The cells of a parameter's row, trimmed (the formatter pads the table to line it up). */
const rowCells = (name: ParamName) =>
  section
    .split('\n')
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .find((cells) => cells[0] === `\`${name}\``)
    ?.slice(0, 4);

describe('the README on embedding', () => {
  it('has a section', () => {
    expect(readme).toContain('## Embedding');
  });

  it.each(PARAM_NAMES)('lists `%s` with the type, default and values of the schema', (name) => {
    expect(rowCells(name), `| ${expectedCells(name).join(' | ')} | meaning |`).toEqual(
      expectedCells(name),
    );
  });

  it('names every message, both ways, and the policy it ships with', () => {
    for (const type of [...HOST_MESSAGE_TYPES, 'ready', 'resize', 'week-ended', 'run-finished'])
      expect(section).toContain(`\`${type}\``);
    expect(section).toContain(CONTENT_SECURITY_POLICY);
    expect(section).toContain('frame-ancestors');
    expect(section).toContain('Access-Control-Allow-Origin');
  });
});
