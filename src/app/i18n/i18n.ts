import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from './zh-CN.json';
import en from './en.json';
import { defaultLocale, type Locale } from '../../content/locales';

export const resources = { 'zh-CN': { translation: zhCN }, en: { translation: en } } as const;

/**
 * One i18next instance for the app and the tests. A missing key throws under test so that a
 * typo or an untranslated string cannot pass unnoticed.
 */
export function initI18n(locale: Locale = defaultLocale) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng: locale,
      fallbackLng: false,
      supportedLngs: ['zh-CN', 'en'],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      saveMissing: import.meta.env.MODE === 'test',
      missingKeyHandler: (_lngs, _ns, key) => {
        throw new Error(`Missing translation key: ${key}`);
      },
    });
  } else if (i18n.language !== locale) {
    void i18n.changeLanguage(locale);
  }
  return i18n;
}

export { i18n };
