import 'i18next';
import type zhCN from './zh-CN.json';
import type hrZhCN from '../../features/hr/locales/zh-CN.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    // `hr` loads with the HR pages only (src/features/hr/hr-strings.ts).
    resources: { translation: typeof zhCN; hr: typeof hrZhCN };
    returnNull: false;
  }
}
