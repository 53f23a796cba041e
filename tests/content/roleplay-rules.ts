/**
 * The rules module 03 and 08 teach, written so a test can check the role-plays keep them.
 * Markers are listed per language; a reply or summary is checked in both.
 */

/** Module 08's 70/30 rule: a best reply leaves the customer talking. */
export const BEST_REPLY_MAX = { 'zh-CN': 60, en: 45 } as const;
/** Characters for Chinese, words for English. */
export function replyLength(text: string, locale: 'zh-CN' | 'en') {
  return locale === 'zh-CN' ? [...text.replace(/\s/g, '')].length : text.split(/\s+/).filter(Boolean).length;
}

/** Something given away: a discount, free work, stock held, goods taken back, costs carried. */
export const CONCESSION = {
  'zh-CN': /免费|赠送|白送|折扣|降价|让价|返点|优惠|费用.{0,4}我们|我们.{0,4}(?:承担|出|负责)|由我们|退换|可以?退|寄售|代销|安全库存|备货|延长.{0,6}(?:账期|保修|试用)/,
  en: /\bfree\b|discount|rebate|at our cost|\bwe (?:pay|cover|carry|bear)\b|returned|returnable|sale[- ]or[- ]return|consignment|safety stock|extend(?:ed)? (?:the )?(?:payment|warranty|trial)/i,
} as const;
/** Something asked back (module 03: every concession has a condition). */
export const CONDITION = {
  'zh-CN': /前提是|条件是|作为交换|作为回报|相应地|换您|请您(?:这边)?(?:同意|承诺|签|确认|安排|提供)|您这边(?:同意|承诺|签|确认|安排|提供)/,
  en: /\bin return\b|\bin exchange\b|\bprovided (?:that )?(?:you|it|your|the|we)\b|\bon condition\b|\bon the condition\b|\bas long as you\b/i,
} as const;

/** An ending's summary opens with its label, so a trainee reads the same word the result shows. */
export const ENDING_LABEL = {
  'zh-CN': { won: /^成交/, advanced: /^推进/, stalled: /^搁置/, lost: /^(?:失败|丢单)/ },
  en: { won: /^Won\b/, advanced: /^Advanced\b/, stalled: /^Stalled\b/, lost: /^Lost\b/ },
} as const;
/** A win is a signed deal: its summary says what was signed. */
export const SIGNED = { 'zh-CN': /签(?:下|了|约|订|署|字)/, en: /\bsign(?:s|ed)?\b/i } as const;
/** 成交 (a closed deal) belongs to won endings only. */
export const CLOSED_WORD = { 'zh-CN': /成交/, en: /\b(?:won(?!['’]t)|closed the deal|deal (?:is )?closed)\b/i } as const;
