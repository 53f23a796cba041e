const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * Reads a Chinese numeral (五百万 → 5,000,000; 两百 → 200; 十二 → 12; 一亿五千万 → 150,000,000).
 * Returns undefined for a string with any other character.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (!text) return undefined;
  let total = 0;
  let section = 0;
  let digit = 0;
  let sawDigit = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
      sawDigit = true;
    } else if (ch in SMALL) {
      section += (digit === 0 && !sawDigit ? 1 : digit) * SMALL[ch]!;
      digit = 0;
      sawDigit = false;
    } else if (ch === '万') {
      total += (section + digit) * 1e4;
      section = 0;
      digit = 0;
      sawDigit = false;
    } else if (ch === '亿') {
      total = (total + section + digit) * 1e8;
      section = 0;
      digit = 0;
      sawDigit = false;
    } else return undefined;
  }
  return total + section + digit;
}

/** 万 → 10,000, 亿 → 100,000,000, 千 → 1,000, 百 → 100 after an Arabic number (500万, 1.2亿). */
export function magnitudeOf(suffix: string): number {
  let factor = 1;
  for (const ch of suffix) factor *= ch === '亿' ? 1e8 : ch === '万' ? 1e4 : ch === '千' ? 1e3 : ch === '百' ? 100 : 1;
  return factor;
}
