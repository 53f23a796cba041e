import i18n from 'i18next';
import { locales, type Locale } from '../../content/locales';

const bundles: Record<Locale, () => Promise<{ default: Record<string, unknown> }>> = {
  'zh-CN': () => import('./locales/zh-CN.json'),
  en: () => import('./locales/en.json'),
};

/**
 * The HR pages' strings (namespace `hr`), kept out of the trainee's first load. Both languages
 * load at once, so switching language on an HR page never shows a missing string.
 */
export async function ensureHrStrings(instance = i18n): Promise<void> {
  await Promise.all(
    locales.map(async (locale) => {
      if (instance.hasResourceBundle(locale, 'hr')) return;
      const bundle = (await bundles[locale]()).default;
      instance.addResourceBundle(locale, 'hr', bundle);
    }),
  );
}
