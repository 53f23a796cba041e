import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { addGoal, goalsFormat, removeGoal, type SavedGoal } from '../domain';
import { followOtherTabs, recoveringStorage } from './recovering-storage';
import { storageKey } from './storage-keys';

interface GoalsState {
  goals: SavedGoal[];
  add: (goal: SavedGoal) => void;
  remove: (id: string) => void;
}

export const GOALS_KEY = storageKey('goals');

export const useGoalsStore = create<GoalsState>()(
  persist(
    (set) => ({
      goals: [],
      add: (goal) => set((s) => ({ goals: addGoal(s.goals, goal) })),
      remove: (id) => set((s) => ({ goals: removeGoal(s.goals, id) })),
    }),
    {
      name: GOALS_KEY,
      version: goalsFormat.version,
      partialize: (s) => s.goals,
      merge: (persisted, current) => ({ ...current, goals: (persisted as SavedGoal[] | undefined) ?? current.goals }),
      storage: recoveringStorage(goalsFormat),
    },
  ),
);

followOtherTabs(useGoalsStore, goalsFormat, () => import('./tab-merges').then((m) => m.mergeGoals));
