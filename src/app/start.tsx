// The app itself, started by main.tsx once the plain first screen is on screen.
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, HashRouter } from 'react-router';
import { initI18n } from './i18n/i18n';
import { loadLocale } from './i18n/load-locale';
import { syncSettings } from './sync-settings';
import { useSettingsStore } from '../stores/settings-store';
import { useRecordsStatus } from '../stores/records-status-store';
import { useProfileStore } from '../stores/profile-store';
import { AppRoutes, preloadRoute } from './router';
import { cachedCompanySignIn, cachedRecordsMode, loadRecordsConfig } from '../records/config';
import { registerServiceWorker } from './pwa/register-sw';
import { prepareFormatters } from '../ui/use-formatters';
import { isJoinPath } from '../domain/live/phone-locale';
import { takePhoneLocale } from '../features/live/phone-locale';

// A phone that scanned a room's code reads the join page in its own language from the first screen
// (the page would switch to it: usePhoneLocale), so only that language's words are fetched; the
// head script (build/route-preload-plugin.ts) makes the same choice and asks for them early.
if (!import.meta.env.VITE_PACKAGE_FORMAT && isJoinPath(location.pathname)) takePhoneLocale();
const locale = useSettingsStore.getState().locale;
/** How long a page waits for the server's word on who is signed in: as long as the service worker waits for a page. */
const SIGN_IN_WAIT_MS = 4000;
const packageFormat = import.meta.env.VITE_PACKAGE_FORMAT;
// config.json is asked for at once, beside the strings: a first visit's first screen depends on it.
const config = packageFormat
  ? undefined
  : loadRecordsConfig().catch((error: unknown) => {
      console.warn('Learning records are off:', error);
      return null;
    });
if (config) useRecordsStatus.getState().update({ mode: cachedRecordsMode() });
const bundle = await loadLocale(undefined, locale);
const i18n = initI18n(locale, { [locale]: { translation: bundle } });
syncSettings(i18n);
if (packageFormat) {
  // Inside an LMS the learner and their progress come from it, so they are in place before the first page.
  const { startLms } = await import('../records/lms/start-lms');
  const started = await startLms(packageFormat, locale);
  // The learner is the LMS's: never a welcome form in a package.
  useRecordsStatus.getState().update({ mode: 'off' });
  if (!started.ok) console.warn(`No ${packageFormat} LMS found (${started.reason}); progress stays in this browser.`);
} else if (config) void config.then((records) => useRecordsStatus.getState().update({ mode: records ? 'on' : 'off' }));
// Offline use (a no-op in development and inside LMS packages).
registerServiceWorker();

// index.html already shows the header (and on home the hero) as plain HTML. React's first commit
// replaces it, so it waits for the page's own chunk and, on a first visit, for config.json (both
// already on their way): the plain first screen turns into the full page with no blank between.
// An LMS serves a package's files from a path of its own and knows nothing of the app's routes,
// so a packaged course keeps its place in the hash instead.
const Router = packageFormat ? HashRouter : BrowserRouter;
// A task of its own while the page's chunks are on their way.
setTimeout(() => prepareFormatters(i18n.language));
const routeReady = preloadRoute(packageFormat ? location.hash.replace(/^#/, '') || '/' : location.pathname, locale);
// Records start beside the app, never in front of it: the course works while config loads or
// fails, and their code is asked for once the page's own is here (a phone's few connections
// go to what the page draws first).
if (!packageFormat && config)
  void Promise.all([config, routeReady.catch(() => undefined)]).then(async ([records]) => {
    if (records) await (await import('../records/start-records')).startRecords(locale, records);
  });
// What must be known before the page draws: on a first visit whether records are kept (the
// welcome form depends on it); with company sign-in who is signed in, so that a page opened
// after someone signed out never draws, nor records, as them. A server silent for as long as a
// page is given (the service worker's wait) is taken as offline, and the device's person goes on.
const firstVisit = !useProfileStore.getState().profile && useRecordsStatus.getState().mode === 'unknown';
const withinPageWait = (answer: Promise<unknown>) => Promise.race([answer, new Promise((resolve) => setTimeout(resolve, SIGN_IN_WAIT_MS))]);
const serverWord = firstVisit ? config : config && cachedCompanySignIn() ? withinPageWait(config) : undefined;
await routeReady.catch(() => undefined);
const rootElement = document.getElementById('root')!;
if (serverWord) {
  // The plain first screen stays; assistive technology is told the page is not ready yet.
  rootElement.setAttribute('aria-busy', 'true');
  await serverWord;
  rootElement.removeAttribute('aria-busy');
}
// As a transition, React draws the page in slices of a few milliseconds and lets the browser
// answer in between, instead of one long task a slow phone cannot answer during; the plain first
// screen stays until the page is ready.
const root = createRoot(rootElement);
startTransition(() =>
  root.render(
    <StrictMode>
      <Router>
        <AppRoutes preloaded />
      </Router>
    </StrictMode>,
  ),
);
