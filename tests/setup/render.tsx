import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { RouterProvider } from 'react-router';
import userEvent from '@testing-library/user-event';
import { createTestRouter } from '../../src/app/router';
import { syncSettings } from '../../src/app/sync-settings';
import { initI18n } from '../../src/app/i18n/i18n';
import { useSettingsStore } from '../../src/stores/settings-store';

/** Renders the real app (real routes, real i18n, real stores) at `path`, as a user would meet it. */
export function renderApp(path = '/') {
  const i18n = initI18n(useSettingsStore.getState().locale);
  const unsync = syncSettings(i18n);
  const router = createTestRouter([path]);
  const user = userEvent.setup();
  const result = render(<RouterProvider router={router} />);
  return { ...result, user, router, unsync };
}

/** Renders a component with the app's i18n. */
export function renderWithI18n(ui: ReactNode) {
  initI18n(useSettingsStore.getState().locale);
  return { ...render(ui), user: userEvent.setup() };
}

export * from '@testing-library/react';
export { initI18n } from '../../src/app/i18n/i18n';
