/**
 * The course's service worker: once a page has been visited, the whole course (every module in
 * both languages, the exercises, the strings) runs without a network. Built into `dist/sw.js` by
 * `build/service-worker-plugin.ts`, which puts `PRECACHE_VERSION` and `PRECACHE_URLS` in front of
 * this code. Statements are never touched: they go to the network, and the app's IndexedDB queue
 * keeps them while it is away.
 */
import { CONFIG_PATH, strategyFor } from './routes';

declare const PRECACHE_VERSION: string;
declare const PRECACHE_URLS: string[];

// tsconfig.sw.json gives this file the WebWorker library, so `self` is the worker's own scope.
declare const self: ServiceWorkerGlobalScope;
const worker = self;
const PREFIX = 'sta-precache-';
const CACHE = `${PREFIX}${PRECACHE_VERSION}`;
// Kept across versions: the last config.json seen, for starts without a network.
const RUNTIME = 'sta-runtime';
const INDEX = '/index.html';
// How long a navigation waits for the network before the cached page is shown: long enough for a
// slow but working connection, short enough that "connected" to a dead Wi-Fi still feels instant.
const NAVIGATION_TIMEOUT_MS = 4000;
const precached = new Set(PRECACHE_URLS);

/**
 * Stores every file of this version. Hashed chunks already held by an older version are copied
 * from it rather than downloaded again (a new version usually changes a few chunks of many);
 * unhashed files (index.html, icons, manifest) are revalidated, so none is stale.
 */
async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    PRECACHE_URLS.map(async (url) => {
      const held = url.startsWith('/assets/') ? await caches.match(url) : undefined;
      const response = held ?? (await fetch(url, { cache: url.startsWith('/assets/') ? 'default' : 'no-cache' }));
      // One missing file would leave a course that breaks offline: fail the install instead.
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      await cache.put(url, response);
    }),
  );
}

// No skipWaiting here: a new version waits until the trainee says "Reload now" (see register-sw.ts),
// so a page never runs half on old chunks and half on new ones.
worker.addEventListener('install', (event) => event.waitUntil(precache()));

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
      // The first visit's page becomes controlled at once, so its later requests are answered offline too.
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('message', (event) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === 'SKIP_WAITING') void worker.skipWaiting();
  if (data?.type === 'GET_VERSION') event.source?.postMessage({ type: 'VERSION', version: PRECACHE_VERSION });
});

async function fromCache(path: string): Promise<Response | undefined> {
  return (await caches.open(CACHE)).match(path);
}

/** Network within the timeout, else (or on a network error) the app shell; the router takes the path from there. */
async function page(request: Request): Promise<Response> {
  const network = fetch(request);
  network.catch(() => undefined); // a late failure after the fallback is no error
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS, undefined));
  try {
    const response = await Promise.race([network, timeout]);
    if (response) return response;
  } catch {
    // Offline: fall through to the cached page.
  }
  const shell = await fromCache(INDEX);
  // Nothing cached (the install has not finished): wait for the network after all.
  return shell ?? network;
}

async function cacheFirst(request: Request): Promise<Response> {
  return (await fromCache(new URL(request.url).pathname)) ?? fetch(request);
}

/** The current config when the server answers; the last one seen when it does not. */
async function config(request: Request): Promise<Response> {
  const runtime = await caches.open(RUNTIME);
  try {
    const response = await fetch(request);
    if (response.ok) await runtime.put(CONFIG_PATH, response.clone());
    return response;
  } catch (error) {
    const cached = await runtime.match(CONFIG_PATH);
    if (cached) return cached;
    throw error;
  }
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const strategy = strategyFor(request, worker.location.origin, precached);
  if (strategy === 'pass') return;
  event.respondWith(strategy === 'page' ? page(request) : strategy === 'cache-first' ? cacheFirst(request) : config(request));
});
