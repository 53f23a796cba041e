/** The records server's live-session endpoints (src/server/live/live-routes.ts). */
const SESSIONS = '/api/live/sessions';
const SOCKET_PATH = '/live/ws';

/** The live socket on this page's own server (ws: or wss: to match the page). */
export const liveSocketUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${SOCKET_PATH}`;

/** Starts a session for a module; its trainer key is shown this once. Throws when the server refuses. */
export async function startLiveSession(moduleId: string, csrf: string | null): Promise<{ code: string; trainerKey: string }> {
  // With company sign-in only a trainer's session may start one, and its CSRF token goes along.
  const res = await fetch(SESSIONS, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(csrf ? { 'X-CSRF-Token': csrf } : {}) }, body: JSON.stringify({ moduleId }) });
  if (!res.ok) throw new Error(String(res.status));
  return (await res.json()) as { code: string; trainerKey: string };
}

export type SessionLookup = { kind: 'open' } | { kind: 'ended' } | { kind: 'not_found' } | { kind: 'busy' } | { kind: 'unavailable' };

/** Whether a join code names a session a phone can join. */
export async function findLiveSession(code: string): Promise<SessionLookup> {
  try {
    const res = await fetch(`${SESSIONS}/${encodeURIComponent(code)}`);
    if (res.status === 404) return { kind: 'not_found' };
    // Too many lookups from this address (the server limits join-code guessing).
    if (res.status === 429) return { kind: 'busy' };
    if (!res.ok) return { kind: 'unavailable' };
    const found = (await res.json()) as { ended?: unknown };
    return found.ended === true ? { kind: 'ended' } : { kind: 'open' };
  } catch {
    return { kind: 'unavailable' };
  }
}
