import zhCN from '../../src/app/i18n/zh-CN.json';
import en from '../../src/app/i18n/en.json';
import hrZhCN from '../../src/features/hr/locales/zh-CN.json';
import hrEn from '../../src/features/hr/locales/en.json';
import quizZhCN from '../../src/features/quiz/locales/zh-CN.json';
import quizEn from '../../src/features/quiz/locales/en.json';
import smartZhCN from '../../src/features/smart/locales/zh-CN.json';
import smartEn from '../../src/features/smart/locales/en.json';
import roleplayZhCN from '../../src/features/roleplay/locales/zh-CN.json';
import roleplayEn from '../../src/features/roleplay/locales/en.json';
import sandboxZhCN from '../../src/features/sandbox/locales/zh-CN.json';
import sandboxEn from '../../src/features/sandbox/locales/en.json';
import certificateZhCN from '../../src/features/certificate/locales/zh-CN.json';
import certificateEn from '../../src/features/certificate/locales/en.json';
import presentZhCN from '../../src/features/present/locales/zh-CN.json';
import presentEn from '../../src/features/present/locales/en.json';
import liveZhCN from '../../src/features/live/locales/zh-CN.json';
import liveEn from '../../src/features/live/locales/en.json';
import trainerZhCN from '../../src/features/trainer/locales/zh-CN.json';
import trainerEn from '../../src/features/trainer/locales/en.json';
import reviewZhCN from '../../src/features/review/locales/zh-CN.json';
import reviewEn from '../../src/features/review/locales/en.json';
import { ensureCourseLocale } from '../../src/content/course';
import { initI18n } from '../../src/app/i18n/i18n';

/** Every string of one language: the shell's and each exercise's (which the app loads per page). */
export const allStrings = {
  'zh-CN': { ...zhCN, ...quizZhCN, ...smartZhCN, ...roleplayZhCN, ...sandboxZhCN, ...certificateZhCN, ...presentZhCN, ...liveZhCN, ...trainerZhCN, ...reviewZhCN },
  en: { ...en, ...quizEn, ...smartEn, ...roleplayEn, ...sandboxEn, ...certificateEn, ...presentEn, ...liveEn, ...trainerEn, ...reviewEn },
};

/** Tests get every language at once, like a trainee who has switched back and forth. */
export async function initAllLocales() {
  await Promise.all([ensureCourseLocale('zh-CN'), ensureCourseLocale('en')]);
  return initI18n('zh-CN', { 'zh-CN': { translation: allStrings['zh-CN'], hr: hrZhCN }, en: { translation: allStrings.en, hr: hrEn } });
}
