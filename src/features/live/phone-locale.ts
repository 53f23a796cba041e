import { useEffect } from 'react';
import { useSettingsStore } from '../../stores/settings-store';
import { safeStorage } from '../../stores/safe-storage';
import { storageKey } from '../../stores/storage-keys';
import { phoneLocale } from '../../domain/live/phone-locale';

/**
 * A phone that scanned the room's QR code reads in its own language until its owner picks one in
 * the app (a choice is kept in the settings, and then wins). The app takes it as it starts on the
 * join page (start.tsx), so only that language's words are fetched; the page takes it again for a
 * phone that came to it from another page.
 */
export function takePhoneLocale() {
  if (safeStorage.get(storageKey('settings')) !== null) return;
  const wanted = phoneLocale(navigator.languages ?? [navigator.language]);
  if (wanted && wanted !== useSettingsStore.getState().locale) useSettingsStore.getState().setLocale(wanted);
}

export function usePhoneLocale() {
  useEffect(takePhoneLocale, []);
}
