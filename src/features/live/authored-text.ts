import { createInstance, type TFunction } from 'i18next';
import { locales, type Locale } from '../../content/locales';
import type { Bilingual } from '../../domain';
import zhCN from './locales/zh-CN.json';
import en from './locales/en.json';

// The app writes some of what it pushes (an objection's words, a rating's ends, the Q&A prompt).
// Each phone, the projector and the export read a pushed question in their own language, so these
// go out in every language, whatever the trainer's console shows. The app's i18next instance
// holds only the language on screen; this one holds the live strings of every language.
const all = createInstance();
void all.init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: 'zh-CN',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});

const fixed = Object.fromEntries(locales.map((l) => [l, all.getFixedT(l)])) as Record<Locale, TFunction>;

/** The keys of strings the app itself pushes to phones. */
export type AuthoredKey =
  | 'live.rating.low'
  | 'live.rating.high'
  | 'live.qa.prompt'
  | 'live.host.objections.price'
  | 'live.host.objections.need'
  | 'live.host.objections.timing'
  | 'live.host.objections.product'
  | 'live.host.objections.vendor'
  | 'live.host.objections.authority';

/** One of the app's own strings in every language, as a pushed question carries it. */
export const inEveryLanguage = (key: AuthoredKey): Bilingual => Object.fromEntries(locales.map((l) => [l, fixed[l](key)]));
