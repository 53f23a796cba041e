import { useStorageNotices } from './storage-notices-store';

/**
 * localStorage that never throws: private modes, quotas and disabled storage must not take the
 * course down; the trainee keeps working with what is in memory, and is told that it is not being saved.
 */
export const safeStorage = {
  get(key: string): string | null {
    try {
      return globalThis.localStorage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  set(key: string, value: string): boolean {
    try {
      globalThis.localStorage?.setItem(key, value);
      useStorageNotices.getState().writeSucceeded(key);
      return true;
    } catch {
      useStorageNotices.getState().writeFailed(key);
      return false;
    }
  },
  remove(key: string) {
    try {
      globalThis.localStorage?.removeItem(key);
    } catch {
      /* nothing to clean up */
    }
  },
};
