import { useCallback, useEffect, useState } from 'react';
import { HrApiError } from './hr-http';
import { getSession, logout as callLogout, type HrSession } from './hr-session-api';

export type SignedOutNotice = 'expired' | 'signedOut';

export type SessionState =
  | { phase: 'checking' }
  | { phase: 'failed' }
  | { phase: 'forbidden'; noDepartment?: boolean }
  | { phase: 'signed-out'; notice?: SignedOutNotice }
  | { phase: 'signed-in'; session: HrSession };

/** Who is signed in to the HR pages. The CSRF token lives in memory only, never in storage. */
export function useHrSession() {
  const [state, setState] = useState<SessionState>({ phase: 'checking' });
  const [check, setCheck] = useState(0);

  useEffect(() => {
    let live = true;
    getSession().then(
      (session) => live && setState(session ? { phase: 'signed-in', session } : { phase: 'signed-out' }),
      (error: unknown) =>
        live &&
        setState(error instanceof HrApiError && error.kind === 'forbidden' ? { phase: 'forbidden', noDepartment: error.code === 'no_department' } : { phase: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [check]);

  const retry = useCallback(() => {
    setState({ phase: 'checking' });
    setCheck((n) => n + 1);
  }, []);
  const signIn = useCallback((session: HrSession) => setState({ phase: 'signed-in', session }), []);
  /** The server said the session is gone (it expired, or was ended elsewhere). */
  const expire = useCallback(() => setState({ phase: 'signed-out', notice: 'expired' }), []);
  const logout = useCallback(async (csrf: string) => {
    try {
      const { endSessionUrl } = await callLogout(csrf);
      // Signed in with the company account: its provider ends its own session too (so a shared
      // PC does not sign the next person straight in), then sends the browser back to HR's sign-in.
      if (endSessionUrl) {
        window.location.assign(endSessionUrl);
        return;
      }
    } catch (error) {
      // Already signed out on the server: the user's wish is met.
      if (!(error instanceof HrApiError && error.kind === 'unauthorized')) throw error;
    }
    setState({ phase: 'signed-out', notice: 'signedOut' });
  }, []);

  return { state, retry, signIn, expire, logout };
}
