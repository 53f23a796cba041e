import { restorePresentation, savePresentation, type SavedPresentation } from '../../domain';
import { storageKey } from '../../stores/storage-keys';

// Per browser tab: a reload (or a tab reopened) carries on, a new day's session starts afresh
// rather than with yesterday's stopwatch.
const key = (moduleId: string) => storageKey(`present:${moduleId}`);

/** The console's last place in a module in this tab, if any. */
export function loadPresentation(moduleId: string): SavedPresentation | undefined {
  try {
    return restorePresentation(globalThis.sessionStorage?.getItem(key(moduleId)) ?? null);
  } catch {
    return undefined;
  }
}

export function storePresentation(moduleId: string, saved: SavedPresentation) {
  try {
    globalThis.sessionStorage?.setItem(key(moduleId), savePresentation(saved));
  } catch {
    // Storage off or full: the URL still keeps the slide.
  }
}
