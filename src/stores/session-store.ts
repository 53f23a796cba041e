import { create } from 'zustand';
import type { Role } from '../domain';

/** Who the server says is signed in (from config.json, with the page itself: no extra request before the first screen). */
export interface SessionUser {
  employeeId: string;
  name: string;
  department: string;
  roles: Role[];
}

/**
 * How this course knows who the trainee is: `unknown` until config.json answers (or with no
 * records server); `self-declared` when trainees type their details (a pilot); `company` when
 * they sign in with the company account, `user` being who is signed in (null: nobody yet;
 * `ended` when this browser's session has just run out).
 */
export type SignIn =
  | { mode: 'unknown' }
  | { mode: 'self-declared' }
  | { mode: 'company'; login: string; user: SessionUser | null; csrf: string | null; ended?: boolean };

interface SessionStore {
  signIn: SignIn;
  set: (signIn: SignIn) => void;
}

// Not persisted: the server's word on who is signed in is asked for on every page load.
export const useSessionStore = create<SessionStore>()((set) => ({
  signIn: { mode: 'unknown' },
  set: (signIn) => set({ signIn }),
}));

/**
 * The server no longer knows this browser's session (it ran out while the page was open): the page
 * asks to sign in again and says why, as a page load after it would.
 */
export const sessionRanOut = () => {
  const { signIn, set } = useSessionStore.getState();
  if (signIn.mode === 'company' && signIn.user) set({ ...signIn, user: null, csrf: null, ended: true });
};

/** The CSRF token of the signed-in session, for requests that change something on the server. */
export const sessionCsrf = () => {
  const s = useSessionStore.getState().signIn;
  return s.mode === 'company' ? s.csrf : null;
};

/** Whether the server's user may do what only these roles may (with self-declared identities there are no accounts, so nobody is held back). */
export const sessionAllows = (signIn: SignIn, roles: readonly Role[]) => signIn.mode !== 'company' || Boolean(signIn.user?.roles.some((r) => roles.includes(r)));
