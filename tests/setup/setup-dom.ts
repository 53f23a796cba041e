import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { initAllLocales } from './all-locales';
import { i18n } from '../../src/app/i18n/i18n';
import { defaultLocale } from '../../src/content/locales';
import { useProfileStore } from '../../src/stores/profile-store';

/** Most tests are about a trainee who has already said who they are; the welcome tests clear this. */
export const TEST_PROFILE = { name: '李娜', employeeId: 'E1024', department: '华东销售部' };

await initAllLocales();

interface Store {
  setState(state: unknown, replace: true): void;
  getInitialState(): unknown;
}
const isStore = (value: unknown): value is Store => typeof value === 'function' && 'getInitialState' in value && 'setState' in value;
// Every store of the app, found on disk: a new store is reset after each test without touching this file.
const stores = Object.values(import.meta.glob<Record<string, unknown>>('../../src/stores/*-store.ts', { eager: true })).flatMap((m) => Object.values(m).filter(isStore));

// A lazy page (its chunk compiled on first import) can take seconds on a loaded 2-core machine:
// findBy waits up to 15 s for it (it returns as soon as the element is there).
configure({ asyncUtilTimeout: 15_000 });

// A React warning or error in a test is a bug, not noise.
beforeEach(() => {
  useProfileStore.setState({ profile: TEST_PROFILE, registration: null });
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`);
  });
});

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
  // Each test starts from a new trainee, in the course's first language: every store back to the
  // state it is created with (the files share one module graph, so a store outlives its file).
  for (const store of stores) store.setState(store.getInitialState(), true);
  if (i18n.language !== defaultLocale) await i18n.changeLanguage(defaultLocale);
  document.documentElement.lang = defaultLocale;
});
