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

const newSourceId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * This tab's console id for a module: kept per tab, so a reloaded console is the same console
 * to the screens it opened, while a second tab is another console they do not follow.
 */
export function consoleSourceId(moduleId: string): string {
  const key = storageKey(`present-console:${moduleId}`);
  try {
    const kept = globalThis.sessionStorage?.getItem(key);
    if (kept && /^[a-z0-9-]{1,40}$/.test(kept)) return kept;
    const id = newSourceId();
    globalThis.sessionStorage?.setItem(key, id);
    return id;
  } catch {
    return newSourceId();
  }
}

const lastConsoleKey = storageKey('present-console:last');

/**
 * The module this tab's console showed last, and its id there, then this one in its place: when
 * the tab goes on to another module, the screens of the last one are told to come along.
 */
export function swapLastConsole(moduleId: string, source: string): { moduleId: string; source: string } | undefined {
  try {
    const kept: unknown = JSON.parse(globalThis.sessionStorage?.getItem(lastConsoleKey) ?? 'null');
    globalThis.sessionStorage?.setItem(lastConsoleKey, JSON.stringify({ moduleId, source }));
    if (kept && typeof kept === 'object' && 'moduleId' in kept && 'source' in kept && typeof kept.moduleId === 'string' && typeof kept.source === 'string') return { moduleId: kept.moduleId, source: kept.source };
  } catch {
    // Storage off: the screens stay where they are; "Open audience screen" opens one for this module.
  }
  return undefined;
}
