import { safeStorage } from '../../stores/safe-storage';

/**
 * What the browser would not keep (storage full, blocked, or a private window): this visit still
 * has it, so a phone can join and a console can run a session; only a reload forgets it.
 */
const memory = new Map<string, string>();

/** The live pages' own storage: localStorage when the browser allows it, memory when it does not. */
export const liveStorage = {
  get(key: string): string | null {
    return safeStorage.get(key) ?? memory.get(key) ?? null;
  },
  set(key: string, value: string) {
    if (safeStorage.set(key, value)) memory.delete(key);
    else memory.set(key, value);
  },
  remove(key: string) {
    memory.delete(key);
    safeStorage.remove(key);
  },
};

/** A phone's seat in a session, kept so a reload or a reconnect is the same participant, never a second one. */
export function participantId(code: string): string {
  const key = `sta:live:${code}:participant`;
  let id = liveStorage.get(key);
  if (!id) {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    id = [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('').slice(0, 20);
    liveStorage.set(key, id);
  }
  return id;
}

const trainerKey = (code: string) => `sta:live:${code}:trainer`;
const moduleSession = (moduleId: string) => `sta:live:module:${moduleId}`;

/** The trainer's key for a session, and the session a module's console runs, so a console refresh does not end it. */
export const trainerStorage = {
  save(moduleId: string, code: string, key: string) {
    liveStorage.set(trainerKey(code), key);
    liveStorage.set(moduleSession(moduleId), code);
  },
  load(moduleId: string): { code: string; key: string } | undefined {
    const code = liveStorage.get(moduleSession(moduleId));
    const key = code ? liveStorage.get(trainerKey(code)) : null;
    return code && key ? { code, key } : undefined;
  },
  forget(moduleId: string) {
    const code = liveStorage.get(moduleSession(moduleId));
    if (code) liveStorage.remove(trainerKey(code));
    liveStorage.remove(moduleSession(moduleId));
  },
};
