import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import userEvent from '@testing-library/user-event';
import { AppRoutes } from '../../src/app/router';
import { syncSettings } from '../../src/app/sync-settings';
import { initI18n } from '../../src/app/i18n/i18n';
import { useSettingsStore } from '../../src/stores/settings-store';

/** Renders the real app (real routes, real i18n, real stores) at `path`, as a user would meet it. */
export function renderApp(path = '/') {
  const i18n = initI18n(useSettingsStore.getState().locale);
  const unsync = syncSettings(i18n);
  const user = userEvent.setup();
  // Where the app is now, as a test reads it (`router.state.location`).
  const router = { state: { location: undefined as unknown as Location } };
  function TrackLocation() {
    router.state.location = useLocation();
    return null;
  }
  const result = render(
    <MemoryRouter initialEntries={[path]}>
      <TrackLocation />
      <AppRoutes />
    </MemoryRouter>,
  );
  return { ...result, user, router, unsync };
}

/** Renders a component with the app's i18n. */
export function renderWithI18n(ui: ReactNode) {
  initI18n(useSettingsStore.getState().locale);
  return { ...render(ui), user: userEvent.setup() };
}

export * from '@testing-library/react';
export { initI18n } from '../../src/app/i18n/i18n';
