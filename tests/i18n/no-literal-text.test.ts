// No text for the player is written into src/: it all comes from the locale files, so every
// language gets it. The scanner is tested here too, on probes it must and must not flag.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanSource } from './literal-scanner.ts';

const SRC = join(import.meta.dirname, '..', '..', 'src');

// The command-line tool prints for developers in English (its README table is its reference);
// type declarations hold no values.
const SKIPPED = [/^cli\//, /\.d\.ts$/];

/** Literals allowed where the scanner would flag them, by file: keep this short and say why. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {};

const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f.endsWith('.ts') && !SKIPPED.some((r) => r.test(f)))
  .sort();

describe('text in the code', () => {
  it('scans every TypeScript module in src/ but the command-line tool', () => {
    expect(sources.length).toBeGreaterThan(40);
    expect(sources).toContain('ui/title/title-screen.ts');
  });

  it('has no user-facing literal string outside the locale files', () => {
    const found: string[] = [];
    for (const file of sources) {
      const allowed = ALLOWED[file] ?? [];
      for (const f of scanSource(readFileSync(join(SRC, file), 'utf8'), file)) {
        if (!allowed.includes(f.text))
          found.push(`src/${file}:${f.line} (${f.why}) ${JSON.stringify(f.text)}`);
      }
    }
    expect(
      found,
      'Put these strings in src/i18n/locales/en/*.json (and the other languages) and use i18n.t',
    ).toEqual([]);
  });
});

describe('the literal scanner', () => {
  const flagged = (code: string): string[] => scanSource(code).map((f) => f.text);

  it.each([
    [
      "const button = document.createElement('button');\nbutton.textContent = 'Play now';",
      'Play now',
    ],
    ["node.setAttribute('aria-label', 'Close');", 'Close'],
    ["input.placeholder = 'Search';", 'Search'],
    ["img.alt = 'Office';", 'Office'],
    ["el('button', 'vt-btn', parent, 'Start');", 'Start'],
    ["setText(label, on ? 'On' : 'Off');", 'On'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the probe is source code with a template
    ['play.title = `Week ${n} of ${m}`;', 'Week   of  '],
    ["const hint = 'The board wants more AI';", 'The board wants more AI'],
    ["const unit = 'lines an hour';", 'lines an hour'],
    ["this.add.text(4, 8, 'Review');", 'Review'],
    ["const o = { label: 'Sound' };", 'Sound'],
  ])('flags %j', (code, text) => {
    expect(flagged(code)).toContain(text);
  });

  it('leaves strings that steer code alone', () => {
    const code = [
      "import './title.css';",
      "import type { I18n } from '../../i18n';",
      "type Tab = 'office' | 'decisions';",
      "const b = el('button', 'vt-btn vt-btn-primary vt-play', main);",
      "b.addEventListener('click', go);",
      "root.querySelector('dialog[open] .vt-choice');",
      "b.setAttribute('aria-controls', 'vt-run-panel-office');",
      "b.setAttribute('role', 'switch');",
      "b.classList.toggle('vt-reduced', on);",
      "b.dataset.hint = 'reviewQueue';",
      "b.style.fontFamily = 'Segoe UI, Liberation Sans, sans-serif';",
      "b.textContent = i18n.t('run:week.play');",
      "b.textContent = tr(i18n, 'run:cards.breach.title');",
      "if (e.key === 'Arrow Right') go();",
      "const mime = 'image/svg+xml';",
      "console.warn('Could not save the run here');",
      "throw new Error('Locale file outside the locales folder');",
      "const o = { 'Play now': 1 };",
      "setText(icon, playing ? '❚❚' : '▶');",
    ].join('\n');
    expect(flagged(code)).toEqual([]);
  });

  it('names the line of what it finds', () => {
    expect(scanSource("const a = 1;\n\nb.textContent = 'Play now';")).toEqual([
      { line: 3, text: 'Play now', why: 'shown' },
    ]);
  });
});
