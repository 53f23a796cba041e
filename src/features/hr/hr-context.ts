import { useOutletContext } from 'react-router';

/** What the HR layout gives its pages: the signed-in user and a way to report a lost session. */
export interface HrContext {
  user: string;
  /** The session's CSRF token, for anything that changes state. */
  csrf: string;
  /** The server's roles for this user: only an admin sees the controls that remove or merge identities. */
  roles: readonly string[];
  /** Call when the API answers 401: the layout asks the user to sign in again. */
  expire: () => void;
}

export const useHrContext = () => useOutletContext<HrContext>();
