import type { Mutate, StoreApi } from 'zustand';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { restoreStored, storedText, type Restored, type StoredFormat, type TabMerge } from '../domain';
import { safeStorage } from './safe-storage';
import { useStorageNotices } from './storage-notices-store';

/** The text this tab last read or wrote under each key: what tells another tab's write from its own. */
const known = new Map<string, string | null>();
/**
 * Another tab's work being taken in, while it is: under which key, and whether its copy is adopted
 * as written (writing that back would only echo it to the other tabs) or merged with this tab's.
 */
let takingIn: { key: string; asWritten: boolean } | undefined;

/** Whether the store change under way is another tab's work being taken in (that tab records it). */
export const changeFromOtherTab = () => takingIn !== undefined;

function restore<S>(key: string, format: StoredFormat<S>): Restored<S> {
  const raw = safeStorage.get(key);
  known.set(key, raw);
  const restored = restoreStored(raw, format, new Date().toISOString());
  if (restored.recovered && raw !== null) {
    const backupKey = `${key}:backup:${new Date().toISOString()}`;
    safeStorage.set(backupKey, raw);
    useStorageNotices.getState().add({ key, backupKey, reason: restored.recovered });
  }
  return restored;
}

/**
 * The one way a store is read back: the stored text goes through `restoreStored` (parse, named
 * migrations, today's shape). When some or all of it cannot be used, the raw copy is set aside
 * under a backup key and the trainee is told; the app carries on with what could be restored.
 */
export function readStore<S>(key: string, format: StoredFormat<S>): S {
  return restore(key, format).state;
}

/** Writes the store in its versioned envelope. */
export function writeStore<S>(key: string, state: S, format: StoredFormat<S>): boolean {
  // An echo would reach a tab that has moved on meanwhile as a change of its own, and a merge there could pick it.
  if (takingIn?.key === key && takingIn.asWritten) return true;
  const text = storedText(state, format);
  const written = safeStorage.set(key, text);
  if (written) known.set(key, text);
  return written;
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
      known.delete(name);
      safeStorage.remove(name);
    },
  };
}

/**
 * Keeps a persisted store in step with the same store in the trainee's other tabs, so this tab's
 * next write builds on what they saved. Another tab's write that was made over this tab's own
 * copy is taken as it is (deletions included); one made over an older copy, while this tab had
 * changed the store too, is merged with `loadMerge`'s rule (loaded only then, off the first page),
 * which is also given the copy the other tab wrote over, so that a deletion in either tab holds.
 * A copy that cannot be restored takes the start-up recovery path and never replaces this tab's state.
 */
export function followOtherTabs<T, S>(store: Mutate<StoreApi<T>, [['zustand/persist', S]]>, format: StoredFormat<S>, loadMerge?: () => Promise<TabMerge<S>>): void {
  globalThis.addEventListener?.('storage', (e) => {
    const { name, partialize, merge } = store.persist.getOptions();
    const ours = known.get(name!);
    if (e.key !== name || e.newValue === ours) return;
    const theirs = restore(name, format);
    const take = (state: S, asWritten = false) => {
      takingIn = { key: name!, asWritten };
      try {
        store.setState(merge!(state, store.getState()));
      } finally {
        takingIn = undefined;
      }
    };
    if (!theirs.recovered && e.oldValue === ours) take(theirs.state, true);
    else if (loadMerge) {
      // What the other tab wrote over is what both tabs started from: what either deleted since stays deleted.
      const base = e.oldValue === null ? undefined : restoreStored(e.oldValue, format, new Date().toISOString());
      loadMerge().then(
        (rule) => take(rule(partialize!(store.getState()), theirs.state, base && !base.recovered ? base.state : undefined)),
        // Without the rules (their code could not be loaded) this tab keeps its own state for now.
        (error: unknown) => console.warn('storage:', error),
      );
    } else if (!theirs.recovered) take(theirs.state, true);
    else store.setState({}); // writes this tab's state over the copy set aside
  });
}
