import { create } from 'zustand';

export interface StorageNotice {
  key: string;
  backupKey: string;
  reason: string;
}

interface StorageNoticesState {
  notices: StorageNotice[];
  add: (notice: StorageNotice) => void;
  dismiss: (key: string) => void;
}

/** Tells the shell that a stored copy could not be used, so it can say so to the trainee. */
export const useStorageNotices = create<StorageNoticesState>()((set) => ({
  notices: [],
  add: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.key !== notice.key), notice] })),
  dismiss: (key) => set((s) => ({ notices: s.notices.filter((n) => n.key !== key) })),
}));
