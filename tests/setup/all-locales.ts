import zhCN from '../../src/app/i18n/zh-CN.json';
import en from '../../src/app/i18n/en.json';
import { ensureCourseLocale } from '../../src/content/course';
import { initI18n } from '../../src/app/i18n/i18n';

type Tree = { [key: string]: string | Tree };

// Every feature's strings, found on disk: a new feature's strings are checked without touching this file.
const found = import.meta.glob<Tree>('../../src/features/*/locales/*.json', { eager: true, import: 'default' });

/** Feature name → locale → its strings, for every feature with a `locales/` folder. */
export const featureStrings: Record<string, Record<string, Tree>> = {};
for (const [path, tree] of Object.entries(found)) {
  const [, feature, locale] = /features\/([^/]+)\/locales\/([^/]+)\.json$/.exec(path)!;
  (featureStrings[feature!] ??= {})[locale!] = tree;
}

/** HR's pages have a namespace of their own; every other feature's strings join the shell's. */
export const OWN_NAMESPACE = ['hr'];
const joining = Object.entries(featureStrings).filter(([name]) => !OWN_NAMESPACE.includes(name));

/** Every string of one language: the shell's and each exercise's (which the app loads per page). */
export const allStrings = {
  'zh-CN': Object.assign({}, zhCN, ...joining.map(([, l]) => l['zh-CN'])) as Tree,
  en: Object.assign({}, en, ...joining.map(([, l]) => l.en)) as Tree,
};
const hrZhCN = featureStrings.hr!['zh-CN']!;
const hrEn = featureStrings.hr!.en!;

/** Tests get every language at once, like a trainee who has switched back and forth. */
export async function initAllLocales() {
  await Promise.all([ensureCourseLocale('zh-CN'), ensureCourseLocale('en')]);
  return initI18n('zh-CN', { 'zh-CN': { translation: allStrings['zh-CN'], hr: hrZhCN }, en: { translation: allStrings.en, hr: hrEn } });
}
