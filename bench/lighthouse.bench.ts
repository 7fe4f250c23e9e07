/**
 * `npm run bench:lighthouse`: builds the site, serves it as a production host would
 * (`web/production-server.ts`: gzip, long cache headers for hashed files), and runs Lighthouse
 * with its default mobile settings (a phone's screen, simulated slow 4G, a 4x slower CPU) in
 * Debian's Chromium on four pages: the title, an embedded run, the queue widget and the
 * facilitator view. Prints the median of a few runs of each. A measurement, not a test: it
 * never fails on a figure.
 *
 * LH_RUNS=N sets the runs a page (default 3); LH_PAGES=title,embed runs only those pages;
 * LH_REPORTS=dir keeps each run's full report (JSON) there, to read what an audit flagged.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { CHROMIUM_PATH } from '../tests/browser/harness.ts';
import { median } from './median.ts';
import { serveProduction } from './web/production-server.ts';

const PAGES = [
  { id: 'title', name: 'title `?lang=en`', query: '?lang=en' },
  {
    id: 'embed',
    name: 'embed run `?embed=1&scenario=mandate&weeks=12`',
    query: '?embed=1&scenario=mandate&weeks=12',
  },
  { id: 'widget', name: 'queue widget `?widget=queue`', query: '?widget=queue' },
  { id: 'facilitator', name: 'facilitator `?view=facilitator`', query: '?view=facilitator' },
] as const;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Figures {
  readonly scores: Record<(typeof CATEGORIES)[number], number>;
  readonly lcpMs: number;
  readonly tbtMs: number;
  /** Audits of the four categories that did not pass, for the reader to look up. */
  readonly failing: readonly string[];
}

/** Debian's Chromium, headless, with a DevTools port of its own for Lighthouse to drive. */
async function startChromium(): Promise<{ port: number; stop(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'vt-lighthouse-'));
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [
      '--headless=new',
      '--no-sandbox',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((done, fail) => {
    let text = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const found = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (found) done(Number(found[1]));
    });
    child.once('exit', (code) => fail(new Error(`Chromium exited (${code}) before it listened`)));
  });
  return {
    port,
    stop: async () => {
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      child.kill();
      await exited;
      // Chromium's helper processes may still be writing its cache as the main one exits: a few
      // retries let the folder empty before it goes.
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

async function audit(url: string, reportPath: string | null): Promise<Figures> {
  const chromium = await startChromium();
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (reportPath) writeFileSync(reportPath, JSON.stringify(lhr, null, 1));
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const failing = new Set<string>();
    for (const id of CATEGORIES) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a && a.score !== null && a.score < 0.9) failing.add(a.id);
      }
    }
    return {
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      },
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
      failing: [...failing],
    };
  } finally {
    await chromium.stop();
  }
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const range = (xs: readonly number[], show: (x: number) => string): string => {
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return lo === hi ? show(lo) : `${show(median(xs))} (${show(lo)}-${show(hi)})`;
};

function row(name: string, runs: readonly Figures[]): string {
  const cells = CATEGORIES.map((c) =>
    range(
      runs.map((r) => r.scores[c]),
      String,
    ),
  );
  const lcp = range(
    runs.map((r) => r.lcpMs),
    seconds,
  );
  const tbt = range(
    runs.map((r) => r.tbtMs),
    (ms) => `${Math.round(ms / 10) * 10} ms`,
  );
  return `| ${[name, ...cells, lcp, tbt].join(' | ')} |`;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench-dist', 'lighthouse');
const runs = Math.max(1, Number(process.env.LH_RUNS ?? 3) || 3);
const wanted = process.env.LH_PAGES?.split(',');
const reports = process.env.LH_REPORTS ? resolve(process.env.LH_REPORTS) : null;
if (reports) mkdirSync(reports, { recursive: true });

rmSync(out, { recursive: true, force: true });
await build({ root, logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
const server = await serveProduction(out);
try {
  const load = loadavg().map((x) => x.toFixed(2));
  console.log(
    `Lighthouse (mobile: simulated slow 4G, 4x CPU slowdown), ${runs} run(s) a page, Node ${process.version}, load average ${load.join(' ')}`,
  );
  console.log('Each cell: median (lowest-highest) over the runs.\n');
  const lines = [
    '| page | performance | accessibility | best practices | SEO | LCP | TBT |',
    '|---|---|---|---|---|---|---|',
  ];
  const flagged: string[] = [];
  for (const page of PAGES) {
    if (wanted && !wanted.includes(page.id)) continue;
    const figures: Figures[] = [];
    for (let i = 0; i < runs; i += 1) {
      const reportPath = reports ? join(reports, `${page.id}-${i + 1}.json`) : null;
      figures.push(await audit(`${server.url}${page.query}`, reportPath));
    }
    lines.push(row(page.name, figures));
    const failing = [...new Set(figures.flatMap((f) => f.failing))];
    if (failing.length > 0) flagged.push(`${page.id}: ${failing.join(', ')}`);
  }
  console.log(lines.join('\n'));
  console.log(
    flagged.length > 0
      ? `\nAudits under 90 in some run:\n${flagged.join('\n')}`
      : '\nNo audit under 90.',
  );
} finally {
  await server.close();
  rmSync(out, { recursive: true, force: true });
}
