import { create } from 'zustand';
import type { IssuedAttempt } from '../domain';

/** What the trainee is told about their records: how many wait to be sent, and any the server refused. */
/** Whether this course sends records anywhere: `unknown` until config.json (or the LMS) has answered. */
export type RecordsMode = 'unknown' | 'off' | 'on';

export interface RecordsStatus {
  /** Decides the first screen: a trainee is asked who they are only when records are on. */
  mode: RecordsMode;
  /** Records are sent somewhere (a records server or an LRS is configured). */
  enabled: boolean;
  pending: number;
  rejected: { id: string; status: number; reason: string; statement: unknown }[];
  /** Sends the refused ones again. */
  retry: () => void;
  /**
   * Set when the records server scores quiz attempts: asks it for a new attempt's id and seed.
   * Undefined when it cannot answer (offline, not registered yet); the page then draws from the
   * attempt's own id and the server scores it within its limits for offline attempts.
   */
  issueAttempt?: (quizId: string) => Promise<IssuedAttempt | undefined>;
  /** Inside an LMS that wants an explicit exit (cmi5): ends the session. */
  exit?: () => void;
  /** The trainee has exited; the window may be closed. */
  exited?: boolean;
}

interface RecordsStatusStore extends RecordsStatus {
  update: (status: Partial<RecordsStatus>) => void;
}

export const useRecordsStatus = create<RecordsStatusStore>()((set) => ({
  mode: 'unknown',
  enabled: false,
  pending: 0,
  rejected: [],
  retry: () => {},
  update: (status) => set(status),
}));
