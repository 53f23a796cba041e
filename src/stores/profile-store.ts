import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isRecord, validateProfile, type Profile, type StoredFormat } from '../domain';
import { followOtherTabs, recoveringStorage } from './recovering-storage';
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
  /**
   * The course runs inside an LMS, which owns the learner's name and ID: they are shown, never
   * edited here (an edit would split the learner's records). Set at each launch, never stored.
   */
  lms: boolean;
  save: (profile: Profile) => void;
  registered: (registration: Registration | null) => void;
}

export const PROFILE_KEY = storageKey('profile');
export const PROFILE_VERSION = 1;

const isRegistration = (r: unknown): r is Registration =>
  isRecord(r) && typeof r.token === 'string' && typeof r.homePage === 'string' && Boolean(validateProfile(r.for).profile);

/** Who the trainee is, as kept on the device; a profile that fails today's checks is set aside so it is asked for again. */
export const profileFormat: StoredFormat<ProfileState> = {
  version: PROFILE_VERSION,
  migrations: {},
  empty: { profile: null, registration: null },
  check(state) {
    if (!isRecord(state)) return undefined;
    // A profile from an LMS launch has no department unless the trainee gave one.
    const profile = state.profile ? (validateProfile(state.profile, { departmentOptional: true }).profile ?? null) : null;
    const registration = isRegistration(state.registration) ? state.registration : null;
    return { state: { profile, registration }, lost: Boolean(state.profile) && !profile };
  },
};

export const useProfileStore = create<ProfileStore>()(
  persist(
    (set) => ({
      profile: null,
      registration: null,
      lms: false,
      save: (profile) => set({ profile }),
      registered: (registration) => set({ registration }),
    }),
    {
      name: PROFILE_KEY,
      version: PROFILE_VERSION,
      partialize: (s) => ({ profile: s.profile, registration: s.registration }),
      storage: recoveringStorage(profileFormat),
    },
  ),
);

followOtherTabs(useProfileStore, profileFormat);
