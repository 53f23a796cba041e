import { useSettingsStore, type Settings } from '../stores/settings-store';
import type { i18n as I18n } from 'i18next';

/**
 * Applies settings to the document and to i18next whenever they change, outside React,
 * so the language, `<html lang>` and the theme can never disagree.
 */
export function syncSettings(i18n: I18n) {
  const apply = (s: Settings) => {
    if (i18n.language !== s.locale) void i18n.changeLanguage(s.locale);
    const root = document.documentElement;
    root.lang = s.locale;
    if (s.theme === 'system') root.removeAttribute('data-theme');
    else root.dataset.theme = s.theme;
  };
  apply(useSettingsStore.getState());
  return useSettingsStore.subscribe(apply);
}
