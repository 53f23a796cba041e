import { CHINESE_NUMERAL_CHARS, magnitudeOf, parseChineseNumeral } from './chinese-numerals';
import type { Locale } from './types';

export interface Quantity {
  value: number;
  unit: 'currency' | 'count' | 'percent' | 'points';
  /** A change on the current level (增长20%, double) rather than a level to reach. */
  growth: boolean;
  /** The goal's starting figure (从X提高到Y, from X to Y, up from X, X → Y), not its target. */
  from: boolean;
  /** An amount or count added to or taken from the current level (增加500万元, by RMB 5 million), signed; not a level to reach. */
  delta?: boolean;
  /** The ISO code of an amount's currency when the text names one (CNY for 元, RMB, ¥; USD for $, 美元…). */
  currency?: string;
  /** Whether the text says the unit (元, 台, RMB, %), rather than leaving it to the metric (300万, 5,000). */
  unitStated: boolean;
  start: number;
  end: number;
  raw: string;
}

const NUMERAL = `[${CHINESE_NUMERAL_CHARS}]+`;
const EN_SCALE_WORD = '(?:million|billion|thousand|mn|bn|m|k)';
// Not part of a model name (X200) or a word (5G).
const ARABIC = '(?<![A-Za-z\\d.])\\d[\\d,]*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?';
const COUNT_UNITS_ZH = '台|套|件|个|家|位|名|单|份|部|辆|张|笔|户|所|项';

const ZH = new RegExp(
  [
    `(?<pct1>百分之(?<pctNum>${ARABIC}|${NUMERAL}))`,
    `(?<pts>(?<ptsNum>${ARABIC}|${NUMERAL})\\s*个百分点)`,
    `(?<cheng>(?<chengNum>\\d(?:\\.\\d)?|[一二两三四五六七八九十])成)`,
    `(?<double>翻(?<fanNum>[一两二三]?)番|翻倍|(?:增长|增加|提高|提升)(?<beiNum>[一两二三四五\\d])倍)`,
    // An amount written the English way inside a Chinese goal (RMB 30 million) keeps its scale.
    `(?<sym>RMB|CNY|USD|US\\$|HK\\$|\\$|¥|￥|€|£)\\s?(?<symNum>${ARABIC})\\s*(?:(?<symMag>[万亿千百]+)|(?<symScale>${EN_SCALE_WORD})(?![A-Za-z]))?(?:元)?`,
    `(?<num>${ARABIC}|${NUMERAL})\\s*(?<mag>[万亿千百]*)\\s*(?<unit>%|％|元|块|美元|美金|欧元|港元|港币|英镑|日元|(?:${COUNT_UNITS_ZH}))?`,
  ].join('|'),
  'g',
);

const EN_SCALE = '(?:k|K|m|M|mn|bn|B|million|billion|thousand)';
const EN = new RegExp(
  [
    `(?<cur1>(?<sym1>RMB|CNY|USD|US\\$|HK\\$|HKD|EUR|GBP|JPY|\\$|¥|￥|€|£)\\s?(?<c1>${ARABIC})\\s?(?<s1>${EN_SCALE})?\\b)`,
    `(?<cur2>(?<c2>${ARABIC})\\s?(?<s2>${EN_SCALE})?\\s?(?<sym2>yuan|RMB|CNY|dollars|USD|euros?|EUR|pounds|GBP|HKD|yen|JPY)\\b)`,
    `(?<pct>(?<p>${ARABIC})\\s?(?:%|percent\\b|per\\s+cent\\b|pct\\b))`,
    `(?<pts>(?<pp>${ARABIC})\\s?(?:percentage\\s+points?|pp)\\b)`,
    `(?<mult>\\b(?:double|doubling|doubled|triple|tripling|tripled|quadruple)\\b)`,
    // An amount written the Chinese way inside an English goal (1200万元, 10万): 万 and 亿 scale it.
    `(?<cur3>(?<c3>${ARABIC})\\s?(?<m3>[万亿]+)\\s?(?<u3>元|美元)?)`,
    `(?<cnt>(?<n>${ARABIC})\\s?(?<s3>${EN_SCALE})?\\b)`,
  ].join('|'),
  'gi',
);

const GROWTH_ZH = /(增长|增加|提高|提升|上升|扩大|增幅|涨|多卖|超过去年)/g;
const DECLINE_ZH = /(下降|减少|降低|下调|缩减|压缩|削减|减小|下滑|降)/g;
const LEVEL_BEFORE_ZH = /(到|至|达到|达|为|实现|完成|保持|维持|不低于|超过|突破|→|->|=>)\s*$/;
const GROWTH_EN = /\b(increase|increasing|grow|growing|growth|raise|raising|boost|lift|improve|expand|up|rise)\b/gi;
const DECLINE_EN = /\b(decrease|decreasing|reduce|reducing|reduction|cut|cutting|lower|lowering|drop|dropping|decline|declining|shrink|down|trim|slash)\b/gi;
const LEVEL_BEFORE_EN = /(?:\b(?:to|at|reach|reaching|hit|achieve|of|maintain|keep|hold|above|over|least)|→|->|=>)\s*$/i;
const GROWTH_AFTER_EN = /^\s*(growth|increase|more|higher|up|year-over-year|yoy)\b/i;
const DECLINE_AFTER_EN = /^\s*(lower|less|fewer|down|decrease|reduction|decline)\b/i;
// 从X, 由X, 从去年的X, from X, up from X, from last year's X.
const FROM_BEFORE = /(?:(?:从|由)(?:去年|上年|今年|上季度|上个?月|目前|现在|当前)?的?|\bfrom(?:\s+(?:last\s+year['’]s|this\s+year['’]s|the\s+current|today['’]s|our\s+current))?)\s*$/i;
// 5,000 units, 12 new key accounts: the text names what is counted.
const COUNT_NOUN_AFTER_EN = /^\s*(?:(?:k|thousand|million)\s+)?(?:[\w-]+\s+){0,3}?(?:units?|customers?|clients?|accounts?|logos?|deals?|orders?|licen[cs]es|seats|pieces|contracts)\b/i;
const ARROW_AFTER = /^\s*(?:→|->|=>|⟶)/;
// A minus sign that belongs to the number (增长-20%), not a range (10-20%) or a word (Q3-20%).
const MINUS_BEFORE = /(?:^|[^\w.,])[-−–]\s*$/;

const CURRENCIES: Record<string, string> = {
  rmb: 'CNY', cny: 'CNY', '¥': 'CNY', '￥': 'CNY', yuan: 'CNY', 元: 'CNY', 块: 'CNY',
  usd: 'USD', us$: 'USD', $: 'USD', dollars: 'USD', 美元: 'USD', 美金: 'USD',
  eur: 'EUR', '€': 'EUR', euro: 'EUR', euros: 'EUR', 欧元: 'EUR',
  gbp: 'GBP', '£': 'GBP', pounds: 'GBP', 英镑: 'GBP',
  hkd: 'HKD', hk$: 'HKD', 港元: 'HKD', 港币: 'HKD',
  jpy: 'JPY', yen: 'JPY', 日元: 'JPY',
};

/** The ISO code of a currency word or sign; a bare $ is the US dollar. */
const currencyOf = (word: string | undefined): string | undefined => (word ? CURRENCIES[word.toLowerCase()] : undefined);

function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  const w = word.toLowerCase();
  if (w === 'k' || w === 'thousand') return 1e3;
  if (w === 'm' || w === 'mn' || w === 'million') return 1e6;
  if (w === 'b' || w === 'bn' || w === 'billion') return 1e9;
  return 1;
}

const num = (text: string | undefined) => {
  if (!text) return undefined;
  const arabic = Number(text.replace(/,/g, ''));
  return /^\d/.test(text) ? arabic : parseChineseNumeral(text);
};

/** The clause before `start` (back to the last punctuation), where growth or level words sit. */
function clauseBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 40), start);
  const cut = Math.max(...['，', ',', '。', '；', ';', '\n', '、', '.', '!', '?'].map((p) => before.lastIndexOf(p)));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/** Where the last word of a pattern sits in the clause, or −1. */
function lastMatch(pattern: RegExp, clause: string): number {
  let at = -1;
  pattern.lastIndex = 0;
  for (const m of clause.matchAll(pattern)) at = m.index;
  return at;
}

/** Whether the figure is a change rather than a level, and which way: 1 up, −1 down, 0 a level. */
function changeOf(text: string, start: number, end: number, locale: Locale): 1 | -1 | 0 {
  const sign = MINUS_BEFORE.exec(text.slice(Math.max(0, start - 3), start));
  const minus = sign ? -1 : 1;
  // The words before the sign: "by -20%" is read as "by", then negated.
  const clause = clauseBefore(text, sign ? start - sign[0].replace(/^[^-−–]/, '').length : start);
  const up = lastMatch(locale === 'zh-CN' ? GROWTH_ZH : GROWTH_EN, clause);
  const down = lastMatch(locale === 'zh-CN' ? DECLINE_ZH : DECLINE_EN, clause);
  const direction = (down > up ? -1 : 1) * minus;
  if (locale === 'zh-CN') return LEVEL_BEFORE_ZH.test(clause) || (up < 0 && down < 0 && !sign) ? 0 : (direction as 1 | -1);
  const after = text.slice(end, end + 20);
  if (/\bby\s*$/i.test(clause)) return (DECLINE_AFTER_EN.test(after) ? -direction : direction) as 1 | -1;
  if (LEVEL_BEFORE_EN.test(clause)) return 0;
  if (DECLINE_AFTER_EN.test(after)) return -1;
  if (GROWTH_AFTER_EN.test(after)) return minus;
  return up < 0 && down < 0 && !sign ? 0 : (direction as 1 | -1);
}

/**
 * Finds the quantities a goal states, in text order, with their unit and whether each is a
 * growth or a level. `masked` must already have its dates and periods blanked out, so that
 * 2027年, Q3 or "within 90 days" are not read as targets.
 */
export function findQuantities(masked: string, locale: Locale): Quantity[] {
  const out: Quantity[] = [];
  const pattern = locale === 'zh-CN' ? ZH : EN;
  pattern.lastIndex = 0;
  for (const m of masked.matchAll(pattern)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    // 从20%提高到25%, from 20% to 25%, up from 20%, 20% → 25%: the first figure is where the trainee starts.
    const from = FROM_BEFORE.test(clauseBefore(masked, start)) || ARROW_AFTER.test(masked.slice(end, end + 4));
    const change = () => changeOf(masked, start, end, locale);
    const push = (value: number | undefined, unit: Quantity['unit'], direction: 1 | -1 | 0, unitStated = true, currency?: string) => {
      if (value === undefined || !Number.isFinite(value)) return;
      const growth = direction !== 0 && !from;
      const q: Quantity = { value: growth ? direction * Math.abs(value) : value, unit, growth, from, unitStated, start, end, raw: m[0].trim() };
      if (currency) q.currency = currency;
      out.push(q);
    };
    const points = (value: number | undefined) => push(value, 'points', change() === -1 ? -1 : 1);
    // An amount or a count after 增加/减少 or "by" is a change of the level, not the level itself.
    const amount = (value: number | undefined, unit: 'currency' | 'count', unitStated: boolean, currency?: string) => {
      const direction = from ? 0 : change();
      push(value, unit, 0, unitStated, currency);
      const q = out.at(-1);
      if (direction !== 0 && q && q.start === start) {
        q.delta = true;
        q.value = direction * Math.abs(q.value);
      }
    };
    if (locale === 'zh-CN') {
      if (g.pct1) push((num(g.pctNum) ?? NaN) / 100, 'percent', change());
      else if (g.pts) points((num(g.ptsNum) ?? NaN) / 100);
      else if (g.cheng) push((num(g.chengNum) ?? NaN) / 10, 'percent', change());
      else if (g.sym) amount((num(g.symNum) ?? NaN) * (g.symScale ? scaleOf(g.symScale) : magnitudeOf(g.symMag ?? '')), 'currency', true, currencyOf(g.sym));
      else if (g.double) {
        const times = g.fanNum === '两' || g.fanNum === '二' ? 3 : g.fanNum === '三' ? 7 : g.beiNum ? (num(g.beiNum) ?? 1) : 1;
        push(times, 'percent', 1);
      } else if (g.num) {
        const isArabic = /^\d/.test(g.num);
        // A Chinese numeral without a unit or magnitude (一些, 一线) is a word, not a quantity.
        if (!isArabic && !g.unit && !g.mag) continue;
        if (!isArabic && g.num.length === 1 && !g.unit && g.mag) continue;
        // 一个、一家: the article, not a quantity.
        if (!isArabic && g.num === '一' && g.unit && /个|项|家|位|名|所|部|套/.test(g.unit)) continue;
        const base = (num(g.num) ?? NaN) * magnitudeOf(g.mag ?? '');
        const currency = currencyOf(g.unit);
        const unit = g.unit === '%' || g.unit === '％' ? 'percent' : currency ? 'currency' : g.unit ? 'count' : g.mag && /[万亿]/.test(g.mag) ? 'currency' : 'count';
        if (unit === 'percent') push(base / 100, unit, change(), Boolean(g.unit), currency);
        else amount(base, unit, Boolean(g.unit), currency);
      }
    } else {
      if (g.cur1) amount((num(g.c1) ?? NaN) * scaleOf(g.s1), 'currency', true, currencyOf(g.sym1));
      else if (g.cur2) amount((num(g.c2) ?? NaN) * scaleOf(g.s2), 'currency', true, currencyOf(g.sym2));
      else if (g.pct) push((num(g.p) ?? NaN) / 100, 'percent', change());
      else if (g.pts) points((num(g.pp) ?? NaN) / 100);
      else if (g.mult) push(/tripl/i.test(g.mult) ? 2 : /quadruple/i.test(g.mult) ? 3 : 1, 'percent', 1);
      // As in a Chinese goal, 万 or 亿 without a unit is an amount of money, its unit left to the metric.
      else if (g.cur3) amount((num(g.c3) ?? NaN) * magnitudeOf(g.m3!), 'currency', Boolean(g.u3), currencyOf(g.u3));
      else if (g.cnt) amount((num(g.n) ?? NaN) * scaleOf(g.s3), 'count', COUNT_NOUN_AFTER_EN.test(masked.slice(end, end + 60)));
    }
  }
  return out;
}
