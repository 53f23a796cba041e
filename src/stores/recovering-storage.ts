import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { safeStorage } from './safe-storage';
import { useStorageNotices } from './storage-notices-store';

export interface Restored<S> {
  state: S;
  recovered?: string;
}

/**
 * A zustand `PersistStorage` that hands the raw stored text to a pure `restore` (parse, migrate,
 * validate). When `restore` cannot use it, the raw copy is kept aside under a backup key and a
 * notice is raised; the app carries on with what `restore` returned.
 */
export function recoveringStorage<S>(version: number, restore: (raw: string | null) => Restored<S>): PersistStorage<S> {
  return {
    getItem(name) {
      const raw = safeStorage.get(name);
      const restored = restore(raw);
      if (restored.recovered && raw !== null) {
        const backupKey = `${name}:backup:${new Date().toISOString()}`;
        safeStorage.set(backupKey, raw);
        useStorageNotices.getState().add({ key: name, backupKey, reason: restored.recovered });
      }
      return { state: restored.state, version } satisfies StorageValue<S>;
    },
    setItem(name, value) {
      safeStorage.set(name, JSON.stringify(value));
    },
    removeItem(name) {
      safeStorage.remove(name);
    },
  };
}
