import { useSettingsStore, type Settings } from '../stores/settings-store';
import type { i18n as I18n } from 'i18next';
import { loadLocale } from './i18n/load-locale';

/**
 * Applies settings to the document and to i18next whenever they change, outside React,
 * so the language, `<html lang>` and the theme can never disagree.
 */
export function syncSettings(i18n: I18n) {
  const apply = (s: Settings) => {
    // The language switches once its strings and course are here, so nothing shows half-translated.
    if (i18n.language !== s.locale)
      void loadLocale(i18n, s.locale).then(() => {
        if (useSettingsStore.getState().locale === s.locale) {
          void i18n.changeLanguage(s.locale);
          document.documentElement.lang = s.locale;
        }
      });
    const root = document.documentElement;
    if (i18n.language === s.locale) root.lang = s.locale;
    if (s.theme === 'system') root.removeAttribute('data-theme');
    else root.dataset.theme = s.theme;
  };
  apply(useSettingsStore.getState());
  return useSettingsStore.subscribe(apply);
}
