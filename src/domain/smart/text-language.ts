import type { Locale } from './types';

// Latin words that a Chinese sentence uses as they are (RMB 500万, Q3, SME客户): they say nothing about its language.
const NEUTRAL_WORDS = new Set(['rmb', 'cny', 'usd', 'us', 'kpi', 'ka', 'sme', 'smes', 'smb', 'smbs', 'saas', 'crm', 'roi', 'tco', 'fy', 'yoy', 'pp', 'pct', 'ok', 'mes', 'erp', 'it', 'ai', 'app']);

/**
 * The language a piece of free text is written in: Chinese or English, by the share of Chinese
 * characters against English words (one Chinese character weighs about as much as one English word;
 * units and acronyms that Chinese sentences borrow, such as RMB, Q3 or SME, do not count). Text
 * with neither, or exactly as much of each, is read in `fallback` (the language of the page).
 */
export function textLanguage(text: string, fallback: Locale): Locale {
  const plain = String(text ?? '').normalize('NFKC');
  const han = plain.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = (plain.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !NEUTRAL_WORDS.has(w.toLowerCase())).length;
  if (han > words) return 'zh-CN';
  if (words > han) return 'en';
  return fallback;
}
