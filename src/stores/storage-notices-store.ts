import { create } from 'zustand';

export interface StorageNotice {
  key: string;
  backupKey: string;
  reason: string;
}

interface StorageNoticesState {
  notices: StorageNotice[];
  /** Keys whose last write the browser refused (storage full, blocked or in a private window). */
  unsaved: string[];
  add: (notice: StorageNotice) => void;
  dismiss: (key: string) => void;
  writeFailed: (key: string) => void;
  writeSucceeded: (key: string) => void;
}

/** Tells the shell that a stored copy could not be used, or could not be written, so it can say so to the trainee. */
export const useStorageNotices = create<StorageNoticesState>()((set) => ({
  notices: [],
  unsaved: [],
  add: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.key !== notice.key), notice] })),
  dismiss: (key) => set((s) => ({ notices: s.notices.filter((n) => n.key !== key) })),
  writeFailed: (key) => set((s) => (s.unsaved.includes(key) ? s : { unsaved: [...s.unsaved, key] })),
  // Each store writes its whole state, so the next write that goes through saves everything again.
  writeSucceeded: (key) => set((s) => (s.unsaved.includes(key) ? { unsaved: s.unsaved.filter((k) => k !== key) } : s)),
}));
