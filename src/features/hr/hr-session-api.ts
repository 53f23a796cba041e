import { endSessionAddress } from '../../domain';
import { call, HrApiError, read } from './hr-http';

export interface HrSession {
  user: string;
  csrf: string;
  /** Set when the session sees one department only (a manager's). */
  department?: string;
  /** The signed-in user's roles, as the server has them (an admin may remove and merge self-declared identities). */
  roles?: string[];
  /** The generated local account: an admin kept for emergencies, not for every day. */
  breakGlass?: boolean;
}

const isSession = (b: Record<string, unknown>) => typeof b.user === 'string' && typeof b.csrf === 'string';

/** The signed-in HR user, or null when nobody is signed in. */
export async function getSession(): Promise<HrSession | null> {
  try {
    return await read<HrSession>(await call('/session'), isSession);
  } catch (error) {
    if (error instanceof HrApiError && error.kind === 'unauthorized') return null;
    throw error;
  }
}

export async function login(user: string, password: string): Promise<HrSession> {
  const res = await call('/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user, password }) });
  return read<HrSession>(res, isSession);
}

/**
 * Ends the HR session. A company sign-in is also ended at the company's provider: the answer
 * then names its end-session address, where the browser goes next (only a web address is kept).
 */
export async function logout(csrf: string): Promise<{ endSessionUrl?: string }> {
  const res = await call('/logout', { method: 'POST', headers: { 'X-CSRF-Token': csrf } });
  if (res.status !== 200) return {};
  const endSessionUrl = endSessionAddress(await res.json().catch(() => undefined));
  if (!endSessionUrl) throw new HrApiError('server');
  return { endSessionUrl };
}
