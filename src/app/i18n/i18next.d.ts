import 'i18next';
import type zhCN from './zh-CN.json';
import type hrZhCN from '../../features/hr/locales/zh-CN.json';
import type quizZhCN from '../../features/quiz/locales/zh-CN.json';
import type smartZhCN from '../../features/smart/locales/zh-CN.json';
import type roleplayZhCN from '../../features/roleplay/locales/zh-CN.json';
import type sandboxZhCN from '../../features/sandbox/locales/zh-CN.json';
import type certificateZhCN from '../../features/certificate/locales/zh-CN.json';
import type presentZhCN from '../../features/present/locales/zh-CN.json';
import type liveZhCN from '../../features/live/locales/zh-CN.json';
import type trainerZhCN from '../../features/trainer/locales/zh-CN.json';
import type reviewZhCN from '../../features/review/locales/zh-CN.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    // `hr` loads with the HR pages only (src/features/hr/hr-strings.ts).
    // Exercises' strings join `translation` when their page loads (load-locale.ts).
    resources: { translation: typeof zhCN & typeof quizZhCN & typeof smartZhCN & typeof roleplayZhCN & typeof sandboxZhCN & typeof certificateZhCN & typeof presentZhCN & typeof liveZhCN & typeof trainerZhCN & typeof reviewZhCN; hr: typeof hrZhCN };
    returnNull: false;
  }
}
