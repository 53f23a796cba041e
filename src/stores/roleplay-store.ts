import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  chooseReply,
  discardRun,
  emptyRoleplayState,
  finishRun,
  roleplayFormat,
  startRun,
  type ActiveRun,
  type FinishedRun,
  type ReplyStep,
  type RoleplayState,
} from '../domain';
import { followOtherTabs, recoveringStorage } from './recovering-storage';
import { storageKey } from './storage-keys';

interface RoleplayStore {
  roleplay: RoleplayState;
  start: (run: Omit<ActiveRun, 'choices' | 'typed'>) => void;
  choose: (scenarioId: string, choiceIndex: number, typed?: string, step?: ReplyStep) => void;
  finish: (run: FinishedRun) => void;
  discard: (scenarioId: string) => void;
}

export const ROLEPLAY_KEY = storageKey('roleplay');

export const useRoleplayStore = create<RoleplayStore>()(
  persist(
    (set) => ({
      roleplay: emptyRoleplayState,
      start: (run) => set((s) => ({ roleplay: startRun(s.roleplay, run) })),
      choose: (scenarioId, choiceIndex, typed, step) => set((s) => ({ roleplay: chooseReply(s.roleplay, scenarioId, choiceIndex, typed, step) })),
      finish: (run) => set((s) => ({ roleplay: finishRun(s.roleplay, run) })),
      discard: (scenarioId) => set((s) => ({ roleplay: discardRun(s.roleplay, scenarioId) })),
    }),
    {
      name: ROLEPLAY_KEY,
      version: roleplayFormat.version,
      partialize: (s) => s.roleplay,
      merge: (persisted, current) => ({ ...current, roleplay: (persisted as RoleplayState | undefined) ?? current.roleplay }),
      storage: recoveringStorage(roleplayFormat),
    },
  ),
);

followOtherTabs(useRoleplayStore, roleplayFormat, () => import('./tab-merges').then((m) => m.mergeRoleplay));
