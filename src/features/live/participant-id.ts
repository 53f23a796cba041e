/** A phone's seat in a session, kept so a reload or a reconnect is the same participant, never a second one. */
export function participantId(code: string): string {
  const key = `sta:live:${code}:participant`;
  let id = localStorage.getItem(key);
  if (!id) {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    id = [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('').slice(0, 20);
    localStorage.setItem(key, id);
  }
  return id;
}

const trainerKey = (code: string) => `sta:live:${code}:trainer`;
const moduleSession = (moduleId: string) => `sta:live:module:${moduleId}`;

/** The trainer's key for a session, and the session a module's console runs, so a console refresh does not end it. */
export const trainerStorage = {
  save(moduleId: string, code: string, key: string) {
    localStorage.setItem(trainerKey(code), key);
    localStorage.setItem(moduleSession(moduleId), code);
  },
  load(moduleId: string): { code: string; key: string } | undefined {
    const code = localStorage.getItem(moduleSession(moduleId));
    const key = code ? localStorage.getItem(trainerKey(code)) : null;
    return code && key ? { code, key } : undefined;
  },
  forget(moduleId: string) {
    const code = localStorage.getItem(moduleSession(moduleId));
    if (code) localStorage.removeItem(trainerKey(code));
    localStorage.removeItem(moduleSession(moduleId));
  },
};
