import { METRICS } from './lexicon';
import type { Locale } from './types';

/**
 * What a salesperson does to reach a goal (visits, calls, meetings…), as opposed to the result it
 * measures. "每周拜访5家客户" / "visiting 5 customers a week" says how often an action happens: the
 * week is not the goal's period, nor the 5 its target.
 */
const ACTIONS: Record<Locale, RegExp> = {
  'zh-CN': /拜访|拜会|走访|回访|陪访|上门|电话|致电|外呼|邀约|会议|会面|见面|面谈|约见|演示|路演|沟通|跟进|联系|举办|召开|参加/,
  en: /\b(?:visit(?:s|ing|ed)?|(?:phone\s+|sales\s+|cold[-\s]?)?call(?:s|ing)?|meet(?:s|ing|ings)?|demos?|demonstrations?|presentations?|pitch(?:es|ing)?|follow[-\s]?ups?|following\s+up|contact(?:s|ing)?|reach(?:ing)?\s+out\s+to|outreach|workshops?|webinars?|site\s+visits?)\b/i,
};
// A clause ends at punctuation; in English also at "and" (visit customers weekly and lift revenue monthly).
const CLAUSE_END: Record<Locale, RegExp> = {
  'zh-CN': /[，,。；;、！!？?\n]|并且|并|同时/g,
  en: /[,;.!?\n]|\band\b/gi,
};
// A result figure between an action and a frequency ("visit customers to lift revenue 20% a month") makes the frequency the result's.
const RESULT_FIGURE: Record<Locale, RegExp> = {
  'zh-CN': /%|％|[万亿]|元/g,
  en: /%|\bpercent\b|\b(?:million|billion|thousand|RMB|yuan)\b|\$/gi,
};

/** The part of `text` before `start` back to the clause's start (and to the last result figure, when asked). */
function before(text: string, start: number, locale: Locale, window: number, stopAtFigures: boolean): string {
  let s = text.slice(Math.max(0, start - window), start);
  for (const pattern of stopAtFigures ? [CLAUSE_END[locale], RESULT_FIGURE[locale]] : [CLAUSE_END[locale]]) {
    pattern.lastIndex = 0;
    let cut = -1;
    for (const m of s.matchAll(pattern)) cut = m.index + m[0].length;
    if (cut >= 0) s = s.slice(cut);
  }
  return s;
}

/** The part of `text` from `end` up to the clause's end. */
function after(text: string, end: number, locale: Locale, window: number): string {
  const s = text.slice(end, end + window);
  const pattern = CLAUSE_END[locale];
  pattern.lastIndex = 0;
  const m = pattern.exec(s);
  return m ? s.slice(0, m.index) : s;
}

const namesMetric = (s: string, locale: Locale) => METRICS[locale].some(([pattern]) => pattern.test(s));

/**
 * Whether a frequency (每周, 每月, a week, per month, weekly…) at `start`–`end` says how often an
 * action happens rather than the period of the result: an action word follows it in the clause
 * (每周拜访, weekly visits), or precedes it with no result figure in between (visiting 5 customers
 * a week). A frequency followed by what is measured (每月销售额, monthly revenue) is the result's.
 */
export function isActionFrequency(text: string, start: number, end: number, locale: Locale): boolean {
  const next = after(text, end, locale, locale === 'zh-CN' ? 8 : 30);
  const head = locale === 'zh-CN' ? next.slice(0, 3) : next.split(/\s+/).slice(0, 3).join(' ');
  if (namesMetric(head, locale)) return false;
  // Only an adjective (weekly visits) comes before its action in English; "a month by visiting" is the result's month.
  const lead = locale === 'zh-CN' ? next.slice(0, 6) : /ly$/i.test(text.slice(start, end)) ? next.split(/\s+/).slice(0, 3).join(' ') : '';
  if (lead && ACTIONS[locale].test(lead)) return true;
  return ACTIONS[locale].test(before(text, start, locale, locale === 'zh-CN' ? 12 : 60, true));
}

/**
 * Whether a figure at `start`–`end` counts an action (拜访5家客户, 5次拜访, visiting 5 customers,
 * 20 calls) rather than a result: an action word just before it in the clause, or right after it.
 */
export function isActionQuantity(text: string, start: number, end: number, locale: Locale): boolean {
  if (ACTIONS[locale].test(before(text, start, locale, locale === 'zh-CN' ? 6 : 25, true))) return true;
  const next = after(text, end, locale, locale === 'zh-CN' ? 4 : 30);
  return ACTIONS[locale].test(locale === 'zh-CN' ? next : next.split(/\s+/).slice(0, 4).join(' '));
}
