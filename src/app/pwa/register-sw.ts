/**
 * The page's side of the service worker (`src/sw/service-worker.ts`): registers it, notices when
 * a new version has installed and is waiting, and activates it when the trainee agrees.
 */

let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();

function setWaiting(worker: ServiceWorker | null) {
  waiting = worker;
  for (const listener of listeners) listener();
}

/** The new version waiting for the trainee's consent, for `useSyncExternalStore`. */
export const waitingWorker = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  get: () => waiting,
};

/** Activates the waiting version and reloads once it controls the page, so old and new chunks never mix. */
export function applyUpdate() {
  if (!waiting) return;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

function offer(worker: ServiceWorker | null) {
  // Without a controller this is the first install: the page already runs this version.
  if (!worker || !navigator.serviceWorker.controller) return;
  setWaiting(worker);
  // Another tab may have accepted it (activated) or a newer one replaced it (redundant).
  worker.addEventListener('statechange', () => worker.state !== 'installed' && waiting === worker && setWaiting(null));
}

async function register() {
  const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
  });
  // A tab left open for days still hears of a new version (the browser itself checks on navigation).
  setInterval(() => void registration.update().catch(() => undefined), 60 * 60 * 1000);
}

/**
 * Registers the worker in a production build served from a site root over http(s); never in
 * development (it would serve stale modules) nor inside an LMS package, which the LMS serves.
 */
export function registerServiceWorker() {
  if (import.meta.env.DEV || import.meta.env.VITE_PACKAGE_FORMAT || import.meta.env.BASE_URL !== '/') return;
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  // After the load event, so precaching does not compete with the first page for the network.
  const start = () => void register().catch((error: unknown) => console.warn('Offline use is unavailable:', error));
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
