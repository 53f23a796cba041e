/**
 * How the service worker answers one request. Pure, so it is tested in node
 * (`tests/service-worker-routes.test.ts`); `service-worker.ts` carries the strategies out.
 *
 * - `pass`: not ours; the browser goes to the network as if there were no worker.
 * - `page`: a navigation to an app route: the network, briefly, then the cached index.html.
 * - `cache-first`: a precached file (hashed chunks, icons, manifest): the cache, else the network.
 * - `config`: the runtime config: the network, and the last copy seen when there is none.
 */
export type Strategy = 'pass' | 'page' | 'cache-first' | 'config';

/**
 * The server's APIs: statements, registration (certificates too, under /api/) and HR must reach
 * the network (or fail, so the app's IndexedDB queue retries); a cached answer would be a lie.
 * `/verify/…` is a page of the app (its lookups go to /api/certificates), so it gets the shell
 * like any route, and anything else under it is never precached, so it passes untouched.
 */
export const API_PREFIXES = ['/xapi/', '/api/', '/hr/api/'];

export const CONFIG_PATH = '/config.json';

export interface RequestInfo {
  url: string;
  method: string;
  mode: string;
}

/** Chooses the strategy for a request made from a page at `origin`, given the precached paths. */
export function strategyFor(request: RequestInfo, origin: string, precached: ReadonlySet<string>): Strategy {
  if (request.method !== 'GET') return 'pass';
  const url = new URL(request.url);
  if (url.origin !== origin) return 'pass';
  const path = url.pathname;
  if (API_PREFIXES.some((prefix) => path.startsWith(prefix))) return 'pass';
  if (path === CONFIG_PATH) return 'config';
  if (request.mode === 'navigate') return precached.has(path) && path !== '/index.html' ? 'cache-first' : 'page';
  // A query string never changes a static file's bytes (`/favicon.svg?v=2`), so it is ignored.
  return precached.has(path) ? 'cache-first' : 'pass';
}
