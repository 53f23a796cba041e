import type { Locale } from './types';

export type Period = 'week' | 'month' | 'quarter' | 'half' | 'year' | 'days';

export interface TimeExpression {
  phrase: string;
  start: number;
  end: number;
  /** How long the goal runs, when the phrase says (a quarter, a month…). */
  period?: Period;
}

const CN = '[一二两三四五六七八九十\\d]';
const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/** Patterns with the period each implies; the first that matches a span wins it. */
const PATTERNS: Record<Locale, [RegExp, Period | undefined][]> = {
  'zh-CN': [
    [new RegExp(`(?:未来|接下来的?|近)${CN}{1,3}个?(?:月|周|星期|季度|年)(?:内|之内)?`, 'g'), undefined],
    [new RegExp(`${CN}{1,4}(?:个月|天|日|周|个星期|个季度|年)(?:内|之内|以内)`, 'g'), undefined],
    [/半年(?:内|之内|以内)?/g, 'half'],
    [/(?:19|20)\d{2}\s*Q[1-4]/gi, 'quarter'],
    [/(?:FY\s?(?:19|20)\d{2}|(?:19|20)\d{2}\s*年)(?:(?:第?[一二三四1-4]季度|[上下]半年)|(?:\d{1,2}月(?:\d{1,2}[日号])?))?(?:底|末|前|之前|以前|内|全年|度)?/g, undefined],
    [/(?:第?[一二三四1-4]|本|这个?|下个?|当|上个?)季度(?:末|底|内|结束前|前)?/g, 'quarter'],
    [/Q[1-4](?:\s*\d{4})?/gi, 'quarter'],
    [/[上下]半年/g, 'half'],
    [/(?:[一二三四五六七八九十]{1,3}|\d{1,2})月(?:\d{1,2}[日号]|[一二三四五六七八九十]{1,3}[日号])?(?:底|末|前|之前|以前|中旬|上旬|下旬)?/g, undefined],
    [/(?:本|这个?|下个?|当|每个?)月(?:底|末|内)?|月底前?|月末/g, 'month'],
    [/(?:本|这|下|每)周/g, 'week'],
    [/(?:今年|明年|本年度?|当年|全年|年底|年末|年内|年度|每年)(?:底|末|前|内)?/g, 'year'],
    [/每季度?/g, 'quarter'],
  ],
  en: [
    [/\b(?:within|in|over)\s+(?:the\s+)?(?:next\s+)?\d{1,3}\s+(?:days?|weeks?|months?|quarters?|years?)\b/gi, undefined],
    [/\b(?:within|in|over)\s+(?:the\s+)?(?:next\s+)?(?:one|two|three|four|five|six|nine|twelve)\s+(?:days?|weeks?|months?|quarters?|years?)\b/gi, undefined],
    [/\b\d{4}-\d{2}-\d{2}\b/g, undefined],
    [/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, undefined],
    [new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS_EN})\\.?(?:,?\\s+\\d{4})?\\b`, 'gi'), undefined],
    [new RegExp(`\\b(?:${MONTHS_EN})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?\\b`, 'g'), undefined],
    [/\bQ[1-4](?:\s*(?:FY)?\s*'?\d{2,4})?\b/gi, 'quarter'],
    [/\b(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+\d{4})?\b/gi, 'quarter'],
    [/\bH[12](?:\s*\d{4})?\b|\b(?:first|second)\s+half(?:\s+of\s+(?:the\s+year|\d{4}))?\b/gi, 'half'],
    [/\bFY\s?'?\d{2,4}\b/gi, 'year'],
    [/\b(?:by|before|until|in|during|for)\s+(?:the\s+)?(?:end\s+of\s+)?(?:19|20)\d{2}\b/gi, 'year'],
    [/\b(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:month|quarter|year|Q[1-4])\b/gi, undefined],
    [/\b(?:by\s+)?year[-\s]end\b/gi, 'year'],
    [/\b(?:this|next|each|every|per|a)\s+(?:week|month|quarter|year)\b/gi, undefined],
    [/\b(?:weekly|monthly|quarterly|annually|yearly)\b/gi, undefined],
  ],
};

function periodFromPhrase(phrase: string): Period | undefined {
  // A calendar date (2027年6月30日前, like "by 30 June 2027") is a deadline, not a length of time.
  if (/月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]/.test(phrase)) return undefined;
  if (/季度|quarter|Q[1-4]/i.test(phrase)) return 'quarter';
  if (/半年|half|H[12]/i.test(phrase)) return 'half';
  if (/月|month/i.test(phrase)) return 'month';
  if (/周|星期|week/i.test(phrase)) return 'week';
  if (/天|日|day/i.test(phrase)) return 'days';
  if (/年|year|annual|FY/i.test(phrase)) return 'year';
  return undefined;
}

function overlaps(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}

/**
 * Finds the deadlines and periods a goal names (Q3, 第三季度, 2027年底, 本月, within 90 days,
 * by year-end …), without overlaps, in text order.
 */
export function findTimeExpressions(text: string, locale: Locale): TimeExpression[] {
  const found: TimeExpression[] = [];
  const taken = new Uint8Array(text.length);
  for (const [pattern, period] of PATTERNS[locale]) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (match[0].trim() === '' || overlaps(taken, start, end)) continue;
      taken.fill(1, start, end);
      found.push({ phrase: match[0].trim(), start, end, period: period ?? periodFromPhrase(match[0]) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
