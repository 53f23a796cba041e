import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { validateProfile, type Profile } from '../domain';
import { recoveringStorage } from './recovering-storage';
import { storageKey } from './storage-keys';

/** The records server's answer to this browser's registration: its token, and for which profile. */
export interface Registration {
  token: string;
  homePage: string;
  /** The profile the token was issued for; a changed profile is registered again. */
  for: Profile;
}

export interface ProfileState {
  profile: Profile | null;
  registration: Registration | null;
}

interface ProfileStore extends ProfileState {
  save: (profile: Profile) => void;
  registered: (registration: Registration | null) => void;
}

export const PROFILE_KEY = storageKey('profile');
export const PROFILE_VERSION = 1;

function restoreProfile(raw: string | null): { state: ProfileState; recovered?: string } {
  const empty: ProfileState = { profile: null, registration: null };
  if (!raw) return { state: empty };
  try {
    const s = (JSON.parse(raw) as { state?: Partial<ProfileState> }).state ?? {};
    const profile = s.profile ? (validateProfile(s.profile).profile ?? null) : null;
    const r = s.registration;
    const registration = r && typeof r.token === 'string' && typeof r.homePage === 'string' && validateProfile(r.for).profile ? r : null;
    return { state: { profile, registration }, recovered: s.profile && !profile ? 'profile' : undefined };
  } catch {
    return { state: empty, recovered: 'profile' };
  }
}

export const useProfileStore = create<ProfileStore>()(
  persist(
    (set) => ({
      profile: null,
      registration: null,
      save: (profile) => set({ profile }),
      registered: (registration) => set({ registration }),
    }),
    {
      name: PROFILE_KEY,
      version: PROFILE_VERSION,
      partialize: (s) => ({ profile: s.profile, registration: s.registration }),
      storage: recoveringStorage<ProfileState>(PROFILE_VERSION, restoreProfile),
    },
  ),
);
