/**
 * The last day a dated time phrase covers (2024年底前 → 2024-12-31, Q3 2023 → 2023-09-30,
 * 2027年6月30日前 → 2027-06-30), so a goal whose deadline is already behind it can be told so.
 * Phrases that name no year (本季度, by June, within 90 days) count from now and have no end here.
 */

const YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/;
// A two-digit year after FY or a quarter (FY23, Q3 '23): this century.
const SHORT_YEAR = /\b(?:FY|Q[1-4])\s*'?(\d{2})\b/i;
const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
/** The last day of a month (1–12); day 0 of the next month is the last of this one. */
const monthEnd = (year: number, month: number) => iso(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
const valid = (year: number, month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();

function yearOf(phrase: string): number | undefined {
  const full = YEAR.exec(phrase);
  if (full) return Number(full[1]);
  const short = SHORT_YEAR.exec(phrase);
  return short ? 2000 + Number(short[1]) : undefined;
}

function quarterOf(phrase: string): number | undefined {
  const q = /Q([1-4])/i.exec(phrase) ?? /第?([一二三四1-4])季度/.exec(phrase);
  if (q) return CN_DIGITS[q[1]!] ?? Number(q[1]);
  const en = /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b/i.exec(phrase);
  return en ? EN_QUARTERS[en[1]!.toLowerCase()] : undefined;
}

function monthOfEnglish(phrase: string): number | undefined {
  const m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i.exec(phrase);
  return m ? MONTHS_EN.indexOf(m[1]!.toLowerCase()) + 1 : undefined;
}

/** The last day (ISO date) a time phrase covers, or undefined when it names no year. */
export function deadlineEnd(phrase: string): string | undefined {
  const year = yearOf(phrase);
  if (year === undefined) return undefined;
  const isoDate = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(phrase);
  if (isoDate) return valid(year, Number(isoDate[2]), Number(isoDate[3])) ? iso(year, Number(isoDate[2]), Number(isoDate[3])) : undefined;
  // US order: 6/30/2023.
  const slashed = /\b(\d{1,2})\/(\d{1,2})\/\d{2,4}\b/.exec(phrase);
  if (slashed) return valid(year, Number(slashed[1]), Number(slashed[2])) ? iso(year, Number(slashed[1]), Number(slashed[2])) : undefined;
  const zh = /年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/.exec(phrase);
  if (zh) {
    const month = Number(zh[1]);
    if (month < 1 || month > 12) return undefined;
    return zh[2] ? (valid(year, month, Number(zh[2])) ? iso(year, month, Number(zh[2])) : undefined) : monthEnd(year, month);
  }
  const month = monthOfEnglish(phrase);
  if (month) {
    const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*\d{2})/.exec(phrase.replace(/(?:19|20)\d{2}/g, ''));
    return day && valid(year, month, Number(day[1])) ? iso(year, month, Number(day[1])) : monthEnd(year, month);
  }
  const quarter = quarterOf(phrase);
  if (quarter) return monthEnd(year, quarter * 3);
  if (/上半年|\bH1\b|first\s+half/i.test(phrase)) return iso(year, 6, 30);
  return iso(year, 12, 31);
}

/** Whether every dated phrase of a goal ends before `today` (an ISO date): its deadline has passed. */
export function deadlinePassed(phrases: readonly string[], today: string): boolean {
  const ends = phrases.map(deadlineEnd).filter((end): end is string => end !== undefined);
  return ends.length > 0 && ends.every((end) => end < today);
}
