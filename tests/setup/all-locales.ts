import zhCN from '../../src/app/i18n/zh-CN.json';
import en from '../../src/app/i18n/en.json';
import hrZhCN from '../../src/features/hr/locales/zh-CN.json';
import hrEn from '../../src/features/hr/locales/en.json';
import { ensureCourseLocale } from '../../src/content/course';
import { initI18n } from '../../src/app/i18n/i18n';

/** Tests get every language at once, like a trainee who has switched back and forth. */
export async function initAllLocales() {
  await Promise.all([ensureCourseLocale('zh-CN'), ensureCourseLocale('en')]);
  return initI18n('zh-CN', { 'zh-CN': { translation: zhCN, hr: hrZhCN }, en: { translation: en, hr: hrEn } });
}
