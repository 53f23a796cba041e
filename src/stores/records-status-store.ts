import { create } from 'zustand';

/** What the trainee is told about their records: how many wait to be sent, and any the server refused. */
export interface RecordsStatus {
  /** Records are sent somewhere (a records server or an LRS is configured). */
  enabled: boolean;
  pending: number;
  rejected: { id: string; status: number; reason: string; statement: unknown }[];
  /** Sends the refused ones again. */
  retry: () => void;
}

interface RecordsStatusStore extends RecordsStatus {
  update: (status: Partial<RecordsStatus>) => void;
}

export const useRecordsStatus = create<RecordsStatusStore>()((set) => ({
  enabled: false,
  pending: 0,
  rejected: [],
  retry: () => {},
  update: (status) => set(status),
}));
