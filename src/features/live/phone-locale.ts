import { useEffect } from 'react';
import { useSettingsStore } from '../../stores/settings-store';
import { safeStorage } from '../../stores/safe-storage';
import { storageKey } from '../../stores/storage-keys';

/** The course language a phone's own languages ask for: the first Chinese or English one, else none. */
export function phoneLocale(languages: readonly string[]): 'zh-CN' | 'en' | undefined {
  for (const l of languages) {
    const lower = l.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return undefined;
}

/**
 * A phone that scanned the room's QR code reads in its own language until its owner picks one in
 * the app (a choice is kept in the settings, and then wins).
 */
export function usePhoneLocale() {
  useEffect(() => {
    if (safeStorage.get(storageKey('settings')) !== null) return;
    const wanted = phoneLocale(navigator.languages ?? [navigator.language]);
    if (wanted && wanted !== useSettingsStore.getState().locale) useSettingsStore.getState().setLocale(wanted);
  }, []);
}
