import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { emptyProgress, markSeen, progressFormat, type Progress } from '../domain';
import { followOtherTabs, recoveringStorage } from './recovering-storage';
import { storageKey } from './storage-keys';

interface ProgressState {
  progress: Progress;
  markSeen: (moduleId: string, slideId: string) => void;
}

export const PROGRESS_KEY = storageKey('progress');

export const useProgressStore = create<ProgressState>()(
  persist(
    (set) => ({
      progress: emptyProgress,
      markSeen: (moduleId, slideId) =>
        set((s) => ({ progress: markSeen(s.progress, moduleId, slideId, new Date().toISOString()) })),
    }),
    {
      name: PROGRESS_KEY,
      version: progressFormat.version,
      partialize: (s) => s.progress,
      merge: (persisted, current) => ({ ...current, progress: (persisted as Progress | undefined) ?? current.progress }),
      storage: recoveringStorage(progressFormat),
    },
  ),
);

followOtherTabs(useProgressStore, progressFormat, () => import('./tab-merges').then((m) => m.mergeProgress));
