import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { defaultLocale, isLocale, type Locale } from '../content/locales';
import { recoveringStorage } from './recovering-storage';
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

/** Keeps every setting that is valid and replaces the rest with its default. */
export function restoreSettings(raw: string | null): { state: Settings; recovered?: string } {
  if (!raw) return { state: defaultSettings };
  try {
    const parsed = JSON.parse(raw) as { state?: Partial<Record<keyof Settings, unknown>> };
    const s = parsed?.state ?? {};
    return {
      state: {
        locale: isLocale(s.locale) ? s.locale : defaultSettings.locale,
        theme: themes.includes(s.theme as Theme) ? (s.theme as Theme) : defaultSettings.theme,
        showNotes: typeof s.showNotes === 'boolean' ? s.showNotes : defaultSettings.showNotes,
      },
    };
  } catch {
    // Settings are cheap to lose; no need to alarm the trainee about them.
    return { state: defaultSettings };
  }
}

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
      storage: recoveringStorage<Settings>(SETTINGS_VERSION, restoreSettings),
    },
  ),
);
