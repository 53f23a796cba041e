import { useTranslation } from 'react-i18next';
import { durationText } from './duration-text';

/** Memoizes a formatter: made when first asked for, since making one costs more than using it. */
const once = <T>(make: () => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};

/** The formatters of one language. */
function formattersFor(locale: string) {
  const percent = once(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }));
  const number = once(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
  const plain = once(() => new Intl.NumberFormat(locale, { useGrouping: false }));
  const date = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
  const list = once(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  return {
    /** 0.68 → "68%" */
    ratio: (value: number) => percent().format(value),
    /** 70 → "70%" */
    percent: (value: number) => percent().format(value / 100),
    /** 12345 → "12,345": every count and figure in a sentence. */
    number: (value: number) => number().format(value),
    /** 2026 → "2026": a year or a code, which is never grouped. */
    plain: (value: number) => plain().format(value),
    date: (iso: string) => date().format(new Date(iso)),
    /** 363 (minutes) → "6 hours 3 minutes" / "6小时3分钟": a length of time over an hour. */
    duration: (minutes: number) => durationText(minutes, locale),
    /** ['a', 'b', 'c'] → "a, b, and c" / "a、b和c" */
    list: (items: readonly string[]) => list().format(items),
    /** Yuan as people write them: 5,280万元 / 1.2亿元; RMB 52.8 million / RMB 800,000. */
    amount: (yuan: number) => {
      if (locale.startsWith('zh')) {
        if (Math.abs(yuan) >= 1e8) return `${number().format(yuan / 1e8)}亿元`;
        if (Math.abs(yuan) >= 1e4) return `${number().format(yuan / 1e4)}万元`;
        return `${number().format(yuan)}元`;
      }
      return Math.abs(yuan) >= 1e6 ? `RMB ${number().format(yuan / 1e6)} million` : `RMB ${number().format(yuan)}`;
    },
  };
}

export type Formatters = ReturnType<typeof formattersFor>;

/**
 * One set per language for the whole page, not one per component: a slide shows dozens of
 * figures, and each `Intl` object made is work a phone does before the page can answer.
 */
const sets = new Map<string, Formatters>();

const setFor = (locale: string) => {
  let set = sets.get(locale);
  if (!set) sets.set(locale, (set = formattersFor(locale)));
  return set;
};

/**
 * Makes the language's number formatter ahead of time. The first `Intl` object a page makes sets
 * up the browser's locale data, tens of milliseconds on a phone: done while the page waits for its
 * code, not in the middle of drawing it.
 */
export function prepareFormatters(locale: string) {
  setFor(locale).number(0);
}

/** Number formatting for the current UI language; every figure on screen goes through here. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return setFor(i18n.language);
}
