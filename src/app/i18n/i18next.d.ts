import 'i18next';
import type zhCN from './zh-CN.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof zhCN };
    returnNull: false;
  }
}
