/**
 * Registers the offline service worker (sw.js, written into the build by
 * scripts/offline-plugin.ts), so the game keeps working once loaded, with no network.
 * Never under Vite's dev server (it serves no sw.js; `import.meta.hot` exists only there, whatever
 * NODE_ENV says, so the tests' build registers like the real one), and never an error: where a
 * page may not have a worker (a sandboxed iframe without same-origin, a browser without them,
 * storage denied), the game simply runs online.
 */
export function registerOffline(baseUri: string = document.baseURI): void {
  if (import.meta.hot) return;
  let container: ServiceWorkerContainer | undefined;
  try {
    container = globalThis.navigator?.serviceWorker;
  } catch {
    return;
  }
  if (!container) return;
  const sw = container;
  const register = () => {
    try {
      // `updateViaCache: 'none'`: the browser asks the server for sw.js itself on every check,
      // so a new build is noticed on the next load.
      sw.register(new URL('sw.js', baseUri), { updateViaCache: 'none' }).catch(() => {
        // Refused (sandboxed, or storage denied): the game runs online, as it would without one.
      });
    } catch {
      // Same, where the refusal is a throw rather than a rejected promise.
    }
  };
  // After the page has loaded: precaching the whole site must not compete with the first paint.
  if (document.readyState === 'complete') register();
  else globalThis.addEventListener('load', register, { once: true });
}
