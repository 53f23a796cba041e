import { CHINESE_NUMERAL_CHARS, magnitudeOf, parseChineseNumeral } from './chinese-numerals';
import type { Locale } from './types';

export interface Quantity {
  value: number;
  unit: 'currency' | 'count' | 'percent' | 'points';
  /** A change on the current level (增长20%, double) rather than a level to reach. */
  growth: boolean;
  start: number;
  raw: string;
}

const NUMERAL = `[${CHINESE_NUMERAL_CHARS}]+`;
// Not part of a model name (X200) or a word (5G).
const ARABIC = '(?<![A-Za-z\\d.])\\d[\\d,]*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?';
const COUNT_UNITS_ZH = '台|套|件|个|家|位|名|单|份|部|辆|张|笔|户|所|项';

const ZH = new RegExp(
  [
    `(?<pct1>百分之(?<pctNum>${ARABIC}|${NUMERAL}))`,
    `(?<pts>(?<ptsNum>${ARABIC}|${NUMERAL})\\s*个百分点)`,
    `(?<cheng>(?<chengNum>\\d(?:\\.\\d)?|[一二两三四五六七八九十])成)`,
    `(?<double>翻(?<fanNum>[一两二三]?)番|翻倍|(?:增长|增加|提高|提升)(?<beiNum>[一两二三四五\\d])倍)`,
    `(?<num>${ARABIC}|${NUMERAL})\\s*(?<mag>[万亿千百]*)\\s*(?<unit>%|％|元|块|美元|(?:${COUNT_UNITS_ZH}))?`,
  ].join('|'),
  'g',
);

const EN_SCALE = '(?:k|K|m|M|mn|bn|B|million|billion|thousand)';
const EN = new RegExp(
  [
    `(?<cur1>(?:RMB|CNY|USD|US\\$|\\$|¥|￥)\\s?(?<c1>${ARABIC})\\s?(?<s1>${EN_SCALE})?\\b)`,
    `(?<cur2>(?<c2>${ARABIC})\\s?(?<s2>${EN_SCALE})?\\s?(?:yuan|RMB|CNY|dollars|USD)\\b)`,
    `(?<pct>(?<p>${ARABIC})\\s?(?:%|percent\\b|per\\s+cent\\b|pct\\b))`,
    `(?<pts>(?<pp>${ARABIC})\\s?(?:percentage\\s+points?|pp)\\b)`,
    `(?<mult>\\b(?:double|doubling|doubled|triple|tripling|tripled|quadruple)\\b)`,
    `(?<cnt>(?<n>${ARABIC})\\s?(?<s3>${EN_SCALE})?\\b)`,
  ].join('|'),
  'gi',
);

const GROWTH_ZH = /(增长|增加|提高|提升|上升|扩大|增幅|涨|多卖|超过去年)/;
const LEVEL_BEFORE_ZH = /(到|至|达到|达|为|实现|完成|保持|维持|不低于|超过|突破)\s*$/;
const GROWTH_EN = /\b(increase|increasing|grow|growing|growth|raise|raising|boost|lift|improve|expand|up|rise)\b/i;
const LEVEL_BEFORE_EN = /\b(to|at|reach|reaching|hit|achieve|of|maintain|keep|hold|above|over|least)\s*$/i;
const GROWTH_AFTER_EN = /^\s*(growth|increase|more|higher|up|year-over-year|yoy)\b/i;

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

function isGrowth(text: string, start: number, end: number, locale: Locale): boolean {
  const clause = clauseBefore(text, start);
  if (locale === 'zh-CN') return !LEVEL_BEFORE_ZH.test(clause) && GROWTH_ZH.test(clause);
  if (/\bby\s*$/i.test(clause)) return true;
  if (LEVEL_BEFORE_EN.test(clause)) return false;
  return GROWTH_AFTER_EN.test(text.slice(end, end + 20)) || GROWTH_EN.test(clause);
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
    // 从20%提高到25%, from 20% to 25%: the first figure is where the trainee starts, not the goal.
    const isStartingPoint = /(从|由|from)\s*$/i.test(clauseBefore(masked, start));
    const push = (value: number | undefined, unit: Quantity['unit'], growth: boolean) => {
      if (value !== undefined && Number.isFinite(value) && !isStartingPoint) out.push({ value, unit, growth, start, raw: m[0].trim() });
    };
    if (locale === 'zh-CN') {
      if (g.pct1) push((num(g.pctNum) ?? NaN) / 100, 'percent', isGrowth(masked, start, end, locale));
      else if (g.pts) push((num(g.ptsNum) ?? NaN) / 100, 'points', true);
      else if (g.cheng) push((num(g.chengNum) ?? NaN) / 10, 'percent', isGrowth(masked, start, end, locale));
      else if (g.double) {
        const times = g.fanNum === '两' || g.fanNum === '二' ? 3 : g.fanNum === '三' ? 7 : g.beiNum ? (num(g.beiNum) ?? 1) : 1;
        push(times, 'percent', true);
      } else if (g.num) {
        const isArabic = /^\d/.test(g.num);
        // A Chinese numeral without a unit or magnitude (一些, 一线) is a word, not a quantity.
        if (!isArabic && !g.unit && !g.mag) continue;
        if (!isArabic && g.num.length === 1 && !g.unit && g.mag) continue;
        // 一个、一家: the article, not a quantity.
        if (!isArabic && g.num === '一' && g.unit && /个|项|家|位|名|所|部|套/.test(g.unit)) continue;
        const base = (num(g.num) ?? NaN) * magnitudeOf(g.mag ?? '');
        const unit = g.unit === '%' || g.unit === '％' ? 'percent' : g.unit && /元|块|美元/.test(g.unit) ? 'currency' : g.unit ? 'count' : g.mag && /[万亿]/.test(g.mag) ? 'currency' : 'count';
        push(unit === 'percent' ? base / 100 : base, unit, unit === 'percent' && isGrowth(masked, start, end, locale));
      }
    } else {
      if (g.cur1) push((num(g.c1) ?? NaN) * scaleOf(g.s1), 'currency', false);
      else if (g.cur2) push((num(g.c2) ?? NaN) * scaleOf(g.s2), 'currency', false);
      else if (g.pct) push((num(g.p) ?? NaN) / 100, 'percent', isGrowth(masked, start, end, locale));
      else if (g.pts) push((num(g.pp) ?? NaN) / 100, 'points', true);
      else if (g.mult) push(/tripl/i.test(g.mult) ? 2 : /quadruple/i.test(g.mult) ? 3 : 1, 'percent', true);
      else if (g.cnt) push((num(g.n) ?? NaN) * scaleOf(g.s3), 'count', false);
    }
  }
  return out;
}
