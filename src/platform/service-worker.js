// The offline service worker, copied into the build as sw.js by scripts/offline-plugin.ts, which
// fills in PRECACHE below: the build's version and every file it wrote. Plain JavaScript that runs
// as written (no bundler touches it), so a CSP of `script-src 'self'; worker-src 'self'` allows it.
//
// Conference rooms have bad Wi-Fi: once the game has loaded, every file of the site is in a cache
// of this version's own, and the game runs from it with no network at all.
//
// Updates never break a run in progress: this worker never calls skipWaiting(). A new build's
// worker installs beside the old one and waits; pages keep this version's files (old hashed
// chunks stay in the old cache even after the server has dropped them) until every tab of the
// game has closed, and the next load gets the new version. A run survives the change because it
// is saved as seed + decisions and replays in any version.

/** @type {{ version: string, files: string[] }} */
const PRECACHE = { version: 'dev', files: [] }; // filled at build time

const CACHE_PREFIX = 'velocity-trap-';
const CACHE = `${CACHE_PREFIX}${PRECACHE.version}`;
/** The folder this worker (and the site) lives in: every URL below is relative to it. */
const SCOPE = new URL('./', self.location.href).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // `reload`: past the browser's HTTP cache, so the files are this build's own.
      cache.addAll(PRECACHE.files.map((file) => new Request(SCOPE + file, { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  // Only once no page uses an older version: their caches can go.
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      // The first install takes the open page at once (there was no version before it to break).
      .then(() => self.clients.claim()),
  );
});

/** A page of the site: the cached file itself, or the game's index.html for its folder. */
async function page(request) {
  const cache = await caches.open(CACHE);
  const own = await cache.match(request, { ignoreSearch: true });
  if (own) return own;
  const path = new URL(request.url).pathname;
  if (path.endsWith('/')) {
    const index = await cache.match(`${SCOPE}index.html`);
    if (index) return index;
  }
  return fetch(request);
}

async function file(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : file(request));
});
