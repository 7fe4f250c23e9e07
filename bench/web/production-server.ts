// Serves a built site on loopback as a production static host would, for the Lighthouse
// benchmark: text gzipped (when the browser asks for it), hashed files under assets/ cached for a
// year, everything else (the HTML, the service worker, the icon) revalidated on every load.
// The test server (tests/browser/static-server.ts) sends no-store and no compression on purpose;
// Lighthouse would score those as a misconfigured host, not as the game.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mimeType, type StaticServer } from '../../tests/browser/static-server.ts';

const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt']);

/** Vite names what it emits under assets/ `<name>-<8-char hash>.<ext>`: safe to cache forever. */
const HASHED = /^\/assets\/.+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

export function cacheControl(pathname: string): string {
  return HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export async function serveProduction(directory: string): Promise<StaticServer> {
  const rootDir = resolve(directory);
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
      let file = normalize(join(rootDir, decodeURIComponent(pathname)));
      if (file !== rootDir && !file.startsWith(rootDir + sep)) {
        response.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        let body: Buffer = await readFile(file);
        const headers: Record<string, string | number> = {
          'Content-Type': mimeType(file),
          'Cache-Control': cacheControl(pathname),
          'X-Content-Type-Options': 'nosniff',
          Vary: 'Accept-Encoding',
        };
        const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
        if (accepts && TEXT.has(extname(file).toLowerCase())) {
          let zipped = gzipped.get(file);
          if (!zipped) {
            zipped = gzipSync(body);
            gzipped.set(file, zipped);
          }
          body = zipped;
          headers['Content-Encoding'] = 'gzip';
        }
        headers['Content-Length'] = body.length;
        response.writeHead(200, headers);
        response.end(request.method === 'HEAD' ? undefined : body);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
