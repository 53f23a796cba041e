import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { initI18n } from './i18n/i18n';
import { loadLocale } from './i18n/load-locale';
import { syncSettings } from './sync-settings';
import { useSettingsStore } from '../stores/settings-store';
import { createAppRouter } from './router';
import { startRecords } from '../records/start-records';
import './styles/global.css';
import './styles/home.css';
import './styles/reader.css';

const locale = useSettingsStore.getState().locale;
const bundle = await loadLocale(undefined, locale);
const i18n = initI18n(locale, { [locale]: { translation: bundle } });
syncSettings(i18n);
// Records start beside the app, never in front of it: the course works while config loads or fails.
void startRecords(locale);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={createAppRouter()} />
  </StrictMode>,
);
