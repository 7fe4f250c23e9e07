import { describe, expect, it } from 'vitest';
import {
  clampSize,
  type EmbedChoice,
  embedUrl,
  SIZE_LIMITS,
  SNIPPET_SANDBOX,
  snippetHtml,
} from '../../src/ui/embed-builder/snippet.ts';

const base = 'https://games.example/velocity-trap/index.html';
const choice: EmbedChoice = {
  scenario: 'mandate',
  weeks: 26,
  lang: 'de',
  mode: 'embed',
  size: { width: 720, height: 405 },
  responsive: false,
};

describe('the embed snippet', () => {
  it('frames the game folder with the chosen parameters, one per mode', () => {
    expect(embedUrl(base, choice)).toBe(
      'https://games.example/velocity-trap/?embed=1&lang=de&scenario=mandate&weeks=26',
    );
    expect(embedUrl(base, { ...choice, mode: 'widget' })).toBe(
      'https://games.example/velocity-trap/?widget=queue&lang=de&scenario=mandate&weeks=26',
    );
    expect(embedUrl(base, { ...choice, mode: 'full' })).toBe(
      'https://games.example/velocity-trap/?lang=de&scenario=mandate&weeks=26',
    );
  });

  it('is an iframe with a title, lazy loading, the sandbox and the size', () => {
    const html = snippetHtml(choice, embedUrl(base, choice), 'Velocity Trap');
    expect(html).toBe(
      `<iframe src="https://games.example/velocity-trap/?embed=1&amp;lang=de&amp;scenario=mandate&amp;weeks=26" title="Velocity Trap" loading="lazy" sandbox="${SNIPPET_SANDBOX}" referrerpolicy="strict-origin-when-cross-origin" width="720" height="405" style="border:0;max-width:100%"></iframe>`,
    );
  });

  it('wraps the frame in a box of the chosen shape when responsive', () => {
    const html = snippetHtml(
      { ...choice, responsive: true, size: { width: 360, height: 560 } },
      base,
      't',
    );
    expect(html).toContain('max-width:360px;aspect-ratio:360/560');
    expect(html).toContain('position:absolute;inset:0;width:100%;height:100%');
    expect(html).not.toContain('width="');
  });

  it('escapes attribute values, so nothing breaks out of its quotes', () => {
    const html = snippetHtml(
      choice,
      'https://x.example/?a="><script>alert(1)</script>',
      'a "b" <c> & d',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('title="a &quot;b&quot; &lt;c&gt; &amp; d"');
    expect(html.match(/<iframe/g)).toHaveLength(1);
  });

  it('keeps sizes within the limits, whole pixels, and falls back for what is not a number', () => {
    expect(clampSize({ width: 100, height: 99_999 })).toEqual({
      width: SIZE_LIMITS.minWidth,
      height: SIZE_LIMITS.maxHeight,
    });
    expect(clampSize({ width: 500.6, height: 300.2 })).toEqual({ width: 501, height: 300 });
    expect(
      clampSize(
        { width: Number.NaN, height: Number.POSITIVE_INFINITY },
        { width: 640, height: 480 },
      ),
    ).toEqual({
      width: 640,
      height: 480,
    });
  });
});
