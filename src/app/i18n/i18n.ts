import i18n, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, type Locale } from '../../content/locales';

/**
 * One i18next instance for the app and the tests. The app starts it with the one language it
 * shows and adds others as they are chosen (`load-locale.ts`); tests pass every language. A
 * missing key throws under test, so a typo or an untranslated string cannot pass unnoticed.
 */
export function initI18n(locale: Locale = defaultLocale, resources?: Resource) {
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
