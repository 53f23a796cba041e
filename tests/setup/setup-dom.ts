import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { initAllLocales } from './all-locales';
import { emptyProgress, emptyQuizState, emptyRoleplayState } from '../../src/domain';
import { useProgressStore } from '../../src/stores/progress-store';
import { useQuizStore } from '../../src/stores/quiz-store';
import { useGoalsStore } from '../../src/stores/goals-store';
import { useRoleplayStore } from '../../src/stores/roleplay-store';
import { useSandboxStore } from '../../src/stores/sandbox-store';
import { useStorageNotices } from '../../src/stores/storage-notices-store';
import { useProfileStore } from '../../src/stores/profile-store';
import { useRecordsStatus } from '../../src/stores/records-status-store';

/** Most tests are about a trainee who has already said who they are; the welcome tests clear this. */
export const TEST_PROFILE = { name: '李娜', employeeId: 'E1024', department: '华东销售部' };

await initAllLocales();

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

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
  // Each test starts from a new trainee.
  useProgressStore.setState({ progress: emptyProgress });
  useQuizStore.setState({ quiz: emptyQuizState });
  useGoalsStore.setState({ goals: [] });
  useRoleplayStore.setState({ roleplay: emptyRoleplayState });
  useSandboxStore.setState({ sandbox: null });
  useStorageNotices.setState({ notices: [] });
  useRecordsStatus.setState({ enabled: false, pending: 0, rejected: [] });
});
