export type StoredRead = { kind: 'empty' } | { kind: 'recovered'; reason: 'corrupt' | 'unknownVersion' | 'invalidShape' } | { kind: 'ok'; state: unknown };

/**
 * The first steps of restoring any persisted state: nothing stored, text that is not JSON, a
 * wrapper without state, a version this code does not know, or the state to check further.
 */
export function readStored(raw: string | null, version: number): StoredRead {
  if (!raw) return { kind: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'recovered', reason: 'corrupt' };
  }
  const wrapper = parsed as { state?: unknown; version?: unknown } | null;
  if (typeof wrapper !== 'object' || wrapper === null || !('state' in wrapper)) return { kind: 'recovered', reason: 'invalidShape' };
  if (wrapper.version !== version) return { kind: 'recovered', reason: 'unknownVersion' };
  return { kind: 'ok', state: wrapper.state };
}

/** Keeps the entries that pass `isValid`; says whether any had to be dropped. */
export function keepValid<T>(list: unknown, isValid: (v: unknown) => v is T): { kept: T[]; dropped: boolean } {
  if (!Array.isArray(list)) return { kept: [], dropped: true };
  const kept = list.filter(isValid);
  return { kept, dropped: kept.length !== list.length };
}
