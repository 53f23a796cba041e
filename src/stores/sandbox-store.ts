import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { followOtherTabs, recoveringStorage } from './recovering-storage';
import { storageKey } from './storage-keys';
import { sandboxFormat, type SandboxState } from './sandbox-schema';

interface SandboxStore {
  sandbox: SandboxState | null;
  set: (sandbox: SandboxState) => void;
  update: (change: (sandbox: SandboxState) => SandboxState) => void;
}

export const SANDBOX_KEY = storageKey('sandbox');

export const useSandboxStore = create<SandboxStore>()(
  persist(
    (set) => ({
      sandbox: null,
      set: (sandbox) => set({ sandbox }),
      update: (change) => set((s) => (s.sandbox ? { sandbox: change(s.sandbox) } : s)),
    }),
    {
      name: SANDBOX_KEY,
      version: sandboxFormat.version,
      partialize: (s) => s.sandbox,
      merge: (persisted, current) => ({ ...current, sandbox: (persisted as SandboxState | null | undefined) ?? current.sandbox }),
      storage: recoveringStorage(sandboxFormat),
    },
  ),
);

followOtherTabs(useSandboxStore, sandboxFormat, () => import('./tab-merges').then((m) => m.mergeSandbox<SandboxState>));
