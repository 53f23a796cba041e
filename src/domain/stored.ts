import { isRecord } from './guards';

/**
 * Every store the course keeps on the device is written as one envelope, `{ state, version }`
 * (zustand's persist format, so copies written before this module existed read the same), and
 * restored by one function: parse, migrate step by step with named pure steps, check today's
 * shape keeping every entry that passes. What cannot be used comes back with a reason, and the
 * one recovery path (`src/stores/recovering-storage.ts`) sets the copy aside and tells the trainee.
 */

export type RecoveryReason = 'corrupt' | 'unknownVersion' | 'invalidShape';

/** One step from version n to n + 1. Named, so a test or a failure says which step it was; never mutates its input. */
export interface Migration {
  readonly name: string;
  readonly up: (state: unknown, now: string) => unknown;
}

export interface StoredFormat<S> {
  /** The version written today. */
  readonly version: number;
  /** `migrations[n]` turns version n into n + 1. Versions below the first step are unknown. */
  readonly migrations: Readonly<Record<number, Migration>>;
  /** What an absent or unusable copy becomes. */
  readonly empty: S;
  /** Checks today's shape, keeping what it can: `lost` when some entries had to be dropped; undefined when nothing is usable. */
  readonly check: (state: unknown) => { state: S; lost?: boolean } | undefined;
  /** Reads a copy written before the store had an envelope (a bare state) as version 0. */
  readonly unversioned?: boolean;
}

export interface Restored<S> {
  state: S;
  /** Set when some or all of the stored copy could not be used. */
  recovered?: RecoveryReason;
  /** Set when an older version was migrated. */
  migratedFrom?: number;
}

/** The oldest version a format can still read. */
export function oldestVersion(format: StoredFormat<unknown>): number {
  const steps = Object.keys(format.migrations).map(Number);
  return steps.length ? Math.min(...steps) : format.version;
}

/** Turns the stored text (or null) into today's state. Never throws. */
export function restoreStored<S>(raw: string | null, format: StoredFormat<S>, now: string): Restored<S> {
  const empty = (recovered?: RecoveryReason): Restored<S> => (recovered ? { state: format.empty, recovered } : { state: format.empty });
  if (raw === null || raw === '') return empty();
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return empty('corrupt');
  }
  let version: number;
  let state: unknown;
  if (isRecord(parsed) && 'state' in parsed && 'version' in parsed) {
    if (!Number.isInteger(parsed.version)) return empty('invalidShape');
    version = parsed.version as number;
    state = parsed.state;
  } else if (format.unversioned && isRecord(parsed)) {
    version = 0;
    state = parsed;
  } else return empty('invalidShape');
  if (version > format.version || version < oldestVersion(format)) return empty('unknownVersion');
  try {
    for (let v = version; v < format.version; v++) state = format.migrations[v]!.up(state, now);
  } catch {
    return empty('invalidShape');
  }
  const checked = format.check(state);
  if (!checked) return empty('invalidShape');
  return {
    state: checked.state,
    ...(checked.lost ? { recovered: 'invalidShape' as const } : {}),
    ...(version < format.version ? { migratedFrom: version } : {}),
  };
}

/** The envelope as it is written. */
export function storedText<S>(state: S, format: StoredFormat<S>): string {
  return JSON.stringify({ state, version: format.version });
}

/** Keeps the entries that pass `isValid`; says whether any had to be dropped. */
export function keepValid<T>(list: unknown, isValid: (v: unknown) => v is T): { kept: T[]; dropped: boolean } {
  if (!Array.isArray(list)) return { kept: [], dropped: true };
  const kept = list.filter(isValid);
  return { kept, dropped: kept.length !== list.length };
}

/** Keeps the map's entries that pass `isValid` under their own key; says whether any had to be dropped. */
export function keepValidEntries<T>(map: unknown, isValid: (key: string, v: unknown) => v is T): { kept: Record<string, T>; dropped: boolean } {
  if (!isRecord(map)) return { kept: {}, dropped: true };
  const entries = Object.entries(map);
  const kept = Object.fromEntries(entries.filter(([k, v]) => isValid(k, v))) as Record<string, T>;
  return { kept, dropped: Object.keys(kept).length !== entries.length };
}
