import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { initI18n } from './i18n/i18n';
import { loadLocale } from './i18n/load-locale';
import { syncSettings } from './sync-settings';
import { useSettingsStore } from '../stores/settings-store';
import { useRecordsStatus } from '../stores/records-status-store';
import { createAppRouter } from './router';
import { startRecords } from '../records/start-records';
import { registerServiceWorker } from './pwa/register-sw';
import './styles/global.css';
import './styles/home.css';
import './styles/reader.css';

const locale = useSettingsStore.getState().locale;
const bundle = await loadLocale(undefined, locale);
const i18n = initI18n(locale, { [locale]: { translation: bundle } });
syncSettings(i18n);
const packageFormat = import.meta.env.VITE_PACKAGE_FORMAT;
if (packageFormat) {
  // Inside an LMS the learner and their progress come from it, so they are in place before the first page.
  const { startLms } = await import('../records/lms/start-lms');
  const started = await startLms(packageFormat, locale);
  // The learner is the LMS's: never a welcome form in a package.
  useRecordsStatus.getState().update({ mode: 'off' });
  if (!started.ok) console.warn(`No ${packageFormat} LMS found (${started.reason}); progress stays in this browser.`);
} else {
  // Records start beside the app, never in front of it: the course works while config loads or fails.
  void startRecords(locale);
}
// Offline use (a no-op in development and inside LMS packages).
registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={createAppRouter()} />
  </StrictMode>,
);
