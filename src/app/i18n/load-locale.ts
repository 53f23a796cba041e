import type { i18n as I18n } from 'i18next';
import type { Locale } from '../../content/locales';
import { ensureCourseLocale } from '../../content/course';

const bundles: Record<Locale, () => Promise<{ default: Record<string, unknown> }>> = {
  'zh-CN': () => import('./zh-CN.json'),
  en: () => import('./en.json'),
};

/** Everything a language needs before it is shown: its interface strings and its course manifest. */
export async function loadLocale(i18n: I18n | undefined, locale: Locale): Promise<Record<string, unknown>> {
  const [bundle] = await Promise.all([bundles[locale]().then((m) => m.default), ensureCourseLocale(locale)]);
  if (i18n && !i18n.hasResourceBundle(locale, 'translation')) i18n.addResourceBundle(locale, 'translation', bundle);
  return bundle;
}
