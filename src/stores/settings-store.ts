import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { defaultLocale, isLocale, type Locale } from '../content/locales';
import { isRecord, type StoredFormat } from '../domain';
import { followOtherTabs, recoveringStorage } from './recovering-storage';
import { storageKey } from './storage-keys';

export type Theme = 'system' | 'light' | 'dark';
const themes: readonly Theme[] = ['system', 'light', 'dark'];

export interface Settings {
  locale: Locale;
  theme: Theme;
  showNotes: boolean;
}

interface SettingsState extends Settings {
  setLocale: (locale: Locale) => void;
  setTheme: (theme: Theme) => void;
  setShowNotes: (show: boolean) => void;
}

export const SETTINGS_VERSION = 1;
export const defaultSettings: Settings = { locale: defaultLocale, theme: 'system', showNotes: false };

/** Settings as kept on the device: each valid setting is kept and the rest fall back to their default (cheap to lose, so no alarm). */
export const settingsFormat: StoredFormat<Settings> = {
  version: SETTINGS_VERSION,
  migrations: {},
  empty: defaultSettings,
  check(state) {
    const s = isRecord(state) ? state : {};
    return {
      state: {
        locale: isLocale(s.locale) ? s.locale : defaultSettings.locale,
        theme: themes.includes(s.theme as Theme) ? (s.theme as Theme) : defaultSettings.theme,
        showNotes: typeof s.showNotes === 'boolean' ? s.showNotes : defaultSettings.showNotes,
      },
    };
  },
};

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      ...defaultSettings,
      setLocale: (locale) => set({ locale }),
      setTheme: (theme) => set({ theme }),
      setShowNotes: (showNotes) => set({ showNotes }),
    }),
    {
      name: storageKey('settings'),
      version: SETTINGS_VERSION,
      partialize: ({ locale, theme, showNotes }) => ({ locale, theme, showNotes }),
      storage: recoveringStorage(settingsFormat),
    },
  ),
);

followOtherTabs(useSettingsStore, settingsFormat);
