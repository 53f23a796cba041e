import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { restoreStored, storedText, type StoredFormat } from '../domain';
import { safeStorage } from './safe-storage';
import { useStorageNotices } from './storage-notices-store';

/**
 * The one way a store is read back: the stored text goes through `restoreStored` (parse, named
 * migrations, today's shape). When some or all of it cannot be used, the raw copy is set aside
 * under a backup key and the trainee is told; the app carries on with what could be restored.
 */
export function readStore<S>(key: string, format: StoredFormat<S>): S {
  const raw = safeStorage.get(key);
  const restored = restoreStored(raw, format, new Date().toISOString());
  if (restored.recovered && raw !== null) {
    const backupKey = `${key}:backup:${new Date().toISOString()}`;
    safeStorage.set(backupKey, raw);
    useStorageNotices.getState().add({ key, backupKey, reason: restored.recovered });
  }
  return restored.state;
}

/** Writes the store in its versioned envelope. */
export function writeStore<S>(key: string, state: S, format: StoredFormat<S>): boolean {
  return safeStorage.set(key, storedText(state, format));
}

/** A zustand `PersistStorage` over `readStore` and `writeStore`, for the stores that persist through zustand. */
export function recoveringStorage<S>(format: StoredFormat<S>): PersistStorage<S> {
  return {
    getItem(name) {
      return { state: readStore(name, format), version: format.version } satisfies StorageValue<S>;
    },
    setItem(name, value) {
      writeStore(name, value.state, format);
    },
    removeItem(name) {
      safeStorage.remove(name);
    },
  };
}
