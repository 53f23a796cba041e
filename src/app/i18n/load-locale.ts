import type { i18n as I18n } from 'i18next';
import type { Locale } from '../../content/locales';
import { ensureCourseLocale } from '../../content/course';
import { i18n as appI18n } from './i18n';
import localeData from 'virtual:locale-data';

type Bundle = () => Promise<{ default: Record<string, unknown> }>;

// The interface strings of one language, as data (see build/course-plugin.ts).
const core = (locale: Locale) => localeData[locale]!.strings() as Promise<Record<string, unknown>>;

const none: Record<Locale, Bundle> = { 'zh-CN': async () => ({ default: {} }), en: async () => ({ default: {} }) };

// Each exercise's strings load with its page, so the first page does not carry them. They join
// the one `translation` namespace: keys stay as they were, only where they are kept changed.
const features = {
  quiz: { 'zh-CN': () => import('../../features/quiz/locales/zh-CN.json'), en: () => import('../../features/quiz/locales/en.json') },
  smart: { 'zh-CN': () => import('../../features/smart/locales/zh-CN.json'), en: () => import('../../features/smart/locales/en.json') },
  roleplay: { 'zh-CN': () => import('../../features/roleplay/locales/zh-CN.json'), en: () => import('../../features/roleplay/locales/en.json') },
  sandbox: { 'zh-CN': () => import('../../features/sandbox/locales/zh-CN.json'), en: () => import('../../features/sandbox/locales/en.json') },
  certificate: { 'zh-CN': () => import('../../features/certificate/locales/zh-CN.json'), en: () => import('../../features/certificate/locales/en.json') },
  // Not in an LMS package, where these pages do not exist (see the router).
  present: import.meta.env.VITE_PACKAGE_FORMAT ? none : { 'zh-CN': () => import('../../features/present/locales/zh-CN.json'), en: () => import('../../features/present/locales/en.json') },
  live: import.meta.env.VITE_PACKAGE_FORMAT ? none : { 'zh-CN': () => import('../../features/live/locales/zh-CN.json'), en: () => import('../../features/live/locales/en.json') },
  trainer: import.meta.env.VITE_PACKAGE_FORMAT ? none : { 'zh-CN': () => import('../../features/trainer/locales/zh-CN.json'), en: () => import('../../features/trainer/locales/en.json') },
  review: { 'zh-CN': () => import('../../features/review/locales/zh-CN.json'), en: () => import('../../features/review/locales/en.json') },
} satisfies Record<string, Record<Locale, Bundle>>;

export type FeatureStrings = keyof typeof features;

const wanted = new Set<FeatureStrings>();

async function addFeature(i18n: I18n, locale: Locale, feature: FeatureStrings) {
  const bundle = (await features[feature][locale]()).default;
  i18n.addResourceBundle(locale, 'translation', bundle, true, false);
}

/** Everything a language needs before it is shown: its interface strings (with those of the exercises already opened) and its course manifest. */
export async function loadLocale(i18n: I18n | undefined, locale: Locale): Promise<Record<string, unknown>> {
  const [bundle] = await Promise.all([core(locale), ensureCourseLocale(locale)]);
  if (i18n && !i18n.hasResourceBundle(locale, 'translation')) i18n.addResourceBundle(locale, 'translation', bundle);
  if (i18n) await Promise.all([...wanted].map((f) => addFeature(i18n, locale, f)));
  return bundle;
}

/** Loads an exercise's strings for the language shown (and for any language chosen later). */
export async function ensureFeatureStrings(feature: FeatureStrings, i18n: I18n = appI18n): Promise<void> {
  wanted.add(feature);
  if (i18n.isInitialized) await addFeature(i18n, i18n.language as Locale, feature);
}
